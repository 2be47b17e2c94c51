/**
 * @module Item 9, KV write amplification: 200 distinct search terms, forged cursors and Host values
 * must not each write a KV entry. Counted in the Worker's local KV store (one blob file per write
 * under the wrangler state folder) and from the responses' X-Cache headers.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pool, uid } from '../lib.mjs'

/** KV writes so far: miniflare keeps one blob file per value written. */
export function kvBlobs(persistTo) {
  let n = 0
  const kv = join(persistTo, 'v3', 'kv')
  try {
    for (const ns of readdirSync(kv)) {
      if (ns.startsWith('miniflare-')) continue
      try {
        n += readdirSync(join(kv, ns, 'blobs')).length
      } catch {
        /* no writes yet */
      }
    }
  } catch {
    return 0
  }
  return n
}

const cursor = (o) => Buffer.from(JSON.stringify(o)).toString('base64url')

export async function run(m) {
  // Warm the cacheable, bounded pages once so their single writes are not counted below.
  for (const p of [
    '/',
    '/feeds/latest.rss',
    '/feeds/latest.json',
    '/v1/widgets/latest',
    '/sitemap.xml',
  ])
    await m.req('GET', p)
  await new Promise((r) => setTimeout(r, 300))
  const start = kvBlobs(m.ctx.persistTo)
  const t = uid('').slice(-5)
  const reqs = []
  for (let i = 0; i < 50; i++)
    reqs.push(['GET', `/v1/articles?q=${encodeURIComponent(`tide ${t} ${i}`)}`, {}])
  for (let i = 0; i < 50; i++)
    reqs.push([
      'GET',
      `/feeds/search.${['rss', 'atom', 'json'][i % 3]}?q=${encodeURIComponent(`ferry ${t}${i}`)}`,
      {},
    ])
  for (let i = 0; i < 30; i++)
    reqs.push([
      'GET',
      `/?cursor=${cursor({ sortAt: `2026-0${(i % 9) + 1}-01T00:00:00.000Z`, seq: i })}`,
      {},
    ])
  for (let i = 0; i < 20; i++)
    reqs.push([
      'GET',
      `/feeds/latest.rss?cursor=${cursor({ sortAt: `2025-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`, seq: i })}`,
      {},
    ])
  for (let i = 0; i < 25; i++)
    reqs.push(['GET', '/', { headers: { host: `attacker-${t}-${i}.example` } }])
  for (let i = 0; i < 25; i++)
    reqs.push([
      'GET',
      '/feeds/latest.atom',
      { headers: { host: `evil${i}.${t}.example:${1000 + i}` } },
    ])
  const misses = []
  await pool(reqs, 6, async ([method, path, opts]) => {
    const res = await m.req(method, path, opts)
    const xc = String(res.headers['x-cache'] ?? '')
    if (xc === 'MISS') misses.push(`${path} ${opts.headers?.host ?? ''}`)
  })
  await new Promise((r) => setTimeout(r, 500))
  const written = kvBlobs(m.ctx.persistTo) - start
  m.integrity(
    '200 distinct search terms, cursors and Host values write (almost) nothing to KV (≤ 5)',
    written <= 5,
    `${reqs.length} requests (q=…, ?cursor=…, Host: attacker-N.example) → ${written} KV writes; e.g. ${reqs[0][1]}, GET / -H 'host: attacker-${t}-0.example'`
  )
  m.check(
    'no unbounded key space reports an X-Cache MISS (a KV write)',
    misses.length <= 5,
    `${misses.length} MISS answers, e.g. ${misses.slice(0, 3).join(' ; ')}`
  )
  m.note = `KV writes during ${reqs.length} hostile requests: ${written}`
}
