/**
 * @module GET /v1/articles (filters, search, sorts, sparse fields, cursor pages) and the revision
 * history of an article.
 */
import { Hono, type Context } from 'hono'
import * as v from 'valibot'
import {
  ArticleListQuerySchema, LIST_FIELDS,
  type ArticleListQuery, type ListField, type ListSort, type Status,
} from '../domain/article'
import { ApiError } from '../domain/errors'
import { hasScope } from '../domain/scopes'
import type { AppEnv } from '../env'
import { requireScope } from '../middleware/auth'
import { getRevision, listRevisions } from '../storage/articles'
import { entityCondition } from '../storage/extraction'
import { articleUrl } from '../render/feeds/model'
import {
  countArticles, cursorKindOf, decodeCursor, encodeCursor, listArticles, toMatchQuery,
  type ArticleFilter, type ListCursor, type ListedArticle,
} from '../storage/article-list'
import { findVisibleArticle } from '../services/articles'
import { publicOrigin, servicesFor } from './deps'
import { NoQuerySchema, parseWith, readQuery } from './validate'

export const articleList = new Hono<AppEnv>()

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString()
}

/** What a list shows without `fields=`: everything but the bodies (name them to get them). */
const DEFAULT_LIST_FIELDS = LIST_FIELDS.filter((f) => f !== 'body' && f !== 'bodyText')

/** The listed article as the API shows it: `url` added, then only `fields` (and `id`) kept. */
function listView(article: ListedArticle, origin: string, fields: readonly ListField[]) {
  const full: Record<string, unknown> = { ...article, url: articleUrl(origin, article.slug) }
  const view: Record<string, unknown> = { id: article.id }
  for (const field of fields) if (full[field] !== undefined) view[field] = full[field]
  return view
}

/** The absolute URL of the next page: the same parameters, in the same order, with its cursor. */
function nextPageUrl(c: Context<AppEnv>, cursor: string): string {
  const params = new URLSearchParams(new URL(c.req.url).search)
  params.delete('cursor')
  params.append('cursor', cursor)
  return `${publicOrigin(c)}/v1/articles?${params}`
}

/** Validates the `sort`/`q` pair and the cursor against the list's order. */
function listOrder(query: ArticleListQuery): { sort: ListSort; cursor: ListCursor | null } {
  if (query.sort === 'relevance' && query.q === undefined) {
    throw new ApiError('validation_failed', 'sort=relevance needs a search (q).', {
      errors: [{ path: 'sort', message: 'relevance needs q' }],
    })
  }
  const sort = query.sort ?? (query.q !== undefined ? 'relevance' : '-publishedAt')
  const cursor = query.cursor ? decodeCursor(query.cursor, cursorKindOf(sort)) : null
  if (query.cursor && !cursor) {
    const detail = 'The cursor is not one this API gave out for this order.'
    throw new ApiError('validation_failed', detail, {
      errors: [{ path: 'cursor', message: 'unknown cursor' }],
    })
  }
  return { sort, cursor }
}

articleList.get('/', async (c) => {
  const query = readQuery(c, ArticleListQuerySchema, ['tag', 'author'])
  const { sort, cursor } = listOrder(query)
  const editor = hasScope(c.var.principal, 'articles:read-drafts')
  let statuses: readonly Status[] = editor ? ['draft', 'scheduled', 'published'] : ['published']
  if (query.status) {
    if (query.status !== 'published') requireScope(c.var.principal, 'articles:read-drafts')
    statuses = [query.status]
  }
  const filter: ArticleFilter = {
    statuses,
    section: query.section,
    tag: query.tag,
    author: query.author,
    from: query.from ? `${query.from}T00:00:00.000Z` : undefined,
    to: query.to ? nextDay(query.to) : undefined,
    updatedSince: query.updatedSince,
    extra: [
      ...(query.person ? [entityCondition('person', query.person)] : []),
      ...(query.org ? [entityCondition('organization', query.org)] : []),
      ...(query.place ? [entityCondition('place', query.place)] : []),
    ],
  }
  const meta = { nextCursor: null as string | null, limit: query.limit }
  // Set only once the answer is known: headers set before a throw would stick to the problem.
  const cacheHeaders = () => {
    const anonymous = c.var.principal.kind === 'anonymous'
    c.header('cache-control', anonymous ? 'public, max-age=30' : 'private, no-store')
    c.header('vary', 'Authorization')
  }
  if (query.q !== undefined) {
    const match = toMatchQuery(query.q)
    if (!match) {
      cacheHeaders()
      return c.json({ articles: [], meta: query.total ? { ...meta, total: 0 } : meta })
    }
    filter.match = match
  }
  const fields = query.fields ? (query.fields as ListField[]) : DEFAULT_LIST_FIELDS
  const shape = fields.includes('body') || fields.includes('bodyText') ? 'full' : 'lean'
  const [page, total] = await Promise.all([
    listArticles(c.var.db, filter, query.limit, cursor, shape, sort),
    query.total ? countArticles(c.var.db, filter) : undefined,
  ])
  cacheHeaders()
  if (page.next) {
    meta.nextCursor = encodeCursor(page.next)
    c.header('link', `<${nextPageUrl(c, meta.nextCursor)}>; rel="next"`)
  }
  const origin = publicOrigin(c)
  return c.json({
    articles: page.articles.map((a) => listView(a, origin, fields)),
    meta: total === undefined ? meta : { ...meta, total },
  })
})

const RevisionParam = v.pipe(v.string(), v.regex(/^[1-9]\d{0,8}$/, 'a revision number'), v.transform(Number))

articleList.get('/:ref/revisions', async (c) => {
  requireScope(c.var.principal, 'articles:read-drafts')
  readQuery(c, NoQuerySchema)
  const article = await findVisibleArticle(servicesFor(c), c.req.param('ref'))
  c.header('cache-control', 'private, no-store')
  return c.json({ revisions: await listRevisions(c.var.db, article.id), meta: { articleId: article.id, current: article.revision } })
})

articleList.get('/:ref/revisions/:revision', async (c) => {
  requireScope(c.var.principal, 'articles:read-drafts')
  const number = parseWith(RevisionParam, c.req.param('revision'), 'revision number')
  const article = await findVisibleArticle(servicesFor(c), c.req.param('ref'))
  const revision = await getRevision(c.var.db, article.id, number)
  if (!revision) throw new ApiError('not_found', `Article ${article.id} has no revision ${number}.`)
  c.header('cache-control', 'private, no-store')
  return c.json({ revision })
})
