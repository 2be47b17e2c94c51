import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, expectProblem } from '../../helpers'
import { isSchemaMissingError } from '../../../src/storage/schema'

// Storage is isolated per test file: this file may take tables away without touching any other.
describe('a Worker whose migrations are missing', () => {
  it('answers data routes with a 503 problem naming the command, never a bare 500', async () => {
    await env.DB.exec('ALTER TABLE articles RENAME TO articles_moved_away')
    try {
      const problem = await expectProblem(
        await call('GET', '/v1/articles', { key: null }),
        503,
        'unavailable'
      )
      expect(problem.detail).toContain('npx wrangler d1 migrations apply DB --local')
      const write = await call('POST', '/v1/articles', {
        json: { headline: 'Lost', body: '<p>Nowhere to go.</p>' },
      })
      expect((await expectProblem(write, 503, 'unavailable')).detail).toContain('migrations')
    } finally {
      await env.DB.exec('ALTER TABLE articles_moved_away RENAME TO articles')
    }
    const back = await call('GET', '/v1/articles', { key: null })
    expect(back.status, await back.clone().text()).toBe(200)
  })

  it('reports it on /healthz instead of "ok"', async () => {
    await env.DB.exec('ALTER TABLE d1_migrations RENAME TO d1_migrations_moved_away')
    try {
      const problem = await expectProblem(
        await call('GET', '/healthz', { key: null }),
        503,
        'unavailable'
      )
      expect(problem.detail).toContain('npx wrangler d1 migrations apply DB --local')
    } finally {
      await env.DB.exec('ALTER TABLE d1_migrations_moved_away RENAME TO d1_migrations')
    }
    const healthy = await call('GET', '/healthz', { key: null })
    expect(healthy.status, await healthy.clone().text()).toBe(200)
  })

  it('tells schema errors from other failures', () => {
    expect(isSchemaMissingError(new Error('D1_ERROR: no such table: articles: SQLITE_ERROR'))).toBe(
      true
    )
    expect(
      isSchemaMissingError(new Error('outer', { cause: new Error('no such column: dek') }))
    ).toBe(true)
    expect(
      isSchemaMissingError(new Error('D1_ERROR: UNIQUE constraint failed: articles.slug'))
    ).toBe(false)
    expect(isSchemaMissingError('no such table: articles')).toBe(false)
  })
})
