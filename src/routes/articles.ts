/**
 * @module /v1/articles: create, read, update, archive, publish and unpublish articles.
 */
import { Hono, type Context } from 'hono'
import { ArticleCreateSchema, ArticlePatchSchema, PublishSchema, articleEtag, slugify, suffixSlug, type Article, type ArticleCreate } from '../domain/article'
import { applyPatch, archive, buildNewArticle, publish, referencedSlugs, unpublish } from '../domain/article-edit'
import { ApiError } from '../domain/errors'
import { authorizeChange, canSee, type ArticleState } from '../domain/authorization'
import type { Scope } from '../domain/scopes'
import type { AppEnv } from '../env'
import { enforce, requireScope } from '../middleware/auth'
import {
  ArticleConflict, existingTermNames, getArticle, saveArticles, slugExists,
} from '../storage/articles'
import { articleUrl } from '../render/feeds/model'
import { notifyArticleChanged } from './article-events'
import { flushViewOutbox } from '../services/view-invalidation'
import { checkIfMatch, matchesIfNoneMatch, requireIfMatch } from './conditional'
import { escapeHtml } from '../domain/html'
import { readExtractInput, runExtraction } from './extract'
import { publicOrigin } from './system'
import { mediaType, parseWith, readJson, readOptionalJson } from './validate'

export const articles = new Hono<AppEnv>()

/** The one answer for a story that does not exist for the caller, whether missing or hidden. */
export function noArticle(ref: string): string {
  return `No article "${ref.slice(0, 200)}".`
}

/**
 * The article a caller may see, or a 404: drafts, scheduled and archived stories do not exist for
 * callers without `articles:read-drafts`.
 */
export async function findVisibleArticle(c: Context<AppEnv>, idOrSlug: string): Promise<Article & { seq: number }> {
  const article = idOrSlug.length <= 200 ? await getArticle(c.var.db, idOrSlug) : null
  if (!article || !canSee(c.var.principal, article.status)) {
    throw new ApiError('not_found', noArticle(idOrSlug))
  }
  return article
}

/**
 * The story a write targets: the route's scope is checked before the story is looked up, then a
 * missing or hidden story is the same 404.
 */
async function findWritableArticle(
  c: Context<AppEnv>,
  base: Scope
): Promise<Article & { seq: number }> {
  requireScope(c.var.principal, base)
  const ref = c.req.param('ref') ?? ''
  const current = ref.length <= 200 ? await getArticle(c.var.db, ref) : null
  if (!current) throw new ApiError('not_found', noArticle(ref))
  enforce(authorizeChange(c.var.principal, base, current, null), noArticle(ref))
  return current
}

/** Checks the change from `current` to `next` against the policy (publish scope for site moves). */
function authorizeNext(
  c: Context<AppEnv>,
  base: Scope,
  current: ArticleState | null,
  next: ArticleState
): void {
  const ref = c.req.param('ref') ?? ''
  enforce(authorizeChange(c.var.principal, base, current, next), noArticle(ref))
}

/** An article response with its strong ETag, private when the caller holds a key. */
export function articleResponse(c: Context<AppEnv>, article: Article, status: 200 | 201 = 200): Response {
  const etag = articleEtag(article)
  c.header('etag', etag)
  c.header('last-modified', new Date(article.updatedAt).toUTCString())
  c.header('cache-control', c.var.principal.kind === 'anonymous' && article.status === 'published' ? 'public, max-age=60' : 'private, no-store')
  c.header('vary', 'Authorization')
  if (status === 201) c.header('location', `/v1/articles/${article.id}`)
  return c.json({ article: publicView(article, publicOrigin(c)) }, status)
}

/** The article as the API shows it: no internal `seq`, and its public page `url`. */
export function publicView(
  article: Article & { seq?: number },
  origin: string
): Article & { url: string } {
  const { seq: _seq, id, slug, ...rest } = article
  return { id, slug, url: articleUrl(origin, slug), ...rest }
}

async function write(c: Context<AppEnv>, article: Article): Promise<void> {
  try {
    await saveArticles(c.var.db, [article], c.var.principal.id)
  } catch (err) {
    if (!(err instanceof ArticleConflict)) throw err
    if (err.kind === 'slug') {
      throw new ApiError('slug_taken', `The slug "${article.slug}" is taken.`)
    }
    throw new ApiError(
      'precondition_failed',
      'The article changed while this request ran; fetch it again and retry.'
    )
  }
  // Edge views: drop what this write changed before answering, so the next read here sees it.
  const flushed = await flushViewOutbox({ db: c.var.db, kv: c.env.CACHE })
  c.header('x-views-invalidated', String(flushed.keys))
  notifyArticleChanged(c, article)
}

async function freeSlug(c: Context<AppEnv>, headline: string): Promise<string> {
  const base = slugify(headline)
  if (!(await slugExists(c.var.db, base))) return base
  return suffixSlug(base, crypto.randomUUID().slice(0, 6))
}

/**
 * A create body from raw copy or a page: fields filled from the extraction; `slug`, `section`,
 * `status` and `headline` query parameters override them (a later PATCH can change anything).
 */
async function readCopyAsCreate(c: Context<AppEnv>): Promise<ArticleCreate> {
  const x = runExtraction(await readExtractInput(c))
  const q = c.req.query()
  const headline = q.headline ?? x.headline ?? x.summary.split(/(?<=[.!?])\s/)[0]?.slice(0, 300) ?? ''
  const image = x.images.find((i) => i.url && /^https?:/i.test(i.url))
  return parseWith(ArticleCreateSchema, {
    headline,
    dek: x.dek?.slice(0, 1000) ?? null,
    body: x.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    bylines: x.bylines.filter((b) => b.length <= 120).slice(0, 20),
    language: /^[a-z]{2,3}$/.test(x.language) ? x.language : 'en',
    source: x.sources[0]?.slice(0, 200) ?? null,
    image: image ? { url: image.url, caption: image.caption?.slice(0, 1000) ?? null, credit: image.credit?.slice(0, 200) ?? null } : null,
    ...(q.slug !== undefined && { slug: q.slug }),
    ...(q.section !== undefined && { section: q.section }),
    ...(q.status !== undefined && { status: q.status }),
  }, 'extracted article')
}

articles.post('/', async (c) => {
  requireScope(c.var.principal, 'articles:write')
  const copy = ['text/plain', 'text/html'].includes(mediaType(c))
  const input = copy ? await readCopyAsCreate(c) : await readJson(c, ArticleCreateSchema)
  const publishAt = input.publishAt ? new Date(input.publishAt).toISOString() : null
  authorizeNext(c, 'articles:write', null, { status: input.status, publishAt, publishedAt: null })
  if (input.slug && (await slugExists(c.var.db, input.slug))) throw new ApiError('slug_taken', `The slug "${input.slug}" is taken.`)
  const slug = input.slug ?? (await freeSlug(c, input.headline))
  const known = await existingTermNames(c.var.db, referencedSlugs(input))
  const article = await buildNewArticle(input, `art_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`, slug, new Date(), known)
  await write(c, article)
  return articleResponse(c, article, 201)
})

articles.get('/:ref', async (c) => {
  const article = await findVisibleArticle(c, c.req.param('ref'))
  if (matchesIfNoneMatch(c, articleEtag(article))) {
    articleResponse(c, article)
    return c.body(null, 304)
  }
  return articleResponse(c, article)
})

articles.patch('/:ref', async (c) => {
  const current = await findWritableArticle(c, 'articles:write')
  requireIfMatch(c, articleEtag(current))
  const patch = await readJson(c, ArticlePatchSchema)
  const known = await existingTermNames(c.var.db, referencedSlugs(patch))
  const next = await applyPatch(current, patch, new Date(), known)
  authorizeNext(c, 'articles:write', current, next)
  if (patch.slug && (await slugExists(c.var.db, patch.slug, current.id))) {
    throw new ApiError('slug_taken', `The slug "${patch.slug}" is taken.`)
  }
  await write(c, next)
  return articleResponse(c, next)
})

articles.delete('/:ref', async (c) => {
  const current = await findWritableArticle(c, 'articles:write')
  requireIfMatch(c, articleEtag(current))
  const next = archive(current, new Date())
  authorizeNext(c, 'articles:write', current, next)
  await write(c, next)
  return articleResponse(c, next)
})

articles.post('/:ref/publish', async (c) => {
  const current = await findWritableArticle(c, 'articles:publish')
  checkIfMatch(c, articleEtag(current))
  const body = await readOptionalJson(c, PublishSchema, {})
  const next = publish(current, new Date(), body.publishAt)
  authorizeNext(c, 'articles:publish', current, next)
  await write(c, next)
  return articleResponse(c, next)
})

articles.post('/:ref/unpublish', async (c) => {
  const current = await findWritableArticle(c, 'articles:publish')
  checkIfMatch(c, articleEtag(current))
  const next = unpublish(current, new Date())
  authorizeNext(c, 'articles:publish', current, next)
  await write(c, next)
  return articleResponse(c, next)
})
