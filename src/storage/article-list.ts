/**
 * @module Listing and searching articles with filters and keyset (cursor) pagination.
 */
import type { Article, Status } from '../domain/article'
import { ARTICLE_COLUMNS, ARTICLE_FROM, rowToArticle, type ArticleRow } from './articles'
import type { Db } from './db'
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

export interface ListedArticle extends Article {
  /** Highlighted passage for searches: HTML-escaped text with `<mark>` around matches. */
  snippet?: string
}

export interface ArticlePage {
  articles: ListedArticle[]
  next: ListCursor | null
}

const MARK_OPEN = '\u0002'
const MARK_CLOSE = '\u0003'

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

function escapeSnippet(raw: string): string {
  return raw
    .replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replaceAll(MARK_OPEN, '<mark>')
    .replaceAll(MARK_CLOSE, '</mark>')
}

/**
 * One page of articles, newest first (or most relevant first for a search), after `cursor`.
 * Keyset pagination: a story published after the first page was read never shifts later pages.
 */
export async function listArticles(db: Db, filter: ArticleFilter, limit: number, cursor: ListCursor | null): Promise<ArticlePage> {
  const where: string[] = []
  const params: unknown[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `?${params.length}`
  }
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
  const search = filter.match !== undefined
  if (search) where.push(`articles_fts MATCH ${param(filter.match)}`)
  if (cursor && 'rank' in cursor) {
    const r = param(cursor.rank)
    where.push(`(articles_fts.rank > ${r} OR (articles_fts.rank = ${r} AND a.seq < ${param(cursor.seq)}))`)
  } else if (cursor && 'sortAt' in cursor) {
    const s = param(cursor.sortAt)
    where.push(`(a.sort_at < ${s} OR (a.sort_at = ${s} AND a.seq < ${param(cursor.seq)}))`)
  }
  const sql = search
    ? `SELECT ${ARTICLE_COLUMNS}, articles_fts.rank AS rank,
         snippet(articles_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) AS snippet
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid LEFT JOIN sections s ON s.slug = a.section_slug
       WHERE ${where.join(' AND ')} ORDER BY articles_fts.rank, a.seq DESC LIMIT ${param(limit + 1)}`
    : `SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM}
       WHERE ${where.join(' AND ')} ORDER BY a.sort_at DESC, a.seq DESC LIMIT ${param(limit + 1)}`
  const rows = await db
    .prepare(sql)
    .bind(...params)
    .all<ArticleRow & { rank?: number; snippet?: string }>()
  const page = rows.results.slice(0, limit)
  const last = page[page.length - 1]
  const next: ListCursor | null =
    rows.results.length > limit && last
      ? search
        ? { rank: last.rank as number, seq: last.seq }
        : { sortAt: last.sort_at, seq: last.seq }
      : null
  return {
    articles: page.map((row) => {
      const article: ListedArticle = rowToArticle(row)
      if (row.snippet !== undefined) article.snippet = escapeSnippet(row.snippet)
      return article
    }),
    next,
  }
}

/** Encodes a cursor as an opaque URL-safe string. */
export function encodeCursor(cursor: ListCursor): string {
  return btoa(JSON.stringify(cursor)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Decodes a cursor; null when it is not one this API made. */
export function decodeCursor(text: string): ListCursor | null {
  try {
    const json = atob(text.replace(/-/g, '+').replace(/_/g, '/')) as string
    const value = JSON.parse(json) as Record<string, unknown>
    if (typeof value.seq !== 'number' || !Number.isInteger(value.seq)) return null
    if (typeof value.sortAt === 'string' && value.sortAt.length <= 40) return { sortAt: value.sortAt, seq: value.seq }
    if (typeof value.rank === 'number' && Number.isFinite(value.rank)) return { rank: value.rank, seq: value.seq }
    return null
  } catch {
    return null
  }
}
