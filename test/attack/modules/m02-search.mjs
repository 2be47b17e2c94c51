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

export async function run(m) {
  const t = uid('').slice(-6)
  const made = await pool(
    Array.from({ length: STORIES }, (_, i) => i),
    2,
    async (i) => {
      const body = {
        headline: `Ferry and tide log ${t} ${i}`,
        body: prose(i + 1, 880_000)
          .slice(0, 880_000)
          .replace(/<[^>]*$/, ''),
        status: 'published',
        section: 'Logs',
      }
      const res = await m.req('POST', '/v1/articles', { key: 'admin', body, timeout: 60_000 })
      return res.status === 201
    }
  )
  m.check(
    `${STORIES} stories of ~880 KB are accepted`,
    made.every(Boolean),
    `POST /v1/articles with an 880 KB body → ${made.filter((x) => !x).length} refused`
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
  m.note = `search times (ms) over ${made.filter(Boolean).length} stories of 880 KB: ${ok.join(', ') || 'none answered'}`
}
