import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import { signPreviewToken } from '../../../src/domain/preview-token'
import { checkContract } from '../../contract-check'
import { ADMIN, BASE, call, createArticle, expectJson, expectProblem } from '../../helpers'

const SECRET = 'test-preview-secret-0123456789abcdef'
const app = createApp()

/**
 * A request to the app with PREVIEW_SECRET bound (the test Worker has none, like production),
 * checked against its declared contract.
 */
async function send(
  method: string,
  path: string,
  init: { key?: string | null; json?: unknown; secret?: string } = {}
) {
  const headers = new Headers()
  if (init.key !== null) headers.set('authorization', `Bearer ${init.key ?? ADMIN}`)
  if (init.json !== undefined) headers.set('content-type', 'application/json')
  const ctx = createExecutionContext()
  const req = new Request(`${BASE}${path}`, {
    method,
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  const res = await app.fetch(req, { ...env, PREVIEW_SECRET: init.secret ?? SECRET }, ctx)
  await waitOnExecutionContext(ctx)
  // Held to the declared contract like every request the tests send through SELF.
  await checkContract(method, req.url, res)
  return res
}

const pathOf = (url: string) => new URL(url).pathname

describe('draft preview links', () => {
  it('renders the draft without a key: noindex, private no-store, never in KV', async () => {
    const a = await createArticle({ status: 'draft', headline: 'Secret harbour plans revealed' })
    const res = await send('POST', `/v1/articles/${a.id}/preview`, { json: { expiresIn: 3600 } })
    const link = await expectJson(res, 201)
    expect(link.url).toMatch(/^https:\/\/news\.example\/preview\/[\w-]+\.[\w-]+$/)
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(3500_000)
    expect(res.headers.get('cache-control')).toBe('private, no-store')

    const page = await send('GET', pathOf(link.url), { key: null })
    const html = await page.text()
    expect(page.status, html).toBe(200)
    expect(html).toContain('Secret harbour plans revealed')
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    const keys = await env.CACHE.list()
    expect(keys.keys.filter((k) => k.name.includes(a.slug))).toEqual([])
    // The draft stays hidden at its public address.
    expect((await call('GET', `/articles/${a.slug}`, { key: null })).status).toBe(404)
  })

  it('dies when the story is published (even if unpublished again)', async () => {
    const a = await createArticle({ status: 'draft' })
    const link = await expectJson(await send('POST', `/v1/articles/${a.id}/preview`), 201)
    expect((await send('GET', pathOf(link.url), { key: null })).status).toBe(200)
    await expectJson(await call('POST', `/v1/articles/${a.id}/publish`), 200)
    await expectProblem(await send('GET', pathOf(link.url), { key: null }), 404, 'not_found')
    await expectJson(await call('POST', `/v1/articles/${a.id}/unpublish`), 200)
    await expectProblem(await send('GET', pathOf(link.url), { key: null }), 404, 'not_found')
  })

  it('dies when the issuing key is revoked', async () => {
    const key = (
      await expectJson(
        await call('POST', '/v1/keys', {
          json: { name: 'previewer', scopes: ['articles:read-drafts'] },
        }),
        201
      )
    ).key
    const a = await createArticle({ status: 'draft' })
    const link = await expectJson(
      await send('POST', `/v1/articles/${a.id}/preview`, { key: key.secret }),
      201
    )
    expect((await send('GET', pathOf(link.url), { key: null })).status).toBe(200)
    await expectJson(await call('DELETE', `/v1/keys/${key.id}`), 200)
    await expectProblem(await send('GET', pathOf(link.url), { key: null }), 404, 'not_found')
  })

  it('refuses forged, tampered, expired, oversized and other-secret tokens alike', async () => {
    const a = await createArticle({ status: 'draft' })
    const link = await expectJson(await send('POST', `/v1/articles/${a.id}/preview`), 201)
    const token = pathOf(link.url).split('/').pop()!
    const [payload, mac] = token.split('.')
    const now = Math.floor(Date.now() / 1000)
    const forgedPayload = btoa(
      JSON.stringify({ a: 'art_other', k: 'admin', i: now, e: now + 999 })
    ).replace(/=+$/, '')
    const bad = [
      `${forgedPayload}.${mac}`,
      `${payload}.${mac!.slice(0, -2)}AA`,
      `${payload}`,
      'x'.repeat(10_000),
      await signPreviewToken({ a: a.id, k: 'admin', i: now - 100, e: now - 1 }, SECRET),
      await signPreviewToken(
        { a: a.id, k: 'admin', i: now, e: now + 100 },
        'another-secret-of-enough-length-000000'
      ),
    ]
    for (const t of bad) {
      const res = await send('GET', `/preview/${t}`, { key: null })
      await expectProblem(res, 404, 'not_found')
      expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    }
  })

  it('validates the request and the scopes, and refuses published stories', async () => {
    const a = await createArticle({ status: 'draft' })
    const p = await expectProblem(
      await send('POST', `/v1/articles/${a.id}/preview`, { json: { expiresIn: 10 } }),
      400,
      'validation_failed'
    )
    expect(p.errors?.[0]?.path).toBe('expiresIn')
    await expectProblem(
      await send('POST', `/v1/articles/${a.id}/preview`, { json: { expiresIn: 9_999_999 } }),
      400,
      'validation_failed'
    )
    await expectProblem(
      await send('POST', `/v1/articles/${a.id}/preview`, { key: null }),
      401,
      'unauthorized'
    )
    const writer = (
      await expectJson(
        await call('POST', '/v1/keys', { json: { name: 'w', scopes: ['articles:write'] } }),
        201
      )
    ).key.secret
    await expectProblem(
      await send('POST', `/v1/articles/${a.id}/preview`, { key: writer }),
      403,
      'forbidden'
    )
    const live = await createArticle()
    await expectProblem(await send('POST', `/v1/articles/${live.id}/preview`), 409, 'conflict')
    await expectProblem(
      await send('POST', '/v1/articles/no-such-story-at-all/preview'),
      404,
      'not_found'
    )
  })

  it('answers 503 without a PREVIEW_SECRET (or with a short one) outside local development', async () => {
    const a = await createArticle({ status: 'draft' })
    const none = await expectProblem(
      await call('POST', `/v1/articles/${a.id}/preview`),
      503,
      'unavailable'
    )
    expect(none.detail).toContain('PREVIEW_SECRET')
    await expectProblem(
      await send('POST', `/v1/articles/${a.id}/preview`, { secret: 'short' }),
      503,
      'unavailable'
    )
  })
})
