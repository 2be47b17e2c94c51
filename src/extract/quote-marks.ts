/**
 * @module Quoted passages by a language's own marks (« », „ “, » «, ‚ ‘, ‹ ›, 「」, 『』) and dialogue
 * dashes, in one linear pass: the opening mark decides which marks may close it, marks of other
 * pairs inside a quote are its words, and an unclosed quote is dropped at the paragraph end unless
 * the next paragraph re-opens it (a quotation running over paragraphs).
 */
import { pushSpan, type QuoteSpan } from './quote-spans'

const MAX_QUOTE = 4000

/** Which closing marks end a quote opened by each opening mark. */
export type MarkPairs = ReadonlyMap<string, readonly string[]>

/**
 * The closers of each opener of `pairs` ([open, close], outermost first).
 *
 * @example
 * markPairs([['„', '“'], ['„', '”']]).get('„') // ['“', '”']
 */
export function markPairs(pairs: readonly (readonly [string, string])[]): MarkPairs {
  const map = new Map<string, string[]>()
  for (const [open, close] of pairs) map.set(open, [...(map.get(open) ?? []), close])
  return map
}

/**
 * Spans quoted with `pairs` in `text`, in order, at most `limit` of them.
 *
 * @example
 * findMarkedSpans('« Oui », dit-il.', markPairs([['«', '»']]))
 * // [{ start: 2, end: 5, continues: false }]
 */
export function findMarkedSpans(text: string, pairs: MarkPairs, limit = 2000): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open = -1
  let closers: readonly string[] = []
  for (let i = 0; i < text.length && spans.length < limit; i++) {
    const c = text[i]!
    if (c === '\n') {
      if (open >= 0) {
        let j = i
        while (j < text.length && j - i < 20 && /\s/.test(text[j]!)) j++
        if (pairs.has(text[j] ?? '')) pushSpan(text, open + 1, i, true, spans)
        open = -1
      }
      continue
    }
    if (open >= 0 && closers.includes(c)) {
      pushSpan(text, open + 1, i, false, spans)
      open = -1
    } else if (open < 0 && pairs.has(c)) {
      open = i
      closers = pairs.get(c)!
    }
    if (open >= 0 && i - open > MAX_QUOTE) open = -1
  }
  return spans
}

/**
 * Dialogue by dashes: a paragraph opening with "—" or "–" is speech up to an incise dash
 * ("—No cederemos —dijo la ministra—. Es la última oferta.") or, without one, up to the comma
 * that `creditAt` says starts a credit ("— Nous partons, dit-elle."). The words after an incise
 * are a second quote by the same speaker.
 */
export function findDashSpans(
  text: string,
  creditAt: (after: string) => boolean,
  limit = 500
): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  const re = /(?:^|\n)[ \t]*[—–][ \t]*(?=\S)/g
  for (let m = re.exec(text); m && spans.length < limit; m = re.exec(text)) {
    const start = m.index + m[0].length
    const nl = text.indexOf('\n', start)
    const end = nl < 0 ? text.length : nl
    const line = text.slice(start, Math.min(end, start + MAX_QUOTE))
    // "—Fue claro —respondió.": the incise's dash touches its verb. Spaced ("— A fábrica abre
    // em 2028 — garantiu Malheiro.", "— Ci ha insegnato — dice Nicola Ferrante. — Per me …"), a
    // dash only opens an incise that credits the words before it.
    let incise = /\s[—–](?=\S)/.exec(line)
    if (!incise) {
      const spaced = /\s[—–][ \t]+(?=\S)/.exec(line)
      if (spaced && creditAt(line.slice(spaced.index, spaced.index + 160))) incise = spaced
    }
    if (incise) {
      const close = /[—–]/.exec(line.slice(incise.index + 2))
      const rest = close ? start + incise.index + 2 + close.index + 1 : end
      const words = /^[\s.,;:]*/.exec(text.slice(rest, end))![0].length
      // The words after the incise go on with the same speaker: the first part "continues".
      pushSpan(text, start, start + incise.index, rest + words < end, spans)
      if (rest + words < end) pushSpan(text, rest + words, end, false, spans)
      continue
    }
    let cut = -1
    const commas = /[,.]/g
    // A credit sits within the first few clauses: at most 20 are tried, so a line costs O(length).
    for (let c = commas.exec(line), n = 0; c && cut < 0 && n < 20; c = commas.exec(line), n++) {
      if (creditAt(line.slice(c.index, c.index + 160))) cut = c.index
    }
    pushSpan(text, start, cut < 0 ? start + line.length : start + cut, false, spans)
  }
  return spans
}
