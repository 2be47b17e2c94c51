/**
 * @module Sections, authors and tags with the number of articles in each.
 */
import type { Status } from '../domain/article'
import type { Db } from './db'

export interface TermWithCount {
  slug: string
  name: string
  articleCount: number
}

const TABLES = {
  sections: { table: 'sections', join: 'SELECT seq AS article_seq, section_slug AS slug FROM articles' },
  authors: { table: 'authors', join: 'SELECT article_seq, author_slug AS slug FROM article_authors' },
  tags: { table: 'tags', join: 'SELECT article_seq, tag_slug AS slug FROM article_tags' },
} as const

export type TermKind = keyof typeof TABLES

/** Every term of a kind with its count of articles in the given statuses, by name. */
export async function listTerms(db: Db, kind: TermKind, statuses: readonly Status[]): Promise<TermWithCount[]> {
  const { table, join } = TABLES[kind]
  const rows = await db
    .prepare(
      `SELECT t.slug, t.name, COUNT(a.seq) AS article_count FROM ${table} t
       LEFT JOIN (${join}) l ON l.slug = t.slug
       LEFT JOIN articles a ON a.seq = l.article_seq AND a.status IN (SELECT value FROM json_each(?1))
       GROUP BY t.slug, t.name ORDER BY t.name COLLATE NOCASE, t.slug`
    )
    .bind(JSON.stringify(statuses))
    .all<{ slug: string; name: string; article_count: number }>()
  return rows.results.map((r) => ({ slug: r.slug, name: r.name, articleCount: r.article_count }))
}

/** One term of a kind, or null. */
export async function getTerm(db: Db, kind: TermKind, slug: string): Promise<{ slug: string; name: string } | null> {
  return db.prepare(`SELECT slug, name FROM ${TABLES[kind].table} WHERE slug = ?1`).bind(slug).first<{ slug: string; name: string }>()
}
