/**
 * @module Diagnostic, not an evaluation: WCXB dev's headline, byline and date misses by cause
 * (nothing found, a scoring artefact, too much or too little kept, where the gold was declared),
 * scored as extraction.eval.ts scores. Pages split into halves A and B by a hash of the file name,
 * so a rule can be tuned on A's errors and checked on B. Prints counts per half; `--show` also
 * prints each miss of the chosen half (`--half A`, the default) to the terminal only (the data
 * stays in ../shared/data, never in the repository).
 * Run: `EDGEWIRE_DATA=../shared/data npx tsx test/eval/meta-errors.ts [--show] [--half A|B]`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parsePage, textOf, type Page } from '../../src/extract/html-dom'
import { readPageMeta, type PageMeta } from '../../src/extract/html-meta'
import { parseDate } from '../../src/extract/text'
import { bylineMatches, dateMatches, fold, halfOf, headlineMatches, nameSet } from './meta-scoring'
import type { Gold } from './meta-scoring'
import { dataPathOrSkip } from './table'

type Half = 'A' | 'B'
type Field = 'headline' | 'byline' | 'date'

const show = process.argv.includes('--show')
const shownHalf: Half = process.argv[process.argv.indexOf('--half') + 1] === 'B' ? 'B' : 'A'
const dir = dataPathOrSkip('WCXB data', 'extraction', 'wcxb-dev')
const golds = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Gold)

const counters = () => ({ headline: 0, strict: 0, byline: 0, strictByline: 0, date: 0 })
const hits = { A: counters(), B: counters() }
const totals = { A: { headline: 0, byline: 0, date: 0 }, B: { headline: 0, byline: 0, date: 0 } }
const causes = new Map<string, { A: number; B: number }>()
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august'].concat([
  'september',
  'october',
  'november',
  'december',
])
const squeeze = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '')

for (const gold of golds) {
  const half = halfOf(gold.id)
  const html = gunzipSync(readFileSync(join(dir, 'html', `${gold.id}.html.gz`))).toString('utf8')
  const page = parsePage(html)
  const meta = readPageMeta(page, gold.url)
  const sources = declaredSources(page, gold.url)
  const miss = (field: Field, cause: string, detail: string) => {
    const key = `${field}: ${cause}`
    const row = causes.get(key) ?? { A: 0, B: 0 }
    row[half] += 1
    causes.set(key, row)
    if (show && half === shownHalf) console.log(`[${key}] ${gold.id} ${gold.url}\n  ${detail}\n`)
  }
  totals[half].headline += 1
  if (headlineMatches(meta.headline, gold.title, true)) hits[half].strict += 1
  if (headlineMatches(meta.headline, gold.title)) hits[half].headline += 1
  else {
    const detail = `gold ${JSON.stringify(gold.title)}\n  ours ${JSON.stringify(meta.headline)}`
    miss('headline', headlineCause(meta, gold.title, sources), detail)
  }
  if (gold.author) {
    totals[half].byline += 1
    if (bylineMatches(meta.bylines, gold.author, true)) hits[half].strictByline += 1
    if (bylineMatches(meta.bylines, gold.author)) hits[half].byline += 1
    else {
      const detail = `gold ${JSON.stringify(gold.author)}\n  ours ${JSON.stringify(meta.bylines)}`
      miss('byline', bylineCause(meta, gold.author, sources), detail)
    }
  }
  if (gold.publish_date) {
    totals[half].date += 1
    if (dateMatches(meta.publishedAt, gold.publish_date)) hits[half].date += 1
    else {
      const detail = `gold ${gold.publish_date} ours ${meta.publishedAt}`
      miss('date', dateCause(meta, gold.publish_date, sources), detail)
    }
  }
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`
for (const half of ['A', 'B'] as const) {
  const h = hits[half]
  const t = totals[half]
  const strict = `strict ${pct(h.strict, t.headline)}`
  const headline = `headline ${pct(h.headline, t.headline)} (${strict}; ${t.headline})`
  const strictByline = `strict ${pct(h.strictByline, t.byline)}`
  const byline = `byline ${pct(h.byline, t.byline)} (${strictByline}; ${t.byline})`
  console.log(`half ${half}: ${headline}, ${byline}, date ${pct(h.date, t.date)} (${t.date})`)
}
console.log('\n   A    B  cause')
for (const [key, n] of [...causes].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`${String(n.A).padStart(4)} ${String(n.B).padStart(4)}  ${key}`)
}

/** What the page declares, raw: for telling where the gold value could have come from. */
function declaredSources(page: Page, url: string) {
  const m = page.meta
  const ld = page.jsonLd.join('\n')
  return {
    og: m.get('og:title') ?? '',
    title: page.title,
    ld,
    h1s: collectTag(page, 'h1'),
    metaText: [...m.values()].join('\n'),
    text: textOf(page.root),
    url,
  }
}

function collectTag(page: Page, tag: string): string[] {
  const out: string[] = []
  const todo = [page.root]
  while (todo.length > 0) {
    const el = todo.pop()!
    if (el.tag === tag) out.push(textOf(el))
    for (const c of el.children) if (typeof c !== 'string') todo.push(c)
  }
  return out
}

type Sources = ReturnType<typeof declaredSources>

function headlineCause(meta: PageMeta, gold: string, s: Sources): string {
  if (!meta.headline) return 'none found'
  const [ours, want] = [squeeze(meta.headline), squeeze(gold)]
  if (ours === want) return 'artefact: same words, other punctuation'
  const where =
    [
      s.h1s.some((h) => fold(h) === fold(gold)) && 'an h1',
      fold(s.og) === fold(gold) && 'og:title',
      fold(s.title) === fold(gold) && '<title>',
      fold(s.ld).includes(fold(gold)) && 'JSON-LD',
    ]
      .filter(Boolean)
      .join('+') || 'nowhere verbatim'
  if (want.includes(ours)) return `ours shorter (gold = ${where})`
  if (ours.includes(want)) return `ours longer (gold = ${where})`
  return `other text (gold = ${where})`
}

function bylineCause(meta: PageMeta, gold: string, s: Sources): string {
  const want = nameSet(gold)
  const ours = nameSet(meta.bylines.join(', '))
  const first = [...want][0] ?? ''
  const where =
    [
      fold(s.ld).includes(first) && 'JSON-LD',
      fold(s.metaText).includes(first) && '<meta>',
      fold(s.text).includes(first) && 'text',
    ]
      .filter(Boolean)
      .join('+') || 'nowhere'
  if (ours.size === 0) return `none found (gold in ${where})`
  const squeezed = (set: Set<string>) => [...set].map(squeeze).sort().join('|')
  if (squeezed(ours) === squeezed(want)) return 'artefact: same names, other punctuation'
  const shared = [...ours].filter((n) => want.has(n)).length
  if (shared === ours.size && shared < want.size) return `ours fewer names (gold in ${where})`
  if (shared === want.size && shared < ours.size) return 'ours extra names'
  const overlapping = [...ours].some((o) => [...want].some((w) => o.includes(w) || w.includes(o)))
  if (overlapping) return 'ours overlaps gold (longer/shorter name)'
  return `other name (gold in ${where})`
}

/** Whether the gold day appears on the page in a common written or numeric form, or in the URL. */
function shownAnyhow(gold: string, s: Sources): boolean {
  const [y, m, d] = gold.slice(0, 10).split('-').map(Number) as [number, number, number]
  const month = MONTHS[m - 1] ?? ''
  const forms = [
    new RegExp(`\\b${month.slice(0, 3)}[a-z]*\\.? ${d}(?:st|nd|rd|th)?,? ${y}`, 'i'),
    new RegExp(`\\b${d}(?:st|nd|rd|th)? (?:of )?${month.slice(0, 3)}[a-z]*\\.?,? ${y}`, 'i'),
    new RegExp(`\\b0?${m}[/.-]0?${d}[/.-]${y}|\\b0?${d}[/.-]0?${m}[/.-]${y}`),
    new RegExp(`${y}[/.]0?${m}[/.]0?${d}\\b`),
  ]
  const text = `${s.text}\n${s.metaText}\n${s.ld}`
  const path = `/${y}/${String(m).padStart(2, '0')}/`
  return forms.some((f) => f.test(text)) || s.url.includes(path)
}

function dateCause(meta: PageMeta, gold: string, s: Sources): string {
  if (/^\d{4}-\d{2}$/.test(gold)) return 'gold is a month'
  if (!meta.publishedAt) return 'none found'
  const ours = parseDate(meta.publishedAt)?.slice(0, 10) ?? ''
  const apart = Math.abs(Date.parse(ours) - Date.parse(gold.slice(0, 10))) / 86_400_000
  const declared = s.ld.includes(gold.slice(0, 10)) || s.metaText.includes(gold.slice(0, 10))
  const shown = shownAnyhow(gold, s) ? 'gold shown, not declared' : 'gold nowhere on the page'
  const where = declared ? 'gold declared' : shown
  if (apart === 1) return `one day off (${where})`
  return `${ours > gold ? 'ours later' : 'ours earlier'} (${where})`
}

/**
 * The kind of a miss, from its cause: the gold is not on the page (no rule can reach it), the
 * gold is one of two readings the page supports (an "Updated" stamp against the publication date,
 * a visible h1 against the declared title), the right candidate was badly normalised (cut too
 * much or too little, a day off), or a wrong candidate was chosen or none found.
 */
function kindOf(key: string): string {
  if (/nowhere|gold is a month/.test(key))
    return key.startsWith('headline') ? 'gold not on the page verbatim' : 'gold not on the page'
  if (/^date: ours later \(gold declared\)/.test(key)) return 'ambiguous (updated vs published)'
  if (/^headline: other text/.test(key)) return 'ambiguous (h1 vs declared title)'
  if (/artefact|longer|shorter|fewer|extra|overlaps|one day off/.test(key))
    return 'right candidate, badly normalised'
  return 'wrong candidate or none found'
}

const kinds = new Map<string, { A: number; B: number }>()
for (const [key, n] of causes) {
  const kind = `${key.split(':')[0]}: ${kindOf(key)}`
  const row = kinds.get(kind) ?? { A: 0, B: 0 }
  ;[row.A, row.B] = [row.A + n.A, row.B + n.B]
  kinds.set(kind, row)
}
console.log('\n   A    B  kind of miss')
for (const [kind, n] of [...kinds].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`${String(n.A).padStart(4)} ${String(n.B).padStart(4)}  ${kind}`)
