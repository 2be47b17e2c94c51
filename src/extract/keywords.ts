/**
 * @module Keywords (frequent content words and the most salient entity names) and an extractive
 * summary (the 2–3 highest-scoring sentences, lede first, kept in story order).
 */
import type { Entity } from './types'
import { findQuoteSpans } from './quote-spans'
import { KEYWORD_STOP_WORDS as STOP } from './lexicon'
import { sentenceSpans } from './text'

/**
 * Up to `limit` keywords: salient entity names first, then content words by frequency.
 *
 * @example
 * extractKeywords('Wheat prices rose. Wheat exports fell.', []) // ['wheat', 'prices', …]
 */
export function extractKeywords(text: string, entities: Entity[], limit = 10): string[] {
  const counts = new Map<string, number>()
  const re = /\p{L}[\p{L}'’-]{2,}/gu
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '')
    if (STOP.has(w) || w.length < 3) continue
    counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  const names = entities
    .filter((e) => e.mentions >= 2)
    .sort((a, b) => b.salience - a.salience)
    .slice(0, Math.ceil(limit / 2))
    .map((e) => e.name)
  const taken = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)))
  const words = [...counts]
    .filter(([w, n]) => n >= 2 && !taken.has(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w)
  return [...names, ...words].slice(0, limit)
}

/**
 * A 2–3 sentence extractive summary: sentences scored by keyword overlap and position, lede
 * favoured.
 */
export function summarize(paragraphs: string[], keywords: string[]): string {
  const text = paragraphs.slice(0, 40).join('\n').slice(0, 20_000)
  // Sentences inside a quotation are someone's words, not the story's summary.
  const quoted = findQuoteSpans(text, 200)
  const spans = sentenceSpans(text)
    .slice(0, 200)
    .filter((s) => !quoted.some((q) => s.start >= q.start && s.start < q.end))
  if (spans.length <= 2) return spans.map((s) => text.slice(s.start, s.end)).join(' ')
  const keys = keywords.map((k) => k.toLowerCase())
  const scored = spans.map((s, i) => {
    const sentence = text.slice(s.start, s.end)
    const lowerSentence = sentence.toLowerCase()
    const words = sentence.split(/\s+/).length
    const hits = keys.filter((k) => lowerSentence.includes(k)).length
    const score =
      hits / Math.sqrt(Math.max(words, 5)) +
      (i === 0 ? 2 : 1 / (i + 1)) -
      (words < 6 || words > 60 ? 1 : 0) -
      (/[“”"]/.test(sentence) ? 0.3 : 0)
    return { i, sentence, score }
  })
  const count = spans.length >= 8 ? 3 : 2
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .sort((a, b) => a.i - b.i)
    .map((s) => s.sentence)
    .join(' ')
}
