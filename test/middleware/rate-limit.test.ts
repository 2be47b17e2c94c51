/**
 * @module Rate limits on anonymous POSTs with the local Workers rate-limiting bindings: 429
 * `rate_limited` with Retry-After and RateLimit-* headers, per client, before any body is read.
 */
import { describe, expect, it } from 'vitest'
import { RATE_LIMITS } from '../../src/app'
import { call, expectJson, expectProblem } from '../helpers'

/** Sends requests from one client until the first 429 (or gives up after two windows' worth). */
async function untilLimited(
  send: () => Promise<Response>,
  limit: number,
  okStatus: number
): Promise<Response | null> {
  for (let i = 0; i < limit * 2 + 5; i++) {
    const res = await send()
    if (res.status === 429) return res
    expect(res.status, await res.clone().text()).toBe(okStatus)
  }
  return null
}

async function expectLimited(res: Response | null, limit: number, period: number) {
  expect(res, 'no 429 within two windows').not.toBeNull()
  const problem = await expectProblem(res!, 429, 'rate_limited')
  expect(problem.detail).toMatch(/Too many requests/)
  expect(res!.headers.get('retry-after')).toBe(String(period))
  expect(res!.headers.get('ratelimit-limit')).toBe(String(limit))
  expect(res!.headers.get('ratelimit-remaining')).toBe('0')
  expect(res!.headers.get('ratelimit-reset')).toBe(String(period))
  expect(res!.headers.get('ratelimit-policy')).toBe(`${limit};w=${period}`)
}

describe('rate limits on anonymous POSTs', { timeout: 60_000 }, () => {
  it('limits POST /v1/related per client, with RateLimit-* on every answer', async () => {
    const { limit, period } = RATE_LIMITS.paths['/v1/related']
    const headers = { 'cf-connecting-ip': '198.51.100.201', 'content-type': 'text/plain' }
    const related = (body: string, h = headers) =>
      call('POST', '/v1/related', { key: null, body, headers: h })
    const first = await related('Harbour ferry\nThe ferry runs again.')
    await expectJson(first, 200)
    expect(first.headers.get('ratelimit-limit')).toBe(String(limit))
    expect(first.headers.get('ratelimit-policy')).toBe(`${limit};w=${period}`)
    const limited = await untilLimited(() => related('Ferry\nThe ferry.'), limit, 200)
    await expectLimited(limited, limit, period)
    // Another client is not affected.
    const other = { ...headers, 'cf-connecting-ip': '198.51.100.202' }
    await expectJson(await related('Ferry\nThe ferry.', other), 200)
  })

  it('limits POST /v1/extract the same way, and refuses an oversized body with a 429', async () => {
    const { limit, period } = RATE_LIMITS.paths['/v1/extract']
    const headers = { 'cf-connecting-ip': '198.51.100.203', 'content-type': 'text/plain' }
    const extract = (body: string) => call('POST', '/v1/extract', { key: null, body, headers })
    const limited = await untilLimited(() => extract('The pier reopened.'), limit, 200)
    await expectLimited(limited, limit, period)
    const big = await extract('x'.repeat(3 * 1024 * 1024))
    await expectLimited(big, limit, period)
  })

  it('limits any other anonymous POST (all of them 401) per client', async () => {
    const { limit, period } = RATE_LIMITS.anonymous
    const headers = { 'cf-connecting-ip': '198.51.100.204' }
    const send = () => call('POST', '/v1/articles', { key: null, json: { headline: 'x' }, headers })
    const first = await send()
    await expectProblem(first, 401, 'unauthorized')
    expect(first.headers.get('ratelimit-policy')).toBe(`${limit};w=${period}`)
    await expectLimited(await untilLimited(send, limit, 401), limit, period)
    // Keyed writes are not counted against an address.
    const json = { headline: 'Keyed write', body: 'x', status: 'draft' }
    const keyed = await call('POST', '/v1/articles', { json, headers })
    await expectJson(keyed, 201)
    expect(keyed.headers.get('ratelimit-policy')).toBeNull()
  })

  it('never limits reads', async () => {
    const headers = { 'cf-connecting-ip': '198.51.100.204' }
    const res = await call('GET', '/v1/articles', { key: null, headers })
    await expectJson(res, 200)
    expect(res.headers.get('ratelimit-policy')).toBeNull()
  })
})
