/**
 * @module Item 15: rate limits on anonymous POSTs (429 with Retry-After and RateLimit headers),
 * ~20,000 unclosed `<a href=x>` to /v1/related and /v1/extract, story bodies of unclosed
 * `<p>`/`<li>`/`<div>`, and 60,000 short links: never 5xx.
 */
import { uid } from '../lib.mjs'

let ip = 1
const client = () => ({ 'cf-connecting-ip': `192.0.2.${(ip++ % 250) + 1}` })

async function rateLimit(m, path, type, body) {
  const headers = {
    'content-type': type,
    'cf-connecting-ip': `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.9`,
  }
  const results = []
  // Up to 150 requests from one client within the minute, five at a time, until the first 429.
  while (results.length < 150 && !results.some((r) => r.status === 429 || r.hang)) {
    results.push(
      ...(await Promise.all(
        Array.from({ length: 5 }, () => m.req('POST', path, { body, headers }))
      ))
    )
  }
  const limited = results.filter((r) => r.status === 429)
  m.check(
    `anonymous POST ${path} is rate limited (a 429 within 150 requests a minute from one client)`,
    limited.length > 0,
    `${results.length} × curl -X POST $BASE${path} -H 'content-type: ${type}' -H 'cf-connecting-ip: ${headers['cf-connecting-ip']}' → ${[...new Set(results.map((r) => r.status))].join(',')}`
  )
  const l = limited[0]
  if (l) {
    m.check(
      `a 429 from ${path} carries Retry-After`,
      /^\d+$/.test(String(l.headers['retry-after'] ?? '')),
      `the 429 of POST ${path} has retry-after: ${l.headers['retry-after']}`
    )
    const rl =
      l.headers.ratelimit ??
      l.headers['ratelimit-limit'] ??
      l.headers['ratelimit-policy'] ??
      l.headers['x-ratelimit-limit']
    m.check(
      `a 429 from ${path} carries RateLimit headers`,
      rl !== undefined,
      `the 429 of POST ${path} has no RateLimit / RateLimit-Limit / RateLimit-Policy header`
    )
  }
}

export async function run(m) {
  await rateLimit(
    m,
    '/v1/extract',
    'text/plain',
    'Harbour council meets. The mayor said the pier would reopen.'
  )
  await rateLimit(
    m,
    '/v1/related',
    'application/json',
    JSON.stringify({ headline: 'Ferry', body: 'The ferry to the harbour runs every ten minutes.' })
  )
  const unclosed = (tag, n) => `<${tag}>`.repeat(n)
  const anon = [
    [
      '/v1/related',
      'application/json',
      JSON.stringify({ headline: 'Links', body: '<a href=x>'.repeat(20_000) }),
    ],
    [
      '/v1/related',
      'application/json',
      JSON.stringify({ headline: 'Links', body: '<a href=x>y'.repeat(40_000) }),
    ],
    ['/v1/related', 'text/html', '<a href=x>'.repeat(60_000)],
    ['/v1/extract', 'text/html', '<a href=x>'.repeat(100_000)],
    ['/v1/extract', 'text/html', unclosed('p', 200_000)],
    ['/v1/extract', 'application/json', JSON.stringify({ html: unclosed('li', 150_000) })],
  ]
  for (const [path, type, body] of anon) {
    const res = await m.req('POST', path, {
      body,
      headers: { 'content-type': type, ...client() },
      timeout: 15_000,
    })
    m.check(
      'unclosed elements sent anonymously: never 5xx',
      res.status > 0 && res.status < 500,
      `curl -X POST $BASE${path} -H 'content-type: ${type}' --data-binary @<${body.length} bytes of unclosed tags> → ${res.status}`
    )
  }
  const stories = [
    ['20,000 unclosed <p>', unclosed('p', 20_000)],
    ['40,000 unclosed <li>', `<ul>${unclosed('li', 40_000)}`],
    ['30,000 unclosed <div>', unclosed('div', 30_000)],
    ['25,000 unclosed <p> with text', '<p>tide '.repeat(25_000)],
    ['20,000 unclosed <a href=x>', '<a href=x>'.repeat(20_000)],
    ['60,000 short links', '<a href=x>y</a>'.repeat(60_000)],
    ['unclosed <b><i><u>', '<b><i><u>'.repeat(20_000)],
  ]
  for (const [label, body] of stories) {
    const req = { key: 'write', body: { headline: `Unclosed ${uid('')}`, body } }
    const res = await m.req('POST', '/v1/articles', { ...req, timeout: 15_000 })
    m.check(
      'story bodies with many unclosed elements or links: 201, 400 or 413, never 5xx',
      [201, 400, 413, 422].includes(res.status),
      `curl -X POST $BASE/v1/articles -H 'authorization: Bearer $WRITE_KEY' -d '{"body":"<${label}>"}' → ${res.status} ${res.json()?.code ?? ''}`
    )
  }
}
