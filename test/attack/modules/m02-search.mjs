/**
 * @module Item 2, search cost: a dozen ~880 KB stories (invented text generated here), then
 * anonymous searches and /healthz during and after. Any request over 5 s counts as a hang. Runs
 * last: on the unfixed code it stalls the database for minutes.
 */
import { outcome, pool, prng, uid } from '../lib.mjs'

const QUICK = 5_000
const STORIES = Number(process.env.ATTACK_BIG_STORIES ?? 12)

/** About `bytes` of invented harbour prose, with the searched words spread through it. */
function prose(seed, bytes) {
  const rnd = prng(seed)
  const words = [
    'ferry',
    'tide',
    'harbour',
    'quay',
    'pilot',
    'council',
    'storm',
    'pier',
    'lantern',
    'causeway',
    'gull',
    'net',
    'keel',
    'rope',
    'chart',
    'beacon',
    'mooring',
    'slipway',
    'dredger',
    'crane',
    'warehouse',
    'fishmonger',
    'timetable',
    'lifeboat',
    'breakwater',
    'buoy',
    'estuary',
    'sandbar',
  ]
  const parts = []
  let size = 0
  while (size < bytes) {
    const n = 12 + Math.floor(rnd() * 20)
    const sentence = Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(
      ' '
    )
    const p = `<p>The ${sentence}.</p>`
    parts.push(p)
    size += p.length
  }
  return parts.join('')
}

/**
 * Sends one story until it is stored, as a client that must neither lose nor double a write: with
 * an Idempotency-Key, sent again only when local transport lost it (`req`'s `transportRetries`).
 * Why: under load, one or two of these slow writes (2-25 s each) got wrangler dev's plain-text 503
 * "Your worker restarted mid-request" (measured Dec 2026). The Worker had not failed: workerd
 * closes a keep-alive connection idle for 5 s and a client reusing it then gets a reset (sent
 * straight to the Worker's own port, each failure followed a 5.0-5.3 s idle gap), wrangler's proxy
 * answers any network error of a POST with that 503, no failed story was stored, the Worker never
 * restarted (one reload), and local workerd has no isolate memory limit (800 MB held) while the
 * write path peaks under 10 MB of heap. A retry of a write that did run meets the key: 409 while
 * the first runs, then 409 `conflict` (its answer is too big to keep for replay): stored once.
 */
async function sendStory(m, body, key) {
  const deadline = Date.now() + 60_000
  for (;;) {
    const res = await m.req('POST', '/v1/articles', {
      key: 'admin',
      body,
      headers: { 'idempotency-key': key },
      timeout: 60_000,
      transportRetries: 3,
    })
    const code = res.json()?.code
    if (res.status === 409 && code === 'idempotency_in_progress' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000 * Number(res.headers['retry-after'] ?? 1)))
      continue
    }
    if (res.status === 201) return 'created'
    return res.status === 409 && code === 'conflict' ? 'replayed' : false
  }
}

export async function run(m) {
  const t = uid('').slice(-6)
  const headline = (i) => `Ferry and tide log ${t} ${i}`
  const made = await pool(
    Array.from({ length: STORIES }, (_, i) => i),
    Number(process.env.ATTACK_BIG_CONCURRENCY ?? 2),
    (i) => {
      const body = {
        headline: headline(i),
        body: prose(i + 1, 880_000)
          .slice(0, 880_000)
          .replace(/<[^>]*$/, ''),
        status: 'published',
        section: 'Logs',
      }
      return sendStory(m, body, `m02-${t}-${i}`)
    }
  )
  m.check(
    `${STORIES} stories of ~880 KB are accepted`,
    made.every(Boolean),
    `POST /v1/articles with an 880 KB body → ${made.filter((x) => !x).length} refused`
  )
  const listed = await m.req('GET', `/v1/articles?section=logs&limit=100&fields=headline`, {
    key: 'admin',
    timeout: 60_000,
  })
  const headlines = (listed.json()?.articles ?? []).map((a) => a.headline)
  const copies = Array.from({ length: STORIES }, (_, i) =>
    headlines.filter((h) => h === headline(i))
  )
  m.integrity(
    'each large story is stored exactly once, retries included',
    listed.status === 200 && copies.every((c, i) => c.length === (made[i] ? 1 : 0)),
    `GET /v1/articles?section=logs&fields=headline → ${outcome(listed)}, copies per story: ` +
      `${copies.map((c) => c.length).join(',')} after ${m.transportRetries} transport retries`
  )
  const searches = [
    'ferry tide',
    'ferry+tide',
    'harbour',
    'tide quay pilot',
    'beacon OR buoy',
    'estuary sandbar',
    'ferry',
    `log ${t}`,
  ]
  const during = []
  const health = (async () => {
    for (let i = 0; i < 6; i++) {
      during.push(await m.req('GET', '/healthz', { timeout: QUICK }))
      await new Promise((r) => setTimeout(r, 400))
    }
  })()
  const results = await pool(searches, 3, (q) =>
    m.req('GET', `/v1/articles?q=${encodeURIComponent(q)}&limit=5`, { timeout: QUICK })
  )
  results.forEach((r, i) =>
    m.check(
      `anonymous search over large stories answers within ${QUICK / 1000} s`,
      !r.hang && r.status === 200,
      `${STORIES} stories of 880 KB; curl '$BASE/v1/articles?q=${encodeURIComponent(searches[i])}&limit=5' → ${outcome(r)}`
    )
  )
  const feed = await m.req('GET', `/feeds/search.json?q=${encodeURIComponent('ferry tide')}`, {
    timeout: QUICK,
  })
  m.check(
    `search feed over large stories answers within ${QUICK / 1000} s`,
    !feed.hang && feed.status === 200,
    `GET /feeds/search.json?q=ferry%20tide → ${outcome(feed)}`
  )
  await health
  during.forEach((r) =>
    m.check(
      `/healthz answers within ${QUICK / 1000} s during searches`,
      !r.hang && r.status === 200,
      `GET /healthz while searching → ${outcome(r)}`
    )
  )
  const afterwards = await m.req('GET', '/healthz', { timeout: QUICK })
  m.check(
    `/healthz answers within ${QUICK / 1000} s after the searches`,
    !afterwards.hang && afterwards.status === 200,
    `GET /healthz after the searches → ${outcome(afterwards)}`
  )
  const ok = results.filter((r) => !r.hang).map((r) => Math.round(r.ms))
  m.note =
    `search times (ms) over ${made.filter(Boolean).length} stories of 880 KB: ` +
    `${ok.join(', ') || 'none answered'}; writes sent again after a transport failure: ` +
    `${m.transportRetries}; stories found already stored on a retry: ` +
    `${made.filter((x) => x === 'replayed').length}`
}
