/**
 * @module Every answer carries `X-Request-Id`: the caller's own when it is a safe token, else a
 * fresh UUID; problem bodies quote the same id.
 */
import { describe, expect, it } from 'vitest'
import { call, createArticle } from '../../helpers'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('X-Request-Id', () => {
  it('is on successes, problems, pages, feeds, 304s and 405s alike', async () => {
    const made = await createArticle()
    const paths: [string, string, number][] = [
      ['GET', '/ping', 200],
      ['GET', `/v1/articles/${made.id}`, 200],
      ['GET', '/v1/articles/no-such-story', 404],
      ['GET', `/articles/${made.slug}`, 200],
      ['GET', '/feeds/latest.rss', 200],
      ['PUT', '/v1/articles', 405],
      ['GET', '/v1/nothing-here', 404],
    ]
    for (const [method, path, status] of paths) {
      const res = await call(method, path, { key: null })
      expect(res.status, `${method} ${path}`).toBe(status)
      expect(res.headers.get('x-request-id') ?? '', `${method} ${path}`).toMatch(UUID)
    }
    const first = await call('GET', `/articles/${made.slug}`, { key: null })
    const etag = first.headers.get('etag') ?? ''
    const again = await call('GET', `/articles/${made.slug}`, {
      key: null,
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('x-request-id') ?? '').toMatch(UUID)
  })

  it("echoes the caller's id when it is a safe token, and replaces one that is not", async () => {
    const own = await call('GET', '/v1/articles/no-such-story', {
      key: null,
      headers: { 'x-request-id': 'desk-42' },
    })
    expect(own.headers.get('x-request-id')).toBe('desk-42')
    expect(((await own.json()) as { requestId: string }).requestId).toBe('desk-42')
    for (const bad of ['<script>', 'a'.repeat(300), 'two words']) {
      const res = await call('GET', '/ping', { key: null, headers: { 'x-request-id': bad } })
      expect(res.headers.get('x-request-id') ?? '', bad).toMatch(UUID)
    }
  })
})
