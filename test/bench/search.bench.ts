/**
 * @module Anonymous search cost at scale: loads Reuters-21578 (20,000 stories) plus invented
 * stories of ~880 KB (the largest body the API takes) whose text repeats the searched words, then
 * measures
 * `GET /v1/articles?q=…` against a plain `GET /v1/articles` list in the same run (p50 / p95, one
 * request at a time, client-side), and `/healthz` while searches for the huge stories run in
 * parallel.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { startWorker } from '../support/worker-process.mjs'
import {
  loadCorpus,
  percentile,
  pool,
  readCorpus,
  toBatchItem,
  withRetry,
} from '../support/related-corpus'

const data = process.env.EDGEWIRE_DATA ?? join(process.cwd(), '..', 'shared', 'data')
const STORIES = Number(process.env.SEARCH_BENCH_STORIES ?? 20_000)
const HUGE = Number(process.env.SEARCH_BENCH_HUGE ?? 12)
const SAMPLES = Number(process.env.SEARCH_BENCH_SAMPLES ?? 60)
const TARGET_RATIO = 3

const FILLER = [
  'harbour',
  'pilot',
  'crossing',
  'morning',
  'river',
  'quay',
  'passengers',
  'council',
  'weather',
  'timetable',
  'engine',
  'crew',
]

/**
 * An invented story body of about `chars` characters in which the searched words recur everywhere.
 */
function hugeBody(n: number, chars = 880_000): string {
  const parts: string[] = []
  let size = 0
  for (let p = 0; size < chars; p++) {
    const words: string[] = []
    for (let w = 0; w < 60; w++)
      words.push(
        w % 7 === 0 ? (w % 2 ? 'ferry' : 'tide') : FILLER[(p * 7 + w * 3 + n) % FILLER.length]!
      )
    const para = `<p>${words.join(' ')}.</p>`
    parts.push(para)
    size += para.length
  }
  return parts
    .join('')
    .slice(0, chars - 10)
    .replace(/<[^>]*$/, '')
}

async function timed(url: string): Promise<number> {
  return withRetry(async () => {
    const started = performance.now()
    const res = await fetch(url)
    const body = await res.text()
    if (!res.ok) throw new Error(`${url}: ${res.status} ${body.slice(0, 200)}`)
    return performance.now() - started
  })
}

async function measure(urls: string[]): Promise<{ p50: number; p95: number; max: number }> {
  for (const url of urls.slice(0, 5)) await timed(url)
  const times: number[] = []
  for (const url of urls) times.push(await timed(url))
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) }
}

async function main() {
  const path = join(data, 'related', 'reuters.jsonl')
  if (!existsSync(path)) {
    console.log(`No ${path}: skipped (the search bench needs ../shared/data).`)
    return
  }
  const rows = readCorpus(path).slice(0, STORIES)
  const worker = await startWorker()
  try {
    await loadCorpus(worker.url, worker.adminKey, rows.map(toBatchItem), `${rows.length} stories`)
    const started = performance.now()
    for (let i = 0; i < HUGE; i++) {
      await withRetry(async () => {
        const res = await fetch(`${worker.url}/v1/articles`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${worker.adminKey}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            slug: `huge-ferry-${i}`,
            headline: `Ferry timetable ${i}`,
            body: hugeBody(i),
            status: 'published',
          }),
        })
        if (!res.ok && res.status !== 409)
          throw new Error(`huge story: ${res.status} ${(await res.text()).slice(0, 300)}`)
      })
    }
    console.log(
      `  loaded ${HUGE} stories of ~880 KB in ${((performance.now() - started) / 1000).toFixed(1)} s`
    )

    // Words from the corpus itself, so searches hit real postings of every size.
    const words = [
      'oil',
      'wheat',
      'bank rate',
      'dollar',
      'shares',
      'coffee',
      'gold',
      'trade deficit',
      'profit',
      'crude prices',
    ]
    const base = `${worker.url}/v1/articles`
    const searchUrls = Array.from({ length: SAMPLES }, (_, i) =>
      i % 2 === 0
        ? `${base}?q=ferry+tide&limit=5`
        : `${base}?q=${encodeURIComponent(words[i % words.length]!)}&limit=5`
    )
    // The plain list's first page holds the huge stories too (they are the newest): the same bytes.
    const listUrls = Array.from({ length: SAMPLES }, (_, i) =>
      i % 2 === 0 ? `${base}?limit=5` : `${base}?limit=5&to=1987-04-0${1 + (i % 9)}`
    )
    const list = await measure(listUrls)
    const search = await measure(searchUrls)
    const hugeOnly = await measure(
      Array.from({ length: Math.ceil(SAMPLES / 2) }, () => `${base}?q=ferry+tide&limit=5`)
    )
    const deep = await measure(
      Array.from(
        { length: Math.ceil(SAMPLES / 2) },
        (_, i) => `${base}?q=${encodeURIComponent(words[i % words.length]!)}&limit=100`
      )
    )

    // Liveness: /healthz while 8 searches over the huge stories run at once.
    const health: number[] = []
    let running = true
    const probe = (async () => {
      while (running) {
        health.push(await timed(`${worker.url}/healthz`))
        await new Promise((r) => setTimeout(r, 50))
      }
    })()
    await pool(
      Array.from({ length: 24 }, () => `${base}?q=ferry+tide&limit=20`),
      8,
      timed
    )
    running = false
    await probe

    const ratio = search.p95 / list.p95
    console.log(
      `\n| request (${rows.length} stories + ${HUGE} × ~880 KB) | p50 ms | p95 ms | max ms |`
    )
    console.log('|---|---|---|---|')
    console.log(
      `| plain list \`?limit=5\` (first page = huge stories; older date windows) | ${list.p50.toFixed(1)} | ${list.p95.toFixed(1)} | ${list.max.toFixed(1)} |`
    )
    console.log(
      `| search \`?q=…&limit=5\` (half \`ferry tide\`, half corpus words) | ${search.p50.toFixed(1)} | ${search.p95.toFixed(1)} | ${search.max.toFixed(1)} |`
    )
    console.log(
      `| search \`?q=ferry+tide&limit=5\` only (every hit ~880 KB) | ${hugeOnly.p50.toFixed(1)} | ${hugeOnly.p95.toFixed(1)} | ${hugeOnly.max.toFixed(1)} |`
    )
    console.log(
      `| search \`?q=<corpus word>&limit=100\` | ${deep.p50.toFixed(1)} | ${deep.p95.toFixed(1)} | ${deep.max.toFixed(1)} |`
    )
    console.log(
      `| /healthz during 24 × \`ferry tide\` searches, 8 at once | ${percentile(health, 50).toFixed(1)} | ${percentile(health, 95).toFixed(1)} | ${Math.max(...health).toFixed(1)} |`
    )
    console.log(
      `\nsearch p95 / list p95 = ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'})`
    )
  } finally {
    await worker.stop()
  }
}

await main()
