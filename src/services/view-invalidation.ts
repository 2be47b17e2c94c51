/**
 * @module Write-time invalidation: drops the KV views a write changed. The triggers of migration
 * 0007 queue the changed dependencies in `view_outbox` in the same transaction as the write; a
 * flush maps them to the KV keys recorded in `view_keys`, deletes those, and marks the rows done. A
 * failed flush leaves the rows pending (attempts, last_error) for the next one: the cron runs one
 * every minute.
 */
import { lastWriteAt, mayWrite, WRITE_SPACING_MS } from '../storage/cache'
import type { Db } from '../storage/db'
import {
  completeInvalidations,
  failInvalidations,
  forgetAllViews,
  forgetUncheckedViews,
  holdView,
  keysByDep,
  listPendingInvalidations,
  pruneInvalidations,
  type PendingInvalidation,
} from '../storage/views'

export interface InvalidationDeps {
  db: Db
  kv: KVNamespace
}

export interface FlushResult {
  /** Dependencies applied (or attempted, when `failed`). */
  deps: number
  /** KV keys deleted. */
  keys: number
  failed: boolean
  /** More was pending than one flush applies: another flush (the cron loops) goes on. */
  more: boolean
}

/** Pending dependencies read per flush (most map to no stored view: nothing to delete). */
export const FLUSH_DEPS = 1000
/** KV deletes per flush: keeps one invocation below KV's 1,000 operations. */
export const FLUSH_KEYS = 800
/**
 * Flushes per cron pass: drains a backlog (a batch import: most of its dependencies name no stored
 * view) at up to this many times FLUSH_DEPS a minute.
 */
const CRON_FLUSHES = 10
/** Done rows are kept this long: a render that started before the write must see them. */
export const OUTBOX_KEEP_MS = 5 * 60_000

/**
 * Deletes one key, spacing writes to it by a second in this isolate (KV's per-key write rate). The
 * key is held from the start: while the delete waits, this isolate renders it afresh rather than
 * answer from memory or from KV's old copy.
 */
async function deleteSpaced(kv: KVNamespace, key: string): Promise<void> {
  const release = holdView(key)
  try {
    const last = lastWriteAt(key)
    const wait = last === undefined ? 0 : WRITE_SPACING_MS - (Date.now() - last)
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    mayWrite(key)
    await kv.delete(key)
  } finally {
    release()
  }
}

/**
 * Which pending dependencies one flush applies, newest first, and the keys it deletes: whole
 * dependencies while their keys fit in FLUSH_KEYS (a dependency is marked done only with every key
 * it names deleted). A first dependency with more keys than that has FLUSH_KEYS of them deleted and
 * stays pending (`partial`) for the next flush.
 */
export function planFlush(
  pending: readonly PendingInvalidation[],
  byDep: ReadonlyMap<string, readonly string[]>,
  budget = FLUSH_KEYS
): { done: PendingInvalidation[]; keys: string[]; partial: PendingInvalidation | null } {
  const keys = new Set<string>()
  const done: PendingInvalidation[] = []
  for (const p of pending) {
    const fresh = (byDep.get(p.dep) ?? []).filter((k) => !keys.has(k))
    if (keys.size + fresh.length > budget) {
      if (done.length > 0) break
      for (const k of fresh.slice(0, budget)) keys.add(k)
      return { done, keys: [...keys], partial: p }
    }
    for (const k of fresh) keys.add(k)
    done.push(p)
  }
  return { done, keys: [...keys], partial: null }
}

/**
 * Applies pending invalidations: this isolate drops its unchecked copies (renders D1 has not
 * recorded yet) at once and its copies of the affected keys by name (so the writing location reads
 * its own write; a copy of anything else stays), then the affected KV keys are deleted. Never
 * throws: a failure is logged as JSON and left in the outbox for the next flush, and this isolate
 * drops every copy, not knowing which ones the write changed.
 *
 * @example
 * await saveArticles(db, [article], actor)
 * await flushViewOutbox({ db, kv: env.CACHE })
 */
export async function flushViewOutbox(
  deps: InvalidationDeps,
  budget = FLUSH_KEYS
): Promise<FlushResult> {
  forgetUncheckedViews()
  let pending: Awaited<ReturnType<typeof listPendingInvalidations>> = []
  try {
    pending = await listPendingInvalidations(deps.db, FLUSH_DEPS)
    if (pending.length === 0) return { deps: 0, keys: 0, failed: false, more: false }
    const { done, keys, partial } = planFlush(pending, await keysByDep(deps.db, pending), budget)
    const results = await Promise.allSettled(keys.map((key) => deleteSpaced(deps.kv, key)))
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failure) throw failure.reason
    const before = Math.min(...[...done, ...(partial ? [partial] : [])].map((d) => d.queued_ms))
    await completeInvalidations(deps.db, done, keys, before)
    const more = pending.length === FLUSH_DEPS || done.length < pending.length
    return { deps: done.length, keys: keys.length, failed: false, more }
  } catch (err) {
    forgetAllViews()
    const error = err instanceof Error ? err.message : String(err)
    console.error(
      JSON.stringify({
        level: 'error',
        message: 'view invalidation failed; left in the outbox for retry',
        deps: pending.slice(0, 20).map((p) => p.dep),
        attempts: Math.max(0, ...pending.map((p) => p.attempts)) + 1,
        error,
      })
    )
    await failInvalidations(
      deps.db,
      pending.map((p) => p.dep),
      error
    ).catch(() => undefined)
    return { deps: pending.length, keys: 0, failed: true, more: true }
  }
}

/**
 * The cron's pass: retries what is pending (flush after flush while more is, up to CRON_FLUSHES and
 * FLUSH_KEYS deletes in all: one invocation stays below KV's 1,000 operations), then prunes rows
 * done long enough ago. Returns the totals.
 */
export async function retryViewInvalidations(
  deps: InvalidationDeps,
  now = Date.now()
): Promise<FlushResult> {
  const total: FlushResult = { deps: 0, keys: 0, failed: false, more: false }
  for (let i = 0; i < CRON_FLUSHES && total.keys < FLUSH_KEYS; i++) {
    const result = await flushViewOutbox(deps, FLUSH_KEYS - total.keys)
    total.deps += result.deps
    total.keys += result.keys
    total.failed = result.failed
    total.more = result.more
    if (result.failed || !result.more) break
  }
  await pruneInvalidations(deps.db, now - OUTBOX_KEEP_MS).catch(() => undefined)
  return total
}
