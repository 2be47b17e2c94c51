/**
 * @module Evaluation: body, headline, byline and date extraction on WCXB dev pages
 * (`$EDGEWIRE_DATA/extraction/wcxb-dev`), scored as the data README describes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { extractFromHtml } from '../../src/extract/index'
import { bylineMatches, dateMatches, fold, headlineMatches, type Gold } from './meta-scoring'
import { printTable, dataPathOrSkip } from './table'

const dir = dataPathOrSkip('WCXB data', 'extraction', 'wcxb-dev')

/** Lower-cased `\w+` words, as WCXB scores. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? []

function bagF1(predicted: string, gold: string): number {
  const counts = new Map<string, number>()
  for (const w of words(gold)) counts.set(w, (counts.get(w) ?? 0) + 1)
  const predictedWords = words(predicted)
  let overlap = 0
  for (const w of predictedWords) {
    const n = counts.get(w) ?? 0
    if (n > 0) ((overlap += 1), counts.set(w, n - 1))
  }
  const goldCount = words(gold).length
  if (predictedWords.length === 0 || goldCount === 0)
    return predictedWords.length === goldCount ? 1 : 0
  const p = overlap / predictedWords.length
  const r = overlap / goldCount
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

const gold = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Gold)
const limit = Number(process.env.EVAL_LIMIT ?? gold.length)
let f1Sum = 0,
  withHit = 0,
  withAll = 0,
  withoutOut = 0,
  withoutAll = 0
let titleHit = 0,
  strictTitleHit = 0,
  authorHit = 0,
  strictAuthorHit = 0,
  authorAll = 0,
  dateHit = 0,
  dateAll = 0
const worst: { id: string; f1: number }[] = []
for (const page of gold.slice(0, limit)) {
  const html = gunzipSync(readFileSync(join(dir, 'html', `${page.id}.html.gz`))).toString('utf8')
  const x = extractFromHtml(html, page.url)
  const body = x.body.join('\n\n')
  const f1 = bagF1(body, page.main_content ?? '')
  f1Sum += f1
  worst.push({ id: page.id, f1 })
  const flat = fold(body)
  for (const s of page.with ?? []) ((withAll += 1), (withHit += flat.includes(fold(s)) ? 1 : 0))
  for (const s of page.without ?? [])
    ((withoutAll += 1), (withoutOut += flat.includes(fold(s)) ? 0 : 1))
  if (headlineMatches(x.headline, page.title)) titleHit += 1
  if (headlineMatches(x.headline, page.title, true)) strictTitleHit += 1
  if (page.author) {
    authorAll += 1
    if (bylineMatches(x.bylines, page.author)) authorHit += 1
    if (bylineMatches(x.bylines, page.author, true)) strictAuthorHit += 1
  }
  if (page.publish_date) {
    dateAll += 1
    if (dateMatches(x.publishedAt, page.publish_date)) dateHit += 1
  }
}
const n = Math.min(limit, gold.length)
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`
printTable(`WCXB dev, ${n} pages`, [
  [
    'body token F1 (mean over pages)',
    (f1Sum / n).toFixed(3),
    '≥ 0.95',
    '≈ 0.93 best; Readability.js 0.923',
  ],
  ['`with` snippets found in body', pct(withHit, withAll), '—', '—'],
  ['`without` snippets kept out', pct(withoutOut, withoutAll), '—', '—'],
  [
    'headline match (quote marks and dashes folded)',
    pct(titleHit, n),
    '≥ 90%',
    'Readability.js 56.7%',
  ],
  ['headline match, strict (case and white space folded only)', pct(strictTitleHit, n), '—', '—'],
  [
    `byline match (${authorAll} pages with an author; credentials after a name folded)`,
    pct(authorHit, authorAll),
    '≥ 90%',
    'Readability.js 60.7%',
  ],
  [
    'byline match, strict (every comma-separated part a name)',
    pct(strictAuthorHit, authorAll),
    '—',
    '—',
  ],
  [
    `date match (${dateAll} pages with a date)`,
    pct(dateHit, dateAll),
    '≥ 90%',
    'Readability.js 54.3%',
  ],
])
if (process.env.EVAL_VERBOSE)
  console.log(
    worst
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 30)
      .map((w) => `${w.id} ${w.f1.toFixed(2)}`)
      .join('\n')
  )
