/**
 * @module The change log behind GET /v1/changes: the statement every article write adds to its
 * batch, the page read, and the cron's compaction. One row per write, in commit order (`seq`).
 */
import type { Article } from '../domain/article'
import type { ChangeKind, ChangeVisibility } from '../domain/changes'
import type { Db } from './db'

/** One stored event, with the article's snapshot at that revision. */
export interface ChangeRow {
  seq: number
  article_id: string
  slug: string
  kind: ChangeKind
  status: Article['status']
  previous_status: Article['status'] | null
  revision: number
  visibility: ChangeVisibility
  at: string
  snapshot: string | null
}

/** A stored event as the services see it. */
export interface StoredChange {
  seq: number
  articleId: string
  slug: string
  kind: ChangeKind
  status: Article['status']
  previousStatus: Article['status'] | null
  revision: number
  visibility: ChangeVisibility
  at: string
  /** The article as that write left it; null only if its revision snapshot is missing. */
  article: Article | null
}

const field = (name: string) => `json_extract(j.value, '$.${name}')`

/**
 * The statement that logs one event per article of a write batch. It must run BEFORE the batch's
 * upsert of `articles`: it compares the stored row (the state before the write) with the new one to
 * name the event. `json` is the batch's JSON array of articles (the `?1` of every write statement).
 *
 * @example
 * return [revisionGuard(db, json), changeLogStatement(db, json), ...]
 */
export function changeLogStatement(db: Db, json: string): D1PreparedStatement {
  const next = field('status')
  return db
    .prepare(
      `INSERT INTO article_changes
         (article_id, slug, kind, status, previous_status, revision, visibility, at)
       SELECT ${field('id')}, ${field('slug')},
         CASE
           WHEN a.id IS NULL THEN CASE ${next} WHEN 'published' THEN 'published'
             WHEN 'scheduled' THEN 'scheduled' ELSE 'created' END
           WHEN ${next} = 'published' AND a.status != 'published' THEN 'published'
           WHEN ${next} = 'archived' AND a.status != 'archived' THEN 'archived'
           WHEN ${next} = 'draft' AND a.status IN ('published', 'scheduled') THEN 'unpublished'
           WHEN ${next} = 'scheduled' AND a.status != 'scheduled' THEN 'scheduled'
           WHEN json_array_length(${field('corrections')}) > json_array_length(a.corrections)
             THEN 'corrected'
           ELSE 'updated'
         END,
         ${next}, a.status, ${field('revision')},
         CASE WHEN ${next} = 'published' THEN 'public'
           WHEN a.status = 'published' THEN 'tombstone' ELSE 'private' END,
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       FROM json_each(?1) j LEFT JOIN articles a ON a.id = ${field('id')}
       ORDER BY j.key`
    )
    .bind(json)
}

/** Where the log stands: its last seq and the largest seq compaction ever deleted. */
export interface ChangeLogState {
  head: number
  horizon: number
}

const STATE_SQL = `SELECT COALESCE((SELECT max(seq) FROM article_changes), 0) AS head,
  COALESCE((SELECT value FROM site_state WHERE key = 'changes_horizon'), 0) AS horizon`

/** Reads the log's head and horizon. */
export async function readChangeLogState(db: Db): Promise<ChangeLogState> {
  const row = await db.prepare(STATE_SQL).first<ChangeLogState>()
  return row ?? { head: 0, horizon: 0 }
}

/** Snapshot bytes one page carries at most (one event always goes, whatever its size). */
export const CHANGES_PAGE_BYTES = 2_000_000

/**
 * Up to `limit` events after `afterSeq`, oldest first, with the log's state read in the same
 * transaction (so `head` is never ahead of what the page could have returned). `privateToo` adds
 * events only `articles:read-drafts` keys may see. A page stops early (`truncated`) rather than
 * carry more than CHANGES_PAGE_BYTES of article snapshots: a hundred 900 KB stories must not become
 * one 180 MB answer.
 */
export async function listChanges(
  db: Db,
  afterSeq: number,
  limit: number,
  privateToo: boolean
): Promise<{ changes: StoredChange[]; state: ChangeLogState; truncated: boolean }> {
  const [page, state] = await db.batch<(ChangeRow & { fits: number }) | ChangeLogState>([
    db
      .prepare(
        `SELECT seq, article_id, slug, kind, status, previous_status, revision, visibility, at,
           CASE WHEN running <= ?4 OR running = len THEN snapshot END AS snapshot,
           running <= ?4 OR running = len AS fits
         FROM (
           SELECT c.seq, c.article_id, c.slug, c.kind, c.status, c.previous_status, c.revision,
             c.visibility, c.at, r.snapshot, COALESCE(length(r.snapshot), 0) AS len,
             sum(COALESCE(length(r.snapshot), 0)) OVER (ORDER BY c.seq ROWS UNBOUNDED PRECEDING) AS running
           FROM article_changes c
           LEFT JOIN article_revisions r ON r.article_id = c.article_id AND r.revision = c.revision
           WHERE c.seq > ?1 AND (?3 = 1 OR c.visibility != 'private')
           ORDER BY c.seq LIMIT ?2
         ) ORDER BY seq`
      )
      .bind(afterSeq, limit, privateToo ? 1 : 0, CHANGES_PAGE_BYTES),
    db.prepare(STATE_SQL),
  ])
  const rows = (page?.results ?? []) as (ChangeRow & { fits: number })[]
  const cut = rows.findIndex((row) => !row.fits)
  return {
    changes: (cut === -1 ? rows : rows.slice(0, cut)).map(rowToChange),
    state: (state?.results[0] as ChangeLogState | undefined) ?? { head: 0, horizon: 0 },
    truncated: cut !== -1,
  }
}

/** Events after `afterSeq` (all visibilities), oldest first: what the webhook dispatcher reads. */
export async function changesAfter(
  db: Db,
  afterSeq: number,
  limit: number
): Promise<StoredChange[]> {
  return (await listChanges(db, afterSeq, limit, true)).changes
}

function rowToChange(row: ChangeRow): StoredChange {
  return {
    seq: row.seq,
    articleId: row.article_id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    previousStatus: row.previous_status,
    revision: row.revision,
    visibility: row.visibility,
    at: row.at,
    article: row.snapshot ? (JSON.parse(row.snapshot) as Article) : null,
  }
}

/**
 * Compacts the log: deletes the events written before `cutoff` that a later event of the same
 * article supersedes, and raises `changes_horizon` to the largest seq deleted, in one transaction.
 * The newest event of each article is kept whatever its age. Returns how many events went.
 *
 * @example
 * await compactChanges(db, new Date(Date.now() - 30 * 86_400_000).toISOString())
 */
export async function compactChanges(db: Db, cutoff: string): Promise<number> {
  const doomed = `FROM article_changes c WHERE c.at < ?1 AND EXISTS (SELECT 1 FROM article_changes n
    WHERE n.article_id = c.article_id AND n.seq > c.seq)`
  const [, deleted] = await db.batch([
    db
      .prepare(
        `UPDATE site_state SET value = max(value, COALESCE((SELECT max(c.seq) ${doomed}), 0))
         WHERE key = 'changes_horizon'`
      )
      .bind(cutoff),
    db.prepare(`DELETE FROM article_changes WHERE seq IN (SELECT c.seq ${doomed})`).bind(cutoff),
  ])
  return deleted?.meta.changes ?? 0
}

/** True when the article was published (by any write) at or after `since` (an ISO time). */
export async function publishedSince(db: Db, articleId: string, since: string): Promise<boolean> {
  const row = await db
    .prepare(
      `SELECT 1 AS hit FROM article_changes WHERE article_id = ?1 AND kind = 'published' AND at >= ?2 LIMIT 1`
    )
    .bind(articleId, since)
    .first<{ hit: number }>()
  return row !== null
}
