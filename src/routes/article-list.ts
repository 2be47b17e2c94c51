/**
 * @module GET /v1/articles (filters, search, cursor pages) and the revision history of an article.
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import { ArticleListQuerySchema, type Status } from '../domain/article'
import { ApiError } from '../domain/errors'
import { hasScope } from '../domain/scopes'
import type { AppEnv } from '../env'
import { requireScope } from '../middleware/auth'
import { getRevision, listRevisions } from '../storage/articles'
import { entityCondition } from '../storage/extraction'
import { decodeCursor, encodeCursor, listArticles, toMatchQuery, type ArticleFilter } from '../storage/article-list'
import { findVisibleArticle } from './articles'
import { parseWith } from './validate'

export const articleList = new Hono<AppEnv>()

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString()
}

articleList.get('/', async (c) => {
  const query = parseWith(ArticleListQuerySchema, c.req.query(), 'query')
  const editor = hasScope(c.var.principal, 'articles:read-drafts')
  let statuses: readonly Status[] = editor ? ['draft', 'scheduled', 'published'] : ['published']
  if (query.status) {
    if (query.status !== 'published') requireScope(c.var.principal, 'articles:read-drafts')
    statuses = [query.status]
  }
  const cursor = query.cursor ? decodeCursor(query.cursor, query.q !== undefined ? 'rank' : 'date') : null
  if (query.cursor && !cursor) {
    throw new ApiError('validation_failed', 'The cursor is not one this API gave out.', { errors: [{ path: 'cursor', message: 'unknown cursor' }] })
  }
  const filter: ArticleFilter = {
    statuses,
    section: query.section,
    tag: query.tag,
    author: query.author,
    from: query.from ? `${query.from}T00:00:00.000Z` : undefined,
    to: query.to ? nextDay(query.to) : undefined,
    extra: [
      ...(query.person ? [entityCondition('person', query.person)] : []),
      ...(query.org ? [entityCondition('organization', query.org)] : []),
      ...(query.place ? [entityCondition('place', query.place)] : []),
    ],
  }
  if (query.q !== undefined) {
    const match = toMatchQuery(query.q)
    if (!match) return c.json({ articles: [], meta: { nextCursor: null, limit: query.limit } })
    filter.match = match
  }
  const page = await listArticles(c.var.db, filter, query.limit, cursor)
  c.header('cache-control', c.var.principal.kind === 'anonymous' ? 'public, max-age=30' : 'private, no-store')
  c.header('vary', 'Authorization')
  return c.json({
    articles: page.articles,
    meta: { nextCursor: page.next ? encodeCursor(page.next) : null, limit: query.limit },
  })
})

const RevisionParam = v.pipe(v.string(), v.regex(/^[1-9]\d{0,8}$/, 'a revision number'), v.transform(Number))

articleList.get('/:ref/revisions', async (c) => {
  requireScope(c.var.principal, 'articles:read-drafts')
  const article = await findVisibleArticle(c, c.req.param('ref'))
  c.header('cache-control', 'private, no-store')
  return c.json({ revisions: await listRevisions(c.var.db, article.id), meta: { articleId: article.id, current: article.revision } })
})

articleList.get('/:ref/revisions/:revision', async (c) => {
  requireScope(c.var.principal, 'articles:read-drafts')
  const number = parseWith(RevisionParam, c.req.param('revision'), 'revision number')
  const article = await findVisibleArticle(c, c.req.param('ref'))
  const revision = await getRevision(c.var.db, article.id, number)
  if (!revision) throw new ApiError('not_found', `Article ${article.id} has no revision ${number}.`)
  c.header('cache-control', 'private, no-store')
  return c.json({ revision })
})
