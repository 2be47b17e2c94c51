/**
 * @module Text to terms for related-story lookup: word splitting, stop words, a light English
 * stemmer, per-story term vectors and SimHash signatures. Pure functions; every regex here is
 * linear-time.
 */

/** Common English and newswire words that say nothing about a story's subject. */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say told tell according mr mrs ms one two three year years new last first next week day days ' +
    'time may might must shall us per cent percent many much well even still back way made make get got go ' +
    'going see take since around however yet another around among within without'
  ).split(' ')
)

const VOWEL = /[aeiouy]/

/**
 * A light English stemmer (plural, past and gerund endings, a few derivational suffixes): enough to
 * join "markets"/"market" and "talks"/"talked" without Porter's full rule set.
 *
 * @example
 * stem('companies') // 'company'
 */
export function stem(word: string): string {
  let w = word
  if (w.length <= 3) return w
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1)
  for (const suffix of ['ing', 'ed']) {
    if (
      w.endsWith(suffix) &&
      w.length - suffix.length >= 3 &&
      VOWEL.test(w.slice(0, -suffix.length))
    ) {
      w = w.slice(0, -suffix.length)
      if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1)
      else if (/(?:at|bl|iz)$/.test(w)) w = `${w}e`
      break
    }
  }
  for (const [suffix, to] of [
    ['ational', 'ate'],
    ['ization', 'ize'],
    ['iveness', 'ive'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
    ['ation', 'ate'],
    ['ment', ''],
    ['ly', ''],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length) + to
      break
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1)
  return w
}

/**
 * The words of a text: lower-case, accents folded, stop words and 1-letter words dropped; numbers
 * too, unless `keepNumbers` (SimHash keeps them: two results tables differ in their figures).
 */
export function words(text: string, keepNumbers = false): string[] {
  const out: string[] = []
  const lowered = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  for (const match of lowered.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0]
    if (word.length < 2 || word.length > 30 || STOP_WORDS.has(word)) continue
    if (!keepNumbers && !/\p{L}/u.test(word)) continue
    out.push(word)
  }
  return out
}

/**
 * Longest text analysed per story: enough for any news story, and a bound on CPU for hostile input.
 */
export const MAX_ANALYSED_CHARS = 60_000
/** Most distinct terms kept per story (by weight). */
export const MAX_TERMS = 300
/**
 * Headline words count this many times body words (measured: more weight lets names in headlines
 * outrank the subject).
 */
export const HEADLINE_WEIGHT = 1

/** A story's terms: stem → weight (1 + ln tf, length-normalised), and stem → a readable word. */
export interface TermVector {
  weights: Record<string, number>
  labels: Record<string, string>
}

/**
 * Builds the term vector of a story. Weights are `(1 + ln tf) / sqrt(distinct terms)` (sublinear tf
 * and pivoted length normalisation); inverse document frequency is applied at query time, so
 * vectors stay valid as the archive grows.
 *
 * @example
 * termVector('Rail strike', 'Rail workers strike over pay.').weights.rail > 0 // true
 */
export function termVector(
  headline: string,
  body: string,
  headlineWeight = HEADLINE_WEIGHT
): TermVector {
  const counts = new Map<string, number>()
  const surfaces = new Map<string, string>()
  const add = (text: string, weight: number) => {
    for (const word of words(text.slice(0, MAX_ANALYSED_CHARS))) {
      const s = stem(word)
      counts.set(s, (counts.get(s) ?? 0) + weight)
      const seen = surfaces.get(s)
      if (seen === undefined || word.length < seen.length) surfaces.set(s, word)
    }
  }
  add(headline, headlineWeight)
  add(body, 1)
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS)
  const norm = Math.sqrt(Math.max(top.length, 1))
  const weights: Record<string, number> = {}
  const labels: Record<string, string> = {}
  for (const [term, tf] of top) {
    weights[term] = Math.round(((1 + Math.log(tf)) / norm) * 1e5) / 1e5
    labels[term] = surfaces.get(term) as string
  }
  return { weights, labels }
}

/** Most headline stems kept per story (a headline has about a dozen words). */
export const MAX_HEADLINE_STEMS = 24

/**
 * The distinct stems of a headline, in order, for the headline overlap of two stories
 * (`headlineOverlap` in domain/related.ts).
 *
 * @example
 * headlineStems('Rail strikes: rail workers walk out') // ['rail', 'strik', 'worker', 'walk']
 */
export function headlineStems(headline: string): string[] {
  return [...new Set(words(headline.slice(0, 2000)).map(stem))].slice(0, MAX_HEADLINE_STEMS)
}

function hash32(text: string, seed: number): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  h ^= h >>> 12
  return h >>> 0
}

/**
 * A 64-bit SimHash (16 hex digits) over word 3-shingles, numbers included: two copies of one wire
 * story differ in only a few bits, unrelated stories in about 32. Without the numbers, short
 * templated briefs of different companies (a results table, a dividend notice) came out 5-8 bits
 * apart and were folded as copies of each other.
 *
 * @example
 * hamming(simhash(a), simhash(a)) // 0
 */
export function simhash(text: string): string {
  const ws = words(text.slice(0, MAX_ANALYSED_CHARS), true)
  const votes = new Array<number>(64).fill(0)
  const shingles = ws.length >= 3 ? ws.length - 2 : ws.length > 0 ? 1 : 0
  for (let i = 0; i < shingles; i++) {
    const shingle = ws.slice(i, i + 3).join(' ')
    const hi = hash32(shingle, 0x811c9dc5)
    const lo = hash32(shingle, 0x9747b28c)
    for (let bit = 0; bit < 32; bit++) {
      votes[bit]! += (hi >>> bit) & 1 ? 1 : -1
      votes[bit + 32]! += (lo >>> bit) & 1 ? 1 : -1
    }
  }
  let hi = 0
  let lo = 0
  for (let bit = 0; bit < 32; bit++) {
    if (votes[bit]! > 0) hi |= 1 << bit
    if (votes[bit + 32]! > 0) lo |= 1 << bit
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0')
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}

/** Number of differing bits between two SimHash signatures (64 when either is malformed). */
export function hamming(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) return 64
  return (
    popcount(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) +
    popcount(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16))
  )
}
