/**
 * @module Diagnostic, not an evaluation: GenderGapTracker dev split into two halves by a hash of
 * the article id (A to inspect errors in, B kept unseen as a check against fitting), with the
 * quote figures of each half, of each outlet, of the whole set and of PolNeAR dev on one screen. Run:
 * `EDGEWIRE_DATA=../shared/data npx tsx test/eval/quote-halves.ts`.
 */
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'
import {
  calibration,
  halfOf,
  loadQuoteDocs,
  samePerson,
  scoreQuotes,
  type QuoteDoc,
} from './quote-scoring'
import { dataPathOrSkip } from './table'

/** A GGT row also names its outlet. */
type Doc = QuoteDoc & { outlet?: string }

const root = dataPathOrSkip('quote data', 'quotes')
const load = (name: string): Doc[] => loadQuoteDocs(root, name)
const f = (n: number) => n.toFixed(3)

function line(label: string, docs: Doc[], same: (q: Quote, ref: string) => boolean): void {
  const predicted = docs.map((d) => extractQuotes(d.text, extractEntities(d.text)))
  const all = scoreQuotes(
    docs.map((d, i) => ({ gold: d.quotes, predicted: predicted[i]! })),
    same
  )
  const direct = scoreQuotes(
    docs.map((d, i) => ({
      gold: d.quotes.filter((g) => g.direct),
      predicted: predicted[i]!.filter((q) => q.kind !== 'indirect'),
    })),
    same
  )
  const cal = calibration(all.matched)[0]
  console.log(
    `${label.padEnd(10)} all F1 ${f(all.f1)} P ${f(all.p)} R ${f(all.r)} spk ${f(all.speaker)} | ` +
      `direct F1 ${f(direct.f1)} P ${f(direct.p)} R ${f(direct.r)} spk ${f(direct.speaker)} | ` +
      `right ${all.matched.filter((m) => m.right).length}/${all.matched.length} | cal≥0.9 ${cal}`
  )
}

const ggt = load('ggt-dev.jsonl')
const resolved = (q: Quote, ref: string) => samePerson(q.speaker, ref)
line(
  'GGT A',
  ggt.filter((d) => halfOf(d.id) === 'A'),
  resolved
)
line(
  'GGT B',
  ggt.filter((d) => halfOf(d.id) === 'B'),
  resolved
)
line('GGT all', ggt, resolved)
// Each outlet alone: the spread between outlets hints at how far figures move on unseen ones.
for (const outlet of [...new Set(ggt.map((d) => d.outlet ?? '?'))].sort())
  line(
    `  ${outlet.slice(0, 8)}`,
    ggt.filter((d) => (d.outlet ?? '?') === outlet),
    resolved
  )
line(
  'PolNeAR',
  load('polnear-dev.jsonl'),
  (q, ref) => samePerson(q.speaker, ref) || samePerson(q.speakerMention, ref)
)
