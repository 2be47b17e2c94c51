import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import { serveView } from '../../../src/services/edge-views'
import { renderCountForTests } from '../../../src/storage/cache'
import { forgetAllViews } from '../../../src/storage/views'
import { BASE, createArticle, expectJson, call } from '../../helpers'

/** Sends a page request straight to an app instance in this isolate, with the given bindings. */
async function direct(
  path: string,
  bindings: typeof env,
  headers: Record<string, string> = { accept: 'text/html' }
) {
  const ctx = createExecutionContext()
  const res = await createApp().fetch(new Request(`${BASE}${path}`, { headers }), bindings, ctx)
  const body = await res.text()
  await waitOnExecutionContext(ctx)
  return { res, body }
}

/** A KV namespace that is down: every call throws. */
const failingKv = new Proxy({} as KVNamespace, {
  get: () => () => {
    throw new Error('KV is unavailable')
  },
})

/** A KV namespace whose reads work and whose writes always fail (e.g. over the write rate limit). */
function readOnlyKv(kv: KVNamespace): KVNamespace {
  return new Proxy(kv, {
    get: (target, prop) =>
      prop === 'put'
        ? () => Promise.reject(new Error('429 too many writes'))
        : Reflect.get(target, prop).bind(target),
  })
}

describe('concurrent misses', () => {
  it('answer N concurrent misses of the same page with the same bytes, each request on its own', async () => {
    const a = await createArticle({ headline: 'Many readers at once' })
    const before = renderCountForTests()
    const results = await Promise.all(
      Array.from({ length: 12 }, () => direct(`/articles/${a.slug}`, env))
    )
    const renders = renderCountForTests() - before
    for (const { res, body } of results) {
      expect(res.status, body.slice(0, 300)).toBe(200)
      expect(body).toContain('Many readers at once')
    }
    // No render is shared between requests (a promise from another request's I/O context can hang).
    expect(renders).toBeGreaterThanOrEqual(1)
    expect(renders).toBeLessThanOrEqual(12)
    const statuses = results.map((r) => r.res.headers.get('x-cache'))
    expect(statuses.every((s) => s === 'MISS' || s === 'HIT')).toBe(true)
    // Every copy is the same bytes under the same ETag.
    expect(new Set(results.map((r) => r.body)).size).toBe(1)
    expect(new Set(results.map((r) => r.res.headers.get('etag'))).size).toBe(1)
    // Once rendered, the page is a hit: nothing renders again.
    const after = renderCountForTests()
    const again = await direct(`/articles/${a.slug}`, env)
    expect(again.res.headers.get('x-cache')).toBe('HIT')
    expect(renderCountForTests()).toBe(after)
  })

  it('answer an index page to N concurrent misses', async () => {
    await createArticle({ section: 'Coalesced Desk' })
    const results = await Promise.all(
      Array.from({ length: 8 }, () => direct('/sections/coalesced-desk', env))
    )
    for (const { res } of results) expect(res.status).toBe(200)
    expect(new Set(results.map((r) => r.res.headers.get('etag'))).size).toBe(1)
  })

  it('renders again (once) for a new revision', async () => {
    const a = await createArticle()
    await direct(`/articles/${a.slug}`, env)
    const before = renderCountForTests()
    await direct(`/articles/${a.slug}`, env)
    expect(renderCountForTests() - before).toBe(0)
    await expectJson(
      await call('PATCH', `/v1/articles/${a.id}`, {
        json: { dek: 'New dek' },
        headers: { 'if-match': `"${a.id}.r1"` },
      }),
      200
    )
    await direct(`/articles/${a.slug}`, env)
    await direct(`/articles/${a.slug}`, env)
    expect(renderCountForTests() - before).toBe(1)
  })
})

describe('KV at the view address', () => {
  it('writes the rendered page under a key naming its address (not a version), with a TTL and validators', async () => {
    const a = await createArticle({ headline: 'Stored by address' })
    const { res } = await direct(`/articles/${a.slug}`, env)
    const list = await env.CACHE.list<{ etag: string }>({ prefix: `v1:article:${a.slug}:html:` })
    expect(list.keys).toHaveLength(1)
    const key = list.keys[0] as { name: string; expiration?: number; metadata?: { etag: string } }
    expect(key.expiration).toBeGreaterThan(Date.now() / 1000 + 3600)
    expect(key.metadata?.etag).toBe(res.headers.get('etag'))
    // The value is the page's gzip form (metadata says so), decoding to the bytes sent.
    const stored = await env.CACHE.getWithMetadata<{ coding?: string; length?: number }>(
      key.name,
      'stream'
    )
    expect(stored.metadata?.coding).toBe('gzip')
    const page = await new Response(
      (stored.value as ReadableStream).pipeThrough(new DecompressionStream('gzip'))
    ).text()
    expect(page).toContain('Stored by address')
    expect(stored.metadata?.length).toBe(new TextEncoder().encode(page).byteLength)
  })
})

describe('KV failure fallback', () => {
  it('renders from D1 when KV throws on every call, never a 5xx', async () => {
    const a = await createArticle({ headline: 'Served without KV' })
    const { res, body } = await direct(`/articles/${a.slug}`, { ...env, CACHE: failingKv })
    expect(res.status, body.slice(0, 300)).toBe(200)
    expect(body).toContain('Served without KV')
    expect(res.headers.get('x-cache')).toBe('BYPASS')
    expect(res.headers.get('cache-control')).toMatch(/^public/)
    const index = await direct('/', { ...env, CACHE: failingKv })
    expect(index.res.status, index.body.slice(0, 300)).toBe(200)
    expect(index.res.headers.get('x-cache')).toBe('BYPASS')
    expect(index.body).toContain('Served without KV')
  })

  it('still answers when KV writes fail (rate limit), and serves the render', async () => {
    const a = await createArticle({ headline: 'Write refused' })
    const { res, body } = await direct(`/articles/${a.slug}`, {
      ...env,
      CACHE: readOnlyKv(env.CACHE),
    })
    expect(res.status, body.slice(0, 300)).toBe(200)
    expect(res.headers.get('x-cache')).toBe('MISS')
    expect(body).toContain('Write refused')
    expect((await env.CACHE.list({ prefix: `v1:article:${a.slug}:` })).keys).toHaveLength(0)
  })
})

describe('KV write rate', () => {
  it('never writes the same key twice within a second, even when reads miss right after a write', async () => {
    const puts: number[] = []
    // Real KV for writes, but reads that always miss: what an eventually consistent read can do.
    const lagging = new Proxy(env.CACHE, {
      get: (target, prop) =>
        prop === 'getWithMetadata'
          ? async () => ({ value: null, metadata: null, cacheStatus: null })
          : prop === 'put'
            ? (...args: Parameters<KVNamespace['put']>) => {
                puts.push(Date.now())
                return target.put(...args)
              }
            : Reflect.get(target, prop),
    })
    const key = `v1:article:rate-test-${Math.random().toString(36).slice(2)}:html`
    const waits: Promise<unknown>[] = []
    const deps = {
      db: env.DB,
      kv: lagging,
      scope: 'shared' as const,
      waitUntil: (p: Promise<unknown>) => waits.push(p),
    }
    const page = async () => ({ body: '<p>page</p>', type: 'text/html', deps: ['s:rate-test'] })
    for (let i = 0; i < 3; i++) {
      forgetAllViews() // another isolate's read, or this one's after its copy aged out
      const got = await serveView(deps, key, 'article', 'a', page)
      expect(got.status).toBe('MISS')
    }
    await Promise.all(waits)
    expect(puts.length).toBeGreaterThanOrEqual(1)
    for (let i = 1; i < puts.length; i++)
      expect(puts[i]! - puts[i - 1]!).toBeGreaterThanOrEqual(1000)
  })
})
