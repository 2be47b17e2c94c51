/**
 * @module The cron's sync chores: webhook dispatch (a backstop for writes whose after-write
 * dispatch did not run), resending lost queue messages, and compacting the change feed.
 */
import { CHANGE_RETENTION_DAYS } from './domain/changes'
import type { Bindings } from './env'
import { dispatchWebhooks, requeueOverdue } from './services/webhooks'
import { compactChanges } from './storage/changes'

/** Runs each chore; failures are logged, never thrown (the publisher must still run). */
export async function runSyncChores(env: Bindings, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - CHANGE_RETENTION_DAYS * 86_400_000).toISOString()
  const origin = (env.PUBLIC_BASE_URL ?? '').replace(/\/+$/, '')
  const chores: [string, () => Promise<unknown>][] = [
    ['webhook dispatch', () => dispatchWebhooks(env, origin)],
    ['webhook requeue', () => requeueOverdue(env, now)],
    ['change log compaction', () => compactChanges(env.DB, cutoff)],
  ]
  for (const [name, chore] of chores) {
    try {
      await chore()
    } catch (err) {
      console.error(
        JSON.stringify({ level: 'error', message: `${name} failed`, error: String(err) })
      )
    }
  }
}
