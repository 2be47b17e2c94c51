/**
 * @module The response memo (src/services/response-memo.ts): a hot public view is answered
 * again without running the app, byte for byte and header for header what the app answered (only
 * the request id and `Server-Timing` are per request); a write is seen by the very next request;
 * and nothing the memo keeps reaches a request that differs in what the answer depends on.
 */
import { describe, expect, it } from 'vitest'
import { call, createArticle, expectJson } from '../../helpers'

const MEMO = 'cache;desc="memo"'
const memoised = (res: Response) => (res.headers.get('server-timing') ?? '').includes(MEMO)

/** Headers of an answer, without the two that are per request. */
function stableHeaders(res: Response): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of res.headers)
    if (name !== 'x-request-id' && name !== 'server-timing') out[name] = value
  return out
}

async function bytes(res: Response): Promise<number[]> {
  return [...new Uint8Array(await res.arrayBuffer())]
}

/**
 * GETs `path` anonymously until the answer comes from the memo; also returns the app's last answer
 * before it (the HIT that filled the memo).
 */
async function memoPair(
  path: string,
  headers: Record<string, string> = {}
): Promise<[app: Response, memo: Response]> {
  let app: Response | null = null
  for (let i = 0; i < 5; i++) {
    const res = await call('GET', path, { key: null, headers })
    if (memoised(res) && app) return [app, res]
    app = res
  }
  throw new Error(`${path} never came from the memo`)
}

const untilMemo = async (path: string, headers: Record<string, string> = {}) =>
  (await memoPair(path, headers))[1]

describe('response memo', () => {
  it('answers a hot page, feed, widget, card and oEmbed as the app did, with a fresh request id', async () => {
    const a = await createArticle({ headline: 'Lowmere pier reopens' })
    const paths = [
      `/articles/${a.slug}`,
      '/feeds/latest.rss',
      `/v1/widgets/articles/${a.slug}`,
      `/embed/articles/${a.slug}`,
      `/oembed?url=${encodeURIComponent(`https://news.example/articles/${a.slug}`)}`,
    ]
    for (const path of paths) {
      for (const encoding of ['gzip', 'identity']) {
        const headers = { 'accept-encoding': encoding }
        const [first, again] = await memoPair(path, headers)
        expect(first.status, path).toBe(200)
        expect(first.headers.get('x-cache'), path).toBe('HIT')
        expect(again.status, path).toBe(200)
        expect(stableHeaders(again), `${path} ${encoding}`).toEqual(stableHeaders(first))
        expect(await bytes(again), `${path} ${encoding}`).toEqual(await bytes(first))
        expect(again.headers.get('server-timing')).toContain('db;desc="0 queries"')
        expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'))
      }
    }
  })

  it('answers 304s from the memo and keeps 200s and 304s apart', async () => {
    const a = await createArticle()
    const path = `/v1/widgets/articles/${a.slug}`
    const hit = await untilMemo(path)
    const etag = hit.headers.get('etag') ?? ''
    const notModified = await untilMemo(path, { 'if-none-match': etag })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('etag')).toBe(etag)
    const stale = await untilMemo(path, { 'if-none-match': '"w.0000000000000000"' })
    expect(stale.status).toBe(200)
  })

  it('shows a write to the very next request, with no waiting', async () => {
    const a = await createArticle({ headline: 'Harbour levy first draft' })
    const page = `/articles/${a.slug}`
    const widget = `/v1/widgets/articles/${a.slug}`
    await untilMemo(page)
    await untilMemo(widget)
    await untilMemo('/feeds/latest.rss')
    await expectJson(
      await call('PATCH', `/v1/articles/${a.id}`, {
        json: { headline: 'Harbour levy second draft' },
        headers: { 'if-match': `"${a.id}.r1"` },
      }),
      200
    )
    for (const path of [page, widget, '/feeds/latest.rss']) {
      const res = await call('GET', path, { key: null })
      expect(memoised(res), path).toBe(false)
      const text = await res.text()
      expect(text, path).toContain('second draft')
      expect(text, path).not.toContain('first draft')
    }
  })

  it('never answers a request with credentials or a D1 bookmark, and echoes a safe request id', async () => {
    const a = await createArticle()
    const path = `/v1/widgets/articles/${a.slug}`
    await untilMemo(path)
    const keyed = await call('GET', path, {})
    expect(memoised(keyed)).toBe(false)
    expect(keyed.headers.get('x-cache')).toBe('BYPASS')
    const bookmarked = await call('GET', path, {
      key: null,
      headers: { 'x-d1-bookmark': 'not-a-real-bookmark' },
    })
    expect(memoised(bookmarked)).toBe(false)
    const own = await call('GET', path, { key: null, headers: { 'x-request-id': 'desk-7' } })
    expect(memoised(own)).toBe(true)
    expect(own.headers.get('x-request-id')).toBe('desk-7')
    for (const bad of ['two words', 'a'.repeat(101), '<b>']) {
      const res = await call('GET', path, { key: null, headers: { 'x-request-id': bad } })
      expect(memoised(res)).toBe(true)
      expect(res.headers.get('x-request-id'), bad).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it('keeps answers to different Accept, Accept-Encoding and Origin apart', async () => {
    const a = await createArticle()
    const page = `/articles/${a.slug}`
    const html = await untilMemo(page, { accept: 'text/html' })
    const json = await untilMemo(page, { accept: 'application/json' })
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(json.headers.get('content-type')).toContain('json')
    const zipped = await untilMemo(page, { 'accept-encoding': 'gzip' })
    const plain = await untilMemo(page, { 'accept-encoding': 'gzip;q=0' })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(plain.headers.get('content-encoding')).toBeNull()
    const feed = '/feeds/latest.json'
    const from = await untilMemo(feed, { origin: 'https://partner.example' })
    const none = await untilMemo(feed)
    expect(from.headers.get('access-control-allow-origin')).toBe('*')
    expect(stableHeaders(none)).toEqual(stableHeaders(await call('GET', feed, { key: null })))
  })

  it('gives identical requests at the same instant the same answer, before and after a write', async () => {
    const a = await createArticle({ headline: 'Quay bells first peal' })
    const path = `/v1/widgets/articles/${a.slug}`
    await untilMemo(path, { 'accept-encoding': 'gzip' })
    const burst = () =>
      Promise.all(
        Array.from({ length: 20 }, () =>
          call('GET', path, { key: null, headers: { 'accept-encoding': 'gzip' } })
        )
      )
    const before = await burst()
    const etags = new Set(before.map((r) => r.headers.get('etag')))
    const ids = new Set(before.map((r) => r.headers.get('x-request-id')))
    expect(before.every((r) => r.status === 200)).toBe(true)
    expect(etags.size).toBe(1)
    expect(ids.size).toBe(20)
    await expectJson(
      await call('PATCH', `/v1/articles/${a.id}`, {
        json: { headline: 'Quay bells second peal' },
        headers: { 'if-match': `"${a.id}.r1"` },
      }),
      200
    )
    const after = await burst()
    for (const res of after) {
      expect(res.status).toBe(200)
      expect(res.headers.get('etag')).not.toBe([...etags][0])
      expect(await res.text()).toContain('second peal')
    }
  })

  it('never keeps a problem or a miss', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await call('GET', '/v1/widgets/articles/no-such-story', { key: null })
      expect(res.status).toBe(404)
      expect(memoised(res)).toBe(false)
    }
    const a = await createArticle()
    const first = await call('GET', `/articles/${a.slug}`, { key: null })
    expect(first.headers.get('x-cache')).toBe('MISS')
    const second = await call('GET', `/articles/${a.slug}`, { key: null })
    expect(memoised(second)).toBe(false)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(memoised(await call('GET', `/articles/${a.slug}`, { key: null }))).toBe(true)
    for (let i = 0; i < 2; i++) {
      const next = await call('GET', `/?cursor=${encodeURIComponent('not-a-cursor')}`, {
        key: null,
      })
      expect(next.status).toBe(400)
      expect(memoised(next)).toBe(false)
    }
  })
})
