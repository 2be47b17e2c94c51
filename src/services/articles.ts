/**
 * @module Articles: find one as the caller may see it, create, patch, archive, publish and
 * unpublish, each under the authorization policy and written through `commitArticles`.
 */
import {
  slugify,
  suffixSlug,
  type Article,
  type ArticleCreate,
  type ArticlePatch,
} from '../domain/article'
import {
  applyPatch,
  archive,
  buildNewArticle,
  publish,
  referencedSlugs,
  unpublish,
} from '../domain/article-edit'
import {
  authorizeChange,
  canSee,
  enforce,
  requireScope,
  type ArticleState,
} from '../domain/authorization'
import { ApiError } from '../domain/errors'
import type { Scope } from '../domain/scopes'
import {
  existingTermNames,
  getArticle,
  getRevision,
  listRevisions,
  slugExists,
} from '../storage/articles'
import type { Db } from '../storage/db'
import { commitArticles } from './article-writes'
import type { ServiceDeps } from './deps'

/** A stored article with its row key. */
export type StoredArticle = Article & { seq: number }

/** The story a write targets: as the caller named it, and the scope the write is under. */
export interface WriteTarget {
  ref: string
  scope: Scope
  article: StoredArticle
}

/** The one answer for a story that does not exist for the caller, whether missing or hidden. */
export function noArticle(ref: string): string {
  return `No article "${ref.slice(0, 200)}".`
}

/**
 * The article a caller may see, or a 404: drafts, scheduled and archived stories do not exist for
 * callers without `articles:read-drafts`.
 */
export async function findVisibleArticle(deps: ServiceDeps, ref: string): Promise<StoredArticle> {
  const article = ref.length <= 200 ? await getArticle(deps.db, ref) : null
  if (!article || !canSee(deps.principal, article.status)) {
    throw new ApiError('not_found', noArticle(ref))
  }
  return article
}

/**
 * The story a write targets: the scope is checked before the story is looked up, then a missing
 * or hidden story is the same 404.
 */
export async function findWritableArticle(
  deps: ServiceDeps,
  ref: string,
  scope: Scope
): Promise<WriteTarget> {
  requireScope(deps.principal, scope)
  const article = ref.length <= 200 ? await getArticle(deps.db, ref) : null
  if (!article) throw new ApiError('not_found', noArticle(ref))
  enforce(authorizeChange(deps.principal, scope, article, null), noArticle(ref))
  return { ref, scope, article }
}

/** Checks the change from `current` to `next` against the policy (publish scope for site moves). */
function authorizeNext(
  deps: ServiceDeps,
  ref: string,
  scope: Scope,
  current: ArticleState | null,
  next: ArticleState
): void {
  enforce(authorizeChange(deps.principal, scope, current, next), noArticle(ref))
}

/** Writes one article; a lost race is 409 `slug_taken` or 412 `precondition_failed`. */
async function commitOne(deps: ServiceDeps, article: Article): Promise<Article> {
  await commitArticles(deps, [article], (conflict) =>
    conflict.kind === 'slug'
      ? new ApiError('slug_taken', `The slug "${article.slug}" is taken.`)
      : new ApiError(
          'precondition_failed',
          'The article changed while this request ran; fetch it again and retry.'
        )
  )
  return article
}

async function freeSlug(db: Db, headline: string): Promise<string> {
  const base = slugify(headline)
  if (!(await slugExists(db, base))) return base
  return suffixSlug(base, crypto.randomUUID().slice(0, 6))
}

/** A new article id. */
export function newArticleId(): string {
  return `art_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`
}

/** Creates an article (revision 1) as the caller; without a slug, one comes from the headline. */
export async function createArticle(deps: ServiceDeps, input: ArticleCreate): Promise<Article> {
  const publishAt = input.publishAt ? new Date(input.publishAt).toISOString() : null
  const state = { status: input.status, publishAt, publishedAt: null }
  authorizeNext(deps, '', 'articles:write', null, state)
  if (input.slug && (await slugExists(deps.db, input.slug))) {
    throw new ApiError('slug_taken', `The slug "${input.slug}" is taken.`)
  }
  const slug = input.slug ?? (await freeSlug(deps.db, input.headline))
  const known = await existingTermNames(deps.db, referencedSlugs(input))
  const article = await buildNewArticle(input, newArticleId(), slug, new Date(), known)
  return commitOne(deps, article)
}

/** Applies a validated patch to the target (whose ETag the route has checked) and writes it. */
export async function patchArticle(
  deps: ServiceDeps,
  target: WriteTarget,
  patch: ArticlePatch
): Promise<Article> {
  const current = target.article
  const known = await existingTermNames(deps.db, referencedSlugs(patch))
  const next = await applyPatch(current, patch, new Date(), known)
  authorizeNext(deps, target.ref, target.scope, current, next)
  if (patch.slug && (await slugExists(deps.db, patch.slug, current.id))) {
    throw new ApiError('slug_taken', `The slug "${patch.slug}" is taken.`)
  }
  return commitOne(deps, next)
}

/**
 * Writes the target's next state (archive, publish, unpublish, a correction) once the policy allows
 * the change.
 */
export async function commitChange(
  deps: ServiceDeps,
  target: WriteTarget,
  next: Article
): Promise<Article> {
  authorizeNext(deps, target.ref, target.scope, target.article, next)
  return commitOne(deps, next)
}

/** Archives the target (DELETE): it leaves the site and every list. */
export function archiveArticle(deps: ServiceDeps, target: WriteTarget): Promise<Article> {
  return commitChange(deps, target, archive(target.article, new Date()))
}

/** Publishes the target now, or schedules it for `publishAt`. */
export function publishArticle(
  deps: ServiceDeps,
  target: WriteTarget,
  publishAt?: string
): Promise<Article> {
  return commitChange(deps, target, publish(target.article, new Date(), publishAt))
}

/** Takes the target off the site, back to a draft. */
export function unpublishArticle(deps: ServiceDeps, target: WriteTarget): Promise<Article> {
  return commitChange(deps, target, unpublish(target.article, new Date()))
}

/** The revision history of an article the caller may see, newest first, and its current one. */
export async function listArticleRevisions(deps: ServiceDeps, ref: string) {
  const article = await findVisibleArticle(deps, ref)
  const revisions = await listRevisions(deps.db, article.id)
  return { revisions, meta: { articleId: article.id, current: article.revision } }
}

/** One revision's snapshot of an article the caller may see, or a 404. */
export async function getArticleRevision(deps: ServiceDeps, ref: string, number: number) {
  const article = await findVisibleArticle(deps, ref)
  const revision = await getRevision(deps.db, article.id, number)
  if (!revision) throw new ApiError('not_found', `Article ${article.id} has no revision ${number}.`)
  return revision
}
