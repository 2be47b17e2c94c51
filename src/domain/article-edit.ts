/**
 * @module Pure editorial operations: building a new article, applying a patch, and moving it
 * through the workflow. Each returns the next full state; storage writes it.
 */
import { ApiError } from './errors'
import {
  canTransition,
  slugify,
  type Action,
  type Article,
  type ArticleCreate,
  type ArticlePatch,
  type Term,
} from './article'
import { htmlToText, looksLikeHtml, sanitizeHtml, textToHtml } from './html'
import { detectLanguage } from '../extract/language'

/**
 * Most bytes a stored body may take: its sanitized HTML plus its plain text, counted as the UTF-8
 * bytes of their JSON strings (the form in which a write hands them to D1). D1 refuses any string
 * value over 2,000,000 bytes, and a write binds the whole article as one JSON value (also stored as
 * the revision snapshot): this leaves room for every other field (bounded by the schemas), so a
 * story of about 1 MB of text fits. A body within the request limit can still exceed it once
 * escaped and given `rel` on every link.
 */
export const MAX_STORED_BODY_BYTES = 1_850_000
/** Most bytes the JSON of one whole article may take: below D1's 2,000,000-byte value limit. */
export const MAX_STORED_ARTICLE_BYTES = 1_900_000

/** UTF-8 bytes of `JSON.stringify(value)`, counted without building the bytes. */
export function storedBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? ''
  let bytes = json.length
  for (let k = 0; k < json.length; k++) {
    const c = json.charCodeAt(k)
    if (c < 0x80) continue
    // a surrogate pair is two code units and four bytes; other code points take two or three
    bytes += c < 0x800 ? 1 : c >= 0xd800 && c < 0xdc00 ? 1 : 2
  }
  return bytes
}

/**
 * Consecutive slices of `items` whose JSON array stays within `maxBytes` (an item bigger than that
 * gets a slice of its own): for writes that bind a whole slice as one D1 value. `measured` picks
 * the part of an item that is bound (an article of a derived record), so both slice alike.
 */
export function chunkByStoredBytes<T>(
  items: readonly T[],
  maxBytes: number,
  measured: (item: T) => unknown = (item) => item
): T[][] {
  const slices: T[][] = []
  let current: T[] = []
  let bytes = 2
  for (const item of items) {
    const size = storedBytes(measured(item)) + 1
    if (current.length > 0 && bytes + size > maxBytes) {
      slices.push(current)
      current = []
      bytes = 2
    }
    current.push(item)
    bytes += size
  }
  if (current.length > 0) slices.push(current)
  return slices
}

/**
 * Groups derived write records (`{ article, ... }`) as storage binds them, by the size of their
 * articles: one JSON value within D1's limit each, the same slices `deriveArticles` budgets for.
 */
export function sliceForWrite<T extends { article: unknown }>(derived: readonly T[]): T[][] {
  return chunkByStoredBytes(derived, MAX_STORED_ARTICLE_BYTES, (d) => d.article)
}

/**
 * Stored HTML and its plain text from whatever the caller sent: HTML is sanitized, text becomes
 * paragraphs. Throws 413 `payload_too_large` when the result is over {@link MAX_STORED_BODY_BYTES}.
 */
export function prepareBody(input: string): { body: string; bodyText: string } {
  let body = looksLikeHtml(input) ? sanitizeHtml(input) : textToHtml(input)
  // HTML whose every tag was dropped leaves escaped text: a paragraph keeps it recognisably HTML,
  // so an editor saving the stored body back stores the same bytes (not the text escaped once
  // more).
  if (body !== '' && !body.includes('<')) body = `<p>${body}</p>`
  const prepared = { body, bodyText: htmlToText(body) }
  const bytes = storedBytes(prepared.body) + storedBytes(prepared.bodyText)
  if (bytes > MAX_STORED_BODY_BYTES) {
    throw new ApiError(
      'payload_too_large',
      `The body takes ${bytes} bytes once sanitized and stored with its text; ` +
        `at most ${MAX_STORED_BODY_BYTES} are allowed.`,
      {
        errors: [
          { path: 'body', message: `at most ${MAX_STORED_BODY_BYTES} bytes once sanitized` },
        ],
      }
    )
  }
  return prepared
}

/**
 * A stored body made safe again (for rows written before the current sanitizer): sanitized, and
 * when that would not fit, its plain text as paragraphs, cut to fit if need be.
 */
export function resanitizeBody(stored: string): { body: string; bodyText: string } {
  const body = sanitizeHtml(stored)
  const bodyText = htmlToText(body)
  if (storedBytes(body) + storedBytes(bodyText) <= MAX_STORED_BODY_BYTES) return { body, bodyText }
  // at most 8 bytes a character once escaped and encoded, twice (HTML and text): well within
  const html = textToHtml(bodyText.slice(0, Math.floor(MAX_STORED_BODY_BYTES / 16)))
  return { body: html, bodyText: htmlToText(html) }
}

/** Throws 413 `payload_too_large` when an article would not fit in one D1 value. */
export function assertStorable(article: Article): void {
  const bytes = storedBytes(article)
  if (bytes > MAX_STORED_ARTICLE_BYTES) {
    throw new ApiError(
      'payload_too_large',
      `The article takes ${bytes} bytes once stored; ` +
        `at most ${MAX_STORED_ARTICLE_BYTES} are allowed.`
    )
  }
}

/** A term from a display name, using the canonical name when the slug already exists. */
export function toTerm(name: string, known: Map<string, string>, prefix: 's' | 'a' | 't'): Term {
  const slug = slugify(name, 100)
  return { slug, name: known.get(`${prefix}:${slug}`) ?? name }
}

/** De-duplicated terms in the order given. */
export function toTerms(names: string[], known: Map<string, string>, prefix: 'a' | 't'): Term[] {
  const seen = new Set<string>()
  return names
    .map((name) => toTerm(name, known, prefix))
    .filter((term) => (seen.has(term.slug) ? false : (seen.add(term.slug), true)))
}

/** The slugs a create or patch refers to, for looking up canonical names in one query. */
export function referencedSlugs(input: {
  section?: string | null
  bylines?: string[]
  tags?: string[]
}) {
  return {
    sections: input.section ? [slugify(input.section, 100)] : [],
    authors: (input.bylines ?? []).map((n) => slugify(n, 100)),
    tags: (input.tags ?? []).map((n) => slugify(n, 100)),
  }
}

function normalizeDate(iso: string | null | undefined): string | null {
  return iso ? new Date(iso).toISOString() : null
}

/**
 * The first revision of a new article. `status: 'scheduled'` needs a future `publishAt`;
 * `published` stamps `publishedAt` now.
 */
export async function buildNewArticle(
  input: ArticleCreate,
  id: string,
  slug: string,
  now: Date,
  known: Map<string, string>
): Promise<Article> {
  const at = now.toISOString()
  const publishAt = normalizeDate(input.publishAt)
  if (input.status === 'scheduled' && (!publishAt || publishAt <= at)) {
    throw new ApiError(
      'validation_failed',
      'A scheduled article needs a publishAt in the future.',
      {
        errors: [
          { path: 'publishAt', message: 'required in the future when status is "scheduled"' },
        ],
      }
    )
  }
  const { body, bodyText } = prepareBody(input.body)
  return assertedStorable({
    id,
    slug,
    headline: input.headline,
    dek: input.dek ?? null,
    body,
    bodyText,
    section: input.section ? toTerm(input.section, known, 's') : null,
    tags: toTerms(input.tags, known, 't'),
    bylines: toTerms(input.bylines, known, 'a'),
    status: input.status,
    publishAt: input.status === 'published' ? null : publishAt,
    publishedAt: input.status === 'published' ? (normalizeDate(input.publishedAt) ?? at) : null,
    createdAt: at,
    updatedAt: at,
    revision: 1,
    canonicalUrl: input.canonicalUrl ?? null,
    language:
      input.language ?? detectLanguage(`${input.headline}\n${input.dek ?? ''}\n${bodyText}`),
    image: input.image
      ? {
          url: input.image.url,
          caption: input.image.caption ?? null,
          credit: input.image.credit ?? null,
        }
      : null,
    source: input.source ?? null,
    corrections: input.corrections.map((c) => ({ at: normalizeDate(c.at) ?? at, text: c.text })),
  })
}

function assertedStorable(article: Article): Article {
  assertStorable(article)
  return article
}

/** The next revision after a partial update. Archived articles cannot be edited. */
export async function applyPatch(
  article: Article,
  patch: ArticlePatch,
  now: Date,
  known: Map<string, string>
): Promise<Article> {
  assertTransition(article, 'edit')
  const at = now.toISOString()
  const next: Article = { ...article, revision: article.revision + 1, updatedAt: at }
  if (patch.slug !== undefined) next.slug = patch.slug
  if (patch.headline !== undefined) next.headline = patch.headline
  if (patch.dek !== undefined) next.dek = patch.dek
  if (patch.body !== undefined) Object.assign(next, prepareBody(patch.body))
  if (patch.section !== undefined)
    next.section = patch.section ? toTerm(patch.section, known, 's') : null
  if (patch.tags !== undefined) next.tags = toTerms(patch.tags, known, 't')
  if (patch.bylines !== undefined) next.bylines = toTerms(patch.bylines, known, 'a')
  if (patch.canonicalUrl !== undefined) next.canonicalUrl = patch.canonicalUrl
  if (patch.language !== undefined) next.language = patch.language
  if (patch.image !== undefined)
    next.image = patch.image
      ? {
          url: patch.image.url,
          caption: patch.image.caption ?? null,
          credit: patch.image.credit ?? null,
        }
      : null
  if (patch.source !== undefined) next.source = patch.source
  if (patch.corrections !== undefined)
    next.corrections = patch.corrections.map((c) => ({
      at: normalizeDate(c.at) ?? at,
      text: c.text,
    }))
  if (patch.publishAt !== undefined) {
    const publishAt = normalizeDate(patch.publishAt)
    if (article.status === 'scheduled' && (!publishAt || publishAt <= at)) {
      throw new ApiError(
        'validation_failed',
        'A scheduled article needs a publishAt in the future; unpublish it to cancel.',
        {
          errors: [{ path: 'publishAt', message: 'must be in the future while scheduled' }],
        }
      )
    }
    next.publishAt = publishAt
  }
  return assertedStorable(next)
}

/** Throws 409 `invalid_transition` when the action is not allowed from the article's status. */
export function assertTransition(article: Pick<Article, 'status'>, action: Action): void {
  if (!canTransition(article.status, action)) {
    throw new ApiError(
      'invalid_transition',
      `Cannot ${action} an article that is ${article.status}.`
    )
  }
}

/** Publishes now, or schedules when `publishAt` is in the future. */
export function publish(article: Article, now: Date, publishAt?: string): Article {
  const at = now.toISOString()
  const when = normalizeDate(publishAt)
  if (when && when > at) {
    assertTransition(article, 'schedule')
    return {
      ...article,
      status: 'scheduled',
      publishAt: when,
      revision: article.revision + 1,
      updatedAt: at,
    }
  }
  assertTransition(article, 'publish')
  return {
    ...article,
    status: 'published',
    publishAt: null,
    publishedAt: article.publishedAt ?? at,
    revision: article.revision + 1,
    updatedAt: at,
  }
}

/** Back to draft: off every public surface. */
export function unpublish(article: Article, now: Date): Article {
  assertTransition(article, 'unpublish')
  return {
    ...article,
    status: 'draft',
    publishAt: null,
    revision: article.revision + 1,
    updatedAt: now.toISOString(),
  }
}

/** Archives the article: it stays as a tombstone with its history. */
export function archive(article: Article, now: Date): Article {
  assertTransition(article, 'archive')
  return {
    ...article,
    status: 'archived',
    publishAt: null,
    revision: article.revision + 1,
    updatedAt: now.toISOString(),
  }
}

/** The scheduled article's publication when its time has come. */
export function publishDue(article: Article, now: Date): Article {
  return {
    ...article,
    status: 'published',
    publishedAt: article.publishAt ?? now.toISOString(),
    publishAt: null,
    revision: article.revision + 1,
    updatedAt: now.toISOString(),
  }
}
