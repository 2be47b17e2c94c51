/**
 * @module The heads of stored related lists (migration 0011): which lists have a stale head, what a
 * read would order for them, and writing the heads back (the trigger on `head` drops the views that
 * show it when it changed).
 */
import type { Db } from './db'

/** One stored list's entries as a read orders them, for the lists whose head is stale. */
export interface HeadInput {
  seq: number
  /** Recomputes since the head was written: the write is kept only if no other one came since. */
  stale: number
  /** The story's own signature (a read leaves its near-duplicates out). */
  simhash: string | null
  entries: {
    seq: number
    score: number
    pin: number | null
    publishedAt: string | null
    simhash: string
    /** The stored item as JSON (`[seq, score, pin, matched, entities]`): what the lookup shows of it. */
    item: string
  }[]
}

interface HeadRow {
  src: number
  stale: number
  src_simhash: string | null
  seq: number | null
  score: number | null
  pin: number | null
  published_at: string | null
  simhash: string | null
  item: string | null
}

/**
 * Up to `limit` lists whose head is stale, each with the entries a read of it joins (published
 * stories with a signature, in stored order): one query.
 *
 * @example
 * const inputs = await staleHeadInputs(db, 50)
 */
export async function staleHeadInputs(db: Db, limit: number): Promise<HeadInput[]> {
  const rows = await db
    .prepare(
      `WITH l AS MATERIALIZED (
         SELECT seq, head_stale, items FROM related_lists WHERE head_stale > 0 LIMIT ?1),
       e AS (
         SELECT l.seq AS src, j.key AS rank, a.seq, json_extract(j.value, '$[1]') AS score,
           json_extract(j.value, '$[2]') AS pin, a.published_at, d.simhash, j.value AS item
         FROM l, json_each(l.items) j
           CROSS JOIN articles a ON a.seq = json_extract(j.value, '$[0]')
           CROSS JOIN related_docs d ON d.seq = a.seq
         WHERE a.status = 'published')
       SELECT l.seq AS src, l.head_stale AS stale, sd.simhash AS src_simhash, e.seq, e.score, e.pin,
         e.published_at, e.simhash, e.item
       FROM l LEFT JOIN related_docs sd ON sd.seq = l.seq LEFT JOIN e ON e.src = l.seq
       ORDER BY l.seq, e.rank`
    )
    .bind(limit)
    .all<HeadRow>()
  const lists = new Map<number, HeadInput>()
  for (const r of rows.results) {
    let list = lists.get(r.src)
    if (!list) {
      list = { seq: r.src, stale: r.stale, simhash: r.src_simhash, entries: [] }
      lists.set(r.src, list)
    }
    if (r.seq === null || r.simhash === null || r.item === null) continue
    list.entries.push({
      seq: r.seq,
      score: r.score ?? 0,
      pin: r.pin,
      publishedAt: r.published_at,
      simhash: r.simhash,
      item: r.item,
    })
  }
  return [...lists.values()]
}

/**
 * Writes heads (`[seq, ...]` as a read shows them, and the stored items of those stories in that
 * order: migration 0013) of lists not recomputed since they were read, and marks them current; one
 * statement.
 */
export async function writeHeads(
  db: Db,
  heads: readonly { seq: number; stale: number; head: number[]; items: string }[]
): Promise<void> {
  if (heads.length === 0) return
  await db
    .prepare(
      `UPDATE related_lists SET head = h.head, head_items = h.items, head_stale = 0
       FROM (SELECT json_extract(value, '$[0]') AS seq, json_extract(value, '$[1]') AS stale,
               json_extract(value, '$[2]') AS head, json_extract(value, '$[3]') AS items
             FROM json_each(?1)) AS h
       WHERE related_lists.seq = h.seq AND related_lists.head_stale = h.stale`
    )
    .bind(JSON.stringify(heads.map((h) => [h.seq, h.stale, h.head, h.items])))
    .run()
}
