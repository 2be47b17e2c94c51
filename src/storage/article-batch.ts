/**
 * @module Reads for bulk import: many articles by slug, and which slugs are taken, one query each.
 */
import type { Article } from '../domain/article'
import { ARTICLE_COLUMNS, ARTICLE_FROM, rowToArticle, type ArticleRow } from './articles'
import type { Db } from './db'

/**
 * The articles that already use any of these slugs, by slug.
 *
 * @example
 * const existing = await getArticlesBySlugs(db, ['harbour-bridge-reopens'])
 */
export async function getArticlesBySlugs(
  db: Db,
  slugs: readonly string[]
): Promise<Map<string, Article>> {
  if (slugs.length === 0) return new Map()
  const rows = await db
    .prepare(
      `SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.slug IN (SELECT value FROM json_each(?1))`
    )
    .bind(JSON.stringify(slugs))
    .all<ArticleRow>()
  return new Map(rows.results.map((row) => [row.slug, rowToArticle(row)]))
}

/** The subset of `slugs` some article already uses. */
export async function takenSlugs(db: Db, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set()
  const rows = await db
    .prepare('SELECT slug FROM articles WHERE slug IN (SELECT value FROM json_each(?1))')
    .bind(JSON.stringify(slugs))
    .all<{ slug: string }>()
  return new Set(rows.results.map((r) => r.slug))
}
