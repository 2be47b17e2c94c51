/**
 * @module The layout of raw newsroom copy: headline, standfirst, byline, dateline, photo caption
 * with its credit, "ALSO READ | …" lines, "(With input from …)" credits and end markers such as "—
 * ENDS —".
 */
import { DAY_NAME } from './lexicon'
import { parseDate, splitParagraphs } from './text'
import type { ExtractedImage, RelatedLink, Skeleton } from './types'

const RELATED =
  /^(?:also read|read also|read more|related|see also|must read|don'?t miss|watch)\s*[|:–—-]+\s*(.{3,300})$/i
const END_MARKER = /^[-–—=*#\s]*(?:ends?|end of story|-30-|30|xxx|###|\*\*\*)[-–—=*#\s.]*$/i
// "(With input from Reuters)", "— With files from The Wire", "With files from Ann Roe in Lindmere".
const WITH_INPUT =
  /^(?:[-–—]+\s*)?\(?\s*(?:with|additional)\s+(?:inputs?|reporting|agency inputs?|contributions?|files)\s+(?:from|by)\s+([^()]{2,120}?)\s*\)?\.?$/i
/** A name that reads as an agency's or an outlet's, not a person's ("The Wire", "AP", "Tidewire News"). */
const OUTLET_NAME =
  /^(?:[Tt]he\s|\p{Lu}{2,}\b)|\b(?:[Pp]ress|[Nn]ews|[Ww]ire|[Aa]genc(?:y|ies)|[Tt]imes|[Pp]ost|[Hh]erald|[Jj]ournal|[Nn]etwork|[Rr]adio|[Mm]edia)\b/u
// "This report by The Wire was first published Dec. 3, 2026.": a wire's credit line, no copy.
const FIRST_PUBLISHED =
  /^this (?:report|story|article) by (?:the )?([\p{Lu}][^.]{1,60}?) was first published\b[^\n]{0,60}$/iu
const INLINE_WITH_INPUT =
  /\s*\((?:with|additional)\s+(?:inputs?|reporting)\s+(?:from|by)\s+([^()]{2,120})\)\s*$/i
const CAPTION_CREDIT =
  /\(\s*((?:[\p{Lu}][\p{L}.&'’ -]{0,40}\s)?(?:photo|image|picture|file photo|photograph|pic)s?|(?:photo|image|picture)s?(?: credit)?\s*[:/]\s*[^()]{1,60}|AP|AFP|Reuters|PTI|ANI|Getty Images|EPA)\s*\)$/iu
// "… in Halifax on Tuesday. THE WIRE/Ann Roe": a wire photo's credit set in capitals, a slash,
// the photographer (capitals only: no i flag).
const CAPS_CREDIT =
  /(?<=[.!?]\s+)(?:THE\s+)?\p{Lu}[\p{Lu}&.'’-]+(?:\s\p{Lu}[\p{Lu}&.'’-]+){0,3}\s?\/\s?\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){0,3}$/u

/** A photo credit ending a caption, in parentheses or a wire's capitals. */
function captionCredit(p: string): RegExpExecArray | null {
  return CAPTION_CREDIT.exec(p) ?? (p.includes('/') ? CAPS_CREDIT.exec(p) : null)
}
const BYLINE = /^by\s+(\p{Lu}[\p{L}.,&'’ -]{1,150})$/iu
const DATE_LINE =
  /^(?:(?:published|updated|posted|first published)\s*(?:on|:)?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?[\p{L}\d ,.:/-]{6,60}$/iu
// "PARIS (AFP) –", "BERLIN, 3. Dezember 2026 –": a place in capitals, a day-first date, an agency.
const DATELINE =
  /^([\p{Lu}][\p{Lu}\p{M} .'-]{1,40}(?:,\s*[\p{Lu}][\p{L} .]{1,30})?)(?:,\s*(?<day>\d{1,2}(?:\.|er)?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+)?\d{4}))?\s*(?:\(([^()]{2,30})\))?\s*[:—–-]{1,2}\s+(?=\S)/u
const AGENCIES_IN_DATELINE = /^(?:reuters|ap|afp|pti|ani|ians|xinhua|bloomberg|dpa|efe|upi)$/i

// A wire dateline opening a paragraph ("OTTAWA —", "MARROW BAY, N.S. (AP) --"): story copy. After
// an agency's credit a plain hyphen is one too ("OTTAWA (AP) - "), as wires typed in ASCII send it.
const LEDE_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}(?:,\s*[\p{L}.]{2,20}(?:\s[\p{L}.]{2,20})?)?\s*(?:\([^()]{1,20}\)\s*-\s|(?:\([^()]{1,20}\)\s*)?(?:--|[—–―])\s)/u
// "HALIFAX - A judge …": a dateline typed with a plain hyphen. Only a paragraph under the
// headline is read so (a headline may open "UPDATE - …").
const ASCII_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’ ]{2,30}(?:,\s*[\p{L}.]{2,20}(?:\s[\p{L}.]{2,20})?)?\s+-\s+\p{Lu}/u
// The day the news happened, as a story's first paragraph names it ("said Tuesday", "on Friday",
// "a défendu jeudi", "hat am Donnerstag"), in the languages the engine reads.
const NEWS_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:${DAY_NAME}|yesterday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|ontem)(?![\p{L}])`,
  'iu'
)
// A sentence ending in a full stop, inside closing quotation marks or not.
const SENTENCE_END = /[.!?]["”’'»)]*$/

/**
 * A short first paragraph is the headline unless it reads as copy: a sentence ending in a full
 * stop or colon, a long sentence closed inside quotation marks, a wire dateline, or a photo caption
 * with its credit.
 */
function looksLikeHeadline(first: string): boolean {
  if (first.length > 200 || /[.:]$/.test(first)) return false
  if (LEDE_DATELINE.test(first) || captionCredit(first.slice(-120))) return false
  return !(SENTENCE_END.test(first) && first.split(/\s+/).length > 20)
}

/** Headline and standfirst already known (an article's own fields): the copy is body only. */
export interface KnownParts {
  headline: string
  dek?: string | null
}

/** Splits copy into its editorial parts; `body` keeps only story paragraphs. */
export function parsePlainText(text: string, known?: KnownParts): Skeleton {
  const paragraphs = splitParagraphs(text)
  const out: Skeleton = {
    headline: known?.headline ?? null,
    dek: known?.dek ?? null,
    bylines: [],
    dateline: null,
    publishedAt: null,
    language: null,
    body: [],
    images: [],
    sources: [],
    relatedLinks: [],
  }
  let i = 0
  const first = paragraphs[0]
  if (!known && first && paragraphs.length > 1 && looksLikeHeadline(first)) {
    out.headline = first
    i = 1
  }
  for (; i < paragraphs.length && i < 6; i++) {
    const p = paragraphs[i]!
    const byline = p.length <= 160 ? BYLINE.exec(p) : null
    if (byline) {
      out.bylines = byline[1]!
        .split(/\s*(?:,|\band\b|&)\s*/)
        .map((s) => s.trim())
        .filter(Boolean)
      continue
    }
    if (!out.publishedAt && p.length <= 70 && DATE_LINE.test(p) && parseDate(p)) {
      out.publishedAt = parseDate(p)
      continue
    }
    break
  }
  const rest = paragraphs.slice(i)
  // A standfirst: one sentence-like paragraph under the headline, when more story follows. Over a
  // photo caption it is one by layout; otherwise a short paragraph is, unless it reads as the
  // story's first paragraph (a dateline, or the day the news happened), whose names and quotes
  // the analysis must see.
  if (
    !known &&
    out.headline &&
    rest.length >= 3 &&
    rest[0]!.length <= 320 &&
    !captionCredit(rest[0]!.slice(-120)) &&
    !/^["“]/.test(rest[0]!)
  ) {
    const next = rest[1]!
    if (
      captionCredit(next.slice(-120)) ||
      (rest[0]!.split(/\s+/).length <= 45 &&
        !LEDE_DATELINE.test(rest[0]!) &&
        !ASCII_DATELINE.test(rest[0]!) &&
        !NEWS_DAY.test(rest[0]!) &&
        !continues(rest[0]!, next) &&
        !namesOnlyThere(rest[0]!, rest.slice(1)))
    )
      out.dek = rest.shift()!
  }
  let ended = false
  for (const p of rest) {
    if (ended) break
    if (p.length <= 40 && END_MARKER.test(p)) {
      ended = true
      continue
    }
    const related = RELATED.exec(p)
    if (related) {
      out.relatedLinks.push({
        text: related[1]!.trim(),
        url: /https?:\/\/\S+/.exec(related[1]!)?.[0] ?? null,
      })
      continue
    }
    const input = WITH_INPUT.exec(p) ?? FIRST_PUBLISHED.exec(p)
    if (input) {
      // "With files from Ann Roe in Lindmere": a colleague and where they filed from; only an
      // agency or an outlet among the names is a source.
      const files = /\bfiles\s/i.test(p.slice(0, 30))
      out.sources.push(
        ...splitSources(input[1]!)
          .map((name) => (files ? name.replace(/\s+in\s+\p{Lu}[\p{L}. ,'’-]*$/u, '') : name))
          .filter(
            (name) =>
              !files ||
              OUTLET_NAME.test(name) ||
              input[1]!.toLowerCase().includes(`the ${name.toLowerCase()}`)
          )
      )
      continue
    }
    const credit = p.length <= 400 ? captionCredit(p) : null
    if (credit && out.body.length < 3) {
      out.images.push(toImage(p, credit[0]))
      continue
    }
    const tail = p.slice(-200)
    const inline = INLINE_WITH_INPUT.exec(tail)
    if (inline) out.sources.push(...splitSources(inline[1]!))
    out.body.push(inline ? p.slice(0, p.length - tail.length + inline.index) : p)
  }
  const dateline = out.body[0] ? DATELINE.exec(out.body[0].slice(0, 120)) : null
  if (dateline && dateline[1]!.length >= 3 && !/^(?:THE|A|AN|I)$/.test(dateline[1]!.trim())) {
    out.dateline = dateline[1]!.trim()
    const day = dateline.groups?.day
    if (day && !out.publishedAt) out.publishedAt = parseDate(day)
    if (
      dateline[3] &&
      (AGENCIES_IN_DATELINE.test(dateline[3].trim()) ||
        /^\p{Lu}[\p{L}.&' -]{1,29}$/u.test(dateline[3].trim()))
    )
      out.sources.push(dateline[3].trim())
    out.body[0] = out.body[0]!.slice(dateline[0].length)
  }
  return out
}

function splitSources(text: string): string[] {
  return text
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((s) => s.replace(/^(?:the\s+)?/i, '').trim())
    .filter((s) => (s.length > 1 && !/^agenc(?:y|ies)$/i.test(s)) || /agenc/i.test(s))
    .slice(0, 10)
}

function toImage(paragraph: string, credit: string): ExtractedImage {
  const caption = paragraph.slice(0, paragraph.length - credit.length).trim()
  return { url: null, caption: caption || null, credit: credit.replace(/^\(\s*|\s*\)$/g, '') }
}

/**
 * True when `next` goes on from `first` as a story's second paragraph does: it opens with a
 * pronoun, or with the surname of a person `first` names in full ("… signed goalie Anton Reisz."
 * then "Reisz, 34, spent …"). A standfirst is followed by the lede, which names people again.
 */
function continues(first: string, next: string): boolean {
  const opener = /^(?:He|She|They|His|Her|Their)\b|^(\p{Lu}[\p{Ll}'’-]+)(?=['’]s\b|[\s,])/u.exec(
    next
  )
  if (!opener) return false
  if (!opener[1]) return true
  return new RegExp(`\\p{Lu}[\\p{Ll}'’-]+\\s+${opener[1]}\\b`, 'u').test(first)
}

/**
 * True when `first` introduces someone by full name whom the rest of the story credits by surname
 * only ("… has chosen Oren Feltham to lead it." and later "Feltham, a retired pilot, said …"), or
 * when an interview's questions follow it: the story's first paragraph, whose names the analysis
 * must see, not a standfirst that repeats the lede.
 */
function namesOnlyThere(first: string, rest: string[]): boolean {
  if (/^(?:Q|Question)\s*[:.]\s/.test(rest[0] ?? '')) return true
  const later = rest.join('\n\n').slice(0, 8000)
  for (const m of first.matchAll(
    /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]{2,})(?![\p{L}\p{M}])/gu
  )) {
    const credited = new RegExp(
      `(?<![\\p{L}\\p{M}])${m[2]}(?:,\\s|\\s+(?:said|says|told|added|explained|noted|wrote)\\b)`,
      'u'
    )
    if (credited.test(later) && !later.includes(m[0])) return true
  }
  return false
}
