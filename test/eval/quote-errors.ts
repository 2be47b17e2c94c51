/**
 * @module Diagnostic, not an evaluation: GenderGapTracker dev's quote errors by category (missed
 * direct / indirect, null or wrong speaker, by whether the gold mention is a name, a pronoun or a
 * description), with the same matching as quote-scoring.ts. Prints counts; `--show` also prints
 * each error in context to the terminal (the data stays in ../shared/data, never in the
 * repository). `--half A` keeps one half of quote-halves.ts's split (inspect A, keep B unseen). Run:
 * `EDGEWIRE_DATA=../shared/data npx tsx test/eval/quote-errors.ts [--show] [--half A]`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'
import { halfOf, samePerson, type GoldQuote } from './quote-scoring'
import { dataPathOrSkip } from './table'

interface Gold extends GoldQuote {
  speaker?: string
}

const show = process.argv.includes('--show')
const halfAt = process.argv.indexOf('--half')
const half = halfAt >= 0 ? process.argv[halfAt + 1] : undefined
const path = join(dataPathOrSkip('quote data', 'quotes'), 'ggt-dev.jsonl')
const docs = readFileSync(path, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; text: string; quotes: Gold[] })
  .filter((d) => half === undefined || halfOf(d.id) === half)
const counts = new Map<string, number>()
const flat = (s: string) => s.replace(/\n/g, '¶')

for (const doc of docs) {
  const predicted = extractQuotes(doc.text, extractEntities(doc.text))
  const used = new Set<number>()
  for (const gold of doc.quotes) {
    if (!Array.isArray(gold.quote_span)) continue
    const [gs, ge] = gold.quote_span
    const best = bestMatch(predicted, used, gs, ge)
    const context = () =>
      `${flat(doc.text.slice(Math.max(0, gs - 160), gs))} <<${flat(doc.text.slice(gs, Math.min(ge, gs + 120)))}>>`
    if (best < 0) {
      count(`missed ${gold.direct ? 'direct' : 'indirect'}`, context)
      continue
    }
    used.add(best)
    const q = predicted[best]!
    if (samePerson(q.speaker, gold.reference)) continue
    const mention = gold.speaker ?? ''
    const kind =
      mention === ''
        ? 'none (floating quote)'
        : /^(?:he|she|his|her)$/i.test(mention)
          ? 'pronoun'
          : /^(?!(?:The|A|An)\s)\p{Lu}/u.test(mention)
            ? 'name'
            : 'description'
    count(
      `${q.speaker === null ? 'null' : 'wrong'} speaker, gold ${kind}, ${q.kind}`,
      () =>
        `gold ${mention} → ${gold.reference}; ours ${q.speakerMention} → ${q.speaker}: ${context()}`
    )
  }
}
for (const [category, n] of [...counts].sort((a, b) => b[1] - a[1]))
  console.log(`${String(n).padStart(4)}  ${category}`)

function count(category: string, detail: () => string): void {
  counts.set(category, (counts.get(category) ?? 0) + 1)
  if (show) console.log(`[${category}] ${detail()}\n`)
}

function bestMatch(predicted: Quote[], used: Set<number>, gs: number, ge: number): number {
  let best = -1
  let bestOverlap = 0
  predicted.forEach((q, i) => {
    const overlap = Math.min(ge, q.content.end) - Math.max(gs, q.content.start)
    if (!used.has(i) && overlap > 0.3 * (ge - gs) && overlap > bestOverlap)
      ((best = i), (bestOverlap = overlap))
  })
  return best
}
