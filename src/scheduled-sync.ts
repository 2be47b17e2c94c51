/**
 * @module The cron's sync chores: compacting the change feed past its retention window.
 */
import { CHANGE_RETENTION_DAYS } from './domain/changes'
import type { Bindings } from './env'
import { compactChanges } from './storage/changes'

/** Compacts the change log; failures are logged, never thrown (the publisher must still run). */
export async function runSyncChores(env: Bindings, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - CHANGE_RETENTION_DAYS * 86_400_000).toISOString()
  try {
    await compactChanges(env.DB, cutoff)
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', message: 'change log compaction failed', error: String(err) }))
  }
}
