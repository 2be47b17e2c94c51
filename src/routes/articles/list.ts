/**
 * @module GET /v1/articles (filters, search, sorts, sparse fields, cursor pages) and the revision
 * history of an article.
 */
import { Hono, type Context } from 'hono'
import * as v from 'valibot'
import { ArticleListQuerySchema } from '../../domain/article'
import type { AppEnv } from '../../env'
import { requireScope } from '../../middleware/auth'
import { listVisibleArticles } from '../../services/article-list'
import { getArticleRevision, listArticleRevisions } from '../../services/articles'
import { publicOrigin, servicesFor } from '../http/deps'
import { NoQuerySchema, parseWith, readQuery } from '../http/validate'

export const articleList = new Hono<AppEnv>()

/** The absolute URL of the next page: the same parameters, in the same order, with its cursor. */
function nextPageUrl(c: Context<AppEnv>, cursor: string): string {
  const params = new URLSearchParams(new URL(c.req.url).search)
  params.delete('cursor')
  params.append('cursor', cursor)
  return `${publicOrigin(c)}/v1/articles?${params}`
}

articleList.get('/', async (c) => {
  const query = readQuery(c, ArticleListQuerySchema, ['tag', 'author'])
  const page = await listVisibleArticles(servicesFor(c), query)
  const anonymous = c.var.principal.kind === 'anonymous'
  c.header('cache-control', anonymous ? 'public, max-age=30' : 'private, no-store')
  c.header('vary', 'Authorization')
  const next = page.meta.nextCursor
  if (next) c.header('link', `<${nextPageUrl(c, next)}>; rel="next"`)
  return c.json(page)
})

const RevisionParam = v.pipe(
  v.string(),
  v.regex(/^[1-9]\d{0,8}$/, 'a revision number'),
  v.transform(Number)
)

articleList.get('/:ref/revisions', async (c) => {
  requireScope(c.var.principal, 'articles:read-drafts')
  readQuery(c, NoQuerySchema)
  const history = await listArticleRevisions(servicesFor(c), c.req.param('ref'))
  c.header('cache-control', 'private, no-store')
  return c.json(history)
})

articleList.get('/:ref/revisions/:revision', async (c) => {
  requireScope(c.var.principal, 'articles:read-drafts')
  const number = parseWith(RevisionParam, c.req.param('revision'), 'revision number')
  const revision = await getArticleRevision(servicesFor(c), c.req.param('ref'), number)
  c.header('cache-control', 'private, no-store')
  return c.json({ revision })
})
