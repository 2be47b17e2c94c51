/**
 * @module The extraction engine: raw copy or a web page in, structured article data out. Pure and
 * synchronous (no I/O, no Workers globals), so the same code runs in the Worker, in tests and in
 * Node.
 */
import { findMainContent } from './html-content'
import { parsePage } from './html-dom'
import { readPageMeta } from './html-meta'
import { extractEntities } from './entities'
import { extractKeywords, summarize } from './keywords'
import { GIVEN_NAMES } from './lexicon'
import { parsePlainText, type KnownParts } from './plain'
import { extractQuotes } from './quotes'
import { rankQuotedSources } from './quote-people'
import { detectLanguage } from './language'
import { countWords, parseDate, squash } from './text'
import type { Extraction, Skeleton } from './types'

export type { KnownParts } from './plain'
export type {
  Entity,
  EntityMention,
  Extraction,
  ExtractedImage,
  Quote,
  QuotedSource,
  RelatedLink,
  Skeleton,
} from './types'
export { ATTRIBUTION_THRESHOLD, rankQuotedSources, withMinConfidence } from './quote-people'
export { extractEntities } from './entities'
export { extractQuotes } from './quotes'

/**
 * The language stages read at most this many characters of body (about 16,000 words, far beyond any
 * story).
 */
export const MAX_ANALYSED_CHARS = 100_000
const WORDS_PER_MINUTE = 230

/**
 * Structures raw newsroom copy (headline, standfirst, caption, body, quotes…). With `known`, the
 * headline and standfirst are given and the whole text is body (an article's stored fields). A
 * declared `language` wins over detection.
 *
 * @example
 * const x = extractFromText('Harbour bridge reopens\n\nTraffic flows again, the mayor said.')
 * x.headline // 'Harbour bridge reopens'
 */
export function extractFromText(text: string, known?: KnownParts, language?: string): Extraction {
  return analyse(textSkeleton(text, known, language))
}

/**
 * The layout of raw copy without the analysis (entities, quotes, keywords): what `extractFromText`
 * analyses. Cheap; creating an article from copy reads its fields from here.
 *
 * @example
 * textSkeleton('Harbour bridge reopens\n\nTraffic flows again.').headline // 'Harbour bridge reopens'
 */
export function textSkeleton(text: string, known?: KnownParts, language?: string): Skeleton {
  const skeleton = parsePlainText(text, known)
  skeleton.language = primaryLanguage(language ?? null)
  return skeleton
}

/**
 * Structures a published web page: metadata from JSON-LD, OpenGraph and `<meta>`, the body found
 * by structure. `url` helps with dates in paths. A declared `language` wins over the page's own
 * (`<html lang>`, JSON-LD `inLanguage`, `og:locale`), which wins over detection.
 *
 * @example
 * const x = extractFromHtml(html, 'https://news.example/2024/05/01/story')
 */
export function extractFromHtml(html: string, url?: string, language?: string): Extraction {
  return analyse(htmlSkeleton(html, url, language))
}

/**
 * The metadata and main content of a page without the analysis: what `extractFromHtml` analyses.
 *
 * @example
 * htmlSkeleton(html, 'https://news.example/2024/05/01/story').bylines
 */
export function htmlSkeleton(html: string, url?: string, language?: string): Skeleton {
  const page = parsePage(html)
  const meta = readPageMeta(page, url)
  const { paragraphs, images } = findMainContent(page.root)
  let body = paragraphs
  // The headline and byline lines often sit inside the article container: they are not body.
  const headlineKey = meta.headline?.toLowerCase()
  while (body.length > 0 && headlineKey && body[0]!.toLowerCase() === headlineKey)
    body = body.slice(1)
  if (meta.image && !images.some((i) => i.url === meta.image))
    images.unshift({ url: meta.image, caption: null, credit: null })
  const skeleton: Skeleton = {
    headline: meta.headline,
    dek: meta.dek,
    bylines: meta.bylines,
    dateline: null,
    publishedAt: meta.publishedAt,
    language: primaryLanguage(language ?? null) ?? primaryLanguage(meta.language),
    body,
    images: images.slice(0, 20),
    sources: meta.siteName ? [meta.siteName] : [],
    relatedLinks: [],
  }
  return skeleton
}

/** The primary subtag of a declared language (`fr-CA` → `fr`, `pt_BR` → `pt`), else null. */
function primaryLanguage(tag: string | null): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]!.toLowerCase()
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null
}

let analyses = 0

/** How many analyses ran in this isolate: lets tests prove a write extracts once. */
export function analysisCountForTests(): number {
  return analyses
}

/**
 * The language of a skeleton as `analyse` reports it: the declared one, else detected from the
 * headline, standfirst and the analysed body.
 */
export function skeletonLanguage(
  s: Skeleton,
  analysed = s.body.join('\n\n').slice(0, MAX_ANALYSED_CHARS)
): string {
  return s.language ?? detectLanguage(`${s.headline ?? ''}\n${s.dek ?? ''}\n${analysed}`)
}

/** How the analysis segments quotes (`QuoteOptions.sentences`). */
export interface AnalyseOptions {
  /**
   * An interrupted quotation with a full stop after its credit ("“A,” she said. “B.”"): one quote
   * from A to B (`join`, the default), or a quote for each part (`split`).
   */
  interrupted?: 'join' | 'split'
}

/**
 * The analysis stage (entities, quotes, sources, keywords, summary) of a parsed skeleton: the
 * expensive part of the engine, run once per extraction.
 */
export function analyse(s: Skeleton, options: AnalyseOptions = {}): Extraction {
  analyses++
  const bodyText = s.body.join('\n\n')
  const analysed = bodyText.slice(0, MAX_ANALYSED_CHARS)
  const language = skeletonLanguage(s, analysed)
  // The language picks the lexicon: its titles, names and particles, quotation marks and cues.
  const entities = extractEntities(analysed, s.headline ?? '', language)
  // The body comes without its headline: its first paragraph is copy, however short.
  const quotes = extractQuotes(analysed, entities, {
    language,
    bodyOnly: true,
    sentences: options.interrupted === 'split',
  })
  // Agencies and outlets credited ("(With input from Reuters)", "Reuters photo") are organisations.
  // A credit sits outside the body: its first offset is where the body names it, else 0.
  for (const name of creditedOrganizations(s))
    entities.addOrganization(name, Math.max(0, analysed.indexOf(name)))
  const sources = new Set(s.sources)
  for (const m of analysed.matchAll(
    /\b[Aa]ccording to (?:the )?((?:\p{Lu}[\p{L}&.'’-]*)(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4})/gu
  )) {
    const name = m[1]!.replace(/['’]s$/, '')
    // Credited people are sources of quotes, not outlets: only named people are left out.
    const person = entities.people.find((p) => p.name === name || p.aliases.includes(name))
    if (!person || !GIVEN_NAMES.has(person.name.split(' ')[0]!.toLowerCase())) sources.add(name)
    if (sources.size >= 20) break
  }
  const everything = [...entities.people, ...entities.organizations, ...entities.places]
  const keywords = extractKeywords(analysed, everything)
  const wordCount = countWords(bodyText)
  return {
    headline: s.headline ? squash(s.headline) : null,
    dek: s.dek,
    bylines: s.bylines,
    dateline: s.dateline,
    publishedAt: s.publishedAt ?? null,
    language,
    body: s.body,
    images: s.images,
    quotes,
    quotedPeople: rankQuotedSources(quotes, entities),
    entities: {
      people: entities.people,
      organizations: entities.organizations,
      places: entities.places,
    },
    sources: [...sources],
    relatedLinks: s.relatedLinks,
    keywords,
    summary: summarize(s.body, keywords),
    wordCount,
    readingTimeMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    truncated: bodyText.length > MAX_ANALYSED_CHARS,
  }
}

/**
 * Names of outlets in the credits: source lines and photo credits, without "photo", "file" or a
 * photographer.
 */
function creditedOrganizations(s: Skeleton): string[] {
  const names = new Set<string>()
  const add = (raw: string) => {
    const name = raw
      .replace(
        /\b(?:file\s+)?(?:photos?|images?|pictures?|pics?|photograph|credit|via)\b\s*:?/gi,
        ''
      )
      .replace(/^[\s:/,([-]+|[\s:/,.)\]-]+$/g, '')
    const words = name.split(/\s+/)
    // "Ann Roe" of "Photo: Ann Roe/Reuters" is the photographer, not an outlet.
    if (
      !name ||
      words.length > 5 ||
      !/^[\p{Lu}\p{N}]/u.test(name) ||
      (words.length >= 2 && GIVEN_NAMES.has(words[0]!.toLowerCase()))
    )
      return
    names.add(name)
  }
  for (const source of s.sources.slice(0, 20)) add(source)
  for (const image of s.images.slice(0, 20)) {
    const parts = (image.credit ?? '').split(/[/|;,]|\band\b/).map((p) => p.trim())
    // "THE WIRE/Ann Roe": beside an agency set in capitals, the name in mixed case is the
    // photographer's.
    const caps = (p: string) => /\p{Lu}{2}/u.test(p) && !/\p{Ll}/u.test(p)
    const agency = parts.some(caps)
    for (const part of parts) if (!agency || caps(part)) add(part)
  }
  return [...names].slice(0, 20)
}

export { parseDate }
