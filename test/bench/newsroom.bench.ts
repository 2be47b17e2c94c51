/**
 * @module `npm run bench -- newsroom`: a busy newsroom against `wrangler dev` (local D1 and KV). A
 * 20k story archive of invented text, then one simulated hour compressed (NEWSROOM_SPEEDUP, default
 * 30×: one simulated minute every 2 real seconds): a publish a minute and five updates or
 * corrections a minute, while reads run as fast as NEWSROOM_READERS concurrent clients go,
 * Zipf-like over the 1,000 newest stories and their sections, tags, authors, feeds and widgets,
 * with `/ping` interleaved. Reports hit ratio per view kind, D1 statements per 1,000 views (from
 * Server-Timing), keys dropped per write (an upper bound on renders per write) and misses counted
 * per write, KV writes per hour against the quotas, and p50/p95 per view kind against `/ping`.
 */
import { loadCorpus, percentile } from '../support/related-corpus'
import { startWorker } from '../support/worker-process.mjs'

const ARCHIVE = Number(process.env.NEWSROOM_ARCHIVE ?? 20_000)
const HOT = 1000
const SPEEDUP = Number(process.env.NEWSROOM_SPEEDUP ?? 30)
const SIM_MINUTES = Number(process.env.NEWSROOM_MINUTES ?? 60)
const READERS = Number(process.env.NEWSROOM_READERS ?? 8)
const SECTIONS = ['city', 'world', 'business', 'science', 'sport', 'culture', 'politics', 'health']
const TAGS = Array.from({ length: 40 }, (_, i) => `topic-${i}`)
const AUTHORS = Array.from(
  { length: 60 },
  (_, i) => `Reporter ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1}`
)
const authorSlug = (name: string) => name.toLowerCase().replace(/\s+/g, '-')

/** A small seeded generator: every run writes and reads the same things. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}
const rand = random(42)
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!

// Invented vocabulary: 40 topics of 12 words each, and common words.
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'pel',
  'dra',
  'sun',
  'gor',
  'fen',
  'lit',
  'mar',
  'qui',
  'bex',
]
const word = (n: number) =>
  Array.from({ length: 3 }, (_, i) => SYLLABLES[(n * (i + 7) + i * 3) % SYLLABLES.length]).join(
    ''
  ) +
  (n % 97)
const TOPIC_WORDS = Array.from({ length: 40 }, (_, t) =>
  Array.from({ length: 12 }, (_, w) => word(t * 12 + w + 1000))
)
const COMMON = Array.from({ length: 300 }, (_, i) => word(i))

function story(n: number, topic = n % 40) {
  const words = TOPIC_WORDS[topic]!
  const headline = `${pick(words)} ${pick(COMMON)} ${pick(words)} ${pick(COMMON)} ${pick(words)} ${n}`
  const body = Array.from({ length: 80 }, () => (rand() < 0.5 ? pick(words) : pick(COMMON))).join(
    ' '
  )
  return {
    slug: `newsroom-${n}`,
    headline,
    body: `<p>${body}.</p>`,
    status: 'published',
    section: SECTIONS[topic % SECTIONS.length],
    tags: [TAGS[topic]!, TAGS[(topic * 7 + 3) % TAGS.length]!],
    bylines: [AUTHORS[n % AUTHORS.length]!],
    publishedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
  }
}

/** Zipf (s = 1) over ranks 0..n-1: rank r with probability ∝ 1 / (r + 1). */
function zipf(n: number): () => number {
  const cdf: number[] = []
  let sum = 0
  for (let r = 0; r < n; r++) cdf.push((sum += 1 / (r + 1)))
  return () => {
    const x = rand() * sum
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cdf[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

type Hot = ReturnType<typeof story> & { id?: string }
type Kind =
  | 'page'
  | 'front'
  | 'section'
  | 'tag'
  | 'author'
  | 'feed-latest'
  | 'feed-section'
  | 'feed-tag'
  | 'widget-latest'
  | 'widget-article'
  | 'widget-related'
  | 'related-api'
  | 'sitemap'
  | 'ping'

/** The read mix (weights) and the request each kind makes for a story. */
const MIX: [Kind, number, (s: Hot) => [string, Record<string, string>]][] = [
  ['page', 55, (s) => [`/articles/${s.slug}`, { accept: 'text/html' }]],
  ['front', 4, () => ['/', { accept: 'text/html' }]],
  ['section', 3, (s) => [`/sections/${s.section}`, { accept: 'text/html' }]],
  ['tag', 2, (s) => [`/tags/${s.tags[0]}`, { accept: 'text/html' }]],
  ['author', 2, (s) => [`/authors/${authorSlug(s.bylines[0]!)}`, { accept: 'text/html' }]],
  ['feed-latest', 5, () => ['/feeds/latest.rss', {}]],
  ['feed-section', 4, (s) => [`/feeds/sections/${s.section}.rss`, {}]],
  ['feed-tag', 2, (s) => [`/feeds/tags/${s.tags[0]}.atom`, {}]],
  ['widget-latest', 4, (s) => [`/v1/widgets/latest?section=${s.section}&limit=5`, {}]],
  ['widget-article', 4, (s) => [`/v1/widgets/articles/${s.slug}`, {}]],
  ['widget-related', 7, (s) => [`/v1/widgets/related/${s.slug}`, {}]],
  ['related-api', 3, (s) => [`/v1/articles/${s.slug}/related`, {}]],
  ['sitemap', 1, () => ['/sitemap-news.xml', {}]],
  ['ping', 5, () => ['/ping', {}]],
]
const TOTAL_WEIGHT = MIX.reduce((sum, [, w]) => sum + w, 0)

interface KindStats {
  n: number
  hits: number
  misses: number
  statements: number
  times: number[]
}

async function main() {
  const worker = await startWorker({ vars: { PUBLIC_BASE_URL: 'https://newsroom.example' } })
  const auth = { authorization: `Bearer ${worker.adminKey}` }
  try {
    const archive = Array.from({ length: ARCHIVE }, (_, n) => story(n))
    const load = await loadCorpus(worker.url, worker.adminKey, archive, 'archive')
    console.log(
      `Archive: ${ARCHIVE} stories in ${load.seconds.toFixed(0)} s (${load.perSecond.toFixed(0)}/s).`
    )
    // The 1,000 newest are hot; new publishes join the front of the list.
    const hot: Hot[] = archive.slice(-HOT).reverse()
    const ids = new Map<string, string>()
    const rank = zipf(HOT)
    const stats = new Map<Kind, KindStats>()
    const stat = (k: Kind) =>
      stats.get(k) ??
      (stats.set(k, { n: 0, hits: 0, misses: 0, statements: 0, times: [] }), stats.get(k)!)
    const realMinuteMs = 60_000 / SPEEDUP
    let measuring = false
    let missesSinceWrite = 0
    const missesPerWrite: number[] = []
    const droppedPerWrite: number[] = []
    let writes = 0

    async function read(): Promise<void> {
      let x = rand() * TOTAL_WEIGHT
      const entry = MIX.find(([, w]) => (x -= w) < 0) ?? MIX[0]!
      const [kind, , address] = entry
      const [path, headers] = address(hot[rank()]!)
      const started = performance.now()
      const res = await fetch(`${worker.url}${path}`, { headers })
      await res.arrayBuffer()
      const ms = performance.now() - started
      if (!measuring) return
      const s = stat(kind)
      s.n += 1
      s.times.push(ms)
      const cache = res.headers.get('x-cache')
      if (cache === 'HIT') s.hits += 1
      else if (kind !== 'ping') {
        s.misses += 1
        missesSinceWrite += 1
      }
      const count = /db;desc="(\d+) queries"/.exec(res.headers.get('server-timing') ?? '')
      s.statements += count ? Number(count[1]) : 0
    }

    async function idOf(slug: string): Promise<string> {
      const known = ids.get(slug)
      if (known) return known
      const res = await fetch(`${worker.url}/v1/articles/${slug}`, { headers: auth })
      const id = ((await res.json()) as { article: { id: string } }).article.id
      ids.set(slug, id)
      return id
    }

    async function write(kind: 'publish' | 'update', n: number): Promise<void> {
      let res: Response
      if (kind === 'publish') {
        const s = story(ARCHIVE + n, Math.floor(rand() * 40))
        s.publishedAt = new Date().toISOString()
        res = await fetch(`${worker.url}/v1/articles`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify(s),
        })
        hot.unshift(s)
        hot.length = HOT
      } else {
        const target = hot[rank()]!
        const id = await idOf(target.slug)
        const current = await fetch(`${worker.url}/v1/articles/${id}`, { headers: auth })
        await current.arrayBuffer()
        const patch = { dek: `Updated ${n}: ${pick(COMMON)} ${pick(COMMON)}` }
        res = await fetch(`${worker.url}/v1/articles/${id}`, {
          method: 'PATCH',
          headers: {
            ...auth,
            'content-type': 'application/json',
            'if-match': current.headers.get('etag') ?? '',
          },
          body: JSON.stringify(patch),
        })
      }
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`${kind} failed: ${res.status}`)
      if (measuring) {
        writes += 1
        droppedPerWrite.push(Number(res.headers.get('x-views-invalidated') ?? 0))
        missesPerWrite.push(missesSinceWrite)
        missesSinceWrite = 0
      }
    }

    // Warm-up: five simulated minutes of reads, not counted, so the table shows the steady state.
    const warmEnd = performance.now() + realMinuteMs * 5
    await Promise.all(
      Array.from({ length: READERS }, async () => {
        while (performance.now() < warmEnd) await read()
      })
    )
    measuring = true
    const started = performance.now()
    const endAt = started + SIM_MINUTES * realMinuteMs
    const writer = (async () => {
      for (let minute = 0; minute < SIM_MINUTES; minute++) {
        const minuteStart = started + minute * realMinuteMs
        for (let i = 0; i < 6; i++) {
          const due = minuteStart + (i * realMinuteMs) / 6
          const wait = due - performance.now()
          if (wait > 0) await new Promise((r) => setTimeout(r, wait))
          await write(i === 0 ? 'publish' : 'update', minute * 6 + i)
        }
      }
    })()
    await Promise.all([
      writer,
      ...Array.from({ length: READERS }, async () => {
        while (performance.now() < endAt) await read()
      }),
    ])
    const realSeconds = (performance.now() - started) / 1000

    const ping = stat('ping')
    const pingP50 = percentile(ping.times, 50)
    const pingP95 = percentile(ping.times, 95)
    let views = 0
    let statements = 0
    let misses = 0
    console.log(
      `\n${SIM_MINUTES} simulated minutes in ${realSeconds.toFixed(0)} s real (${SPEEDUP}× compressed), ${READERS} concurrent readers, ${writes} writes.`
    )
    console.log(
      '\n| view kind | reads | hit ratio | D1 statements per 1,000 | p50 ms | p95 ms | p50 × /ping | p95 × /ping |'
    )
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
    for (const [kind] of MIX) {
      const s = stats.get(kind)
      if (!s) continue
      if (kind !== 'ping') {
        views += s.n
        statements += s.statements
        misses += s.misses
      }
      const p50 = percentile(s.times, 50)
      const p95 = percentile(s.times, 95)
      const hit = kind === 'ping' ? '—' : `${((s.hits / s.n) * 100).toFixed(1)}%`
      console.log(
        `| ${kind} | ${s.n} | ${hit} | ${((s.statements / s.n) * 1000).toFixed(0)} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${(p50 / pingP50).toFixed(2)} | ${(p95 / pingP95).toFixed(2)} |`
      )
    }
    const feeds = ['feed-latest', 'feed-section', 'feed-tag']
      .map((k) => stats.get(k as Kind))
      .filter(Boolean) as KindStats[]
    const feedHit = feeds.reduce((a, s) => a + s.hits, 0) / feeds.reduce((a, s) => a + s.n, 0)
    const pageHit = (stats.get('page')?.hits ?? 0) / (stats.get('page')?.n ?? 1)
    console.log(
      `\nAll views: ${views}, hit ratio ${(((views - misses) / views) * 100).toFixed(1)}%, D1 statements per 1,000 views ${((statements / views) * 1000).toFixed(0)}.`
    )
    console.log(
      `Targets: article pages ≥ 97%: ${(pageHit * 100).toFixed(1)}% ${pageHit >= 0.97 ? '✔ met' : '✘ missed'}; feeds ≥ 90%: ${(feedHit * 100).toFixed(1)}% ${feedHit >= 0.9 ? '✔ met' : '✘ missed'}.`
    )
    const p95Dropped = percentile(droppedPerWrite, 95)
    console.log(
      `Per write: KV keys dropped p50 ${percentile(droppedPerWrite, 50)}, p95 ${p95Dropped} (upper bound on renders; target p95 ≤ 25: ${p95Dropped <= 25 ? '✔ met' : '✘ missed'}); misses read until the next write p50 ${percentile(missesPerWrite, 50)}, p95 ${percentile(missesPerWrite, 95)}.`
    )
    const deletes = droppedPerWrite.reduce((a, b) => a + b, 0)
    console.log(
      `KV writes in the simulated hour: ≤ ${misses} puts (one per miss at most) + ${deletes} deletes = ≤ ${misses + deletes}/hour, ≤ ${(misses + deletes) * 24}/day`
    )
    console.log(
      '  (free plan: 1,000 writes + 1,000 deletes a day; paid: 1M writes/month included, then $5 per million).'
    )
    console.log(
      `  Reads ran at ${(views / realSeconds).toFixed(0)}/s real = ${(views / (SIM_MINUTES * 60)).toFixed(1)} per simulated second; a site with more readers per`
    )
    console.log(
      '  simulated second gets a higher hit ratio (the same invalidations, more reads between them).'
    )
  } finally {
    await worker.stop()
  }
}

await main()
