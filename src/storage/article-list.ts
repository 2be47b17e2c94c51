/**
 * @module Listing and searching articles with filters and keyset (cursor) pagination.
 */
import type { Article, Status } from '../domain/article'
import { ARTICLE_COLUMNS, rowToArticle, type ArticleRow } from './articles'
import type { Db } from './db'
import { queryStems, snippetOf } from '../domain/search-snippet'
import { searchPieces } from '../domain/search-text'
import { ftsTerm } from './search-query'

/** What to list: every field optional but the statuses the caller may see. */
export interface ArticleFilter {
  statuses: readonly Status[]
  section?: string
  tag?: string
  author?: string
  /** An FTS5 MATCH expression, already made safe by `toMatchQuery`. */
  match?: string
  /** Inclusive lower bound on the article's date (ISO). */
  from?: string
  /** Exclusive upper bound on the article's date (ISO). */
  to?: string
  /** Extra conditions on `a` (the articles row), with their parameters: for filters added by other capabilities. */
  extra?: { sql: string; params: unknown[] }[]
}

/** Where the previous page stopped: a date key for lists, a rank key for searches. */
export type ListCursor = { sortAt: string; seq: number } | { rank: number; seq: number }

/** Which kind of list a cursor continues: date order (every list) or relevance (searches). */
export type CursorKind = 'date' | 'rank'

export interface ListedArticle extends Article {
  /** Highlighted passage for searches: HTML-escaped text with `<mark>` around matches. */
  snippet?: string
}

export interface ArticlePage {
  articles: ListedArticle[]
  next: ListCursor | null
}

/**
 * `full`: whole articles (the API list, full-content feeds). `summary`: no HTML body and only the start
 * of the text body (`SUMMARY_TEXT_CHARS`), for views that show a headline, standfirst and summary
 * (index pages, widgets, summary feeds): a 1 MB story costs them 4 KB.
 */
export type ListShape = 'full' | 'summary'

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
  return ARTICLE_COLUMNS.replace('a.body_html, a.body_text,', `'' AS body_html, substr(a.body_text, 1, ${SUMMARY_TEXT_CHARS}) AS body_text,`)
}

/**
 * One page of articles, newest first (or most relevant first for a search), after `cursor`.
 * Keyset pagination: a story published after the first page was read never shifts later pages.
 *
 * Cost is bounded per request whatever the size of the stories: the page is chosen on `seq`, date
 * or rank alone (the sorter never holds a body), then at most `limit` rows are read, stopping once
 * their bodies pass `LIST_BODY_BUDGET_BYTES`; a search builds its snippets in one linear pass over
 * `SNIPPET_WINDOW_CHARS` of each row. A cursor of the other kind
 * (a rank cursor on a date list, or the reverse) is rejected with an error: routes validate first.
 */
export async function listArticles(
  db: Db,
  filter: ArticleFilter,
  limit: number,
  cursor: ListCursor | null,
  shape: ListShape = 'full'
): Promise<ArticlePage> {
  const where: string[] = []
  const params: unknown[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `?${params.length}`
  }
  const search = filter.match !== undefined
  if (cursor && ('rank' in cursor) !== search) throw new Error('cursor of the wrong kind for this list')
  where.push(`a.status IN (SELECT value FROM json_each(${param(JSON.stringify(filter.statuses))}))`)
  if (filter.section) where.push(`a.section_slug = ${param(filter.section)}`)
  if (filter.tag) where.push(`EXISTS (SELECT 1 FROM article_tags t WHERE t.article_seq = a.seq AND t.tag_slug = ${param(filter.tag)})`)
  if (filter.author) where.push(`EXISTS (SELECT 1 FROM article_authors w WHERE w.article_seq = a.seq AND w.author_slug = ${param(filter.author)})`)
  if (filter.from) where.push(`a.sort_at >= ${param(filter.from)}`)
  if (filter.to) where.push(`a.sort_at < ${param(filter.to)}`)
  for (const extra of filter.extra ?? []) {
    const base = params.length
    params.push(...extra.params)
    where.push(extra.sql.replace(/\?(\d+)/g, (_, n: string) => `?${base + Number(n)}`))
  }
  if (search) where.push(`articles_fts MATCH ${param(filter.match)}`)
  if (cursor && 'rank' in cursor) {
    const r = param(cursor.rank)
    where.push(`(articles_fts.rank > ${r} OR (articles_fts.rank = ${r} AND a.seq < ${param(cursor.seq)}))`)
  } else if (cursor && 'sortAt' in cursor) {
    const s = param(cursor.sortAt)
    where.push(`(a.sort_at < ${s} OR (a.sort_at = ${s} AND a.seq < ${param(cursor.seq)}))`)
  }
  // The page is chosen on narrow columns and materialized before any body is read; then rows are
  // kept in order while the bodies before them fit the byte budget (the first row always).
  const order = search ? 'rank, seq DESC' : 'sort_at DESC, seq DESC'
  const bytes = shape === 'full' ? 'octet_length(a.body_html) + octet_length(a.body_text)' : '0'
  const sql = `WITH page AS MATERIALIZED (
      SELECT a.seq AS seq, ${search ? 'articles_fts.rank' : 'NULL'} AS rank, a.sort_at AS sort_at, ${bytes} AS bytes
      FROM ${search ? 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid' : 'articles a'}
      WHERE ${where.join(' AND ')} ORDER BY ${search ? 'articles_fts.rank' : 'a.sort_at DESC'}, a.seq DESC
      LIMIT ${param(limit + 1)}),
    sized AS (
      SELECT seq, rank, COUNT(*) OVER () AS page_rows, ROW_NUMBER() OVER w AS rn, SUM(bytes) OVER w - bytes AS before
      FROM page WINDOW w AS (ORDER BY ${order} ROWS UNBOUNDED PRECEDING))
    SELECT ${articleColumns(shape)}, sized.rank AS rank, sized.page_rows AS page_rows
      ${search ? `, substr(a.body_text, 1, ${SNIPPET_WINDOW_CHARS}) AS snippet_window` : ''}
    FROM sized JOIN articles a ON a.seq = sized.seq LEFT JOIN sections s ON s.slug = a.section_slug
    WHERE sized.rn <= ${param(limit)} AND (sized.rn = 1 OR sized.before < ${param(LIST_BODY_BUDGET_BYTES)})
    ORDER BY sized.rn`
  const rows = await db
    .prepare(sql)
    .bind(...params)
    .all<ArticleRow & { rank: number | null; page_rows: number; snippet_window?: string }>()
  const page = rows.results
  const last = page[page.length - 1]
  const next: ListCursor | null =
    last && last.page_rows > page.length
      ? search
        ? { rank: last.rank as number, seq: last.seq }
        : { sortAt: last.sort_at, seq: last.seq }
      : null
  const stems = search ? queryStems(filter.match ?? '') : null
  return {
    articles: page.map((row) => {
      const article: ListedArticle = rowToArticle(row)
      if (stems && row.snippet_window !== undefined) {
        article.snippet = snippetOf({ headline: row.headline, dek: row.dek, bodyWindow: row.snippet_window }, stems)
      }
      return article
    }),
    next,
  }
}

const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/
/** Largest rank magnitude a cursor may carry (bm25 scores are small negative numbers). */
const MAX_RANK = 1e9

/** Encodes a cursor as an opaque URL-safe string. */
export function encodeCursor(cursor: ListCursor): string {
  return btoa(JSON.stringify(cursor)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Decodes a cursor for a list of `kind`; null when it is not one this API could have made for that
 * list: malformed, of the other kind, a date that is not an ISO instant, a `seq` that is not a
 * positive safe integer, or a non-finite or out-of-range rank. A forged but well-formed cursor is
 * only a position in the list: it can never reach a row the filter does not allow.
 *
 * @example
 * decodeCursor(encodeCursor({ sortAt: '2026-01-02T03:04:05.000Z', seq: 7 }), 'date') // the cursor
 * decodeCursor(encodeCursor({ rank: -1.5, seq: 7 }), 'date') // null
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
  if (Object.keys(fields).length !== 2) return null
  if (kind === 'date') {
    const { sortAt } = fields
    if (typeof sortAt !== 'string' || !ISO_INSTANT_RE.test(sortAt) || Number.isNaN(Date.parse(sortAt))) return null
    return { sortAt, seq }
  }
  const { rank } = fields
  if (typeof rank !== 'number' || !Number.isFinite(rank) || Math.abs(rank) > MAX_RANK) return null
  return { rank, seq }
}
