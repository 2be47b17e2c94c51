/**
 * @module Items 5 and 8, idempotency: concurrent retries with one key execute once; a different
 * body or query under the same key is a 422; a replayed key creation never shows the secret again.
 */
import { expectStatus, uid } from '../lib.mjs'

async function countByHeadline(m, headline) {
  const res = await m.req('GET', '/v1/articles?status=draft&limit=100', { key: 'drafts' })
  return (res.json()?.articles ?? []).filter((a) => a.headline === headline).length
}

function concurrentOutcome(m, label, results, repro) {
  const created = results.filter(
    (r) => r.status === 201 && r.headers['idempotent-replayed'] !== 'true'
  ).length
  const odd = results.filter(
    (r) => !(r.status === 201 || (r.status === 409 && r.json()?.code === 'idempotency_in_progress'))
  )
  m.check(
    `${label}: every answer is 201 (first or replayed) or 409 idempotency_in_progress`,
    odd.length === 0,
    `${repro} ×10 at once → ${odd.map((r) => `${r.status} ${r.json()?.code ?? ''}`).join(', ')}`
  )
  m.check(
    `${label}: exactly one answer is a first execution`,
    created === 1,
    `${repro} ×10 at once → ${created} unreplayed 201s`
  )
}

export async function run(m) {
  for (let round = 0; round < 3; round++) {
    const headline = `Ferry timetable ${uid('')}`
    const key = uid('idem-')
    const body = { headline, body: '<p>The ferry runs every ten minutes.</p>' }
    const opts = { key: 'write', body, headers: { 'idempotency-key': key } }
    const results = await Promise.all(
      Array.from({ length: 10 }, () => m.req('POST', '/v1/articles', opts))
    )
    concurrentOutcome(
      m,
      'concurrent POSTs without slug',
      results,
      m.repro('POST', '/v1/articles', opts)
    )
    const n = await countByHeadline(m, headline)
    m.integrity(
      '10 concurrent POSTs with one Idempotency-Key create exactly one story',
      n === 1,
      `${m.repro('POST', '/v1/articles', opts)} ×10 at once → ${n} stories`
    )
    // With a slug: the losers must not see slug_taken for a request that succeeded.
    const slug = uid('idem-slug-')
    const withSlug = {
      key: 'write',
      body: { ...body, headline: `${headline} b`, slug },
      headers: { 'idempotency-key': uid('idem-') },
    }
    const r2 = await Promise.all(
      Array.from({ length: 10 }, () => m.req('POST', '/v1/articles', withSlug))
    )
    concurrentOutcome(
      m,
      'concurrent POSTs with a slug',
      r2,
      m.repro('POST', '/v1/articles', withSlug)
    )
    // A later retry replays.
    const later = await m.req('POST', '/v1/articles', opts)
    m.check(
      'a later retry replays the first answer',
      later.status === 201 && later.headers['idempotent-replayed'] === 'true',
      `${m.repro('POST', '/v1/articles', opts)} (again) → ${later.status} replayed=${later.headers['idempotent-replayed']}`
    )
  }
  // Same key, different body → 422.
  const key = uid('idem-')
  const a = {
    key: 'write',
    body: { headline: `Pier ${uid('')}` },
    headers: { 'idempotency-key': key },
  }
  const b = {
    key: 'write',
    body: { headline: `Quay ${uid('')}` },
    headers: { 'idempotency-key': key },
  }
  await m.req('POST', '/v1/articles', a)
  const reused = await m.req('POST', '/v1/articles', b)
  expectStatus(
    m,
    'the same Idempotency-Key with a different body is a 422',
    reused,
    [422],
    m.repro('POST', '/v1/articles', b)
  )
  // Two different bodies at once under one key: one executes, the other is 409 or 422.
  const k2 = uid('idem-')
  const both = await Promise.all(
    [`Lighthouse ${uid('')}`, `Lifeboat ${uid('')}`].map((h) =>
      m.req('POST', '/v1/articles', {
        key: 'write',
        body: { headline: h },
        headers: { 'idempotency-key': k2 },
      })
    )
  )
  const executed = both.filter((r) => r.status === 201).length
  m.check(
    'two different bodies under one key at once: exactly one executes',
    executed === 1 && both.every((r) => [201, 409, 422].includes(r.status)),
    `POST /v1/articles twice at once with idempotency-key ${k2} and different headlines → ${both.map((r) => r.status).join(', ')}`
  )
  // The query string is part of the fingerprint (text/plain copy takes ?slug=&section=).
  const k3 = uid('idem-')
  const text = 'Tide tables change\n\nThe harbour master said the tide tables change on Monday.'
  const q1 = `/v1/articles?slug=${uid('q1-')}`
  const q2 = `/v1/articles?slug=${uid('q2-')}`
  const copy = (path) =>
    m.req('POST', path, {
      key: 'write',
      body: text,
      headers: { 'idempotency-key': k3, 'content-type': 'text/plain' },
    })
  const first = await copy(q1)
  const second = await copy(q2)
  m.check(
    'the query string is part of the idempotency fingerprint (same key, other query → 422)',
    first.status === 201 && second.status === 422,
    `curl -X POST '$BASE${q1}' -H 'idempotency-key: ${k3}' -H 'content-type: text/plain' -d '…' → ${first.status}; then '${q2}' → ${second.status} replayed=${second.headers['idempotent-replayed']}`
  )
  // Keys: a replay never shows the secret; concurrent retries create one key.
  const name = uid('replayed-key-')
  const kk = uid('idem-')
  const keyOpts = {
    key: 'admin',
    body: { name, scopes: ['articles:read-drafts'] },
    headers: { 'idempotency-key': kk },
  }
  const made = await m.req('POST', '/v1/keys', keyOpts)
  const secret = made.json()?.key?.secret ?? ''
  m.check(
    'POST /v1/keys shows the secret once (201 with secret)',
    made.status === 201 && secret.length > 20,
    `${m.repro('POST', '/v1/keys', keyOpts)} → ${made.status}`
  )
  const replay = await m.req('POST', '/v1/keys', keyOpts)
  m.check(
    'a replayed POST /v1/keys never shows the secret',
    !!secret && !replay.text.includes(secret) && replay.status < 500,
    `${m.repro('POST', '/v1/keys', keyOpts)} (again) → ${replay.status}, body contains the secret: ${replay.text.includes(secret)}`
  )
  const name2 = uid('raced-key-')
  const raced = {
    key: 'admin',
    body: { name: name2, scopes: ['articles:read-drafts'] },
    headers: { 'idempotency-key': uid('idem-') },
  }
  const rs = await Promise.all(Array.from({ length: 10 }, () => m.req('POST', '/v1/keys', raced)))
  const secrets = new Set(rs.map((r) => r.json()?.key?.secret).filter(Boolean))
  m.check(
    'concurrent replays of POST /v1/keys show at most one secret',
    secrets.size <= 1,
    `${m.repro('POST', '/v1/keys', raced)} ×10 at once → ${secrets.size} secrets`
  )
  const list = await m.req('GET', '/v1/keys', { key: 'admin' })
  const n = (list.json()?.keys ?? []).filter((k) => k.name === name2).length
  m.integrity(
    '10 concurrent POST /v1/keys with one Idempotency-Key create exactly one key',
    n === 1,
    `${m.repro('POST', '/v1/keys', raced)} ×10 at once → ${n} keys named ${name2}`
  )
}
