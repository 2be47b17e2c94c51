/**
 * @module GET /v1/articles (filters, search, sorts, sparse fields, cursor pages) and the revision
 * history of an article.
 */
import { Hono, type Context } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../../env'
import { listVisibleArticles } from '../../services/article-list'
import { getArticleRevision, listArticleRevisions } from '../../services/articles'
import { defineRoute } from '../contract/define-route'
import { publicOrigin, servicesFor } from '../http/deps'
import { parseWith } from '../http/validate'
import { ARTICLE_LIST, ARTICLE_REVISION, ARTICLE_REVISIONS } from './spec'

export const articleList = new Hono<AppEnv>()

/** The absolute URL of the next page: the same parameters, in the same order, with its cursor. */
function nextPageUrl(c: Context<AppEnv>, cursor: string): string {
  const params = new URLSearchParams(new URL(c.req.url).search)
  params.delete('cursor')
  params.append('cursor', cursor)
  return `${publicOrigin(c)}/v1/articles?${params}`
}

const mount = { mount: '/v1/articles' }

defineRoute(
  articleList,
  ARTICLE_LIST,
  async (c, { query }) => {
    const page = await listVisibleArticles(servicesFor(c), query)
    const anonymous = c.var.principal.kind === 'anonymous'
    c.header('cache-control', anonymous ? 'public, max-age=30' : 'private, no-store')
    c.header('vary', 'Authorization')
    const next = page.meta.nextCursor
    if (next) c.header('link', `<${nextPageUrl(c, next)}>; rel="next"`)
    return c.json(page)
  },
  { ...mount, repeatable: ['tag', 'author'] }
)

const RevisionParam = v.pipe(
  v.string(),
  v.regex(/^[1-9]\d{0,8}$/, 'a revision number'),
  v.transform(Number)
)

defineRoute(
  articleList,
  ARTICLE_REVISIONS,
  async (c) => {
    const history = await listArticleRevisions(servicesFor(c), c.req.param('ref') ?? '')
    c.header('cache-control', 'private, no-store')
    return c.json(history)
  },
  mount
)

defineRoute(
  articleList,
  ARTICLE_REVISION,
  async (c) => {
    const number = parseWith(RevisionParam, c.req.param('revision'), 'revision number')
    const revision = await getArticleRevision(servicesFor(c), c.req.param('ref') ?? '', number)
    c.header('cache-control', 'private, no-store')
    return c.json({ revision })
  },
  mount
)
