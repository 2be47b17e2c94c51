/**
 * @module Pure editorial operations: building a new article, applying a patch, and moving it through
 * the workflow. Each returns the next full state; storage writes it.
 */
import { ApiError } from './errors'
import { canTransition, slugify, type Action, type Article, type ArticleCreate, type ArticlePatch, type Term } from './article'
import { htmlToText, looksLikeHtml, sanitizeHtml, textToHtml } from './html'
import { detectLanguage } from '../extract/language'

/** Stored HTML and its plain text from whatever the caller sent: HTML is sanitized, text becomes paragraphs. */
export async function prepareBody(input: string): Promise<{ body: string; bodyText: string }> {
  const body = looksLikeHtml(input) ? await sanitizeHtml(input) : textToHtml(input)
  return { body, bodyText: await htmlToText(body) }
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
export function referencedSlugs(input: { section?: string | null; bylines?: string[]; tags?: string[] }) {
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
export async function buildNewArticle(input: ArticleCreate, id: string, slug: string, now: Date, known: Map<string, string>): Promise<Article> {
  const at = now.toISOString()
  const publishAt = normalizeDate(input.publishAt)
  if (input.status === 'scheduled' && (!publishAt || publishAt <= at)) {
    throw new ApiError('validation_failed', 'A scheduled article needs a publishAt in the future.', {
      errors: [{ path: 'publishAt', message: 'required in the future when status is "scheduled"' }],
    })
  }
  const { body, bodyText } = await prepareBody(input.body)
  return {
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
    language: input.language ?? detectLanguage(`${input.headline}\n${input.dek ?? ''}\n${bodyText}`),
    image: input.image ? { url: input.image.url, caption: input.image.caption ?? null, credit: input.image.credit ?? null } : null,
    source: input.source ?? null,
    corrections: input.corrections.map((c) => ({ at: normalizeDate(c.at) ?? at, text: c.text })),
  }
}

/** The next revision after a partial update. Archived articles cannot be edited. */
export async function applyPatch(article: Article, patch: ArticlePatch, now: Date, known: Map<string, string>): Promise<Article> {
  assertTransition(article, 'edit')
  const at = now.toISOString()
  const next: Article = { ...article, revision: article.revision + 1, updatedAt: at }
  if (patch.slug !== undefined) next.slug = patch.slug
  if (patch.headline !== undefined) next.headline = patch.headline
  if (patch.dek !== undefined) next.dek = patch.dek
  if (patch.body !== undefined) Object.assign(next, await prepareBody(patch.body))
  if (patch.section !== undefined) next.section = patch.section ? toTerm(patch.section, known, 's') : null
  if (patch.tags !== undefined) next.tags = toTerms(patch.tags, known, 't')
  if (patch.bylines !== undefined) next.bylines = toTerms(patch.bylines, known, 'a')
  if (patch.canonicalUrl !== undefined) next.canonicalUrl = patch.canonicalUrl
  if (patch.language !== undefined) next.language = patch.language
  if (patch.image !== undefined) next.image = patch.image ? { url: patch.image.url, caption: patch.image.caption ?? null, credit: patch.image.credit ?? null } : null
  if (patch.source !== undefined) next.source = patch.source
  if (patch.corrections !== undefined) next.corrections = patch.corrections.map((c) => ({ at: normalizeDate(c.at) ?? at, text: c.text }))
  if (patch.publishAt !== undefined) {
    const publishAt = normalizeDate(patch.publishAt)
    if (article.status === 'scheduled' && (!publishAt || publishAt <= at)) {
      throw new ApiError('validation_failed', 'A scheduled article needs a publishAt in the future; unpublish it to cancel.', {
        errors: [{ path: 'publishAt', message: 'must be in the future while scheduled' }],
      })
    }
    next.publishAt = publishAt
  }
  return next
}

/** Throws 409 `invalid_transition` when the action is not allowed from the article's status. */
export function assertTransition(article: Pick<Article, 'status'>, action: Action): void {
  if (!canTransition(article.status, action)) {
    throw new ApiError('invalid_transition', `Cannot ${action} an article that is ${article.status}.`)
  }
}

/** Publishes now, or schedules when `publishAt` is in the future. */
export function publish(article: Article, now: Date, publishAt?: string): Article {
  const at = now.toISOString()
  const when = normalizeDate(publishAt)
  if (when && when > at) {
    assertTransition(article, 'schedule')
    return { ...article, status: 'scheduled', publishAt: when, revision: article.revision + 1, updatedAt: at }
  }
  assertTransition(article, 'publish')
  return { ...article, status: 'published', publishAt: null, publishedAt: article.publishedAt ?? at, revision: article.revision + 1, updatedAt: at }
}

/** Back to draft: off every public surface. */
export function unpublish(article: Article, now: Date): Article {
  assertTransition(article, 'unpublish')
  return { ...article, status: 'draft', publishAt: null, revision: article.revision + 1, updatedAt: now.toISOString() }
}

/** Archives the article: it stays as a tombstone with its history. */
export function archive(article: Article, now: Date): Article {
  assertTransition(article, 'archive')
  return { ...article, status: 'archived', publishAt: null, revision: article.revision + 1, updatedAt: now.toISOString() }
}

/** The scheduled article's publication when its time has come. */
export function publishDue(article: Article, now: Date): Article {
  return { ...article, status: 'published', publishedAt: article.publishAt ?? now.toISOString(), publishAt: null, revision: article.revision + 1, updatedAt: now.toISOString() }
}
