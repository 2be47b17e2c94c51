/**
 * @module KV writes per request, counted on the real KV binding (its keys listed before and
 * after, and its `put` calls counted): only bounded key spaces are written; search text,
 * cursors, Host values, errors and keyed requests never create an entry.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import { cacheScope } from '../../../src/storage/cache'
import { ADMIN, BASE, createArticle, uniqueSlug } from '../../helpers'

/** The real KV binding, with its `put` calls counted. */
function countingKv(kv: KVNamespace): { kv: KVNamespace; puts: () => number } {
  let puts = 0
  const wrapped = new Proxy(kv, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown
      if (prop === 'put') {
        return (...args: Parameters<KVNamespace['put']>) => {
          puts += 1
          return target.put(...args)
        }
      }
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  return { kv: wrapped, puts: () => puts }
}

async function kvKeyCount(): Promise<number> {
  let count = 0
  let cursor: string | undefined
  do {
    const page = await env.CACHE.list({ cursor })
    count += page.keys.length
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  return count
}

const HTML = { accept: 'text/html' }

interface Sent {
  status: number
  body: string
  headers: Headers
}

/** Sends a request straight to an app instance and waits for its `waitUntil` work (the KV puts). */
async function send(
  url: string,
  bindings: Partial<typeof env> = {},
  headers: Record<string, string> = {}
): Promise<Sent> {
  const ctx = createExecutionContext()
  const full = url.startsWith('http') ? url : `${BASE}${url}`
  const res = await createApp().fetch(new Request(full, { headers }), { ...env, ...bindings }, ctx)
  const body = await res.text()
  await waitOnExecutionContext(ctx)
  return { status: res.status, body, headers: res.headers }
}

/** Runs `requests` and reports the KV keys created and the `put` calls made. */
async function measure(
  requests: (kv: KVNamespace) => Promise<void>
): Promise<{ newKeys: number; puts: number }> {
  const counting = countingKv(env.CACHE)
  const before = await kvKeyCount()
  await requests(counting.kv)
  return { newKeys: (await kvKeyCount()) - before, puts: counting.puts() }
}

describe('KV writes for caller-controlled key spaces', () => {
  it('writes nothing for 100 distinct search queries (API, search feed, q on feeds)', async () => {
    await createArticle({ headline: 'Harbour ferry timetable' })
    const counted = await measure(async (kv) => {
      for (let i = 0; i < 100; i++) {
        const q = `ferry word${i}`
        const api = await send(`/v1/articles?q=${encodeURIComponent(q)}`, { CACHE: kv })
        expect(api.status).toBe(200)
        const feed = await send(`/feeds/search.json?q=${encodeURIComponent(q)}`, { CACHE: kv })
        expect(feed.status, feed.body.slice(0, 300)).toBe(200)
        expect(feed.headers.get('x-cache')).toBe('BYPASS')
        if (i < 20) expect((await send(`/feeds/latest.rss?q=${i}`, { CACHE: kv })).status).toBe(200)
      }
    })
    expect(counted).toEqual({ newKeys: 0, puts: 0 })
  }, 60_000)

  it('writes nothing for feed or index pages past the first (cursor)', async () => {
    const section = uniqueSlug('kv-cursor')
    for (let i = 0; i < 3; i++) await createArticle({ section })
    const first = await send(`/feeds/sections/${section}.json?limit=1`)
    expect(first.status, first.body.slice(0, 300)).toBe(200)
    const next = (JSON.parse(first.body) as { next_url?: string }).next_url
    expect(next).toBeTruthy()
    const index = await send(`/sections/${section}`, {}, { accept: 'text/html' })
    const nextHref = /href="([^"]*\?cursor=[^"]+)"/.exec(index.body)?.[1]?.replace(/&amp;/g, '&')
    const counted = await measure(async (kv) => {
      const page2 = await send(next!, { CACHE: kv })
      expect(page2.status, page2.body.slice(0, 300)).toBe(200)
      if (nextHref) expect((await send(nextHref, { CACHE: kv }, HTML)).status).toBe(200)
    })
    expect(counted).toEqual({ newKeys: 0, puts: 0 })
  })

  it('keeps 50 Host values to one KV entry with PUBLIC_BASE_URL, none without it', async () => {
    await createArticle({ headline: 'Hosts story' })
    const configured = await measure(async (kv) => {
      for (let i = 0; i < 50; i++) {
        const res = await send(`https://host-${i}.attacker.example/`, { CACHE: kv }, HTML)
        expect(res.status, res.body.slice(0, 300)).toBe(200)
        expect(res.body).not.toContain('attacker.example')
      }
    })
    expect(configured.newKeys).toBeLessThanOrEqual(1)
    const fromHost = await measure(async (kv) => {
      for (let i = 0; i < 50; i++) {
        const origin = `https://host-${i}.unset.example`
        for (const path of ['/', '/feeds/latest.atom', '/v1/widgets/latest', '/embed']) {
          const res = await send(`${origin}${path}`, { CACHE: kv, PUBLIC_BASE_URL: '' }, HTML)
          expect(res.status, `${path} ${res.body.slice(0, 300)}`).toBe(200)
        }
      }
    })
    expect(fromHost).toEqual({ newKeys: 0, puts: 0 })
  }, 60_000)

  it('still serves repeats from this isolate without PUBLIC_BASE_URL (memory)', async () => {
    const a = await createArticle({ headline: 'Memory only' })
    const origin = `https://${uniqueSlug('local')}.example`
    const bindings = { PUBLIC_BASE_URL: '' }
    const first = await send(`${origin}/articles/${a.slug}`, bindings, { accept: 'text/html' })
    expect(first.status, first.body.slice(0, 300)).toBe(200)
    expect(first.body).toContain(origin)
    expect(first.headers.get('x-cache')).toBe('MISS')
    const again = await send(`${origin}/articles/${a.slug}`, bindings, HTML)
    expect(again.headers.get('x-cache')).toBe('HIT')
  })
})

describe('KV writes for bounded key spaces', () => {
  it('writes one key for a first index, feed, article or widget; none on a repeat', async () => {
    const section = uniqueSlug('kv-desk')
    const a = await createArticle({ section })
    const html = { accept: 'text/html' }
    for (const [path, headers] of [
      [`/sections/${section}`, html],
      [`/feeds/sections/${section}.atom`, {}],
      [`/articles/${a.slug}`, html],
      [`/v1/widgets/latest?section=${section}`, {}],
    ] as const) {
      const first = await measure(async (kv) => {
        const res = await send(path, { CACHE: kv }, headers)
        expect(res.status, `${path} ${res.body.slice(0, 300)}`).toBe(200)
      })
      expect(first, path).toEqual({ newKeys: 1, puts: 1 })
      const repeat = await measure(async (kv) => {
        expect((await send(path, { CACHE: kv }, headers)).status).toBe(200)
      })
      expect(repeat, path).toEqual({ newKeys: 0, puts: 0 })
    }
  })

  it('writes nothing for errors and for keyed requests', async () => {
    const a = await createArticle({ headline: 'Keyed reader' })
    const counted = await measure(async (kv) => {
      for (let i = 0; i < 20; i++) {
        const nope = uniqueSlug('nope')
        expect((await send(`/sections/${nope}`, { CACHE: kv }, HTML)).status).toBe(404)
        expect((await send(`/feeds/tags/${nope}.json`, { CACHE: kv })).status).toBe(404)
        expect((await send(`/v1/widgets/latest?section=${nope}`, { CACHE: kv })).status).toBe(404)
      }
      const auth = { ...HTML, authorization: `Bearer ${ADMIN}` }
      const keyed = await send(`/articles/${a.slug}`, { CACHE: kv }, auth)
      expect(keyed.status).toBe(200)
      expect(keyed.headers.get('x-cache')).toBe('BYPASS')
    })
    expect(counted).toEqual({ newKeys: 0, puts: 0 })
  })
})

describe('KV cache scope', () => {
  it('is shared with a configured origin, isolate from Host, none for free-form input', () => {
    expect(cacheScope('https://news.example')).toBe('shared')
    expect(cacheScope('')).toBe('isolate')
    expect(cacheScope('  ')).toBe('isolate')
    expect(cacheScope(undefined)).toBe('isolate')
    expect(cacheScope('https://news.example', true)).toBe('none')
  })
})
