/**
 * @module Listing articles as the caller may see them: filters, search, sorts, sparse fields and
 * cursor pages.
 */
import {
  LIST_FIELDS,
  type ArticleListQuery,
  type ListField,
  type ListSort,
  type Status,
} from '../domain/article'
import { ApiError } from '../domain/errors'
import { hasScope } from '../domain/scopes'
import { requireScope } from '../domain/authorization'
import { articleUrl } from '../domain/site'
import {
  countArticles,
  cursorKindOf,
  decodeCursor,
  encodeCursor,
  listArticles,
  toMatchQuery,
  type ArticleFilter,
  type ListCursor,
  type ListedArticle,
} from '../storage/article-list'
import { entityCondition } from '../storage/extraction'
import type { ServiceDeps } from './deps'

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

/** One page of a list: the articles as shown, the next page's cursor, and the total if asked. */
export interface ArticlePage {
  articles: Record<string, unknown>[]
  meta: { nextCursor: string | null; limit: number; total?: number }
}

/**
 * One page of the articles the caller may see (published only, unless it holds
 * `articles:read-drafts`; asking for another status without it is refused).
 */
export async function listVisibleArticles(
  deps: ServiceDeps,
  query: ArticleListQuery
): Promise<ArticlePage> {
  const { sort, cursor } = listOrder(query)
  const editor = hasScope(deps.principal, 'articles:read-drafts')
  let statuses: readonly Status[] = editor ? ['draft', 'scheduled', 'published'] : ['published']
  if (query.status) {
    if (query.status !== 'published') requireScope(deps.principal, 'articles:read-drafts')
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
  if (query.q !== undefined) {
    const match = toMatchQuery(query.q)
    if (!match) return { articles: [], meta: query.total ? { ...meta, total: 0 } : meta }
    filter.match = match
  }
  const fields = query.fields ? (query.fields as ListField[]) : DEFAULT_LIST_FIELDS
  const shape = fields.includes('body') || fields.includes('bodyText') ? 'full' : 'lean'
  const [page, total] = await Promise.all([
    listArticles(deps.db, filter, query.limit, cursor, shape, sort),
    query.total ? countArticles(deps.db, filter) : undefined,
  ])
  if (page.next) meta.nextCursor = encodeCursor(page.next)
  return {
    articles: page.articles.map((a) => listView(a, deps.site.origin, fields)),
    meta: total === undefined ? meta : { ...meta, total },
  }
}
