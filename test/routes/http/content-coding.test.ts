/**
 * @module Precompressed edge views: a kept view is stored in KV as gzip and sent as stored to
 * clients that take gzip (`Content-Encoding: gzip`, an ETag of its own, `Vary: Accept-Encoding`);
 * clients that do not get the same bytes as before; 304s, HEAD, keyed requests and the KV-failure
 * fallback keep their behaviour.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import { acceptsGzip } from '../../../src/routes/http/encoding'
import { forgetAllViews } from '../../../src/storage/views'
import { ADMIN, BASE, createArticle, uniqueSlug } from '../../helpers'

interface Sent {
  status: number
  /** The body exactly as the Worker sends it (gzip bytes stay gzip). */
  bytes: Uint8Array
  headers: Headers
}

/** Sends a request straight to an app instance; waits for its `waitUntil` work (the KV put). */
async function send(
  path: string,
  headers: Record<string, string> = {},
  init: { method?: string; bindings?: Partial<typeof env>; cf?: Record<string, unknown> } = {}
): Promise<Sent> {
  const ctx = createExecutionContext()
  const req = new Request(`${BASE}${path}`, { method: init.method ?? 'GET', headers, cf: init.cf })
  const res = await createApp().fetch(req, { ...env, ...init.bindings }, ctx)
  const bytes = new Uint8Array(await res.arrayBuffer())
  await waitOnExecutionContext(ctx)
  return { status: res.status, bytes, headers: res.headers }
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

const GZIP = { 'accept-encoding': 'gzip, deflate, br' }
const HTML = { accept: 'text/html' }

/** A KV namespace that is down: every call throws. */
const brokenKv = new Proxy({} as KVNamespace, {
  get() {
    return () => Promise.reject(new Error('KV unavailable'))
  },
})

describe('acceptsGzip', () => {
  it('reads codings and q-values: gzip;q=0 refuses, * stands for unlisted codings', () => {
    const cases: [string | null, boolean][] = [
      [null, false],
      ['', false],
      ['gzip', true],
      ['GZIP', true],
      ['x-gzip', true],
      ['gzip, deflate, br, zstd', true],
      ['br', false],
      ['identity', false],
      ['gzip;q=0', false],
      ['gzip; q=0.000', false],
      ['gzip;q=0.001', true],
      ['gzip;q=0.5', true],
      ['gzip;q=0.5, *', false],
      ['*', true],
      ['*;q=0', false],
      ['br, *;q=0.1', true],
      ['gzip;q=0, *', false],
      ['gzip;q=0.5, identity', false],
      ['gzip;q=0.5, identity;q=0.2', true],
      ['gzip;q=2', false],
      ['gzip;q=abc', false],
    ]
    for (const [header, expected] of cases)
      expect(acceptsGzip(header), String(header)).toBe(expected)
  })

  it('never takes gzip that is listed with q=0, whatever else the header says', () => {
    const token = fc.constantFrom('br', 'deflate', 'identity', '*', 'zstd', 'compress')
    const coding = fc
      .tuple(token, fc.option(fc.constantFrom('0.5', '1', '0.9')))
      .map(([t, q]) => (q === null ? t : `${t};q=${q}`))
    fc.assert(
      fc.property(fc.array(coding, { maxLength: 6 }), fc.nat(6), (others, at) => {
        const list = [...others]
        list.splice(Math.min(at, list.length), 0, 'gzip;q=0')
        return !acceptsGzip(list.join(', '))
      })
    )
  })
})

describe('precompressed views', () => {
  it('stores a page as gzip and sends it as stored to gzip clients, the same bytes as before to others', async () => {
    const a = await createArticle({ headline: 'Compressed once, sent many times' })
    const path = `/articles/${a.slug}`
    const miss = await send(path, { ...HTML, ...GZIP })
    expect(miss.status, text(miss.bytes)).toBe(200)
    // The miss answers at once with the body as rendered; the gzip form is made after it.
    expect(miss.headers.get('x-cache')).toBe('MISS')
    expect(miss.headers.get('content-encoding')).toBeNull()
    const rendered = miss.bytes
    const plainEtag = miss.headers.get('etag') as string
    for (const layer of ['memory', 'kv']) {
      if (layer === 'kv') forgetAllViews()
      const zipped = await send(path, { ...HTML, ...GZIP })
      expect(zipped.status, layer).toBe(200)
      expect(zipped.headers.get('x-cache'), layer).toBe('HIT')
      expect(zipped.headers.get('content-encoding'), layer).toBe('gzip')
      expect([...zipped.bytes.slice(0, 2)], layer).toEqual([0x1f, 0x8b])
      expect(zipped.bytes.byteLength, layer).toBeLessThan(rendered.byteLength / 2)
      expect(await gunzip(zipped.bytes), layer).toEqual(rendered)
      expect(zipped.headers.get('etag'), layer).toBe(`${plainEtag.slice(0, -1)}-gz"`)
      expect(zipped.headers.get('vary'), layer).toBe('Accept, Authorization, Accept-Encoding')
      expect(zipped.headers.get('content-type'), layer).toBe('text/html; charset=UTF-8')
      expect(zipped.headers.get('cache-control'), layer).toContain('stale-while-revalidate')
    }
    // A client that takes no gzip gets the rendered bytes, decoded from KV's gzip form.
    forgetAllViews()
    const identityClients: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'gzip;q=0, br' },
      { 'accept-encoding': '' },
    ]
    for (const headers of identityClients) {
      const plain = await send(path, { ...HTML, ...headers })
      expect(plain.status).toBe(200)
      expect(plain.headers.get('x-cache')).toBe('HIT')
      expect(plain.headers.get('content-encoding')).toBeNull()
      expect(plain.bytes).toEqual(rendered)
      expect(plain.headers.get('etag')).toBe(plainEtag)
      expect(plain.headers.get('vary')).toContain('Accept-Encoding')
    }
  })

  it('answers 304 to either coding ETag, weak or strong, and to *, with the ETag that matched', async () => {
    const a = await createArticle({ headline: 'Validated per coding' })
    const path = `/articles/${a.slug}`
    await send(path, HTML)
    const plainEtag = (await send(path, HTML)).headers.get('etag') as string
    const gzEtag = (await send(path, { ...HTML, ...GZIP })).headers.get('etag') as string
    expect(gzEtag).not.toBe(plainEtag)
    const cases: [Record<string, string>, string, string][] = [
      [GZIP, gzEtag, gzEtag],
      [GZIP, `W/${gzEtag}`, gzEtag],
      [{}, plainEtag, plainEtag],
      // A cache holding the other form may keep it: the 304 names the copy that is current.
      [GZIP, plainEtag, plainEtag],
      [{}, `W/${gzEtag}`, gzEtag],
      [GZIP, '*', gzEtag],
      [{}, `"stale", ${gzEtag}`, gzEtag],
    ]
    for (const [coding, inm, expected] of cases) {
      const res = await send(path, { ...HTML, ...coding, 'if-none-match': inm })
      expect(res.status, `${inm} ${text(res.bytes).slice(0, 200)}`).toBe(304)
      expect(res.bytes.byteLength).toBe(0)
      expect(res.headers.get('etag'), inm).toBe(expected)
      expect(res.headers.get('vary'), inm).toContain('Accept-Encoding')
    }
    const stale = await send(path, { ...HTML, ...GZIP, 'if-none-match': '"a.stale-gz"' })
    expect(stale.status).toBe(200)
    expect(stale.headers.get('content-encoding')).toBe('gzip')
  })

  it('answers HEAD with the headers of the coding chosen and no body', async () => {
    const a = await createArticle({ headline: 'Only the head' })
    const path = `/articles/${a.slug}`
    await send(path, HTML)
    for (const [coding, encoding] of [
      [GZIP, 'gzip'],
      [{}, null],
    ] as const) {
      const head = await send(path, { ...HTML, ...coding }, { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.bytes.byteLength).toBe(0)
      expect(head.headers.get('content-encoding')).toBe(encoding)
      expect(head.headers.get('etag')).toMatch(encoding ? /-gz"$/ : /[^z]"$/)
    }
  })

  it('compresses feeds, sitemaps, widget JSON, oEmbed, cards and related views the same way', async () => {
    const section = uniqueSlug('gz-sec')
    const a = await createArticle({ headline: 'Everywhere compressed', section })
    const url = encodeURIComponent(`${BASE}/articles/${a.slug}`)
    const paths = [
      '/',
      `/sections/${section}`,
      '/feeds/latest.rss?limit=20',
      '/feeds/latest.atom',
      '/feeds/latest.json',
      '/sitemap.xml',
      '/sitemap-news.xml',
      '/feeds.opml',
      `/v1/widgets/latest?section=${section}`,
      `/v1/widgets/articles/${a.slug}`,
      `/oembed?url=${url}`,
      `/embed/articles/${a.slug}`,
    ]
    for (const path of paths) {
      const headers = path.startsWith('/sections') || path === '/' ? HTML : {}
      const miss = await send(path, headers)
      expect(miss.status, `${path} ${text(miss.bytes).slice(0, 200)}`).toBe(200)
      forgetAllViews()
      const zipped = await send(path, { ...headers, ...GZIP })
      expect(zipped.headers.get('x-cache'), path).toBe('HIT')
      expect(zipped.headers.get('content-encoding'), path).toBe('gzip')
      expect(zipped.headers.get('vary'), path).toContain('Accept-Encoding')
      expect(zipped.headers.get('etag'), path).toBe(
        `${(miss.headers.get('etag') as string).slice(0, -1)}-gz"`
      )
      expect(await gunzip(zipped.bytes), path).toEqual(miss.bytes)
      const plain = await send(path, headers)
      expect(plain.headers.get('content-encoding'), path).toBeNull()
      expect(plain.bytes, path).toEqual(miss.bytes)
      const revalidated = await send(path, {
        ...headers,
        ...GZIP,
        'if-none-match': zipped.headers.get('etag') as string,
      })
      expect(revalidated.status, path).toBe(304)
    }
  }, 60_000)

  it('follows the client value Cloudflare keeps in cf.clientAcceptEncoding, not the rewritten header', async () => {
    const a = await createArticle({ headline: 'Rewritten header' })
    const path = `/articles/${a.slug}`
    await send(path, HTML)
    // What the edge (and wrangler dev) hands a Worker: the header is always "br, gzip".
    const rewritten = { ...HTML, 'accept-encoding': 'br, gzip' }
    const identity = await send(path, rewritten, { cf: { clientAcceptEncoding: '' } })
    expect(identity.headers.get('content-encoding')).toBeNull()
    expect(text(identity.bytes)).toContain('Rewritten header')
    const zipped = await send(path, rewritten, { cf: { clientAcceptEncoding: 'gzip, br' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
  })

  it('never compresses or keeps a keyed request, and falls back to D1 unchanged when KV fails', async () => {
    const a = await createArticle({ headline: 'Keyed stays plain' })
    const path = `/articles/${a.slug}`
    const keyed = await send(path, { ...HTML, ...GZIP, authorization: `Bearer ${ADMIN}` })
    expect(keyed.status).toBe(200)
    expect(keyed.headers.get('x-cache')).toBe('BYPASS')
    expect(keyed.headers.get('cache-control')).toBe('private, no-store')
    expect(keyed.headers.get('content-encoding')).toBeNull()
    expect(text(keyed.bytes)).toContain('Keyed stays plain')
    expect((await env.CACHE.list({ prefix: `v1:article:${a.slug}:` })).keys).toHaveLength(0)
    forgetAllViews()
    const down = await send(path, { ...HTML, ...GZIP }, { bindings: { CACHE: brokenKv } })
    expect(down.status).toBe(200)
    expect(down.headers.get('x-cache')).toBe('BYPASS')
    expect(down.headers.get('content-encoding')).toBeNull()
    expect(text(down.bytes)).toContain('Keyed stays plain')
  })

  it('serves an entry stored before views were compressed (no coding in its metadata) as is', async () => {
    const a = await createArticle({ headline: 'Written by the older format' })
    const path = `/articles/${a.slug}`
    const miss = await send(path, HTML)
    const [key] = (await env.CACHE.list({ prefix: `v1:article:${a.slug}:html:` })).keys
    const stored = await env.CACHE.getWithMetadata<Record<string, unknown>>(key!.name)
    const { coding: _coding, length: _length, ...older } = stored.metadata ?? {}
    await env.CACHE.put(key!.name, miss.bytes, { metadata: older })
    forgetAllViews()
    const hit = await send(path, { ...HTML, ...GZIP })
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(hit.headers.get('content-encoding')).toBeNull()
    expect(hit.bytes).toEqual(miss.bytes)
    expect(hit.headers.get('etag')).toBe(miss.headers.get('etag'))
  })
})
