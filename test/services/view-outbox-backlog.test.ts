/**
 * @module A flush applies what the write queued before any backlog in the outbox (a batch import
 * leaves one), marks a dependency done only once every key it names is deleted, and the cron pass
 * drains a backlog flush after flush.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { serveView, type ViewDeps } from '../../src/services/edge-views'
import {
  FLUSH_DEPS,
  FLUSH_KEYS,
  flushViewOutbox,
  planFlush,
  retryViewInvalidations,
} from '../../src/services/view-invalidation'
import { memoryView } from '../../src/storage/views'
import { uniqueSlug } from '../helpers'

const flush = () => flushViewOutbox({ db: env.DB, kv: env.CACHE })

/** Queues dependencies as write triggers do, in one statement. */
async function queue(deps: readonly string[]): Promise<void> {
  await env.DB.prepare('INSERT INTO view_outbox_queue (dep) SELECT value FROM json_each(?1)')
    .bind(JSON.stringify(deps))
    .run()
}

async function pendingCount(): Promise<number> {
  const row = await env.DB.prepare(
    'SELECT count(*) AS n FROM view_outbox WHERE done_ms IS NULL'
  ).first<{ n: number }>()
  return row?.n ?? 0
}

describe('the view outbox', () => {
  it("applies a write's own dependencies first, behind a backlog larger than one flush", async () => {
    const prefix = uniqueSlug()
    await queue(Array.from({ length: FLUSH_DEPS + 500 }, (_, i) => `s:${prefix}-old-${i}`))
    await new Promise((resolve) => setTimeout(resolve, 5))
    const pending: Promise<unknown>[] = []
    const deps: ViewDeps = {
      db: env.DB,
      kv: env.CACHE,
      scope: 'shared',
      waitUntil: (p) => void pending.push(p),
    }
    const key = `test:backlog:${prefix}`
    const dep = `s:${prefix}-current`
    await serveView(deps, key, 'article', 'p', async () => ({
      body: 'v',
      type: 'text/html',
      deps: [dep],
    }))
    await Promise.all(pending)
    expect(await env.CACHE.get(key)).not.toBeNull()
    await queue([dep])
    const result = await flush()
    expect(result.keys).toBe(1)
    expect(result.more).toBe(true)
    expect(memoryView(key)).toBeNull()
    expect(await env.CACHE.get(key)).toBeNull()
    // The cron pass drains the rest.
    const drained = await retryViewInvalidations({ db: env.DB, kv: env.CACHE })
    expect(drained.failed).toBe(false)
    expect(drained.more).toBe(false)
    expect(await pendingCount()).toBe(0)
  })

  it('marks a dependency done only once every key it names is deleted', () => {
    const at = (dep: string, queued_ms: number) => ({ dep, queued_ms, attempts: 0 })
    const keys = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`)
    const byDep = new Map([
      ['a', keys(10, 'a')],
      ['b', keys(FLUSH_KEYS + 5, 'b')],
      ['c', keys(3, 'c')],
    ])
    const plan = planFlush([at('a', 3), at('b', 2), at('c', 1)], byDep)
    expect(plan.done.map((d) => d.dep)).toEqual(['a'])
    expect(plan.keys).toHaveLength(10)
    expect(plan.partial).toBeNull()
    const huge = planFlush([at('b', 2), at('c', 1)], byDep)
    expect(huge.done).toEqual([])
    expect(huge.partial?.dep).toBe('b')
    expect(huge.keys).toHaveLength(FLUSH_KEYS)
    // What is left of an invocation's KV budget (the cron's later flushes) bounds a flush too.
    const rest = planFlush([at('a', 3), at('c', 1)], byDep, 12)
    expect(rest.done.map((d) => d.dep)).toEqual(['a'])
    expect(rest.keys).toHaveLength(10)
    const shared = planFlush(
      [at('a', 3), at('a2', 2)],
      new Map([
        ['a', ['k']],
        ['a2', ['k']],
      ])
    )
    expect(shared.done.map((d) => d.dep)).toEqual(['a', 'a2'])
    expect(shared.keys).toEqual(['k'])
  })
})
