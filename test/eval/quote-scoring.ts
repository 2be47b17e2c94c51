/**
 * @module The quote scorer of ../shared/data/README.md: a gold quote matches the best unused
 * prediction whose character overlap covers more than 30% of the gold span; precision = matches /
 * predictions, recall = matches / gold; speaker accuracy counts matched quotes whose predicted
 * speaker names the gold `reference` (surname match counts). Also collects each matched quote's
 * confidence.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Quote } from '../../src/extract/index'

export interface GoldQuote {
  quote: string
  quote_span: [number, number]
  reference: string
  direct: boolean
}

/**
 * One scored run: P, R, F1, speaker accuracy and, per matched quote, (confidence, right speaker).
 */
export interface Score {
  p: number
  r: number
  f1: number
  speaker: number
  golds: number
  predictions: number
  matched: { confidence: number; right: boolean }[]
}

const tokens = (name: string): string[] =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[\p{L}]+/gu) ?? []

/** Same person: equal names, or the surname (last word) of one appears in the other. */
export function samePerson(predicted: string | null, gold: string): boolean {
  if (!predicted) return false
  const p = tokens(predicted)
  const g = tokens(gold)
  if (p.length === 0 || g.length === 0) return false
  return p.join(' ') === g.join(' ') || g.includes(p[p.length - 1]!) || p.includes(g[g.length - 1]!)
}

/** Scores predicted quotes (already filtered) of many documents against their gold quotes. */
export function scoreQuotes(
  docs: { gold: GoldQuote[]; predicted: Quote[] }[],
  sameSpeaker: (q: Quote, reference: string) => boolean
): Score {
  let predictions = 0,
    golds = 0,
    matches = 0,
    speakerHits = 0
  const matched: Score['matched'] = []
  for (const { gold: gq, predicted } of docs) {
    const used = new Set<number>()
    predictions += predicted.length
    for (const gold of gq) {
      golds += 1
      const [gs, ge] = gold.quote_span
      let best = -1
      let bestOverlap = 0
      predicted.forEach((q, i) => {
        if (used.has(i)) return
        // Gold spans are the reported content (a partial quote's includes the reporter's paraphrase
        // around the quoted words): compare them with the content span the API returns.
        const { start, end } = q.content
        const overlap = Math.min(ge, end) - Math.max(gs, start)
        if (overlap > 0.3 * (ge - gs) && overlap > bestOverlap)
          ((best = i), (bestOverlap = overlap))
      })
      if (best < 0) continue
      used.add(best)
      matches += 1
      const right = sameSpeaker(predicted[best]!, gold.reference)
      if (right) speakerHits += 1
      matched.push({ confidence: confidenceOf(predicted[best]!), right })
    }
  }
  const p = matches / Math.max(1, predictions)
  const r = matches / Math.max(1, golds)
  const f1 = p + r ? (2 * p * r) / (p + r) : 0
  return { p, r, f1, speaker: speakerHits / Math.max(1, matches), golds, predictions, matched }
}

function confidenceOf(q: Quote): number {
  const c = (q as { confidence?: unknown }).confidence
  return typeof c === 'number' ? c : 0
}

/** Rows "confidence ≥ t: share right (n)" for a calibration table. */
export function calibration(matched: Score['matched']): string[] {
  return [0.9, 0.7, 0.5, 0.3, 0].map((t) => {
    const kept = matched.filter((m) => m.confidence >= t)
    const right = kept.filter((m) => m.right).length
    return kept.length ? `${(right / kept.length).toFixed(3)} (${kept.length})` : '— (0)'
  })
}

/** Half 'A' or 'B' of an article id (the parity of its SHA-1's first byte), for fit checks. */
export function halfOf(id: string): 'A' | 'B' {
  return createHash('sha1').update(id).digest()[0]! % 2 === 0 ? 'A' : 'B'
}

/** One article of a quote data set: its text and its gold quotes. */
export interface QuoteDoc {
  id: string
  text: string
  quotes: GoldQuote[]
}

/**
 * Reads a JSON-lines quote set from `dir`. A gold row without a span (one in GGT dev has only a
 * verb) cannot be matched: it is left out.
 */
export function loadQuoteDocs(dir: string, name: string): QuoteDoc[] {
  return readFileSync(join(dir, name), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as QuoteDoc)
    .map((d) => ({ ...d, quotes: d.quotes.filter((q) => Array.isArray(q.quote_span)) }))
}
