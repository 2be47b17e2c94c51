/**
 * @module Idempotency-Key against real D1: one execution under concurrency, the fingerprint (body,
 * query), no secrets and no anonymous records, the size cap, release on failure, expiry and leases.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app'
import {
  IDEMPOTENCY_LEASE_MS,
  IDEMPOTENCY_TTL_MS,
  claimIdempotencyKey,
  countIdempotencyRecords,
  releaseIdempotencyKey,
} from '../../src/storage/idempotency'
import { ADMIN, BASE, call, expectJson, expectProblem, uniqueSlug } from '../helpers'

const idemKey = () => `idem-${crypto.randomUUID()}`
let ip = 0
const client = () => `192.0.2.${++ip}`
const REUSED = 'idempotency_key_reused'
const anonymousHeaders = () => ({
  'idempotency-key': idemKey(),
  'cf-connecting-ip': client(),
  'content-type': 'text/plain',
})

/** A keyed (admin) POST with a JSON body through the Worker. */
function post(path: string, json: unknown, headers: Record<string, string>, key?: string) {
  return call('POST', path, { json, headers, key })
}

/** A POST straight to an app instance in this isolate: concurrent calls really interleave. */
async function directPost(path: string, json: unknown, headers: Record<string, string>) {
  const ctx = createExecutionContext()
  const request = new Request(`${BASE}${path}`, {
    method: 'POST',
    body: JSON.stringify(json),
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json', ...headers },
  })
  const res = await createApp().fetch(request, env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

/** Articles in a section, as the list API sees them (the admin key reads drafts). */
async function countInSection(section: string): Promise<number> {
  const path = `/v1/articles?section=${section}&status=draft&limit=100`
  const list = await expectJson(await call('GET', path), 200)
  return list.articles.length
}

describe('Idempotency-Key under concurrency', { timeout: 30_000 }, () => {
  it('runs 10 concurrent POSTs with one key once; the rest replay or get 409', async () => {
    const section = uniqueSlug('idem-desk')
    const headers = { 'idempotency-key': idemKey() }
    // No slug in the body: a second execution would create a second article (or a slug_taken).
    const json = { headline: 'Ten retries at once', body: '<p>One.</p>', section, status: 'draft' }
    const tries = Array.from({ length: 10 }, () => directPost('/v1/articles', json, headers))
    const responses = await Promise.all(tries)
    const ids = new Set<string>()
    let inProgress = 0
    for (const res of responses) {
      const text = await res.clone().text()
      expect([201, 409], text).toContain(res.status)
      if (res.status === 201) ids.add((await res.json<{ article: { id: string } }>()).article.id)
      else {
        await expectProblem(res, 409, 'idempotency_in_progress')
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
        inProgress += 1
      }
    }
    expect(ids.size).toBe(1)
    expect(inProgress).toBeLessThan(10)
    expect(await countInSection(section)).toBe(1)
    // Once done, every retry replays the same 201.
    const again = await post('/v1/articles', json, headers)
    const replay = await expectJson(again, 201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(replay.article.id).toBe([...ids][0])
    expect(await countInSection(section)).toBe(1)
  })

  it('refuses the same key with another body, query string or content type (422)', async () => {
    const headers = { 'idempotency-key': idemKey() }
    const json = { headline: 'Fingerprinted', body: 'Text.', status: 'draft' }
    await expectJson(await post('/v1/articles', json, headers), 201)
    const other = await post('/v1/articles', { ...json, headline: 'Other' }, headers)
    expect((await expectProblem(other, 422, REUSED)).detail).toMatch(/different request/)
    await expectProblem(await post('/v1/articles?x=1', json, headers), 422, REUSED)
    const type = { ...headers, 'content-type': 'application/json; charset=utf-8' }
    await expectProblem(await post('/v1/articles', json, type), 422, REUSED)
  })

  it('scopes keys per principal: another key may use the same Idempotency-Key', async () => {
    const input = { name: 'writer', scopes: ['articles:write'] }
    const created = await expectJson(await post('/v1/keys', input, {}), 201)
    const headers = { 'idempotency-key': idemKey() }
    const json = { headline: 'Two principals', body: 'Text.', status: 'draft' }
    const a = await expectJson(await post('/v1/articles', json, headers), 201)
    const b = await expectJson(await post('/v1/articles', json, headers, created.key.secret), 201)
    expect(b.article.id).not.toBe(a.article.id)
  })
})

describe('Idempotency-Key and failures', () => {
  it('releases the key when the execution fails (4xx): a fixed request may use it', async () => {
    const slug = uniqueSlug('taken')
    const draft = { headline: 'First', body: 'x', status: 'draft' }
    await expectJson(await post('/v1/articles', { ...draft, slug }, {}), 201)
    const headers = { 'idempotency-key': idemKey() }
    const before = await countIdempotencyRecords(env.DB)
    await expectProblem(await post('/v1/articles', { ...draft, slug }, headers), 409, 'slug_taken')
    const invalid = await post('/v1/articles', { headline: 5 }, headers)
    await expectProblem(invalid, 400, 'validation_failed')
    expect(await countIdempotencyRecords(env.DB)).toBe(before)
    const fixed = await post('/v1/articles', { ...draft, slug: uniqueSlug('fixed') }, headers)
    await expectJson(fixed, 201)
    expect(fixed.headers.get('idempotent-replayed')).toBeNull()
  })

  it('keeps no response over 64 KiB: a retry gets a 409 naming the result, no rerun', async () => {
    const section = uniqueSlug('big-desk')
    const headers = { 'idempotency-key': idemKey() }
    const body = `<p>${'The tide came in over the harbour wall. '.repeat(2500)}</p>`
    const json = { headline: 'A long story', body, section, status: 'draft' }
    const first = await post('/v1/articles', json, headers)
    const created = await expectJson(first, 201)
    const retry = await expectProblem(await post('/v1/articles', json, headers), 409, 'conflict')
    expect(retry.detail).toMatch(/not kept for replay/)
    expect(retry.detail).toContain(first.headers.get('location')!)
    expect(await countInSection(section)).toBe(1)
    const row = await env.DB.prepare(
      `SELECT LENGTH(headers) AS h FROM idempotency_records
         WHERE body IS NULL AND headers LIKE ?1`
    )
      .bind(`%${created.article.id}%`)
      .first<{ h: number }>()
    expect(row?.h).toBeLessThan(1000)
  })

  it('rejects a malformed key with 400', async () => {
    const res = await post('/v1/articles', { headline: 'x' }, { 'idempotency-key': 'a b' })
    await expectProblem(res, 400, 'bad_request')
  })
})

describe('Idempotency-Key never stores secrets', () => {
  it('replays POST /v1/keys without the secret, and the record holds no secret', async () => {
    const headers = { 'idempotency-key': idemKey() }
    const json = { name: `retry-${uniqueSlug()}`, scopes: ['articles:write'] }
    const first = await expectJson(await post('/v1/keys', json, headers), 201)
    expect(first.key.secret).toMatch(/^ew_key_/)
    const again = await post('/v1/keys', json, headers)
    const replay = await expectJson(again, 201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(replay.key.id).toBe(first.key.id)
    expect(replay.key.secret).toBeUndefined()
    expect(JSON.stringify(replay)).not.toContain(first.key.secret)
    expect(replay.meta.note).toMatch(/not stored/)
    const rows = await env.DB.prepare('SELECT body, headers FROM idempotency_records').all<{
      body: string | null
      headers: string | null
    }>()
    for (const row of rows.results) {
      expect(`${row.body}${row.headers}`).not.toContain(first.key.secret)
    }
    const keys = await expectJson(await call('GET', '/v1/keys'), 200)
    expect(keys.keys.filter((k: { name: string }) => k.name === json.name)).toHaveLength(1)
  })
})

describe('Idempotency-Key on anonymous and read-only POSTs', { timeout: 60_000 }, () => {
  it('stores nothing for anonymous extract and related, nor keyed read-only POSTs', async () => {
    const before = await countIdempotencyRecords(env.DB)
    const text = 'The pier reopened, the mayor said.'
    for (let i = 0; i < 3; i++) {
      const headers = anonymousHeaders()
      await expectJson(await call('POST', '/v1/extract', { key: null, body: text, headers }), 200)
      const body = `Pier\n${text}`
      await expectJson(await call('POST', '/v1/related', { key: null, body, headers }), 200)
      await expectJson(await call('POST', '/v1/extract', { body: text, headers }), 200)
    }
    expect(await countIdempotencyRecords(env.DB)).toBe(before)
  })

  it('answers a 2 MB anonymous POST with a 4xx or 200, never a 5xx, storing nothing', async () => {
    const before = await countIdempotencyRecords(env.DB)
    const line = 'The ferry ran late again, the harbour master said. '
    const big = line.repeat(40_000).slice(0, 2 * 1024 * 1024 - 64)
    for (const path of ['/v1/extract', '/v1/related', '/v1/articles']) {
      for (const body of [big, `${big}${'x'.repeat(200)}`]) {
        const headers = anonymousHeaders()
        const res = await call('POST', path, { key: null, body, headers })
        expect(res.status, `${path} ${(await res.clone().text()).slice(0, 300)}`).toBeLessThan(500)
      }
    }
    expect(await countIdempotencyRecords(env.DB)).toBe(before)
  })
})

describe('idempotency claims in storage', () => {
  it('hands a key to exactly one claimant, and again only after expiry', async () => {
    const key = idemKey()
    const now = new Date()
    const first = await claimIdempotencyKey(env.DB, 'p1', key, 'f1', now)
    expect(first.claimed).toBe(true)
    const second = await claimIdempotencyKey(env.DB, 'p1', key, 'f1', now)
    expect(second).toEqual({ claimed: false, record: { state: 'running', fingerprint: 'f1' } })
    const later = new Date(now.getTime() + IDEMPOTENCY_TTL_MS + 1000)
    expect((await claimIdempotencyKey(env.DB, 'p1', key, 'f2', later)).claimed).toBe(true)
  })

  it('lets the same request take over a claim past its lease, not another one', async () => {
    const key = idemKey()
    const now = new Date()
    expect((await claimIdempotencyKey(env.DB, 'p2', key, 'f1', now)).claimed).toBe(true)
    const stale = new Date(now.getTime() + IDEMPOTENCY_LEASE_MS + 1000)
    expect((await claimIdempotencyKey(env.DB, 'p2', key, 'other', stale)).claimed).toBe(false)
    expect((await claimIdempotencyKey(env.DB, 'p2', key, 'f1', stale)).claimed).toBe(true)
  })

  it('releases only the claim it holds', async () => {
    const key = idemKey()
    const claim = await claimIdempotencyKey(env.DB, 'p3', key, 'f1', new Date())
    if (!claim.claimed) throw new Error('expected a claim')
    await releaseIdempotencyKey(env.DB, 'p3', key, 'someone-else')
    expect((await claimIdempotencyKey(env.DB, 'p3', key, 'f1', new Date())).claimed).toBe(false)
    await releaseIdempotencyKey(env.DB, 'p3', key, claim.claim)
    expect((await claimIdempotencyKey(env.DB, 'p3', key, 'f1', new Date())).claimed).toBe(true)
  })
})
