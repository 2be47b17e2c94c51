/**
 * @module Edge-first reads: every cached public view is answered with zero D1 statements (counted
 * on the binding and shown in Server-Timing), a write is visible on the very next read at the
 * writing location, an edit drops only the views that show the story, and a failed invalidation is
 * retried.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp } from '../../../src/app'
import { retryViewInvalidations } from '../../../src/services/view-invalidation'
import { forgetAllViews } from '../../../src/storage/views'
import { BASE, call, createArticle, uniqueSlug } from '../../helpers'
import { STORIES, importStories } from '../related/fixtures'

/** The real D1 binding, with every statement its sessions prepare counted. */
function countingDb(db: D1Database): { db: D1Database; count: () => number } {
  let statements = 0
  const wrapSession = (session: D1DatabaseSession): D1DatabaseSession =>
    new Proxy(session, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown
        if (prop === 'prepare') {
          return (query: string) => {
            statements += 1
            return target.prepare(query)
          }
        }
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value
      },
    })
  const wrapped = new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown
      if (prop === 'withSession') return (arg?: string) => wrapSession(target.withSession(arg))
      if (prop === 'prepare') {
        return (query: string) => {
          statements += 1
          return target.prepare(query)
        }
      }
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value
    },
  })
  return { db: wrapped, count: () => statements }
}

interface Sent {
  status: number
  body: string
  headers: Headers
  statements: number
}

/**
 * Sends a request to a fresh app instance with bindings of our choosing; waits for its waitUntil
 * work.
 */
async function send(
  path: string,
  headers: Record<string, string> = {},
  bindings: Partial<typeof env> = {}
): Promise<Sent> {
  const counting = countingDb(env.DB)
  const ctx = createExecutionContext()
  const res = await createApp().fetch(
    new Request(`${BASE}${path}`, { headers }),
    { ...env, DB: counting.db, ...bindings },
    ctx
  )
  const body = await res.text()
  await waitOnExecutionContext(ctx)
  return { status: res.status, body, headers: res.headers, statements: counting.count() }
}

async function patch(id: string, json: unknown, bindings: Partial<typeof env> = {}) {
  const current = await call('GET', `/v1/articles/${id}`)
  const ctx = createExecutionContext()
  const headers = {
    authorization: 'Bearer test-admin-key',
    'content-type': 'application/json',
    'if-match': current.headers.get('etag') as string,
  }
  const req = new Request(`${BASE}/v1/articles/${id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify(json),
  })
  const res = await createApp().fetch(req, { ...env, ...bindings }, ctx)
  expect(res.status, await res.clone().text()).toBe(200)
  await waitOnExecutionContext(ctx)
}

const HTML = { accept: 'text/html' }

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a cache hit performs zero D1 queries', () => {
  it('answers every hit route from KV with no D1 statement, and says so in Server-Timing', async () => {
    const section = uniqueSlug('edge-sec')
    const tag = uniqueSlug('edge-tag')
    const author = uniqueSlug('edge-by')
    const [first] = await importStories(
      STORIES.slice(0, 3).map((s) => ({ ...s, section, tags: [tag] })),
      'edge-hit'
    )
    const a = await createArticle({
      headline: 'Zero query story',
      section,
      tags: [tag],
      bylines: [author],
    })
    const url = encodeURIComponent(`${BASE}/articles/${a.slug}`)
    const routes: [string, Record<string, string>][] = [
      [`/articles/${a.slug}`, HTML],
      [`/articles/${a.slug}`, { accept: 'application/json' }],
      [`/articles/${a.slug}`, { accept: 'application/ld+json' }],
      ['/', HTML],
      [`/sections/${section}`, HTML],
      [`/tags/${tag}`, HTML],
      [`/authors/${author}`, HTML],
      ['/feeds/latest.rss', {}],
      ['/feeds/latest.atom', {}],
      ['/feeds/latest.json', {}],
      [`/feeds/sections/${section}.rss`, {}],
      ['/sitemap.xml', {}],
      ['/sitemap-news.xml', {}],
      ['/feeds.opml', {}],
      ['/v1/widgets/latest', {}],
      [`/v1/widgets/articles/${a.slug}`, {}],
      [`/v1/widgets/related/${first!.slug}`, {}],
      [`/oembed?url=${url}`, {}],
      [`/embed/articles/${a.slug}`, {}],
      [`/v1/articles/${first!.slug}/related`, {}],
    ]
    for (const [path, headers] of routes) {
      const miss = await send(path, headers)
      expect(miss.status, `${path} ${miss.body.slice(0, 300)}`).toBe(200)
      expect(miss.statements, path).toBeGreaterThan(0)
      // From KV (this isolate's memory copy forgotten), then from memory: neither touches D1.
      forgetAllViews()
      for (const layer of ['kv', 'memory']) {
        const hit = await send(path, headers)
        expect(hit.status, `${path} ${hit.body.slice(0, 300)}`).toBe(200)
        expect(hit.body, path).toBe(miss.body)
        expect(hit.headers.get('x-cache'), `${path} (${layer})`).toBe('HIT')
        expect(hit.statements, `${path} (${layer})`).toBe(0)
        expect(hit.headers.get('server-timing'), path).toContain('db;desc="0 queries"')
        expect(hit.headers.get('etag'), path).toBe(miss.headers.get('etag'))
      }
      const notModified = await send(path, {
        ...headers,
        'if-none-match': miss.headers.get('etag') as string,
      })
      expect(notModified.status, path).toBe(304)
      expect(notModified.statements, path).toBe(0)
    }
  }, 60_000)
})

describe('read your writes at the writing location', () => {
  it('shows an edit on the very next read of every view kind, with no waiting', async () => {
    const section = uniqueSlug('ryw-sec')
    const [n1, n2] = await importStories(
      STORIES.slice(3, 6).map((s) => ({ ...s, section })),
      'ryw'
    )
    const a = await createArticle({ headline: 'Before the edit', section })
    const url = encodeURIComponent(`${BASE}/articles/${a.slug}`)
    const views: [string, Record<string, string>][] = [
      [`/articles/${a.slug}`, HTML],
      [`/articles/${a.slug}`, { accept: 'application/json' }],
      ['/', HTML],
      [`/sections/${section}`, HTML],
      ['/feeds/latest.rss', {}],
      [`/feeds/sections/${section}.atom`, {}],
      ['/v1/widgets/latest', {}],
      [`/v1/widgets/articles/${a.slug}`, {}],
      [`/oembed?url=${url}`, {}],
      [`/embed/articles/${a.slug}`, {}],
      ['/sitemap-news.xml', {}],
    ]
    for (const [path, headers] of views) {
      await send(path, headers)
      const hit = await send(path, headers)
      expect(hit.headers.get('x-cache'), path).toBe('HIT')
      expect(hit.body, path).toContain('Before the edit')
    }
    // The related block of n1 shows n2: an edit of n2 shows there at once too.
    const related = await send(`/v1/widgets/related/${n1!.slug}`)
    expect(related.body).toContain(n2!.slug)
    await patch(a.id, { headline: 'After the edit' })
    await patch(n2!.id, { headline: 'Orchestra neighbour renamed' })
    for (const [path, headers] of views) {
      const next = await send(path, headers)
      expect(next.status, `${path} ${next.body.slice(0, 300)}`).toBe(200)
      expect(next.body, path).toContain('After the edit')
      expect(next.body, path).not.toContain('Before the edit')
    }
    const relatedNext = await send(`/v1/widgets/related/${n1!.slug}`)
    expect(relatedNext.body).toContain('Orchestra neighbour renamed')
  }, 60_000)

  it('is 404 on the next read after an unpublish, and lists a new story on the next read', async () => {
    const a = await createArticle({ headline: 'Soon withdrawn' })
    await send(`/articles/${a.slug}`, HTML)
    expect((await send(`/articles/${a.slug}`, HTML)).headers.get('x-cache')).toBe('HIT')
    await send('/sitemap.xml')
    const current = await call('GET', `/v1/articles/${a.id}`)
    const res = await call('POST', `/v1/articles/${a.id}/unpublish`, {
      headers: { 'if-match': current.headers.get('etag') as string },
    })
    expect(res.status, await res.clone().text()).toBe(200)
    expect((await send(`/articles/${a.slug}`, HTML)).status).toBe(404)
    expect((await send('/sitemap.xml')).body).not.toContain(a.slug)
    const b = await createArticle({ headline: 'Freshly published' })
    expect((await send('/sitemap.xml')).body).toContain(b.slug)
    expect((await send('/feeds/latest.json')).body).toContain('Freshly published')
  })
})

describe('invalidation precision', () => {
  it('an edit of story A keeps unrelated story B cached, and changes the lists that show A', async () => {
    const [sa, sb] = [uniqueSlug('prec-a'), uniqueSlug('prec-b')]
    const a = await createArticle({
      headline: 'Quarry blasting permits reviewed',
      section: sa,
      body: '<p>Quarry blasting permits reviewed.</p>',
    })
    const b = await createArticle({
      headline: 'Lighthouse keepers honoured',
      section: sb,
      body: '<p>Lighthouse keepers honoured at gala.</p>',
    })
    const bViews = [
      `/articles/${b.slug}`,
      `/sections/${sb}`,
      `/feeds/sections/${sb}.rss`,
      `/v1/widgets/articles/${b.slug}`,
    ]
    const before = new Map<string, string>()
    for (const path of bViews) {
      await send(path, HTML)
      before.set(path, (await send(path, HTML)).headers.get('etag') as string)
    }
    await send(`/feeds/sections/${sa}.rss`)
    const editedAt = Date.now()
    await patch(a.id, { headline: 'Quarry permits corrected' })
    for (const path of bViews) {
      const res = await send(path, HTML)
      expect(res.headers.get('x-cache'), path).toBe('HIT')
      expect(res.statements, path).toBe(0)
      expect(res.headers.get('etag'), path).toBe(before.get(path))
    }
    const feed = await send(`/feeds/sections/${sa}.rss`)
    expect(feed.headers.get('x-cache')).toBe('MISS')
    expect(feed.body).toContain('Quarry permits corrected')
    // The edit queued A's own dependency and the sitemaps', nothing of B's.
    const queued = await env.DB.prepare(`SELECT dep FROM view_outbox WHERE queued_ms >= ?1`)
      .bind(editedAt)
      .all<{ dep: string }>()
    const deps = queued.results.map((r) => r.dep)
    expect(deps).toContain(`s:${a.id}`)
    expect(deps.filter((d) => d.includes(sb) || d.includes(b.id))).toEqual([])
  })
})

describe('the news sitemap', () => {
  it('stays cached when a story older than its window is edited, and drops when a recent one is', async () => {
    const old = await createArticle({
      headline: 'Archive story of the old ferry',
      publishedAt: '2020-03-01T10:00:00.000Z',
    })
    const recent = await createArticle({ headline: 'Ferry returns this week' })
    const first = await send('/sitemap-news.xml')
    expect(first.status).toBe(200)
    expect(first.body).toContain(recent.slug)
    expect(first.body).not.toContain(old.slug)
    expect((await send('/sitemap-news.xml')).headers.get('x-cache')).toBe('HIT')
    const since = Date.now()
    await patch(old.id, { headline: 'Archive story of the old ferry, corrected' })
    const queued = await env.DB.prepare(`SELECT dep FROM view_outbox WHERE queued_ms >= ?1`)
      .bind(since)
      .all<{ dep: string }>()
    const deps = queued.results.map((r) => r.dep)
    expect(deps).toContain('l:site')
    expect(deps).not.toContain('l:news')
    const kept = await send('/sitemap-news.xml')
    expect(kept.headers.get('x-cache')).toBe('HIT')
    expect(kept.statements).toBe(0)
    // The full sitemap lists every story with its modification date: it changed.
    await patch(recent.id, { headline: 'Ferry returns this week, on time' })
    const next = await send('/sitemap-news.xml')
    expect(next.headers.get('x-cache')).toBe('MISS')
    expect(next.body).toContain('Ferry returns this week, on time')
  })
})

describe('re-render after a write', () => {
  it('stores a view a write dropped on its first read after, once KV allows the key again', async () => {
    const a = await createArticle({
      headline: 'Ferry timetable changes',
      body: '<p>The ferry timetable changes in spring.</p>',
    })
    const path = `/articles/${a.slug}`
    await send(path, HTML)
    expect((await send(path, HTML)).headers.get('x-cache')).toBe('HIT')
    await patch(a.id, { headline: 'Ferry timetable changes again' })
    // The write deleted the key just now: this render may be put only a second after that delete
    // (KV's per-key rate); its waitUntil waits for it rather than leaving the key out.
    const first = await send(path, HTML)
    expect(first.status, first.body).toBe(200)
    expect(first.headers.get('x-cache')).toBe('MISS')
    forgetAllViews()
    const next = await send(path, HTML)
    expect(next.status, next.body).toBe(200)
    expect(next.headers.get('x-cache')).toBe('HIT')
    expect(next.statements).toBe(0)
    expect(next.body).toContain('Ferry timetable changes again')
    expect(next.headers.get('etag')).toBe(first.headers.get('etag'))
  })
})

describe('the outbox', () => {
  it('keeps a failed invalidation, logs it as JSON, and the cron pass applies it', async () => {
    const a = await createArticle({ headline: 'Outbox original' })
    await send(`/articles/${a.slug}`, HTML)
    expect((await send(`/articles/${a.slug}`, HTML)).headers.get('x-cache')).toBe('HIT')
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const refusing = new Proxy(env.CACHE, {
      get: (target, prop) =>
        prop === 'delete'
          ? () => Promise.reject(new Error('KV 429 too many requests'))
          : Reflect.get(target, prop, target).bind(target),
    })
    await patch(a.id, { headline: 'Outbox corrected' }, { CACHE: refusing })
    const row = await env.DB.prepare(
      `SELECT attempts, last_error, done_ms FROM view_outbox WHERE dep = ?1`
    )
      .bind(`s:${a.id}`)
      .first<{ attempts: number; last_error: string; done_ms: number | null }>()
    expect(row).toMatchObject({ attempts: 1, done_ms: null })
    expect(row?.last_error).toContain('429')
    const logged = errors.mock.calls
      .map((args) => String(args[0]))
      .find((line) => line.includes('view invalidation failed'))
    expect(JSON.parse(logged as string)).toMatchObject({
      level: 'error',
      error: expect.stringContaining('429'),
    })
    // Elsewhere (another isolate) the old page is still in KV until the retry.
    forgetAllViews()
    expect((await send(`/articles/${a.slug}`, HTML)).body).toContain('Outbox original')
    const result = await retryViewInvalidations({ db: env.DB, kv: env.CACHE })
    expect(result.failed).toBe(false)
    expect(result.keys).toBeGreaterThan(0)
    const fresh = await send(`/articles/${a.slug}`, HTML)
    expect(fresh.body).toContain('Outbox corrected')
    const done = await env.DB.prepare(`SELECT done_ms FROM view_outbox WHERE dep = ?1`)
      .bind(`s:${a.id}`)
      .first<{ done_ms: number | null }>()
    expect(done?.done_ms).toBeGreaterThan(0)
  })

  it('coalesces a burst of writes to one list into one pending dependency', async () => {
    const section = uniqueSlug('burst')
    await createArticle({ section })
    await send(`/sections/${section}`, HTML)
    const refusing = new Proxy(env.CACHE, {
      get: (target, prop) =>
        prop === 'delete'
          ? () => Promise.reject(new Error('offline'))
          : Reflect.get(target, prop, target).bind(target),
    })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    for (let i = 0; i < 5; i++) {
      const ctx = createExecutionContext()
      const req = new Request(`${BASE}/v1/articles`, {
        method: 'POST',
        headers: { authorization: 'Bearer test-admin-key', 'content-type': 'application/json' },
        body: JSON.stringify({
          slug: uniqueSlug('burst-story'),
          headline: `Burst ${i}`,
          body: '<p>Burst.</p>',
          status: 'published',
          section,
        }),
      })
      const res = await createApp().fetch(req, { ...env, CACHE: refusing }, ctx)
      expect(res.status, await res.clone().text()).toBe(201)
      await waitOnExecutionContext(ctx)
    }
    const rows = await env.DB.prepare(
      `SELECT count(*) AS n FROM view_outbox WHERE dep = ?1 AND done_ms IS NULL`
    )
      .bind(`l:sections:${section}`)
      .first<{ n: number }>()
    expect(rows?.n).toBe(1)
    await retryViewInvalidations({ db: env.DB, kv: env.CACHE })
    expect((await send(`/sections/${section}`, HTML)).body).toContain('Burst 4')
  }, 30_000)
})
