/**
 * @module The isolate's memory copy of a view: kept while its KV put is pending, dropped by name
 * when a write changes what it shows, kept through flushes that change something else, and never
 * answering for a key whose delete is pending (the writing location reads its own write).
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { serveView, type ViewDeps } from '../../src/services/edge-views'
import { flushViewOutbox } from '../../src/services/view-invalidation'
import { forgetUncheckedViews, holdView, memoryView } from '../../src/storage/views'
import { uniqueSlug } from '../helpers'

function viewDeps(pending: Promise<unknown>[]): ViewDeps {
  return {
    db: env.DB,
    kv: env.CACHE,
    scope: 'shared',
    waitUntil: (promise) => {
      pending.push(promise)
    },
  }
}

const render = (dep: string, body: string, during?: () => Promise<void>) => async () => {
  await during?.()
  return { body, type: 'text/html; charset=utf-8', deps: [dep] }
}

/** What a write's trigger does: queue the dependency it changed. */
async function queue(dep: string): Promise<void> {
  await env.DB.prepare('INSERT INTO view_outbox_queue (dep) VALUES (?1)').bind(dep).run()
}

const flush = () => flushViewOutbox({ db: env.DB, kv: env.CACHE })

describe('the memory copy of a view', () => {
  it('is kept after a miss, and stored in KV, when nothing was flushed meanwhile', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:memory:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    const served = await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'kept'))
    expect(served.status).toBe('MISS')
    expect(memoryView(key)).toBe(served.entry)
    await Promise.all(pending)
    expect(memoryView(key)).toBe(served.entry)
    expect(await env.CACHE.get(key)).not.toBeNull()
  })

  it('is kept neither in memory nor in KV when a write to what it shows overtook the render', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:memory:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    const write = async () => {
      await queue(dep)
      forgetUncheckedViews()
    }
    const served = await serveView(
      viewDeps(pending),
      key,
      'article',
      'p',
      render(dep, 'old', write)
    )
    expect(served.status).toBe('MISS')
    expect(memoryView(key)).toBeNull()
    await Promise.all(pending)
    expect(memoryView(key)).toBeNull()
    expect(await env.CACHE.get(key)).toBeNull()
  })

  it('is kept once D1 checked it when the flush that overtook the render changed something else', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:memory:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    const other = async () => {
      await queue(`s:${uniqueSlug()}`)
      forgetUncheckedViews()
    }
    const served = await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'v', other))
    expect(memoryView(key)).toBeNull()
    await Promise.all(pending)
    expect(memoryView(key)).toBe(served.entry)
    expect(await env.CACHE.get(key)).not.toBeNull()
  })

  it('survives a flush of something else and is dropped by a flush of what it shows', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:memory:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    const served = await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'v'))
    await Promise.all(pending)
    await queue(`s:${uniqueSlug()}`)
    await flush()
    expect(memoryView(key)).toBe(served.entry)
    await queue(dep)
    const result = await flush()
    expect(result.keys).toBe(1)
    expect(memoryView(key)).toBeNull()
    expect(await env.CACHE.get(key)).toBeNull()
    const again = await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'new'))
    expect(again.status).toBe('MISS')
  })

  it('never answers, from memory or KV, for a key whose delete is pending', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:memory:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'old'))
    await Promise.all(pending)
    expect(await env.CACHE.get(key)).not.toBeNull()
    const release = holdView(key)
    try {
      const held = await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'new'))
      expect(held.status).toBe('MISS')
      expect(new TextDecoder().decode(held.entry.body!)).toBe('new')
      expect(memoryView(key)).toBeNull()
    } finally {
      release()
    }
    await Promise.all(pending)
  })

  it('keeps what a render that began after a write recorded, through the flush of that write', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:memory:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    await queue(dep)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'after the write'))
    await Promise.all(pending)
    // The flush of the earlier write finds the key and drops it, but the rows stay: the render
    // showed the new state, and the next write to it must still find the key.
    expect((await flush()).keys).toBe(1)
    await queue(dep)
    expect((await flush()).keys).toBe(1)
  })
})
