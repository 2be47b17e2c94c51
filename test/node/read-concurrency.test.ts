/**
 * Against `wrangler dev` (real workerd I/O contexts, one isolate for every request): the pair of
 * anonymous widget requests that used to hang every later widget, then waves of concurrent mixed
 * requests (unknown and known slugs, every widget route, pages, feeds). Every request must answer
 * within a timeout, and requests after them too. Concurrent misses of one view share one render
 * across requests, and a reader that goes away mid-render leaves the others answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorker } from '../support/worker-process.mjs'

const TIMEOUT_MS = 15_000

async function get(url: string): Promise<number | 'hang'> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) })
    await res.arrayBuffer()
    return res.status
  } catch (err) {
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
      return 'hang'
    throw err
  }
}

describe('concurrent anonymous reads under wrangler dev', () => {
  let worker: { url: string; adminKey: string; stop: () => Promise<void> }
  let known = ''
  beforeAll(async () => {
    worker = await startWorker()
    const res = await fetch(`${worker.url}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        slug: 'tidal-mill-reopens',
        headline: 'Tidal mill reopens',
        section: 'Coast',
        body: '<p>The tidal mill turns again.</p>',
        status: 'published',
      }),
    })
    expect(res.status, await res.text()).toBe(201)
    known = 'tidal-mill-reopens'
  })
  afterAll(async () => {
    await worker?.stop()
  })

  it('keeps answering widgets after an unknown article widget and an unknown related widget within a second', async () => {
    expect(await get(`${worker.url}/v1/widgets/articles/no-such-story`)).toBe(404)
    expect(await get(`${worker.url}/v1/widgets/related/no-such-story`)).toBe(404)
    for (let i = 0; i < 3; i++) {
      expect(await get(`${worker.url}/v1/widgets/latest`)).toBe(200)
      expect(await get(`${worker.url}/v1/widgets/related/${known}`)).toBe(200)
      expect(await get(`${worker.url}/v1/widgets/related/no-such-story`)).toBe(404)
    }
  })

  it('answers waves of concurrent mixed requests, and every request after them', async () => {
    const paths = [
      '/v1/widgets/articles/no-such-story',
      '/v1/widgets/related/no-such-story',
      '/v1/widgets/latest',
      `/v1/widgets/articles/${known}`,
      `/v1/widgets/related/${known}`,
      '/v1/widgets/latest?section=coast',
      '/v1/widgets/latest?section=no-such-desk',
      '/v1/widgets/related/no-such-story?missing=empty',
      `/articles/${known}`,
      '/articles/no-such-story',
      '/',
      '/sections/coast',
      '/sections/no-such-desk',
      '/feeds/latest.rss',
      '/feeds/sections/coast.atom',
      '/feeds/tags/no-such-tag.json',
      `/embed/articles/${known}`,
      `/embed/articles/no-such-story`,
      `/embed`,
      '/v1/articles?q=tidal',
      '/v1/tags',
    ]
    for (let wave = 0; wave < 4; wave++) {
      const statuses = await Promise.all(
        [...paths, ...paths, ...paths].map(async (path) => ({
          path,
          status: await get(`${worker.url}${path}`),
        }))
      )
      for (const { path, status } of statuses)
        expect([200, 404], `${path} (wave ${wave})`).toContain(status)
    }
    expect(await get(`${worker.url}/v1/widgets/latest`)).toBe(200)
    expect(await get(`${worker.url}/v1/widgets/related/${known}`)).toBe(200)
    expect(await get(`${worker.url}/healthz`)).toBe(200)
  })

  it('shares one render among concurrent misses of a page, even when a reader goes away', async () => {
    const auth = { authorization: `Bearer ${worker.adminKey}`, 'content-type': 'application/json' }
    for (const round of [1, 2]) {
      const slug = `shared-render-${round}`
      const res = await fetch(`${worker.url}/v1/articles`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          slug,
          headline: `Shared render ${round}`,
          section: 'Coast',
          body: '<p>Many readers arrive at once.</p>',
          status: 'published',
        }),
      })
      expect(res.status, await res.text()).toBe(201)
      // Round 2: the first reader leaves while its render runs; the others must not hang on it.
      const leaving = new AbortController()
      const first =
        round === 2
          ? fetch(`${worker.url}/articles/${slug}`, { signal: leaving.signal }).catch(() => null)
          : null
      if (round === 2) setTimeout(() => leaving.abort(), 2)
      const answers = await Promise.all(
        Array.from({ length: 12 }, async () => {
          const r = await fetch(`${worker.url}/articles/${slug}`, {
            signal: AbortSignal.timeout(TIMEOUT_MS),
          })
          return {
            status: r.status,
            etag: r.headers.get('etag'),
            cache: r.headers.get('x-cache'),
            body: await r.text(),
          }
        })
      )
      await first
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200))
      // One view: its gzip form (sent once made) has the same ETag with `-gz`.
      expect(new Set(answers.map((a) => a.etag?.replace(/-gz"$/, '"'))).size).toBe(1)
      expect(new Set(answers.map((a) => a.body)).size).toBe(1)
      if (round === 1) {
        const renders = answers.filter((a) => a.cache === 'MISS').length
        expect(renders, JSON.stringify(answers.map((a) => a.cache))).toBeLessThan(answers.length)
      }
    }
    expect(await get(`${worker.url}/healthz`)).toBe(200)
  })
})
