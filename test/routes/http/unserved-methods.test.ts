/**
 * @module A method no route serves is a 405 for every caller: a key without the resource's scope
 * meets the same 405 as the admin, not a 403 that would answer a question nobody asked.
 */
import { describe, expect, it } from 'vitest'
import { call, expectJson, expectProblem } from '../../helpers'

describe('unserved methods on scoped resources', () => {
  it('answers 405 with Allow whatever scopes the key holds', async () => {
    const made = await expectJson(
      await call('POST', '/v1/keys', {
        json: { name: 'reader', scopes: ['articles:read-drafts'] },
      }),
      201
    )
    const reader = made.key.secret as string
    expect(reader).toMatch(/\S{20,}/)
    const cases: [string, string, string][] = [
      ['PUT', '/v1/webhooks/wh_unknown', 'DELETE, GET, HEAD, OPTIONS'],
      ['PATCH', '/v1/keys/key_unknown', 'DELETE, OPTIONS'],
    ]
    for (const [method, path, allow] of cases) {
      for (const key of [reader, null, undefined]) {
        const res = await call(method, path, { key, json: {} })
        await expectProblem(res.clone(), 405, 'method_not_allowed')
        expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow)
      }
    }
    // A malformed Idempotency-Key on an unserved method is still a 405: the key is read only for
    // the operations that declare it.
    const bad = { key: reader, json: {}, headers: { 'idempotency-key': 'ü' } }
    await expectProblem(await call('POST', '/v1/keys/key_unknown', bad), 405, 'method_not_allowed')
    await expectProblem(await call('POST', '/v1/keys', bad), 400, 'bad_request')
    // The scope is still checked on the methods that are served.
    await expectProblem(await call('GET', '/v1/webhooks', { key: reader }), 403, 'forbidden')
    await expectProblem(await call('GET', '/v1/keys', { key: reader }), 403, 'forbidden')
  })
})
