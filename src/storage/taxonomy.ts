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
  sections: {
    table: 'sections',
    join: 'SELECT seq AS article_seq, section_slug AS slug FROM articles',
  },
  authors: {
    table: 'authors',
    join: 'SELECT article_seq, author_slug AS slug FROM article_authors',
  },
  tags: { table: 'tags', join: 'SELECT article_seq, tag_slug AS slug FROM article_tags' },
} as const

export type TermKind = keyof typeof TABLES

/**
 * Every term of a kind with its count of articles in the given statuses, by name. With
 * `includeEmpty: false` (the public view) a term no such article uses is left out, so a section,
 * tag or byline that only drafts or scheduled stories carry is never named.
 */
export async function listTerms(
  db: Db,
  kind: TermKind,
  statuses: readonly Status[],
  options: { includeEmpty: boolean } = { includeEmpty: true }
): Promise<TermWithCount[]> {
  const { table, join } = TABLES[kind]
  const rows = await db
    .prepare(
      `SELECT t.slug, t.name, COUNT(a.seq) AS article_count FROM ${table} t
       LEFT JOIN (${join}) l ON l.slug = t.slug
       LEFT JOIN articles a ON a.seq = l.article_seq AND a.status IN (SELECT value FROM json_each(?1))
       GROUP BY t.slug, t.name ${options.includeEmpty ? '' : 'HAVING COUNT(a.seq) > 0'}
       ORDER BY t.name COLLATE NOCASE, t.slug`
    )
    .bind(JSON.stringify(statuses))
    .all<{ slug: string; name: string; article_count: number }>()
  return rows.results.map((r) => ({ slug: r.slug, name: r.name, articleCount: r.article_count }))
}

const PUBLISHED_MEMBER = {
  sections: `SELECT 1 FROM articles a WHERE a.section_slug = t.slug AND a.status = 'published'`,
  authors: `SELECT 1 FROM article_authors l JOIN articles a ON a.seq = l.article_seq
    WHERE l.author_slug = t.slug AND a.status = 'published'`,
  tags: `SELECT 1 FROM article_tags l JOIN articles a ON a.seq = l.article_seq
    WHERE l.tag_slug = t.slug AND a.status = 'published'`,
} as const

/**
 * One term of a kind as the public sees it: null unless at least one published story has it, so a
 * term only drafts or scheduled stories use answers exactly like an unknown one.
 *
 * @example
 * const section = await getPublishedTerm(db, 'sections', 'climate') // null for a drafts-only desk
 */
export async function getPublishedTerm(
  db: Db,
  kind: TermKind,
  slug: string
): Promise<{ slug: string; name: string } | null> {
  return db
    .prepare(
      `SELECT t.slug, t.name FROM ${TABLES[kind].table} t WHERE t.slug = ?1 AND EXISTS (${PUBLISHED_MEMBER[kind]})`
    )
    .bind(slug)
    .first<{ slug: string; name: string }>()
}
