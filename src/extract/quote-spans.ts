/**
 * @module Finding quoted passages in body text in one linear pass: curly, straight and guillemet
 * double marks, UK-style single curly marks, quotes that run across paragraphs (a new paragraph
 * that re-opens the quote continues it), and unbalanced marks (dropped at the paragraph end, never
 * thrown).
 */

/** A quoted passage: offsets of the words inside the marks. */
export interface QuoteSpan {
  start: number
  end: number
  /** The quote goes on in the next paragraph (multi-paragraph quotation). */
  continues: boolean
}

/** A credit inside an unclosed quotation: ", said Ann Roe," / ", Ann Roe said." at its top level. */
const INNER_CREDIT =
  /[,!?](?=\s+(?:(?:said|says|added|asked)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}|\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s+(?:said|says|added|asked))[,.])/u
/** The lower-case word after an inch mark: a noun, not a credit's verb or pronoun. */
const INCH_NOUN =
  /^ (?!(?:said|says|asked|asks|added|adds|told|tells|according|he|she|they|we|i|it)\b)\p{Ll}/u
const OPEN = new Set(['“', '«', '„'])
const CLOSE = new Set(['”', '»'])
const MAX_QUOTE = 4000

/**
 * Quoted spans of `text`, in order, at most `limit` of them.
 *
 * @example
 * findQuoteSpans('He said, “Yes.” Then left.') // [{ start: 10, end: 14, continues: false }]
 */
export function findQuoteSpans(text: string, limit = 2000): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open = -1
  for (let i = 0; i < text.length && spans.length < limit; i++) {
    const c = text[i]!
    if (c === '\n') {
      if (open >= 0) {
        // Newsroom style: a quote that goes on in the next paragraph leaves this one unclosed and
        // re-opens the next one. Anything else is an unbalanced mark: drop it at the paragraph end.
        let j = i
        while (j < text.length && /\s/.test(text[j]!)) j++
        const next = text[j]
        // A closing mark left out before the credit ("“This is our only road, said Bill Roe, who
        // …"): the quote ends at the credit's comma, and the paragraph is not continued.
        const credit = INNER_CREDIT.exec(text.slice(open + 1, i))
        if (credit) {
          pushSpan(text, open + 1, open + 1 + credit.index + 1, false, spans)
          open = -1
          continue
        }
        const reopens = next !== undefined && (OPEN.has(next) || next === '"')
        if (reopens) pushSpan(text, open + 1, i, true, spans)
        else if (next && closesFirst(text, j)) {
          // A paragraph break inside the quotation, not re-opened (pasted copy): each paragraph's
          // words are a quote, the second one closed where the next paragraph's first mark is.
          pushSpan(text, open + 1, i, false, spans)
          open = j - 1
          i = j - 1
          continue
        }
        const later = next && !reopens && opensSpeech(text, open) ? closesLater(text, j) : -1
        if (later >= 0) {
          // "“A.", then "B.", then "C.”": the paragraphs between carry no mark of their own.
          pushSpan(text, open + 1, i, true, spans)
          for (let at = j; at < later;) {
            const end = text.indexOf('\n', at)
            pushSpan(text, at, end, true, spans)
            at = end
            while (at < later && /\s/.test(text[at]!)) at++
          }
          open = later - 1
          i = later - 1
          continue
        }
        if (!reopens) unclosedAtEnd(text, open, i, spans)
        open = -1
      }
      continue
    }
    // Marks typed the wrong way round: “ closing a paragraph's quote, ” opening a paragraph.
    // Mid-paragraph too: “ after the words' punctuation before a lower-case credit ("“Nobody
    // asked us,“ said Roe"), ” after a space opening words ("Roe said. ”The island needs it.”").
    if (
      c === '“' &&
      open >= 0 &&
      /[.,!?]/.test(text[i - 1] ?? '') &&
      (i + 1 === text.length ||
        text[i + 1] === '\n' ||
        /^[ \t]+\p{Ll}/u.test(text.slice(i + 1, i + 4)))
    ) {
      pushSpan(text, open + 1, i, false, spans)
      open = -1
    } else if (
      OPEN.has(c) ||
      (c === '”' &&
        open < 0 &&
        (i === 0 ||
          text[i - 1] === '\n' ||
          (text[i - 1] === ' ' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))))
    ) {
      open = i
    } else if (CLOSE.has(c)) {
      if (open >= 0) pushSpan(text, open + 1, i, false, spans)
      open = -1
    } else if (c === '"') {
      // "a 12" pizza" inside a quotation: an inch mark after a number, before a noun, closes
      // nothing.
      if (open >= 0 && /\d/.test(text[i - 1] ?? '') && INCH_NOUN.test(text.slice(i + 1, i + 16)))
        continue
      if (open >= 0) {
        pushSpan(text, open + 1, i, false, spans)
        open = -1
      } else open = i
    }
    if (open >= 0 && i - open > MAX_QUOTE) open = -1
  }
  if (open >= 0 && spans.length < limit) unclosedAtEnd(text, open, text.length, spans)
  if (spans.length < limit) singleQuoted(text, spans, limit)
  return spans.sort((a, b) => a.start - b.start)
}

/**
 * `text` with the quotation marks of pasted English copy in the forms the attribution patterns
 * read, each replaced by as many characters so every offset holds: typewriter ``…'' becomes “…”
 * (''…'' alone stays: the PolNeAR set does not count it as direct speech), guillemets « » (a continental paste, spaced or not) become “ ”,
 * and a double prime ″ that follows no digit (5″ is inches) becomes ". The freed character is a
 * space outside the marks, so the quoted words touch their marks as typeset copy's do; marks
 * padded with spaces inside (“ We wait, ” she said) are closed up the same way.
 *
 * @example
 * plainMarks("``We wait,'' she said.") // ' “We wait,”  she said.'
 */
export function plainMarks(text: string): string {
  // (Each rewrite runs only when its mark is there: most copy needs none of them.)
  let out = text
  if (out.includes('``')) out = out.replace(/``/g, ' “').replace(/''/g, '” ')
  if (out.includes('«')) out = out.replace(/«[ \u00a0]?/g, (m) => (m.length > 1 ? ' “' : '“'))
  if (out.includes('»')) out = out.replace(/[ \u00a0]?»/g, (m) => (m.length > 1 ? '” ' : '”'))
  if (out.includes('″')) out = out.replace(/(?<!\d)″/g, '"')
  if (out.includes('“ ')) out = out.replace(/(?<=^|\s)“ (?=\S)/gm, ' “')
  if (out.includes(' ”')) out = out.replace(/(?<=\S) ”(?=\s|$)/gm, '” ')
  if (out.startsWith('" ') || out.includes('\n" ')) out = out.replace(/^" (?=\S)/gm, ' "')
  if (out.includes(' " ')) out = out.replace(/(?<=[,.!?]) "(?= )/g, '" ')
  return out
}

/**
 * A closing mark left off at the paragraph's end ("Roe said: “It is the heart of the village." then
 * a paragraph of narrative): speech that a lead opens (a colon or comma, a full stop, or the
 * paragraph's start before the mark) and that ends on a sentence's own punctuation runs to the
 * paragraph's end. A mark in running words ("a 6" pipe", "the “plan was") is no such lead.
 */
function unclosedAtEnd(text: string, open: number, end: number, out: QuoteSpan[]): void {
  if (!opensSpeech(text, open)) return
  const words = text.slice(open + 1, end)
  if (/["“”«»„]/.test(words) || !/[.!?…]\s*$/.test(words) || !/\S\s+\S+\s+\S/.test(words)) return
  pushSpan(text, open + 1, end, false, out)
}

/** Whether the mark at `open` opens a paragraph or follows a colon, a comma or a full stop. */
function opensSpeech(text: string, open: number): boolean {
  const lead = text.slice(Math.max(0, open - 2), open)
  return /(?:^|\n|[,:.!?]\s)$/.test(open < 2 ? `\n${lead}` : lead)
}

/**
 * Where a quotation left open over paragraphs with no mark closes (pasted copy that opens a long
 * quotation once and closes it once): the start of the first paragraph, at most three on, whose
 * first mark closes, when the ones between carry no mark; else -1.
 */
function closesLater(text: string, from: number): number {
  let at = from
  for (let n = 0; n < 3; n++) {
    const end = text.indexOf('\n', at)
    if (end < 0 || end - from > MAX_QUOTE || /["“”«»„]/.test(text.slice(at, end))) return -1
    let k = end
    while (k < text.length && /\s/.test(text[k]!)) k++
    if (k >= text.length) return -1
    if (closesFirst(text, k)) return k
    at = k
  }
  return -1
}

/**
 * Whether the paragraph at `from` has a closing mark before any opening one: a straight mark after
 * punctuation and before a space or the paragraph's end (`…veterans," said Roe`), or a curly ”.
 */
function closesFirst(text: string, from: number): boolean {
  const end = text.indexOf('\n', from)
  const limit = Math.min(end < 0 ? text.length : end, from + MAX_QUOTE)
  for (let k = from; k < limit; k++) {
    const c = text[k]!
    if (OPEN.has(c)) return false
    if (CLOSE.has(c)) return true
    if (c === '"') return /[.,!?]/.test(text[k - 1] ?? '') && /^(?:\s|$)/.test(text[k + 1] ?? '')
  }
  return false
}

/**
 * Adds the span `start..end` trimmed of white space, when a word sits in it (stray marks around
 * punctuation are not quotes).
 */
export function pushSpan(
  text: string,
  start: number,
  end: number,
  continues: boolean,
  out: QuoteSpan[]
): void {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  // A span needs a word in it; stray marks around punctuation are not quotes.
  if (
    end - start >= 2 &&
    /\p{L}/u.test(
      text.slice(start, Math.min(end, start + 40)) + text.slice(Math.max(start, end - 40), end)
    )
  ) {
    out.push({ start, end, continues })
  }
}

/**
 * ‘…’ quotes (headline and UK style), told apart from apostrophes by what surrounds the marks. A
 * decade typed with the opening mark by autocorrect ("the ‘90s") is an apostrophe too, and so is a
 * plural's (‘It’s the Joneses’ fault,’ …) when the quote's own punctuation and mark follow. A
 * paragraph may open with ’ typed the wrong way round before a capital (’We will fight,’ …).
 */
const CURLY_SINGLE =
  /(?:(?<=^|[\s(\[—–-])‘|^’(?=\p{Lu}))((?:[^‘’\n]|’(?=\p{L})|‘(?=\d0s\b)|(?<=s)’(?=\s\p{Ll}[^‘’\n]{0,200}[.,!?]’(?!\p{L}))){2,300}?)(?:(?<!s)’|’(?!\s\p{Ll}[^‘’\n]{0,200}[.,!?]’(?!\p{L})))(?!\p{L})/gmu
/**
 * '…' quotes typed with straight marks (UK copy from a keyboard), in copy that quotes with no
 * double marks (where double marks quote speech, single ones are titles and quotes within quotes):
 * only speech that ends on its own punctuation inside the marks ("'We will appeal,' she said."),
 * which an apostrophe (don't, the players' union, the '90s) never looks like; such apostrophes,
 * and word-final ones ("rock 'n' roll"), may stand inside the quote. Doubled marks
 * (''…'', an old typewriter form of double quotes) count as double marks.
 */
const STRAIGHT_SINGLE =
  /(?<=^|[\s(\[—–-])'(?!')((?:[^'\n]|'(?=[\p{L}\p{N}])|(?<=\p{L})'(?=\s)){1,300}?[.,!?])'(?![\p{L}'])/gmu

function singleQuoted(text: string, out: QuoteSpan[], limit: number): void {
  const covered = out.map((s) => [s.start, s.end] as const)
  const straight = !/["“”«»„]|''/.test(text) && text.includes("'")
  // (A curly single quote opens with ‘, or with ’ at a paragraph's start: without either, no pass.)
  const curly = text.includes('‘') || text.startsWith('’') || text.includes('\n’')
  const patterns = [...(curly ? [CURLY_SINGLE] : []), ...(straight ? [STRAIGHT_SINGLE] : [])]
  for (const re of patterns) {
    re.lastIndex = 0
    for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
      const start = m.index + 1
      if (covered.some(([s, e]) => start >= s && start < e)) continue
      pushSpan(text, start, start + m[1]!.length, false, out)
    }
  }
}
