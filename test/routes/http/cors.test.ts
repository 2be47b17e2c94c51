import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import { parseCorsOrigins } from '../../../src/middleware/cors'
import { ADMIN, BASE, call, createArticle, expectJson, expectProblem } from '../../helpers'

const READER = 'https://reader.example'
const DESK = 'https://desk.example'

/** A request to the app under another CORS_ORIGINS than wrangler.toml's `*`. */
async function callWith(
  corsOrigins: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string
) {
  const ctx = createExecutionContext()
  const req = new Request(`${BASE}${path}`, { method, headers, body })
  const res = await createApp().fetch(req, { ...env, CORS_ORIGINS: corsOrigins }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

function preflight(
  method: string,
  requestHeaders: string,
  origin = READER
): Record<string, string> {
  return {
    origin,
    'access-control-request-method': method,
    'access-control-request-headers': requestHeaders,
  }
}

function expectNoCors(res: Response) {
  const granted = [...res.headers.keys()].filter((h) => h.startsWith('access-control-'))
  expect(granted, `CORS headers granted: ${granted.join(', ')}`).toEqual([])
}

describe('CORS under the default CORS_ORIGINS="*"', () => {
  it('lets any page read published articles anonymously, and exposes the headers a client needs', async () => {
    const a = await createArticle()
    const res = await call('GET', `/v1/articles/${a.slug}`, {
      key: null,
      headers: { origin: READER },
    })
    const body = await expectJson(res, 200)
    expect(body.article.slug).toBe(a.slug)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    const exposed = (res.headers.get('access-control-expose-headers') ?? '')
      .toLowerCase()
      .split(',')
    for (const h of [
      'etag',
      'link',
      'location',
      'ratelimit-remaining',
      'retry-after',
      'x-request-id',
    ]) {
      expect(exposed).toContain(h)
    }
  })

  it('answers the preflight of a conditional read with 204', async () => {
    const res = await call('OPTIONS', '/v1/articles', {
      key: null,
      headers: preflight('GET', 'if-none-match'),
    })
    expect(res.status, await res.clone().text()).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD')
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'if-none-match'
    )
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).not.toContain(
      'authorization'
    )
    expect(res.headers.get('access-control-max-age')).toBe('86400')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('grants nothing to a foreign page that asks to PATCH, POST or DELETE with a key', async () => {
    const a = await createArticle()
    for (const method of ['PATCH', 'POST', 'DELETE']) {
      const res = await call('OPTIONS', `/v1/articles/${a.id}`, {
        key: null,
        headers: preflight(method, 'authorization,content-type,if-match'),
      })
      expect(res.status, await res.clone().text()).toBe(204)
      expectNoCors(res)
    }
    // A keyed GET needs Authorization, which only listed origins may send.
    const keyedRead = await call('OPTIONS', '/v1/articles', {
      key: null,
      headers: preflight('GET', 'authorization'),
    })
    expect(keyedRead.status).toBe(204)
    expectNoCors(keyedRead)
  })

  it('lets pages read problems: a 404 carries the CORS headers too', async () => {
    const res = await call('GET', '/v1/articles/no-such-story-anywhere', {
      key: null,
      headers: { origin: READER },
    })
    await expectProblem(res, 404, 'not_found')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')?.toLowerCase()).toContain(
      'x-request-id'
    )
  })

  it('covers the feeds, and leaves the HTML pages alone', async () => {
    const a = await createArticle()
    const feed = await call('GET', '/feeds/latest.json', { key: null, headers: { origin: READER } })
    expect(feed.status, await feed.clone().text()).toBe(200)
    expect(feed.headers.get('access-control-allow-origin')).toBe('*')
    expect(feed.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('etag')
    const pre = await call('OPTIONS', '/feeds/tags/anything.atom', {
      key: null,
      headers: preflight('GET', 'if-none-match'),
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe('*')
    const page = await call('GET', `/articles/${a.slug}`, {
      key: null,
      headers: { origin: READER },
    })
    expect(page.status, await page.clone().text()).toBe(200)
    expect(page.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses the write itself cross-origin: the response to a foreign POST grants nothing', async () => {
    const slug = `cors-post-${Date.now()}`
    const res = await call('POST', '/v1/articles', {
      json: { slug, headline: 'Sent from a foreign page', body: '<p>Text.</p>' },
      headers: { origin: READER },
    })
    expect(res.status, await res.clone().text()).toBe(201)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('CORS with listed origins', () => {
  it('trusts a listed origin with keys and writes, and varies on Origin', async () => {
    const a = await createArticle()
    const pre = await callWith(
      `* ${DESK}`,
      'OPTIONS',
      `/v1/articles/${a.id}`,
      preflight('PATCH', 'authorization,content-type,if-match,idempotency-key', DESK)
    )
    expect(pre.status, await pre.clone().text()).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe(DESK)
    expect(pre.headers.get('access-control-allow-methods')).toContain('PATCH')
    const allowed = pre.headers.get('access-control-allow-headers')?.toLowerCase() ?? ''
    for (const h of [
      'authorization',
      'if-match',
      'if-none-match',
      'idempotency-key',
      'content-type',
    ])
      expect(allowed).toContain(h)
    expect(pre.headers.get('vary')).toContain('Origin')
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull()

    const res = await callWith(
      `* ${DESK}`,
      'PATCH',
      `/v1/articles/${a.id}`,
      {
        origin: DESK,
        authorization: `Bearer ${ADMIN}`,
        'content-type': 'application/json',
        'if-match': `"${a.id}.r1"`,
      },
      JSON.stringify({ dek: 'Edited from the desk' })
    )
    expect(res.status, await res.clone().text()).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe(DESK)
    expect(res.headers.get('vary')).toContain('Origin')
  })

  it('keeps anonymous reads open to everyone else under "*", with Vary: Origin beside Vary: Authorization', async () => {
    const a = await createArticle()
    const res = await callWith(`* ${DESK}`, 'GET', `/v1/articles/${a.slug}`, { origin: READER })
    expect(res.status, await res.clone().text()).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const vary = (res.headers.get('vary') ?? '').split(/\s*,\s*/)
    expect(vary).toContain('Origin')
    expect(vary).toContain('Authorization')
    const write = await callWith(
      `* ${DESK}`,
      'OPTIONS',
      `/v1/articles/${a.id}`,
      preflight('PATCH', 'authorization')
    )
    expect(write.status).toBe(204)
    expectNoCors(write)
  })

  it('without "*", only the listed origins get CORS headers', async () => {
    const a = await createArticle()
    const foreign = await callWith(DESK, 'GET', `/v1/articles/${a.slug}`, { origin: READER })
    expect(foreign.status, await foreign.clone().text()).toBe(200)
    expectNoCors(foreign)
    const pre = await callWith(DESK, 'OPTIONS', '/v1/articles', preflight('GET', 'if-none-match'))
    expect(pre.status).toBe(204)
    expectNoCors(pre)
    const listed = await callWith(`${DESK}/`, 'GET', `/v1/articles/${a.slug}`, { origin: DESK })
    expect(listed.headers.get('access-control-allow-origin')).toBe(DESK)
  })

  it('an empty CORS_ORIGINS means same-origin only, while the widgets stay open to every page', async () => {
    const a = await createArticle()
    const api = await callWith('', 'GET', `/v1/articles/${a.slug}`, { origin: READER })
    expect(api.status, await api.clone().text()).toBe(200)
    expectNoCors(api)
    const widget = await callWith('', 'GET', '/v1/widgets/latest', { origin: READER })
    expect(widget.status, await widget.clone().text()).toBe(200)
    expect(widget.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('parseCorsOrigins', () => {
  it('reads "*", origins separated by spaces or commas, and drops what is not an origin', () => {
    expect(parseCorsOrigins(undefined)).toEqual({ anyOriginReads: true, origins: new Set() })
    expect(parseCorsOrigins('')).toEqual({ anyOriginReads: false, origins: new Set() })
    const p = parseCorsOrigins(
      '*, https://Desk.Example:443/ http://localhost:5173 javascript:alert(1) https://x.example/path'
    )
    expect(p.anyOriginReads).toBe(true)
    expect([...p.origins]).toEqual(['https://desk.example', 'http://localhost:5173'])
  })
})
