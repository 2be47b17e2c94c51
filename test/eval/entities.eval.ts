/**
 * @module Evaluation: people, organisations and places on GUM news
 * (`$EDGEWIRE_DATA/ner/gum-news.jsonl`). A predicted mention is correct when it overlaps a gold
 * mention of the same type (precision); a gold proper-name mention is found when some prediction of
 * its type overlaps it (recall). Gold pronouns and common-noun mentions ("the team") count for
 * precision only: no name finder can recall them.
 */
import { readFileSync } from 'node:fs'
import { extractEntities } from '../../src/extract/index'
import { printTable, dataPathOrSkip } from './table'

interface Mention {
  start: number
  end: number
  etype: string
  proper: boolean
}
interface Doc {
  id: string
  text: string
  mentions: Mention[]
}

const file = dataPathOrSkip('GUM data', 'ner', 'gum-news.jsonl')

const TYPES = ['person', 'organization', 'place'] as const
const docs = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Doc)
const tally = Object.fromEntries(
  TYPES.map((t) => [t, { predicted: 0, correct: 0, gold: 0, found: 0 }])
)
let cpu = 0
for (const doc of docs) {
  const t0 = process.cpuUsage()
  const { mentions } = extractEntities(doc.text)
  const used = process.cpuUsage(t0)
  cpu += (used.user + used.system) / 1000
  for (const type of TYPES) {
    const predicted = mentions.filter((m) => m.type === type)
    const gold = doc.mentions.filter((m) => m.etype === type)
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end
    tally[type]!.predicted += predicted.length
    tally[type]!.correct += predicted.filter((p) => gold.some((g) => overlaps(p, g))).length
    const proper = gold.filter((g) => g.proper)
    tally[type]!.gold += proper.length
    tally[type]!.found += proper.filter((g) => predicted.some((p) => overlaps(p, g))).length
  }
}
const targets: Record<string, string> = {
  person: '≥ 0.85',
  organization: '≥ 0.70',
  place: '≥ 0.80',
}
const published: Record<string, string> = {
  person: 'compromise 0.62',
  organization: 'compromise 0.53',
  place: 'compromise 0.69',
}
printTable(
  `GUM news, ${docs.length} articles (${(cpu / docs.length).toFixed(1)} ms CPU per article)`,
  TYPES.map((type) => {
    const t = tally[type]!
    const p = t.correct / Math.max(1, t.predicted)
    const r = t.found / Math.max(1, t.gold)
    const f1 = p + r ? (2 * p * r) / (p + r) : 0
    return [
      `${type} F1 (P ${p.toFixed(2)} / R ${r.toFixed(2)}, ${t.gold} gold names)`,
      f1.toFixed(3),
      targets[type]!,
      published[type]!,
    ]
  })
)
