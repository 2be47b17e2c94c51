/**
 * @module Listing and searching articles with filters and keyset (cursor) pagination.
 */
import type { Article, ListSort, Status } from '../domain/article'
import { ARTICLE_COLUMNS, rowToArticle, type ArticleRow } from './articles'
import type { Db } from './db'
import { queryStems, snippetOf } from '../domain/search-snippet'
import { searchPieces } from '../domain/search-text'
import { ftsTerm } from './search-query'

/** What to list: every field optional but the statuses the caller may see. */
export interface ArticleFilter {
  statuses: readonly Status[]
  /** One section slug, or a list: the story is in any of them. */
  section?: string | readonly string[]
  /** A tag slug, a list (any of them), or lists (any of each inner list, all of the lists). */
  tag?: TermMatch
  /** Author slugs, matched like `tag`. */
  author?: TermMatch
  /** Inclusive lower bound on the last change (ISO instant, as stored). */
  updatedSince?: string
  /** An FTS5 MATCH expression, already made safe by `toMatchQuery`. */
  match?: string
  /** Inclusive lower bound on the article's date (ISO). */
  from?: string
  /** Exclusive upper bound on the article's date (ISO). */
  to?: string
  /**
   * Extra conditions on `a` (the articles row), with their parameters: for filters added by other
   * capabilities.
   */
  extra?: { sql: string; params: unknown[] }[]
}

/** A term filter: one slug, any of a list, or all of several any-of lists. */
export type TermMatch = string | readonly string[] | readonly (readonly string[])[]

/**
 * Where the previous page stopped: a date key for newest-first lists (the original shape), a rank
 * key for searches by relevance, and a `sort`-tagged key for the other orders.
 */
export type ListCursor =
  | { sortAt: string; seq: number }
  | { rank: number; seq: number }
  | { sort: 'publishedAt' | 'updatedAt' | '-updatedAt'; at: string; seq: number }

/** Which kind of list a cursor continues: `date` is `-publishedAt`, `rank` is `relevance`. */
export type CursorKind = 'date' | 'rank' | 'publishedAt' | 'updatedAt' | '-updatedAt'

/** The cursor kind of a sort. */
export function cursorKindOf(sort: ListSort): CursorKind {
  return sort === '-publishedAt' ? 'date' : sort === 'relevance' ? 'rank' : sort
}

export interface ListedArticle extends Article {
  /** Highlighted passage for searches: HTML-escaped text with `<mark>` around matches. */
  snippet?: string
}

export interface ArticlePage {
  articles: ListedArticle[]
  next: ListCursor | null
}

/**
 * `lean`: no bodies at all (API lists that did not ask for `body` or `bodyText`).
 * `full`: whole articles (the API list, full-content feeds). `summary`: no HTML body and only the
 * start of the text body (`SUMMARY_TEXT_CHARS`), for views that show a headline, standfirst and
 * summary (index pages, widgets, summary feeds): a 1 MB story costs them 4 KB.
 */
export type ListShape = 'full' | 'summary' | 'lean'

/** Characters of body text a `summary` list reads per story. */
export const SUMMARY_TEXT_CHARS = 4000
/**
 * Bytes of bodies (HTML + text) a `full` page carries before it stops early: a page holds up to
 * `limit` stories, fewer when they are huge, and `next` continues after the last one it holds.
 */
export const LIST_BODY_BUDGET_BYTES = 2_000_000
/** Characters of body text a search reads per returned story to build its snippet. */
export const SNIPPET_WINDOW_CHARS = 16_000

/**
 * Turns user search text into a safe FTS5 query: every word becomes a quoted term, so operators
 * and syntax characters in the input (`"`, `*`, `NEAR`, `AND`, `-`) are only ever words.
 * Returns null when the text has no searchable word.
 *
 * @example
 * toMatchQuery('ukraine NEAR "war') // '"ukraine" "near" "war"'
 */
export function toMatchQuery(text: string, joiner: ' ' | ' OR ' = ' '): string | null {
  const terms = [...new Set(searchPieces(text).map(ftsTerm))].slice(0, 64)
  // FTS5 has no implicit AND after a parenthesised group: spell it out when a term is one.
  const and = joiner === ' ' && terms.some((t) => t.startsWith('(')) ? ' AND ' : joiner
  return terms.length ? terms.join(and) : null
}

function articleColumns(shape: ListShape): string {
  if (shape === 'full') return ARTICLE_COLUMNS
  if (shape === 'lean') {
    return ARTICLE_COLUMNS.replace('a.body_html, a.body_text,', `'' AS body_html, '' AS body_text,`)
  }
  return ARTICLE_COLUMNS.replace(
    'a.body_html, a.body_text,',
    `'' AS body_html, substr(a.body_text, 1, ${SUMMARY_TEXT_CHARS}) AS body_text,`
  )
}

/** A binder of numbered parameters (`?1`, `?2`...) over one list. */
type Bind = (value: unknown) => string

/** The any-of groups of a term filter, each to be matched (all of the groups). */
function termGroups(match: TermMatch | undefined): string[][] {
  if (match === undefined) return []
  if (typeof match === 'string') return match ? [[match]] : []
  const groups = match.every((x) => typeof x === 'string')
    ? [match as readonly string[]]
    : (match as readonly (readonly string[])[])
  return groups.filter((group) => group.length > 0).map((group) => [...group])
}

/** The WHERE conditions of a filter on `a` (and `articles_fts` for a search). */
function filterConditions(filter: ArticleFilter, params: unknown[], param: Bind): string[] {
  const where: string[] = []
  const list = (values: readonly string[]) =>
    `(SELECT value FROM json_each(${param(JSON.stringify(values))}))`
  where.push(`a.status IN ${list(filter.statuses)}`)
  const sections = typeof filter.section === 'string' ? [filter.section] : (filter.section ?? [])
  if (sections.length === 1 && sections[0]) where.push(`a.section_slug = ${param(sections[0])}`)
  else if (sections.length > 1) where.push(`a.section_slug IN ${list(sections)}`)
  for (const group of termGroups(filter.tag)) {
    where.push(`EXISTS (SELECT 1 FROM article_tags t
      WHERE t.article_seq = a.seq AND t.tag_slug IN ${list(group)})`)
  }
  for (const group of termGroups(filter.author)) {
    where.push(`EXISTS (SELECT 1 FROM article_authors w
      WHERE w.article_seq = a.seq AND w.author_slug IN ${list(group)})`)
  }
  if (filter.from) where.push(`a.sort_at >= ${param(filter.from)}`)
  if (filter.to) where.push(`a.sort_at < ${param(filter.to)}`)
  if (filter.updatedSince) where.push(`a.updated_at >= ${param(filter.updatedSince)}`)
  for (const extra of filter.extra ?? []) {
    const base = params.length
    params.push(...extra.params)
    where.push(extra.sql.replace(/\?(\d+)/g, (_, n: string) => `?${base + Number(n)}`))
  }
  if (filter.match !== undefined) where.push(`articles_fts MATCH ${param(filter.match)}`)
  return where
}

/** The key column and direction of each order; ties are broken on `seq` in the same direction. */
const ORDER: Record<Exclude<ListSort, 'relevance'>, { key: string; desc: boolean }> = {
  '-publishedAt': { key: 'a.sort_at', desc: true },
  publishedAt: { key: 'a.sort_at', desc: false },
  '-updatedAt': { key: 'a.updated_at', desc: true },
  updatedAt: { key: 'a.updated_at', desc: false },
}

/** The keyset condition continuing after `cursor` in `sort` order; null when it does not fit. */
function cursorCondition(cursor: ListCursor, sort: ListSort, param: Bind): string | null {
  if (sort === 'relevance') {
    if (!('rank' in cursor)) return null
    const r = param(cursor.rank)
    const seq = param(cursor.seq)
    return `(articles_fts.rank > ${r} OR (articles_fts.rank = ${r} AND a.seq < ${seq}))`
  }
  const at =
    'sortAt' in cursor && sort === '-publishedAt'
      ? cursor.sortAt
      : 'sort' in cursor && cursor.sort === sort
        ? cursor.at
        : null
  if (at === null) return null
  const { key, desc } = ORDER[sort]
  const s = param(at)
  const cmp = desc ? '<' : '>'
  return `(${key} ${cmp} ${s} OR (${key} = ${s} AND a.seq ${cmp} ${param(cursor.seq)}))`
}

/** The cursor that continues after a row with `key` and `seq` in `sort` order. */
function cursorAfter(sort: ListSort, key: string | number, seq: number): ListCursor {
  if (sort === 'relevance') return { rank: key as number, seq }
  if (sort === '-publishedAt') return { sortAt: key as string, seq }
  return { sort, at: key as string, seq }
}

/**
 * One page of articles in `sort` order (newest first by default, most relevant first for a search),
 * after `cursor`. Keyset pagination: a story published after the first page was read never shifts
 * later pages.
 *
 * Cost is bounded per request whatever the size of the stories: the page is chosen on `seq` and the
 * sort key alone (the sorter never holds a body), then at most `limit` rows are read, stopping once
 * their bodies pass `LIST_BODY_BUDGET_BYTES`; a search builds its snippets in one linear pass over
 * `SNIPPET_WINDOW_CHARS` of each row. A cursor of another order than `sort` (a rank cursor on
 * a date list, an `updatedAt` cursor on a `publishedAt` list) is rejected with an error: routes
 * validate first with `decodeCursor`. `relevance` needs `filter.match`.
 */
export async function listArticles(
  db: Db,
  filter: ArticleFilter,
  limit: number,
  cursor: ListCursor | null,
  shape: ListShape = 'full',
  sort: ListSort = filter.match !== undefined ? 'relevance' : '-publishedAt'
): Promise<ArticlePage> {
  const params: unknown[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `?${params.length}`
  }
  const search = filter.match !== undefined
  if (sort === 'relevance' && !search) throw new Error('relevance order needs a search')
  const where = filterConditions(filter, params, param)
  if (cursor) {
    const after = cursorCondition(cursor, sort, param)
    if (after === null) throw new Error('cursor of the wrong kind for this list')
    where.push(after)
  }
  // The page is chosen on narrow columns and materialized before any body is read; then rows are
  // kept in order while the bodies before them fit the byte budget (the first row always).
  const by = sort === 'relevance' ? null : ORDER[sort]
  const dir = by && !by.desc ? 'ASC' : 'DESC'
  const keyExpr = by ? by.key : 'articles_fts.rank'
  const keyOrder = by ? `${by.key} ${dir}` : 'articles_fts.rank'
  const order = by ? `key ${dir}, seq ${dir}` : 'key, seq DESC'
  const bytes = shape === 'full' ? 'octet_length(a.body_html) + octet_length(a.body_text)' : '0'
  const sql = `WITH page AS MATERIALIZED (
      SELECT a.seq AS seq, ${keyExpr} AS key, ${bytes} AS bytes
      FROM ${search ? 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid' : 'articles a'}
      WHERE ${where.join(' AND ')} ORDER BY ${keyOrder}, a.seq ${dir}
      LIMIT ${param(limit + 1)}),
    sized AS (
      SELECT seq, key, COUNT(*) OVER () AS page_rows, ROW_NUMBER() OVER w AS rn,
        SUM(bytes) OVER w - bytes AS before
      FROM page WINDOW w AS (ORDER BY ${order} ROWS UNBOUNDED PRECEDING))
    SELECT ${articleColumns(shape)}, sized.key AS list_key, sized.page_rows AS page_rows
      ${search ? `, substr(a.body_text, 1, ${SNIPPET_WINDOW_CHARS}) AS snippet_window` : ''}
    FROM sized JOIN articles a ON a.seq = sized.seq LEFT JOIN sections s ON s.slug = a.section_slug
    WHERE sized.rn <= ${param(limit)} AND (sized.rn = 1 OR sized.before < ${param(LIST_BODY_BUDGET_BYTES)})
    ORDER BY sized.rn`
  const rows = await db
    .prepare(sql)
    .bind(...params)
    .all<ArticleRow & { list_key: string | number; page_rows: number; snippet_window?: string }>()
  const page = rows.results
  const last = page[page.length - 1]
  const more = last && last.page_rows > page.length
  const next = more ? cursorAfter(sort, last.list_key, last.seq) : null
  const stems = search ? queryStems(filter.match ?? '') : null
  return {
    articles: page.map((row) => {
      const article: ListedArticle = rowToArticle(row)
      if (stems && row.snippet_window !== undefined) {
        article.snippet = snippetOf(
          { headline: row.headline, dek: row.dek, bodyWindow: row.snippet_window },
          stems
        )
      }
      return article
    }),
    next,
  }
}

/** How many articles match `filter` (what `listArticles` would page through from the start). */
export async function countArticles(db: Db, filter: ArticleFilter): Promise<number> {
  const params: unknown[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `?${params.length}`
  }
  const where = filterConditions(filter, params, param)
  const from =
    filter.match !== undefined
      ? 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid'
      : 'articles a'
  const row = await db
    .prepare(`SELECT COUNT(*) AS n FROM ${from} WHERE ${where.join(' AND ')}`)
    .bind(...params)
    .first<{ n: number }>()
  return row?.n ?? 0
}

const ISO_INSTANT_RE =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/
/** Largest rank magnitude a cursor may carry (bm25 scores are small negative numbers). */
const MAX_RANK = 1e9

/** Encodes a cursor as an opaque URL-safe string. */
export function encodeCursor(cursor: ListCursor): string {
  return btoa(JSON.stringify(cursor)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Decodes a cursor for a list of `kind`; null when it is not one this API could have made for that
 * list: malformed, of another kind (a cursor carries its order), a date that is not an ISO instant,
 * a `seq` that is not a positive safe integer, or a non-finite or out-of-range rank. A forged but
 * well-formed cursor is only a position in the list: it can never reach a row the filter does not
 * allow.
 *
 * @example
 * decodeCursor(encodeCursor({ sortAt: '2026-01-02T03:04:05.000Z', seq: 7 }), 'date') // the cursor
 * decodeCursor(encodeCursor({ rank: -1.5, seq: 7 }), 'date') // null
 * decodeCursor(encodeCursor({ sort: 'updatedAt', at: '2026-01-02T03:04:05.000Z', seq: 7 }), 'updatedAt')
 */
export function decodeCursor(text: string, kind: CursorKind): ListCursor | null {
  if (text.length === 0 || text.length > 500 || !/^[A-Za-z0-9_-]+$/.test(text)) return null
  let value: unknown
  try {
    value = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')))
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const fields = value as Record<string, unknown>
  const { seq } = fields
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null
  const isInstant = (at: unknown): at is string =>
    typeof at === 'string' && ISO_INSTANT_RE.test(at) && !Number.isNaN(Date.parse(at))
  if (kind === 'date' || kind === 'rank') {
    if (Object.keys(fields).length !== 2) return null
    if (kind === 'date') return isInstant(fields.sortAt) ? { sortAt: fields.sortAt, seq } : null
    const { rank } = fields
    if (typeof rank !== 'number' || !Number.isFinite(rank) || Math.abs(rank) > MAX_RANK) return null
    return { rank, seq }
  }
  if (Object.keys(fields).length !== 3 || fields.sort !== kind || !isInstant(fields.at)) return null
  return { sort: kind, at: fields.at, seq }
}
