/**
 * @module The isolate's memory copy of a view: kept while its KV put is pending, dropped by name
 * when a write changes what it shows, kept through flushes that change something else, and never
 * answering for a key whose delete is pending (the writing location reads its own write).
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { JOIN_WAIT_MS, serveView, type ViewDeps } from '../../src/services/edge-views'
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
      // The check compares the Worker's clock at the render's start with D1's at the write.
      await new Promise((resolve) => setTimeout(resolve, 5))
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

  it('answers a key whose delete is pending only with a render that began after the hold', async () => {
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
      const again = await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'newer'))
      expect(again.status).toBe('HIT')
      expect(again.entry).toBe(held.entry)
    } finally {
      release()
    }
    await Promise.all(pending)
  })

  it('keeps a view rendered after a write, and what it recorded, through the flush of that write', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:memory:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    await queue(dep)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'after the write'))
    await Promise.all(pending)
    // The flush of the earlier write leaves the view (it already shows that write) and its rows:
    // the next write to what it shows must still find the key.
    expect((await flush()).keys).toBe(0)
    expect(await env.CACHE.get(key)).not.toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await queue(dep)
    expect((await flush()).keys).toBe(1)
    expect(await env.CACHE.get(key)).toBeNull()
  })
})

describe('a render in progress', () => {
  /** A render that waits for `gate` (counting its calls), to line requests up behind it. */
  function gated(dep: string, body: string) {
    let open = () => {}
    const gate = new Promise<void>((resolve) => (open = resolve))
    const calls = { n: 0 }
    const fn = async () => {
      calls.n += 1
      await gate
      return { body, type: 'text/html; charset=utf-8', deps: [dep] }
    }
    return { fn, open, calls }
  }

  it('is shared by the requests that miss while it runs: one render, the same bytes', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:join:${uniqueSlug()}`
    const { fn, open, calls } = gated(`s:${uniqueSlug()}`, 'shared')
    const first = serveView(viewDeps(pending), key, 'article', 'p', fn)
    while (calls.n === 0) await new Promise((resolve) => setTimeout(resolve, 1))
    const joiners = [1, 2, 3].map(() => serveView(viewDeps(pending), key, 'article', 'p', fn))
    await new Promise((resolve) => setTimeout(resolve, 50))
    open()
    const served = await Promise.all([first, ...joiners])
    expect(calls.n).toBe(1)
    expect(served.map((s) => s.status)).toEqual(['MISS', 'HIT', 'HIT', 'HIT'])
    for (const s of served) expect(s.entry).toBe(served[0]!.entry)
    await Promise.all(pending)
  })

  it('is not joined after a flush in this isolate, which the render may not show', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:join:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    const old = gated(dep, 'old')
    const first = serveView(viewDeps(pending), key, 'article', 'p', old.fn)
    while (old.calls.n === 0) await new Promise((resolve) => setTimeout(resolve, 1))
    await queue(dep)
    await flush()
    const after = serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'new'))
    old.open()
    const [a, b] = await Promise.all([first, after])
    expect(new TextDecoder().decode(a.entry.body!)).toBe('old')
    expect(b.status).toBe('MISS')
    expect(new TextDecoder().decode(b.entry.body!)).toBe('new')
    await Promise.all(pending)
  })

  it('is joined once D1 checked it when a flush of something else overtook it', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:join:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    const first = gated(dep, 'current')
    const firstServed = serveView(viewDeps(pending), key, 'article', 'p', first.fn)
    while (first.calls.n === 0) await new Promise((resolve) => setTimeout(resolve, 1))
    await queue(`s:${uniqueSlug()}`)
    await flush()
    const joiner = serveView(viewDeps(pending), key, 'article', 'p', first.fn)
    await new Promise((resolve) => setTimeout(resolve, 20))
    first.open()
    const [a, b] = await Promise.all([firstServed, joiner])
    expect(first.calls.n).toBe(1)
    expect(b.status).toBe('HIT')
    expect(b.entry).toBe(a.entry)
    await Promise.all(pending)
  })

  it('is waited for at most JOIN_WAIT_MS, then the request renders its own', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:join:${uniqueSlug()}`
    const dep = `s:${uniqueSlug()}`
    const stuck = gated(dep, 'stuck')
    void serveView(viewDeps(pending), key, 'article', 'p', stuck.fn)
    while (stuck.calls.n === 0) await new Promise((resolve) => setTimeout(resolve, 1))
    const started = Date.now()
    const own = await serveView(viewDeps(pending), key, 'article', 'p', render(dep, 'own'))
    expect(Date.now() - started).toBeGreaterThanOrEqual(JOIN_WAIT_MS)
    expect(own.status).toBe('MISS')
    expect(new TextDecoder().decode(own.entry.body!)).toBe('own')
    stuck.open()
    await Promise.all(pending)
  })
})
