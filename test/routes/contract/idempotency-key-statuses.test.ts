/**
 * @module The 400 every keyed POST declares for a malformed `Idempotency-Key`, checked on each
 * operation that takes the header (from the declarations, so a new operation is covered too), and
 * the widget card's 400 for an unknown `missing` mode.
 */
import { describe, expect, it } from 'vitest'
import { requestHeadersOf } from '../../../src/routes/contract/operation'
import { OPERATIONS } from '../../../src/routes/contract/operations'
import { call, expectProblem } from '../../helpers'

describe('declared 400s', () => {
  it('refuses a malformed Idempotency-Key on every operation that takes one', async () => {
    const keyed = OPERATIONS.filter((op) => requestHeadersOf(op).includes('idempotency-key'))
    expect(keyed.length).toBeGreaterThanOrEqual(10)
    for (const op of keyed) {
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => `${name}-x`)
      const res = await call(op.method.toUpperCase(), path, {
        json: {},
        headers: { 'idempotency-key': 'not ascii: ü' },
      })
      const problem = await expectProblem(res, 400, 'bad_request')
      expect(problem.detail, `${op.method} ${op.path}`).toContain('Idempotency-Key')
    }
  })

  it('refuses an unknown missing mode on the widget card', async () => {
    const res = await call('GET', '/v1/widgets/articles/any-story?missing=explode', { key: null })
    const problem = await expectProblem(res, 400, 'validation_failed')
    expect(JSON.stringify(problem.errors)).toContain('missing')
  })
})
