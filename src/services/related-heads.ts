/**
 * @module Keeps the heads of stored related lists (migration 0011): after a list is computed again,
 * its head (the first stories a read shows, in order) is computed with the read path's own
 * ordering and written back; views that show only the head are dropped when it changes, not when
 * a score or the tail moves.
 */
import { DEFAULT_HALF_LIFE_DAYS, orderRelated, type StoredCandidate } from '../domain/related'
import type { Db } from '../storage/db'
import { staleHeadInputs, writeHeads, type HeadInput } from '../storage/related-heads'
import { HEAD_SIZE } from './view-deps'

/** Heads computed per query. */
const HEAD_CHUNK = 50

/**
 * The seqs of the first `HEAD_SIZE` stories a read of this list shows at `now` (default window: the
 * page's related block and the widgets): `orderRelated` itself, so pins, recency, the folding of
 * near-duplicates and the source's own copies are decided exactly as a read decides them.
 */
export function headOf(input: HeadInput, now: Date): number[] {
  const candidates = input.entries.map((e): StoredCandidate => ({
    seq: e.seq,
    id: String(e.seq),
    slug: '',
    headline: '',
    publishedAt: e.publishedAt,
    section: null,
    tags: [],
    simhash: e.simhash,
    score: e.score,
    pin: e.pin,
    matched: [],
    entities: [],
  }))
  const source = { section: null, tags: [], simhash: input.simhash, labels: {}, weights: {} }
  const options = { limit: HEAD_SIZE, now, halfLifeDays: DEFAULT_HALF_LIFE_DAYS }
  return orderRelated(source, candidates, options).map((s) => Number(s.id))
}

/**
 * The stored items of the head's stories, in the head's order, as one JSON text: what a related
 * lookup of at most a head's stories shows (migration 0013 queues `rs:` when it changes).
 */
export function headItems(input: HeadInput, head: readonly number[]): string {
  const items = new Map(input.entries.map((e) => [e.seq, e.item]))
  return `[${head.map((seq) => items.get(seq) ?? 'null').join(',')}]`
}

/**
 * Computes and writes stale heads, up to `budget`; returns how many were computed. A failure is
 * thrown (the heads stay stale for the next pass).
 */
export async function drainListHeads(db: Db, budget: number): Promise<number> {
  let done = 0
  while (done < budget) {
    const inputs = await staleHeadInputs(db, Math.min(HEAD_CHUNK, budget - done))
    if (inputs.length === 0) break
    const now = new Date()
    await writeHeads(
      db,
      inputs.map((input) => {
        const head = headOf(input, now)
        return { seq: input.seq, stale: input.stale, head, items: headItems(input, head) }
      })
    )
    done += inputs.length
  }
  return done
}
