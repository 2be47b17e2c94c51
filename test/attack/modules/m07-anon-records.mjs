/**
 * @module Item 7: anonymous read-only POSTs (/v1/extract, /v1/related) with an Idempotency-Key
 * store nothing (a retry is not replayed; the D1 idempotency table does not grow), and 2 MB bodies
 * never 500.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from '../../support/worker-process.mjs'
import { uid } from '../lib.mjs'

/** Rows in the idempotency table of the Worker's local D1, or null when it cannot be read. */
export function idempotencyRows(persistTo) {
  const r = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    [
      'd1',
      'execute',
      'DB',
      '--local',
      '--persist-to',
      persistTo,
      '--json',
      '--command',
      'SELECT count(*) AS n, coalesce(sum(length(body)), 0) AS bytes FROM idempotency_records',
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false' },
    }
  )
  try {
    const row = JSON.parse(r.stdout)[0].results[0]
    return { n: Number(row.n), bytes: Number(row.bytes) }
  } catch {
    return null
  }
}

let ip = 1
const client = () => ({ 'cf-connecting-ip': `198.51.100.${(ip++ % 250) + 1}` })

export async function run(m) {
  const before = idempotencyRows(m.ctx.persistTo)
  const words = 'ferry harbour tide quay pilot lighthouse causeway council mayor storm pier'.split(
    ' '
  )
  const text = (bytes) => {
    let s = 'Harbour council meets\n\n'
    let i = 0
    while (s.length < bytes) s += `${words[i++ % words.length]} ${words[(i * 7) % words.length]}. `
    return s.slice(0, bytes)
  }
  const cases = [
    ['/v1/extract', 'text/plain', text(2_000)],
    ['/v1/extract', 'text/plain', text(2_000_000)],
    ['/v1/extract', 'text/html', `<article><h1>Pier</h1><p>${text(1_990_000)}</p></article>`],
    ['/v1/extract', 'application/json', JSON.stringify({ text: text(1_900_000) })],
    ['/v1/extract', 'text/plain', text(2_200_000)],
    ['/v1/related', 'application/json', JSON.stringify({ headline: 'Ferry', body: text(1_000) })],
    [
      '/v1/related',
      'application/json',
      JSON.stringify({ headline: 'Ferry', body: text(1_000_000) }),
    ],
    ['/v1/related', 'text/plain', text(1_040_000)],
    ['/v1/related', 'text/plain', text(1_100_000)],
  ]
  for (const [path, type, body] of cases) {
    const key = uid('anon-idem-')
    const headers = { 'content-type': type, 'idempotency-key': key }
    const first = await m.req('POST', path, {
      body,
      headers: { ...headers, ...client() },
      timeout: 20_000,
    })
    const retry = await m.req('POST', path, {
      body,
      headers: { ...headers, ...client() },
      timeout: 20_000,
    })
    const repro = `curl -X POST '$BASE${path}' -H 'content-type: ${type}' -H 'idempotency-key: ${key}' --data-binary @<${body.length} bytes> (twice)`
    m.check(
      'an anonymous read-only POST is not replayed (nothing was stored)',
      retry.headers['idempotent-replayed'] !== 'true',
      `${repro} → second answer replayed`
    )
    m.check(
      'large anonymous bodies: 2xx, 413, 422 or 429, never 5xx',
      [first, retry].every(
        (r) => (r.status >= 200 && r.status < 300) || [400, 413, 422, 429].includes(r.status)
      ),
      `${repro} → ${first.status}, ${retry.status}`
    )
  }
  const after = idempotencyRows(m.ctx.persistTo)
  if (before && after) {
    m.integrity(
      'anonymous POSTs with Idempotency-Key add no idempotency records',
      after.n === before.n,
      `${cases.length * 2} anonymous POSTs to /v1/extract and /v1/related with Idempotency-Key: records ${before.n} → ${after.n} (+${after.bytes - before.bytes} bytes)`
    )
  } else
    m.note = 'the local D1 could not be read with wrangler d1 execute: record count not checked'
}
