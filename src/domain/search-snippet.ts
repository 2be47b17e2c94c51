/**
 * @module Search snippets built in one linear pass over a bounded window of text: the highlighted
 * passage a search result shows, without asking FTS5's `snippet()` to re-tokenize whole bodies.
 */

/** Words a snippet holds at most (FTS5's `snippet(…, 24)` showed as many). */
export const SNIPPET_WORDS = 24

const WORD_RE = /[\p{L}\p{N}]+/gu

/** Lower case, accents removed: how the index compares words (`unicode61 remove_diacritics`). */
function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/**
 * A rough English stem, enough to highlight the forms a porter-stemmed index matched (`ferries` for
 * `ferry`, `tides` for `tide`). Highlighting only: matching itself is done by the index.
 */
function stem(word: string): string {
  let w = word
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  if (w.length > 3 && (w.endsWith('e') || w.endsWith('y'))) w = w.slice(0, -1)
  return w
}

/** The words of a safe FTS5 query made by `toMatchQuery` (`"ferry" "tide"`), stemmed. */
export function queryStems(match: string): Set<string> {
  const stems = new Set<string>()
  for (const m of match.matchAll(/"([^"]*)"/g)) {
    for (const word of (m[1] ?? '').match(WORD_RE) ?? []) stems.add(stem(fold(word)))
  }
  return stems
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

interface Word {
  start: number
  end: number
  hit: boolean
  stem: string
}

/**
 * The best passage of `text` for `stems`: the `SNIPPET_WORDS`-word window holding the most distinct
 * query words (earliest on ties), HTML-escaped, matches in `<mark>`, `…` where text was cut. Linear
 * in
 * `text` (callers pass a bounded window); cuts fall between words, so no character is ever split.
 * Returns null when no word of the text matches.
 *
 * @example
 * buildSnippet('The ferry met the tide.', queryStems('"ferry" "tide"'))
 * // 'The <mark>ferry</mark> met the <mark>tide</mark>.'
 */
export function buildSnippet(
  text: string,
  stems: ReadonlySet<string>,
  words = SNIPPET_WORDS
): string | null {
  const found: Word[] = []
  for (const m of text.matchAll(WORD_RE)) {
    const s = stem(fold(m[0]))
    found.push({ start: m.index, end: m.index + m[0].length, hit: stems.has(s), stem: s })
  }
  if (!found.some((w) => w.hit)) return null
  // Sliding window over words, counting distinct matched stems in it.
  const counts = new Map<string, number>()
  let best = 0
  let bestScore = -1
  for (let i = 0; i < found.length; i++) {
    const entering = found[i]!
    if (entering.hit) counts.set(entering.stem, (counts.get(entering.stem) ?? 0) + 1)
    const leaving = found[i - words]
    if (leaving?.hit) {
      const left = (counts.get(leaving.stem) ?? 1) - 1
      if (left === 0) counts.delete(leaving.stem)
      else counts.set(leaving.stem, left)
    }
    const first = Math.max(0, i - words + 1)
    // Score the window ending at i; prefer windows that start on a match.
    const score = counts.size * 2 + (found[first]!.hit ? 1 : 0)
    if (score > bestScore) {
      bestScore = score
      best = first
    }
  }
  // Open a word or two before the first match, when the window has room.
  let from = best
  while (from < best + words - 1 && from < found.length - 1 && !found[from]!.hit) from++
  from = Math.max(0, from - 2)
  const to = Math.min(found.length, from + words)
  const parts: string[] = []
  let cursor = from === 0 ? 0 : found[from]!.start
  for (let i = from; i < to; i++) {
    const w = found[i]!
    parts.push(escapeText(text.slice(cursor, w.start)))
    const word = escapeText(text.slice(w.start, w.end))
    parts.push(w.hit ? `<mark>${word}</mark>` : word)
    cursor = w.end
  }
  // Keep closing punctuation right after the last word (a full stop), not the next sentence.
  const tail =
    to === found.length
      ? text.slice(cursor)
      : text.slice(cursor, cursor + 1).replace(/[\p{L}\p{N}\s]/gu, '')
  parts.push(escapeText(tail.replace(/\s+$/, '')))
  const cut = to < found.length
  return `${from > 0 ? '…' : ''}${parts.join('').replace(/\s+/g, ' ').trim()}${cut ? '…' : ''}`
}

/**
 * The snippet of a search hit from its fields, body window first (as FTS5's best column usually
 * was), then standfirst, then headline; the start of the body, unhighlighted, when none matches
 * (a match deeper than the window).
 */
export function snippetOf(
  fields: { headline: string; dek: string | null; bodyWindow: string },
  stems: ReadonlySet<string>
): string {
  for (const text of [fields.bodyWindow, fields.dek ?? '', fields.headline]) {
    const snippet = text ? buildSnippet(text, stems) : null
    if (snippet !== null) return snippet
  }
  const start = fields.bodyWindow || fields.dek || fields.headline
  const words = [...start.slice(0, 4000).matchAll(WORD_RE)]
  const end = words[SNIPPET_WORDS - 1]
  if (!end) return escapeText(start.replace(/\s+/g, ' ').trim())
  return `${escapeText(
    start
      .slice(0, end.index + end[0].length)
      .replace(/\s+/g, ' ')
      .trim()
  )}…`
}
