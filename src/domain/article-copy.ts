/**
 * @module Copy into an article: what a caller sent for extraction (copy or a page), and the fields
 * of a new article taken from it. Pure: the engine's layout, and its analysis only when needed.
 */
import { escapeHtml } from './html'
import {
  analyse,
  htmlSkeleton,
  skeletonLanguage,
  textSkeleton,
  withMinConfidence,
  type Extraction,
  type Skeleton,
} from '../extract/index'
import { squash } from '../extract/text'

/** What the caller sent: copy or a page, its declared language, the least confidence wanted. */
export interface ExtractInput {
  html: boolean
  content: string
  url?: string
  minConfidence?: number
  lang?: string
  /** How to segment an interrupted quotation (`AnalyseOptions`). */
  interrupted?: 'join' | 'split'
}

function skeletonOf(input: ExtractInput): Skeleton {
  return input.html
    ? htmlSkeleton(input.content, input.url, input.lang)
    : textSkeleton(input.content, undefined, input.lang)
}

/**
 * Runs the engine on what the caller sent.
 *
 * @example
 * runExtraction({ html: false, content: copy, minConfidence: 0.9 }).quotes
 */
export function runExtraction(input: ExtractInput): Extraction {
  return withMinConfidence(
    analyse(skeletonOf(input), { interrupted: input.interrupted }),
    input.minConfidence
  )
}

/** Query parameters that override what a copy create takes from the copy. */
export interface CopyOverrides {
  headline?: string
  slug?: string
  section?: string
  status?: string
}

/**
 * The fields of a new article from raw copy or a page, for the create schema to validate: the
 * extraction's layout (headline, standfirst, body, bylines, image, credited source, language), with
 * `overrides` winning. The analysis (entities, summary) runs here only for what the layout lacks: a
 * headline (the summary's first sentence) or a credited source (an "according to" name), so copy
 * with both is analysed once, when the new article's derived data is computed.
 */
export function createFieldsFromCopy(
  input: ExtractInput,
  overrides: CopyOverrides
): Record<string, unknown> {
  const s = skeletonOf(input)
  let analysed: Extraction | undefined
  const analysis = () => (analysed ??= analyse(s))
  const summaryHeadline = () =>
    analysis()
      .summary.split(/(?<=[.!?])\s/)[0]
      ?.slice(0, 300) ?? ''
  const given = s.headline ? squash(s.headline) : null
  const headline = overrides.headline ?? given ?? summaryHeadline()
  const source = s.sources.length ? s.sources[0] : analysis().sources[0]
  const language = skeletonLanguage(s)
  const image = s.images.find((i) => i.url && /^https?:/i.test(i.url))
  return {
    headline,
    dek: s.dek?.slice(0, 1000) ?? null,
    body: s.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    bylines: s.bylines.filter((b) => b.length <= 120).slice(0, 20),
    language: /^[a-z]{2,3}$/.test(language) ? language : 'en',
    source: source?.slice(0, 200) ?? null,
    image: image
      ? {
          url: image.url,
          caption: image.caption?.slice(0, 1000) ?? null,
          credit: image.credit?.slice(0, 200) ?? null,
        }
      : null,
    ...(overrides.slug !== undefined && { slug: overrides.slug }),
    ...(overrides.section !== undefined && { section: overrides.section }),
    ...(overrides.status !== undefined && { status: overrides.status }),
  }
}
