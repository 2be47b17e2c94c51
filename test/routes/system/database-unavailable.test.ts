/**
 * @module The 503 every stored operation declares: with the schema gone (a database never migrated,
 * or a migration still pending), keys, admin, extraction, related, the change feed and webhooks
 * answer `503 unavailable` naming the migrate command, never a 500 or a half-done write.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, expectJson, expectProblem } from '../../helpers'

const WEBHOOK = '/v1/webhooks/wh_0123456789abcdef'
const HOOK = { url: 'https://hooks.example/unavailable', events: ['*'] }
const TEXT = { headline: 'Harbour ferry', body: 'The harbour ferry runs again after repairs.' }

/** Requests that each reach storage once past validation (admin key: auth reads no table). */
const STORED: [method: string, path: string, json?: unknown][] = [
  ['GET', '/v1/keys'],
  ['POST', '/v1/keys', { name: 'desk', scopes: ['articles:write'] }],
  ['DELETE', '/v1/keys/key_0123456789abcdef'],
  ['POST', '/v1/admin/reindex', {}],
  ['GET', '/v1/articles/harbour-ferry/extraction'],
  ['GET', '/v1/articles/harbour-ferry/related'],
  ['POST', '/v1/related', TEXT],
  ['PUT', '/v1/articles/harbour-ferry/related', { pinned: [], excluded: [] }],
  [
    'POST',
    '/v1/articles/batch',
    { articles: [{ slug: 'harbour-ferry', headline: 'Harbour ferry', body: 'Runs again.' }] },
  ],
  ['GET', '/v1/changes'],
  ['POST', '/v1/webhooks', HOOK],
  ['GET', '/v1/webhooks'],
  ['GET', WEBHOOK],
  ['DELETE', WEBHOOK],
  ['GET', `${WEBHOOK}/deliveries`],
  ['POST', `${WEBHOOK}/deliveries/msg_0123456789abcdef01234567/redeliver`],
  ['POST', '/v1/admin/related/refresh', {}],
  ['POST', '/v1/articles/harbour-ferry/corrections', { text: 'An earlier version misdated it.' }],
  ['GET', '/v1/sections'],
  ['GET', '/v1/tags'],
  ['GET', '/v1/authors'],
  ['GET', '/v1/widgets/latest'],
  ['GET', '/v1/widgets/related/harbour-ferry'],
]

/** Renames every table of the schema away for `run`, then puts them back. */
async function withoutSchema(run: () => Promise<void>): Promise<void> {
  const tables = await env.DB.prepare(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
       AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'
       AND name NOT LIKE '%fts%'`
  ).all<{ name: string }>()
  const moved: string[] = []
  try {
    for (const { name } of tables.results) {
      await env.DB.exec(`ALTER TABLE "${name}" RENAME TO "${name}_moved_away"`)
      moved.push(name)
    }
    await run()
  } finally {
    for (const name of moved.reverse()) {
      await env.DB.exec(`ALTER TABLE "${name}_moved_away" RENAME TO "${name}"`)
    }
  }
}

describe('operations on a database without its schema', { timeout: 60_000 }, () => {
  it('answer 503 unavailable, naming the migrate command', async () => {
    // A stored key authenticates against the database: made while the schema is there.
    const made = await call('POST', '/v1/keys', {
      json: { name: 'reader', scopes: ['articles:write'] },
    })
    const secret = (await expectJson(made, 201)).key.secret as string
    await withoutSchema(async () => {
      for (const [method, path, json] of STORED) {
        const problem = await expectProblem(await call(method, path, { json }), 503, 'unavailable')
        expect(problem.detail, `${method} ${path}`).toContain('npx wrangler d1 migrations apply')
      }
      // Extraction reads nothing stored: only the stored key it is sent with needs the database.
      const copy = { body: TEXT.body, headers: { 'content-type': 'text/plain' } }
      const extract = await call('POST', '/v1/extract', { ...copy, key: secret })
      await expectProblem(extract, 503, 'unavailable')
      const anonymous = await call('POST', '/v1/extract', { ...copy, key: null })
      expect(anonymous.status, await anonymous.clone().text()).toBe(200)
    })
    const back = await call('GET', '/v1/keys')
    expect((await expectJson(back, 200)).keys.length).toBeGreaterThan(0)
  })
})
