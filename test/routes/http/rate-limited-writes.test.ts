/**
 * @module Every write under /v1 declares 429 for anonymous callers: once one client has spent its
 * anonymous write budget, each such operation answers 429 with the rate-limit headers, before it
 * routes, authenticates a scope or reads a body.
 */
import { describe, expect, it } from 'vitest'
import { RATE_LIMITS } from '../../../src/app'
import { responsesOf } from '../../../src/routes/contract/operation'
import { OPERATIONS } from '../../../src/routes/contract/operations'
import { call, expectProblem } from '../../helpers'

/** The writes the anonymous limit covers (the read-only POSTs have limits of their own). */
const WRITES = OPERATIONS.filter(
  (op) => op.method !== 'get' && op.path.startsWith('/v1/') && !(op.path in RATE_LIMITS.paths)
)

/** A concrete path for a template: each `{param}` becomes a made-up value. */
function concrete(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => `limited-${name.toLowerCase()}`)
}

describe('the anonymous write limit on every write operation', { timeout: 120_000 }, () => {
  it('declares 429 on every write, and answers it once the client has spent its budget', async () => {
    expect(WRITES.length).toBeGreaterThan(10)
    for (const op of WRITES) expect(Object.keys(responsesOf(op)), op.path).toContain('429')
    const { limit, period } = RATE_LIMITS.anonymous
    const headers = { 'cf-connecting-ip': '198.51.100.77' }
    const send = (method: string, path: string) =>
      call(method, path, { key: null, json: {}, headers })
    // Spends the client's budget; again when a window ends before the loop below is through.
    const exhaust = async () => {
      for (let i = 0; i < limit * 2 + 5; i++) {
        const res = await send('POST', '/v1/articles')
        if (res.status === 429) return
        expect(res.status, await res.clone().text()).toBe(401)
      }
      expect.fail('no 429 within two windows')
    }
    await exhaust()
    for (const op of WRITES) {
      const method = op.method.toUpperCase()
      let res = await send(method, concrete(op.path))
      if (res.status !== 429) {
        await exhaust()
        res = await send(method, concrete(op.path))
      }
      const problem = await expectProblem(res, 429, 'rate_limited')
      expect(problem.detail, `${method} ${op.path}`).toMatch(/Too many requests/)
      expect(res.headers.get('retry-after')).toBe(String(period))
      expect(res.headers.get('ratelimit-policy')).toBe(`${limit};w=${period}`)
    }
    // Another client is not affected: its anonymous write is refused for want of a key, not a 429.
    const other = { 'cf-connecting-ip': '198.51.100.78' }
    const res = await call('POST', '/v1/keys', { key: null, json: {}, headers: other })
    await expectProblem(res, 401, 'unauthorized')
  })
})
