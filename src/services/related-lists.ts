/**
 * @module Keeps precomputed related lists current: after a write (and from the cron) the stories
 * whose neighbours or curation changed get their ranked list computed and stored again, a bounded
 * number per pass; what is left stays queued in D1 for the next pass, never lost.
 */
import type { Db } from '../storage/db'
import { refreshQueuedLists } from '../storage/related-lists'
import { drainListHeads } from './related-heads'

/** Lists computed per statement: one D1 transaction each. */
export const LIST_CHUNK = 50
/**
 * Lists one request recomputes after its write: a new story touches itself and the up to 40 stories
 * it joins (one chunk); an edited story also touches every story that listed it, and a batch
 * import thousands, so the rest is left to the cron (`CRON_LISTS` a minute).
 */
export const REQUEST_LISTS = 200
/** Lists the cron recomputes per run. */
export const CRON_LISTS = 2000

/**
 * Recomputes queued lists, oldest first, until the queue is empty or `budget` lists are done, then
 * as many stale heads (migration 0011: the recomputed lists' heads), and lets a failure through
 * (the admin endpoint answers it as a problem; the queues keep the stories).
 */
export async function drainRelatedLists(
  db: Db,
  budget: number,
  progress = { refreshed: 0, pending: 0 }
): Promise<{ refreshed: number; pending: number }> {
  do {
    const step = await refreshQueuedLists(db, Math.min(LIST_CHUNK, budget - progress.refreshed))
    progress.refreshed += step.refreshed
    progress.pending = step.pending
    if (step.refreshed === 0) break
  } while (progress.pending > 0 && progress.refreshed < budget)
  await drainListHeads(db, budget)
  return progress
}

/**
 * Recomputes queued lists, oldest first, until the queue is empty or `budget` lists are done.
 * Never throws: a failure is logged as JSON, and the queue keeps the stories for the next pass.
 *
 * @example
 * await saveArticles(db, [article], actor)
 * await refreshRelatedLists(db, REQUEST_LISTS)
 */
export async function refreshRelatedLists(
  db: Db,
  budget: number
): Promise<{ refreshed: number; pending: number; failed: boolean }> {
  const progress = { refreshed: 0, pending: 0 }
  try {
    return { ...(await drainRelatedLists(db, budget, progress)), failed: false }
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err)
    const message = 'related lists not refreshed; left queued for retry'
    console.error(JSON.stringify({ level: 'error', message, refreshed: progress.refreshed, error }))
    return { ...progress, failed: true }
  }
}
