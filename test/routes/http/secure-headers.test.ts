/**
 * @module API answers carry hono/secure-headers' protections (data, never a document to sniff or
 * frame), without a resource policy that would stop partner pages reading widget JSON.
 */
import { describe, expect, it } from 'vitest'
import { call, createArticle } from '../../helpers'

describe('secure headers on /v1', () => {
  it('marks successes and problems nosniff, unframeable and referrer-free', async () => {
    const made = await createArticle()
    for (const path of [
      `/v1/articles/${made.id}`,
      '/v1/articles/no-such-story',
      '/v1/widgets/latest',
    ]) {
      const res = await call('GET', path, {
        key: null,
        headers: { origin: 'https://partner.example' },
      })
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer')
      expect(res.headers.get('strict-transport-security'), path).toMatch(/^max-age=\d+/)
      expect(res.headers.get('cross-origin-resource-policy'), path).toBeNull()
    }
    const widget = await call('GET', '/v1/widgets/latest', {
      key: null,
      headers: { origin: 'https://partner.example' },
    })
    expect(widget.headers.get('access-control-allow-origin')).toBe('*')
  })
})
