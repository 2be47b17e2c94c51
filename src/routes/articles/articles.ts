/**
 * @module /v1/articles: create, read, update, archive, publish and unpublish articles (the rules
 * are in services/articles.ts).
 */
import { Hono, type Context } from 'hono'
import {
  ArticleCreateSchema,
  ArticlePatchSchema,
  PublishSchema,
  articleEtag,
  type Article,
  type ArticleCreate,
} from '../../domain/article'
import type { AppEnv } from '../../env'
import { requireScope } from '../../middleware/auth'
import { articleUrl } from '../../render/feeds/model'
import {
  archiveArticle,
  createArticle,
  findVisibleArticle,
  findWritableArticle,
  patchArticle,
  publishArticle,
  unpublishArticle,
} from '../../services/articles'
import { createFieldsFromCopy } from '../../services/extraction'
import { checkIfMatch, matchesIfNoneMatch, requireIfMatch } from '../http/conditional'
import { publicOrigin, servicesFor } from '../http/deps'
import { readExtractInput } from '../extraction/extract'
import { mediaType, parseWith, readJson, readOptionalJson } from '../http/validate'

export { noArticle } from '../../services/articles'

export const articles = new Hono<AppEnv>()

/** An article response with its strong ETag, private when the caller holds a key. */
export function articleResponse(
  c: Context<AppEnv>,
  article: Article,
  status: 200 | 201 = 200
): Response {
  const etag = articleEtag(article)
  c.header('etag', etag)
  c.header('last-modified', new Date(article.updatedAt).toUTCString())
  c.header(
    'cache-control',
    c.var.principal.kind === 'anonymous' && article.status === 'published'
      ? 'public, max-age=60'
      : 'private, no-store'
  )
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

/**
 * A create body from raw copy or a page: fields filled from the extraction; `slug`, `section`,
 * `status` and `headline` query parameters override them (a later PATCH can change anything).
 */
async function readCopyAsCreate(c: Context<AppEnv>): Promise<ArticleCreate> {
  const fields = createFieldsFromCopy(await readExtractInput(c), c.req.query())
  return parseWith(ArticleCreateSchema, fields, 'extracted article')
}

articles.post('/', async (c) => {
  requireScope(c.var.principal, 'articles:write')
  const copy = ['text/plain', 'text/html'].includes(mediaType(c))
  const input = copy ? await readCopyAsCreate(c) : await readJson(c, ArticleCreateSchema)
  return articleResponse(c, await createArticle(servicesFor(c), input), 201)
})

articles.get('/:ref', async (c) => {
  const article = await findVisibleArticle(servicesFor(c), c.req.param('ref'))
  if (matchesIfNoneMatch(c, articleEtag(article))) {
    articleResponse(c, article)
    return c.body(null, 304)
  }
  return articleResponse(c, article)
})

articles.patch('/:ref', async (c) => {
  const deps = servicesFor(c)
  const target = await findWritableArticle(deps, c.req.param('ref'), 'articles:write')
  requireIfMatch(c, articleEtag(target.article))
  const patch = await readJson(c, ArticlePatchSchema)
  return articleResponse(c, await patchArticle(deps, target, patch))
})

articles.delete('/:ref', async (c) => {
  const deps = servicesFor(c)
  const target = await findWritableArticle(deps, c.req.param('ref'), 'articles:write')
  requireIfMatch(c, articleEtag(target.article))
  return articleResponse(c, await archiveArticle(deps, target))
})

articles.post('/:ref/publish', async (c) => {
  const deps = servicesFor(c)
  const target = await findWritableArticle(deps, c.req.param('ref'), 'articles:publish')
  checkIfMatch(c, articleEtag(target.article))
  const body = await readOptionalJson(c, PublishSchema, {})
  return articleResponse(c, await publishArticle(deps, target, body.publishAt))
})

articles.post('/:ref/unpublish', async (c) => {
  const deps = servicesFor(c)
  const target = await findWritableArticle(deps, c.req.param('ref'), 'articles:publish')
  checkIfMatch(c, articleEtag(target.article))
  return articleResponse(c, await unpublishArticle(deps, target))
})
