/**
 * @module Articles in D1: reading, listing, and the one batch that writes an article with its
 * taxonomy, revision snapshot, derived indexes and the site generation, all or nothing.
 */
import type { Article, Correction, Status, Term } from '../domain/article'
import { sliceForWrite } from '../domain/article-edit'
import type { DerivedArticle } from '../domain/derived'
import { ARTICLE_INDEX_WRITERS } from './article-indexes'
import { changeLogStatement } from './changes'
import { isUniqueViolation, type Db } from './db'
import { relatedIndexReset } from './related-index'

/** An `articles` row joined with its section name and JSON arrays of bylines and tags. */
export interface ArticleRow {
  seq: number
  id: string
  slug: string
  headline: string
  dek: string | null
  body_html: string
  body_text: string
  section_slug: string | null
  section_name: string | null
  status: Status
  publish_at: string | null
  published_at: string | null
  created_at: string
  updated_at: string
  revision: number
  canonical_url: string | null
  language: string
  image_url: string | null
  image_caption: string | null
  image_credit: string | null
  source: string | null
  corrections: string
  sort_at: string
  bylines_json: string
  tags_json: string
}

/** Columns of an article with its section name and ordered bylines and tags as JSON. */
export const ARTICLE_COLUMNS = `a.seq, a.id, a.slug, a.headline, a.dek, a.body_html, a.body_text, a.section_slug,
  s.name AS section_name, a.status, a.publish_at, a.published_at, a.created_at, a.updated_at, a.revision,
  a.canonical_url, a.language, a.image_url, a.image_caption, a.image_credit, a.source, a.corrections, a.sort_at,
  (SELECT json_group_array(json_object('slug', x.slug, 'name', x.name)) FROM
    (SELECT au.slug, au.name FROM article_authors aa JOIN authors au ON au.slug = aa.author_slug
     WHERE aa.article_seq = a.seq ORDER BY aa.position) x) AS bylines_json,
  (SELECT json_group_array(json_object('slug', x.slug, 'name', x.name)) FROM
    (SELECT t.slug, t.name FROM article_tags at JOIN tags t ON t.slug = at.tag_slug
     WHERE at.article_seq = a.seq ORDER BY at.position) x) AS tags_json`

export const ARTICLE_FROM = 'articles a LEFT JOIN sections s ON s.slug = a.section_slug'

/** Maps a joined row to the API model. */
export function rowToArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    body: row.body_html,
    bodyText: row.body_text,
    section: row.section_slug
      ? { slug: row.section_slug, name: row.section_name ?? row.section_slug }
      : null,
    tags: JSON.parse(row.tags_json) as Term[],
    bylines: JSON.parse(row.bylines_json) as Term[],
    status: row.status,
    publishAt: row.publish_at,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    canonicalUrl: row.canonical_url,
    language: row.language,
    image: row.image_url
      ? { url: row.image_url, caption: row.image_caption, credit: row.image_credit }
      : null,
    source: row.source,
    corrections: JSON.parse(row.corrections) as Correction[],
  }
}

/**
 * Finds an article by id or slug, whatever its status.
 *
 * @example
 * const article = await getArticle(db, 'putin-meets-xi')
 */
export async function getArticle(
  db: Db,
  idOrSlug: string
): Promise<(Article & { seq: number }) | null> {
  const row = await db
    .prepare(
      `SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.id = ?1 OR a.slug = ?1 LIMIT 1`
    )
    .bind(idOrSlug.normalize('NFC'))
    .first<ArticleRow>()
  return row ? { ...rowToArticle(row), seq: row.seq } : null
}

/** True when some other article already uses the slug. */
export async function slugExists(db: Db, slug: string, exceptId?: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS hit FROM articles WHERE slug = ?1 AND id != ?2')
    .bind(slug, exceptId ?? '')
    .first<{ hit: number }>()
  return row !== null
}

/** Canonical names of the sections, authors and tags that already exist among the given slugs. */
export async function existingTermNames(
  db: Db,
  slugs: { sections: string[]; authors: string[]; tags: string[] }
): Promise<Map<string, string>> {
  const rows = await db
    .prepare(
      `SELECT 's:' || slug AS k, name FROM sections WHERE slug IN (SELECT value FROM json_each(?1))
       UNION ALL SELECT 'a:' || slug, name FROM authors WHERE slug IN (SELECT value FROM json_each(?2))
       UNION ALL SELECT 't:' || slug, name FROM tags WHERE slug IN (SELECT value FROM json_each(?3))`
    )
    .bind(JSON.stringify(slugs.sections), JSON.stringify(slugs.authors), JSON.stringify(slugs.tags))
    .all<{ k: string; name: string }>()
  return new Map(rows.results.map((r) => [r.k, r.name]))
}

/**
 * Statements that write the complete state of one or more articles (new or next revisions):
 * taxonomy terms, the rows themselves, byline and tag links, revision snapshots, every derived
 * index (from data derived before the write), and a new site generation. The number of statements
 * does not grow with the number of articles (each statement walks a JSON array with `json_each`),
 * so a 100-article import stays far below D1's per-invocation query limit and its 100-parameter
 * limit.
 *
 * Every write is conditional on the revision it was built from: an article with revision n is
 * written only when the stored one is n - 1 (none for n = 1). The first statement checks that for
 * every article and fails the batch otherwise, so D1 rolls the whole transaction back
 * (`saveArticles` reports a `revision` conflict). The snapshot's primary key (article id, revision)
 * backs the same rule up.
 */
export function articleWriteStatements(
  db: Db,
  derived: readonly DerivedArticle[],
  actor: string
): D1PreparedStatement[] {
  const json = JSON.stringify(derived.map((d) => d.article))
  const ids = `(SELECT json_extract(value, '$.id') FROM json_each(?1))`
  const field = (name: string) => `json_extract(j.value, '$.${name}')`
  const terms = (path: string, table: string) =>
    db
      .prepare(
        `INSERT OR IGNORE INTO ${table} (slug, name)
         SELECT json_extract(t.value, '$.slug'), json_extract(t.value, '$.name') FROM json_each(?1) j, json_each(j.value, '${path}') t`
      )
      .bind(json)
  // Links are diffed, not rewritten: only a tag or byline a story gains fires the view triggers
  // that drop that list's first page (migration 0007), so an edit that keeps them leaves those
  // lists cached.
  const wanted = (path: string) =>
    `SELECT a.seq AS seq, json_extract(t.value, '$.slug') AS slug, t.key AS position
     FROM json_each(?1) j JOIN articles a ON a.id = ${field('id')}, json_each(j.value, '${path}') t`
  const links = (table: string, column: string, path: string) => [
    db
      .prepare(
        `DELETE FROM ${table} WHERE article_seq IN (SELECT seq FROM articles WHERE id IN ${ids})
           AND (article_seq, ${column}) NOT IN (SELECT seq, slug FROM (${wanted(path)}))`
      )
      .bind(json),
    db
      .prepare(
        `INSERT INTO ${table} (article_seq, ${column}, position) SELECT seq, slug, position FROM (${wanted(path)}) WHERE true
         ON CONFLICT (article_seq, ${column}) DO UPDATE SET position = excluded.position`
      )
      .bind(json),
  ]
  return [
    revisionGuard(db, json),
    // The change feed's event, in this transaction; it reads the stored row, so before the upsert.
    changeLogStatement(db, json),
    db
      .prepare(
        `INSERT INTO article_revisions (article_id, revision, snapshot, actor, created_at)
         SELECT ${field('id')}, ${field('revision')}, j.value, ?2, ${field('updatedAt')} FROM json_each(?1) j`
      )
      .bind(json, actor),
    db
      .prepare(
        `INSERT OR IGNORE INTO sections (slug, name)
         SELECT ${field('section.slug')}, ${field('section.name')} FROM json_each(?1) j WHERE ${field('section')} IS NOT NULL`
      )
      .bind(json),
    terms('$.bylines', 'authors'),
    terms('$.tags', 'tags'),
    db
      .prepare(
        `INSERT INTO articles (id, slug, headline, dek, body_html, body_text, section_slug, status, publish_at,
           published_at, created_at, updated_at, revision, canonical_url, language, image_url, image_caption,
           image_credit, source, corrections, sort_at)
         SELECT ${field('id')}, ${field('slug')}, ${field('headline')}, ${field('dek')}, ${field('body')}, ${field('bodyText')},
           ${field('section.slug')}, ${field('status')}, ${field('publishAt')}, ${field('publishedAt')}, ${field('createdAt')},
           ${field('updatedAt')}, ${field('revision')}, ${field('canonicalUrl')}, ${field('language')}, ${field('image.url')},
           ${field('image.caption')}, ${field('image.credit')}, ${field('source')}, json(${field('corrections')}),
           COALESCE(${field('publishedAt')}, ${field('createdAt')})
         FROM json_each(?1) j WHERE true
         ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, headline = excluded.headline, dek = excluded.dek,
           body_html = excluded.body_html, body_text = excluded.body_text, section_slug = excluded.section_slug,
           status = excluded.status, publish_at = excluded.publish_at, published_at = excluded.published_at,
           updated_at = excluded.updated_at, revision = excluded.revision, canonical_url = excluded.canonical_url,
           language = excluded.language, image_url = excluded.image_url, image_caption = excluded.image_caption,
           image_credit = excluded.image_credit, source = excluded.source, corrections = excluded.corrections,
           sort_at = excluded.sort_at`
      )
      .bind(json),
    ...links('article_authors', 'author_slug', '$.bylines'),
    ...links('article_tags', 'tag_slug', '$.tags'),
    ...indexStatements(db, derived),
  ]
}

// A statement cannot raise an error of its own choosing outside a trigger, but a malformed JSON
// path is a runtime error whose message carries the path: the guard evaluates one only when a
// revision moved.
const REVISION_CONFLICT = 'edgewire: revision conflict'

/** Fails (rolling the batch back) unless each article's stored revision is the one before it. */
function revisionGuard(db: Db, json: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT CASE WHEN EXISTS (
         SELECT 1 FROM json_each(?1) j LEFT JOIN articles a ON a.id = json_extract(j.value, '$.id')
         WHERE COALESCE(a.revision, 0) != json_extract(j.value, '$.revision') - 1
       ) THEN json_extract('{}', '${REVISION_CONFLICT}') ELSE 1 END AS ok`
    )
    .bind(json)
}

/** Why a conditional write was refused: another write moved a revision first, or a slug is used. */
export type ArticleConflictKind = 'revision' | 'slug'

/**
 * A write that lost: nothing was written. `revision` means another write changed one of the
 * articles since it was read (answer 412 and let the caller fetch it again); `slug` that a slug is
 * taken (409).
 */
export class ArticleConflict extends Error {
  readonly kind: ArticleConflictKind

  constructor(kind: ArticleConflictKind) {
    super(kind === 'slug' ? 'A slug is already in use.' : 'An article changed since it was read.')
    this.name = 'ArticleConflict'
    this.kind = kind
  }
}

/** The typed conflict a failed write batch stands for, or null for any other failure. */
function conflictOf(err: unknown): ArticleConflict | null {
  if (!(err instanceof Error)) return null
  if (err.message.includes(REVISION_CONFLICT)) return new ArticleConflict('revision')
  if (!isUniqueViolation(err)) return null
  return new ArticleConflict(/articles\.slug/.test(err.message) ? 'slug' : 'revision')
}

/**
 * The derived state of already-written articles: every index writer, and a new site generation.
 * Part of every write, and on its own the way to rebuild indexes.
 */
function indexStatements(db: Db, derived: readonly DerivedArticle[]): D1PreparedStatement[] {
  return [
    ...ARTICLE_INDEX_WRITERS.flatMap((writer) => writer(db, derived)),
    db.prepare(`UPDATE site_state SET value = value + 1 WHERE key = 'generation'`),
  ]
}

/**
 * Up to `limit` articles after `afterSeq`, in `seq` order, with the last `seq` read (null when
 * there are none): the pages a reindex walks.
 */
export async function listArticlesAfter(
  db: Db,
  afterSeq: number,
  limit: number
): Promise<{ articles: Article[]; lastSeq: number | null }> {
  const rows = await db
    .prepare(
      `SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.seq > ?1 ORDER BY a.seq LIMIT ?2`
    )
    .bind(afterSeq, limit)
    .all<ArticleRow>()
  const lastSeq = rows.results.length ? rows.results[rows.results.length - 1]!.seq : null
  return { articles: rows.results.map(rowToArticle), lastSeq }
}

/**
 * Rewrites the stored body and every derived index of already-written articles, without new
 * revisions: the body columns only where they changed (a body sanitized again), then the index
 * writers. One transaction per slice of the bound JSON.
 *
 * @example
 * await writeReindex(db, deriveArticles(articles.map((a) => ({ ...a, ...resanitizeBody(a.body) }))))
 */
export async function writeReindex(db: Db, derived: readonly DerivedArticle[]): Promise<void> {
  // The JSON of a slice is bound as one D1 value: big bodies are written in more than one batch.
  for (const slice of sliceForWrite(derived)) {
    const json = JSON.stringify(slice.map((d) => d.article))
    await db.batch([
      db
        .prepare(
          `UPDATE articles SET body_html = json_extract(j.value, '$.body'), body_text = json_extract(j.value, '$.bodyText')
           FROM json_each(?1) j
           WHERE articles.id = json_extract(j.value, '$.id')
             AND (articles.body_html IS NOT json_extract(j.value, '$.body') OR articles.body_text IS NOT json_extract(j.value, '$.bodyText'))`
        )
        .bind(json),
      // Queries and neighbours are chosen again even where the stems did not move.
      ...relatedIndexReset(db, slice),
      ...indexStatements(db, slice),
    ])
  }
}

/**
 * Writes articles (new ones with revision 1, or the next revision of what was read) with their
 * derived data in one transaction: all of it or none of it. Throws `ArticleConflict` when another
 * write got there first (`revision`) or a slug is taken (`slug`).
 *
 * @example
 * await writeArticles(db, deriveArticles([applyPatch(current, patch, now, known)]), principal.id)
 */
export async function writeArticles(
  db: Db,
  derived: readonly DerivedArticle[],
  actor: string
): Promise<void> {
  if (derived.length === 0) return
  // Each statement binds its slice of articles as one JSON value, which D1 caps at 2,000,000 bytes:
  // a batch of large stories is written as several slices, still in one transaction.
  const slices = sliceForWrite(derived)
  try {
    await db.batch(slices.flatMap((slice) => articleWriteStatements(db, slice, actor)))
  } catch (err) {
    throw conflictOf(err) ?? err
  }
}

/** Revision headers of an article, newest first. */
export async function listRevisions(
  db: Db,
  articleId: string
): Promise<{ revision: number; actor: string; createdAt: string }[]> {
  const rows = await db
    .prepare(
      'SELECT revision, actor, created_at FROM article_revisions WHERE article_id = ?1 ORDER BY revision DESC'
    )
    .bind(articleId)
    .all<{ revision: number; actor: string; created_at: string }>()
  return rows.results.map((r) => ({
    revision: r.revision,
    actor: r.actor,
    createdAt: r.created_at,
  }))
}

/** One revision's full snapshot. */
export async function getRevision(
  db: Db,
  articleId: string,
  revision: number
): Promise<{ revision: number; actor: string; createdAt: string; article: Article } | null> {
  const row = await db
    .prepare(
      'SELECT revision, actor, created_at, snapshot FROM article_revisions WHERE article_id = ?1 AND revision = ?2'
    )
    .bind(articleId, revision)
    .first<{ revision: number; actor: string; created_at: string; snapshot: string }>()
  return row
    ? {
        revision: row.revision,
        actor: row.actor,
        createdAt: row.created_at,
        article: JSON.parse(row.snapshot) as Article,
      }
    : null
}

/** Ids of scheduled articles whose publish time has come, oldest first. */
export async function listDueArticles(db: Db, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .prepare(
      `SELECT id FROM articles WHERE status = 'scheduled' AND publish_at <= ?1 ORDER BY publish_at LIMIT ?2`
    )
    .bind(now, limit)
    .all<{ id: string }>()
  return rows.results.map((r) => r.id)
}
