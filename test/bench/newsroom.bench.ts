/**
 * @module `npm run bench -- newsroom`: a busy newsroom against `wrangler dev` (local D1 and KV). A
 * 20k story archive of invented text (imported once through the batch API, then reused as a state
 * snapshot), then one simulated hour compressed NEWSROOM_SPEEDUP× (default 12: a simulated minute
 * every 5 real seconds): a publish a minute and five updates a minute (a new standfirst; every
 * fifth a correction), while NEWSROOM_READERS clients read as fast as they go, Zipf-like over the
 * 1,000 newest stories and their sections, tags, authors, feeds and widgets, with `/ping`
 * interleaved. Warm-up first (every hot address once, then NEWSROOM_WARM_MINUTES of the workload),
 * not counted. Reports per view kind the steady hit ratio (cold misses apart), D1 statements per
 * 1,000 views (Server-Timing), renders per write, p50/p95 against `/ping`; KV writes per hour
 * against the quotas; and the hit ratio projected to 20,000 views per edit, which a local run
 * cannot reach (it compresses the writes' clock, not the readers).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { drainRelatedLists, loadCorpus, percentile, pool } from '../support/related-corpus'
import { ROOT, startWorker } from '../support/worker-process.mjs'

const ARCHIVE = Number(process.env.NEWSROOM_ARCHIVE ?? 20_000)
const HOT = 1000
const SPEEDUP = Number(process.env.NEWSROOM_SPEEDUP ?? 12)
const SIM_MINUTES = Number(process.env.NEWSROOM_MINUTES ?? 60)
const WARM_MINUTES = Number(process.env.NEWSROOM_WARM_MINUTES ?? 5)
const READERS = Number(process.env.NEWSROOM_READERS ?? 16)
/** The scaling case: 10 million page views and 500 edits a day. */
const REALISTIC_VIEWS_PER_EDIT = 20_000
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
  /** Misses of an address read for the first time (e.g. a story published during the run). */
  cold: number
  /** Misses of an address read before: what writes cost. */
  warm: number
  statements: number
  times: number[]
  /** Misses after each write, until the next. */
  perWrite: number[]
  sinceWrite: number
  /** Misses after writes by what changed since the address was last read (`missCause`). */
  causes: Record<Cause, number>
}

/**
 * Why a view read before missed, judged by its bytes against the last read of the same address:
 * `own` the view's own story changed (an article page outside its related block; any other view
 * changed anywhere), `related` only the related block of a page changed, `repeat` the last read
 * was a miss with the same bytes (the re-render was not stored yet), `unchanged` the last read was
 * a hit with the same bytes (a drop that was not needed).
 */
type Cause = 'own' | 'related' | 'repeat' | 'unchanged'
/**
 * What started an interval between two writes: a publish, an update, or the minute's last update,
 * after which the cron's related-list pass runs (before the next publish).
 */
type IntervalKind = 'publish' | 'update' | 'update, then cron'
const RELATED_BLOCK = /<aside class="related"[\s\S]*?<\/aside>/

function missCause(kind: Kind, before: string, after: string, lastMissed: boolean): Cause {
  if (before === after) return lastMissed ? 'repeat' : 'unchanged'
  if (kind !== 'page') return 'own'
  const block = (html: string) => RELATED_BLOCK.exec(html)?.[0] ?? ''
  const rest = (html: string) => html.replace(RELATED_BLOCK, '')
  return rest(before) === rest(after) && block(before) !== block(after) ? 'related' : 'own'
}

const VARS = { PUBLIC_BASE_URL: 'https://newsroom.example' }

/** Every file under `dir`, sorted, for the snapshot's fingerprint. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/**
 * Starts `wrangler dev` on a local state that holds the archive. The archive is imported once
 * through the real write path (`POST /v1/articles/batch`, 100 stories a batch: validation,
 * `deriveArticles`, the storage writers and the view triggers, as any import) and the resulting
 * local D1/KV folder is kept as a snapshot in the temp folder. Later runs copy the snapshot (a few
 * seconds) instead of importing again (minutes at 20k: the related index computes each story's
 * neighbours at write time). The snapshot is keyed by the archive itself and by every file of the
 * write path (migrations, domain, extract, storage writers): change any and it is rebuilt.
 */
async function startWithArchive(archive: Record<string, unknown>[]) {
  const hash = createHash('sha256').update(JSON.stringify(archive))
  const writePath = [
    ...filesUnder(join(ROOT, 'src/domain')),
    ...filesUnder(join(ROOT, 'src/extract')),
    ...filesUnder(join(ROOT, 'src/storage')).filter((f) => !/\/(views|cache)\.ts$/.test(f)),
  ]
  for (const file of writePath) hash.update(file.slice(ROOT.length)).update(readFileSync(file))
  const snapshot =
    process.env.NEWSROOM_SNAPSHOT ??
    join(tmpdir(), `edgewire-newsroom-${archive.length}-${hash.digest('hex').slice(0, 12)}`)
  const state = mkdtempSync(join(tmpdir(), 'edgewire-newsroom-'))
  if (existsSync(join(snapshot, 'READY'))) {
    const started = performance.now()
    cpSync(join(snapshot, 'state'), state, { recursive: true })
    const worker = await startWorker({ vars: VARS, persistTo: state })
    const seconds = ((performance.now() - started) / 1000).toFixed(0)
    console.log(`Archive: ${archive.length} stories, copied from ${snapshot} in ${seconds} s`)
    console.log(`  (${readFileSync(join(snapshot, 'READY'), 'utf8').trim()}).`)
    return { worker, state }
  }
  const first = await startWorker({ vars: VARS, persistTo: state })
  const load = await loadCorpus(first.url, first.adminKey, archive, 'archive')
  // What the cron would have done by then: every queued related list computed (migration 0010).
  const lists = await drainRelatedLists(first.url, first.adminKey, 'archive')
  console.log(`Related lists: ${lists.lists} computed in ${lists.seconds.toFixed(0)} s.`)
  await first.stop()
  const summary =
    `imported through POST /v1/articles/batch in ${load.seconds.toFixed(0)} s, ` +
    `${load.perSecond.toFixed(0)} stories/s, on ${new Date().toISOString()}`
  console.log(`Archive: ${archive.length} stories ${summary}.`)
  rmSync(snapshot, { recursive: true, force: true })
  cpSync(state, join(snapshot, 'state'), { recursive: true })
  writeFileSync(join(snapshot, 'READY'), summary)
  return { worker: await startWorker({ vars: VARS, persistTo: state }), state }
}

async function main() {
  const archive = Array.from({ length: ARCHIVE }, (_, n) => story(n))
  const { worker, state } = await startWithArchive(archive)
  const auth = { authorization: `Bearer ${worker.adminKey}` }
  let measuredAtMs = 0
  try {
    if (process.env.NEWSROOM_PREPARE_ONLY) return
    // The 1,000 newest are hot; new publishes join the front of the list.
    const hot: Hot[] = archive.slice(-HOT).reverse()
    const ids = new Map<string, string>()
    const rank = zipf(hot.length)
    const stats = new Map<Kind, KindStats>()
    const stat = (k: Kind) =>
      stats.get(k) ??
      (stats.set(k, {
        n: 0,
        hits: 0,
        cold: 0,
        warm: 0,
        statements: 0,
        times: [],
        perWrite: [],
        sinceWrite: 0,
        causes: { own: 0, related: 0, repeat: 0, unchanged: 0 },
      }),
      stats.get(k)!)
    const realMinuteMs = 60_000 / SPEEDUP
    let phase: 'prime' | 'warm' | 'measure' = 'prime'
    /** Addresses read at least once (any phase): a miss on a new one is a cold miss. */
    const seen = new Set<string>()
    /** The bytes of each address's last read, to tell why a view read before missed. */
    const lastBody = new Map<string, string>()
    /** Addresses whose last read was a miss. */
    const lastMissed = new Set<string>()
    let primeMisses = 0
    const droppedPerWrite: number[] = []
    /** What started each measured interval between writes (see `IntervalKind`). */
    const intervalKinds: IntervalKind[] = []
    let writes = 0

    async function read(kind: Kind, path: string, headers: Record<string, string>) {
      const address = `${headers.accept ?? ''} ${path}`
      const cold = !seen.has(address)
      seen.add(address)
      const started = performance.now()
      const res = await fetch(`${worker.url}${path}`, { headers })
      const body = await res.text()
      const ms = performance.now() - started
      const hit = res.headers.get('x-cache') === 'HIT'
      const before = lastBody.get(address)
      const missedBefore = lastMissed.has(address)
      if (kind !== 'ping') lastBody.set(address, body)
      if (hit) lastMissed.delete(address)
      else lastMissed.add(address)
      if (phase === 'prime' && !hit) primeMisses += 1
      if (phase !== 'measure') return
      const s = stat(kind)
      s.n += 1
      s.times.push(ms)
      if (hit || kind === 'ping') s.hits += 1
      else if (cold) s.cold += 1
      else {
        s.warm += 1
        s.sinceWrite += 1
        s.causes[missCause(kind, before ?? '', body, missedBefore)] += 1
      }
      const count = /db;desc="(\d+) queries"/.exec(res.headers.get('server-timing') ?? '')
      s.statements += count ? Number(count[1]) : 0
    }

    function randomRead(): Promise<void> {
      let x = rand() * TOTAL_WEIGHT
      const [kind, , address] = MIX.find(([, w]) => (x -= w) < 0) ?? MIX[0]!
      const [path, headers] = address(hot[rank()]!)
      return read(kind, path, headers)
    }

    async function idOf(slug: string): Promise<string> {
      const known = ids.get(slug)
      if (known) return known
      const res = await fetch(`${worker.url}/v1/articles/${slug}`, { headers: auth })
      const id = ((await res.json()) as { article: { id: string } }).article.id
      ids.set(slug, id)
      return id
    }

    /** The cron's related-list pass (`POST /v1/admin/related/refresh`, 2,000 lists at most). */
    async function refreshLists(): Promise<void> {
      const res = await fetch(`${worker.url}/v1/admin/related/refresh`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ limit: 2000 }),
      })
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`related refresh failed: ${res.status}`)
    }

    /** A publish, or an update of a hot story (Zipf): a new standfirst, or every fifth a correction. */
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
        hot.pop()
      } else {
        const target = hot[rank()]!
        const id = await idOf(target.slug)
        const current = await fetch(`${worker.url}/v1/articles/${id}`, { headers: auth })
        await current.arrayBuffer()
        const headers = {
          ...auth,
          'content-type': 'application/json',
          'if-match': current.headers.get('etag') ?? '',
        }
        const correction = n % 5 === 0
        res = await fetch(`${worker.url}/v1/articles/${id}${correction ? '/corrections' : ''}`, {
          method: correction ? 'POST' : 'PATCH',
          headers,
          body: JSON.stringify(
            correction
              ? { text: `An earlier version misstated ${pick(COMMON)} (${n}).` }
              : { dek: `Updated ${n}: ${pick(COMMON)} ${pick(COMMON)}` }
          ),
        })
      }
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`${kind} failed: ${res.status}`)
      if (phase !== 'measure') return
      // Misses read since the previous write were caused by it (or are cold, counted apart).
      if (writes > 0) for (const s of stats.values()) s.perWrite.push(s.sinceWrite)
      for (const s of stats.values()) s.sinceWrite = 0
      writes += 1
      droppedPerWrite.push(Number(res.headers.get('x-views-invalidated') ?? 0))
      intervalKinds.push(
        kind === 'publish' ? 'publish' : n % 6 === 5 ? 'update, then cron' : 'update'
      )
    }

    // Warm-up 1: read every address of the hot set once (cold misses by definition, not counted).
    const addresses = new Map<string, [Kind, string, Record<string, string>]>()
    for (const s of hot)
      for (const [kind, , address] of MIX) {
        const [path, headers] = address(s)
        addresses.set(`${headers.accept ?? ''} ${path}`, [kind, path, headers])
      }
    const primeStart = performance.now()
    await pool([...addresses.values()], READERS, ([kind, path, headers]) =>
      read(kind, path, headers)
    )
    const primeSeconds = (performance.now() - primeStart) / 1000
    console.log(
      `Warm-up 1: read each of the hot set's ${addresses.size} addresses once in ${primeSeconds.toFixed(0)} s (${primeMisses} cold misses, not counted).`
    )

    // Warm-up 2: WARM_MINUTES simulated minutes of the full workload, not counted; then measure.
    phase = 'warm'
    const warmStart = performance.now()
    const measureAt = warmStart + WARM_MINUTES * realMinuteMs
    const endAt = measureAt + SIM_MINUTES * realMinuteMs
    let measuredSince = measureAt
    const writer = (async () => {
      for (let minute = 0; minute < WARM_MINUTES + SIM_MINUTES; minute++) {
        for (let i = 0; i < 6; i++) {
          const due = warmStart + minute * realMinuteMs + (i * realMinuteMs) / 6
          const wait = due - performance.now()
          if (wait > 0) await new Promise((r) => setTimeout(r, wait))
          if (phase === 'warm' && performance.now() >= measureAt) {
            phase = 'measure'
            measuredSince = performance.now()
            measuredAtMs = Date.now()
          }
          // The cron's minute: queued related lists (up to 2,000), as the scheduled handler does.
          if (i === 0) await refreshLists()
          await write(i === 0 ? 'publish' : 'update', minute * 6 + i)
        }
      }
    })()
    // Readers go on until the last write is done: when writes take longer than their slot (a loaded
    // machine), the clock runs slower than SPEEDUP, and the report says by how much.
    let writing = true
    void writer.finally(() => {
      writing = false
    })
    await Promise.all([
      writer,
      ...Array.from({ length: READERS }, async () => {
        while (writing || performance.now() < endAt) await randomRead()
      }),
    ])
    for (const s of stats.values()) s.perWrite.push(s.sinceWrite)
    const realSeconds = (performance.now() - measuredSince) / 1000
    report({ stats, writes, droppedPerWrite, intervalKinds, realSeconds, primeMisses })
  } finally {
    await worker.stop()
    if (measuredAtMs) queuedByKind(state, measuredAtMs)
    rmSync(state, { recursive: true, force: true })
  }
}

/** Rows of one query on the stopped Worker's local D1, or null when it fails. */
function d1Rows(state: string, sql: string): Record<string, unknown>[] | null {
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/wrangler'),
    ['d1', 'execute', 'DB', '--local', '--persist-to', state, '--json', '--command', sql],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false' },
    }
  )
  if (run.status !== 0) return null
  try {
    return (JSON.parse(run.stdout) as { results: Record<string, unknown>[] }[])[0]!.results
  } catch {
    return null
  }
}

/**
 * What the run's writes queued for invalidation, by dependency kind (`s:` a story's content, `r:` a
 * story's related list, `l:` a list), and how many stored views each kind of dependency reaches
 * (`view_keys` at the end of the run): where drops come from.
 */
function queuedByKind(state: string, sinceMs: number) {
  const queued = d1Rows(
    state,
    `SELECT substr(dep, 1, instr(dep, ':')) AS kind, count(*) AS n, sum(attempts) AS attempts
     FROM view_outbox WHERE queued_ms >= ${Math.floor(sinceMs)} GROUP BY 1 ORDER BY 2 DESC`
  )
  if (queued) {
    console.log(
      '\nDependencies the measured writes queued (distinct; a dependency queued again counts once):'
    )
    for (const r of queued)
      console.log(`  ${String(r.kind)} ${String(r.n)} (flush attempts ${String(r.attempts)})`)
  }
  const fanOut = d1Rows(
    state,
    `SELECT kind, count(*) AS deps, sum(n) AS keys, max(n) AS most,
       (SELECT n FROM (SELECT n, row_number() OVER (ORDER BY n) AS i, count(*) OVER () AS c
          FROM (SELECT count(*) AS n FROM view_keys v WHERE substr(v.dep, 1, instr(v.dep, ':')) = f.kind
                GROUP BY v.dep)) WHERE i >= c * 0.95 LIMIT 1) AS p95
     FROM (SELECT substr(dep, 1, instr(dep, ':')) AS kind, count(*) AS n FROM view_keys GROUP BY dep) AS f
     GROUP BY kind ORDER BY keys DESC`
  )
  if (fanOut) {
    console.log(
      '\nStored views per dependency at the end of the run (what one change of it drops):'
    )
    console.log(
      '| dependency kind | dependencies | views recorded | views per dependency: mean / p95 / max |'
    )
    console.log('|---|---:|---:|---:|')
    for (const r of fanOut) {
      const mean = (Number(r.keys) / Math.max(1, Number(r.deps))).toFixed(1)
      console.log(
        `| ${String(r.kind)} | ${String(r.deps)} | ${String(r.keys)} | ${mean} / ${String(r.p95)} / ${String(r.most)} |`
      )
    }
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

function report(run: {
  stats: Map<Kind, KindStats>
  writes: number
  droppedPerWrite: number[]
  intervalKinds: IntervalKind[]
  realSeconds: number
  primeMisses: number
}) {
  const { stats, writes, droppedPerWrite, intervalKinds, realSeconds } = run
  const ping = stats.get('ping')!
  const pingP50 = percentile(ping.times, 50)
  const pingP95 = percentile(ping.times, 95)
  const viewKinds = MIX.map(([k]) => k).filter((k) => k !== 'ping' && stats.has(k))
  const all = viewKinds.map((k) => stats.get(k)!)
  const views = all.reduce((a, s) => a + s.n, 0)
  const cold = all.reduce((a, s) => a + s.cold, 0)
  const warm = all.reduce((a, s) => a + s.warm, 0)
  const statements = all.reduce((a, s) => a + s.statements, 0)
  const perWrite = views / Math.max(1, writes)
  console.log(
    `\n${SIM_MINUTES} simulated minutes measured in ${realSeconds.toFixed(0)} s real (${SPEEDUP}× asked, ${((SIM_MINUTES * 60) / realSeconds).toFixed(1)}× achieved) after ${WARM_MINUTES} warm-up minutes; ${READERS} concurrent readers; ${writes} writes; ${views} views = ${perWrite.toFixed(0)} views per write (${(views / realSeconds).toFixed(0)} views/s real).`
  )
  console.log(
    '\n| view kind | views | share | cold misses | misses after writes | hit ratio (steady) | D1 statements per 1,000 | renders per write p50 / p95 | p50 ms | p95 ms | p50 × /ping | p95 × /ping |'
  )
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const [kind] of MIX) {
    const s = stats.get(kind)
    if (!s) continue
    const p50 = percentile(s.times, 50)
    const p95 = percentile(s.times, 95)
    const isPing = kind === 'ping'
    const cells = isPing
      ? ['—', '—', '—', '—', '0', '—']
      : [
          pct(s.n / views),
          String(s.cold),
          String(s.warm),
          pct(s.hits / Math.max(1, s.n - s.cold)),
          ((s.statements / s.n) * 1000).toFixed(0),
          `${percentile(s.perWrite, 50)} / ${percentile(s.perWrite, 95)}`,
        ]
    console.log(
      `| ${kind} | ${s.n} | ${cells.join(' | ')} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${(p50 / pingP50).toFixed(2)} | ${(p95 / pingP95).toFixed(2)} |`
    )
  }
  const group = (kinds: Kind[]) => {
    const list = kinds.map((k) => stats.get(k)).filter((s): s is KindStats => s !== undefined)
    const n = list.reduce((a, s) => a + s.n - s.cold, 0)
    return list.reduce((a, s) => a + s.hits, 0) / Math.max(1, n)
  }
  const pageHit = group(['page'])
  const feedHit = group(['feed-latest', 'feed-section', 'feed-tag'])
  console.log(
    `\nAll views: hit ratio ${pct((views - cold - warm) / Math.max(1, views - cold))} in steady state (cold misses apart: ${cold}, the first read of an address never read before, e.g. a story published during the run); D1 statements per 1,000 views ${((statements / views) * 1000).toFixed(0)}.`
  )
  console.log(
    `Targets (steady state): article pages ≥ 97%: ${pct(pageHit)} ${pageHit >= 0.97 ? '✔ met' : '✘ missed'}; feeds ≥ 90%: ${pct(feedHit)} ${feedHit >= 0.9 ? '✔ met' : '✘ missed'}.`
  )
  const rendersPerWrite = all[0]!.perWrite.map((_, i) =>
    all.reduce((a, s) => a + (s.perWrite[i] ?? 0), 0)
  )
  const p95Renders = percentile(rendersPerWrite, 95)
  console.log(
    `Renders per write (misses read between a write and the next, all kinds): p50 ${percentile(rendersPerWrite, 50)}, p95 ${p95Renders} (target p95 ≤ 25: ${p95Renders <= 25 ? '✔ met' : '✘ missed'}); KV keys a write dropped: p50 ${percentile(droppedPerWrite, 50)}, p95 ${percentile(droppedPerWrite, 95)}, mean ${(droppedPerWrite.reduce((a, b) => a + b, 0) / Math.max(1, writes)).toFixed(1)}.`
  )
  const byInterval = (['publish', 'update', 'update, then cron'] as const).map((k) => {
    const r = rendersPerWrite.filter((_, i) => intervalKinds[i] === k)
    return `${k} (${r.length}): p50 ${percentile(r, 50)}, p95 ${percentile(r, 95)}`
  })
  console.log(
    `  By what started the interval: ${byInterval.join('; ')}. The cron's related-list pass runs just before each minute's publish, so the drops of the last minute's related lists land in the interval of its last update, and their renders go on into the publish's.`
  )
  console.log(
    '\nMisses after writes by what changed since the same address was last read (own: the view itself; related: only the related block of a page; repeat: the last read was a miss of the same bytes, not stored again yet; unchanged: the last read was a hit of the same bytes):'
  )
  console.log('| view kind | own | related | repeat | unchanged | per write |')
  console.log('|---|---:|---:|---:|---:|---:|')
  for (const kind of viewKinds) {
    const c = stats.get(kind)!.causes
    const counts = [c.own, c.related, c.repeat, c.unchanged]
    const per = counts.map((x) => (x / Math.max(1, writes)).toFixed(2))
    console.log(`| ${kind} | ${counts.join(' | ')} | ${per.join(' / ')} |`)
  }
  const deletes = droppedPerWrite.reduce((a, b) => a + b, 0)
  const puts = cold + warm
  const hourly = ((puts + deletes) * 60) / SIM_MINUTES
  const steadyHourly = ((warm + deletes) * 60) / SIM_MINUTES
  console.log(
    `KV writes per simulated hour: ≤ ${Math.round((puts * 60) / SIM_MINUTES)} puts (one per miss at most; ${Math.round((warm * 60) / SIM_MINUTES)} without cold misses) + ${Math.round((deletes * 60) / SIM_MINUTES)} deletes = ≤ ${Math.round(hourly)}/hour (${Math.round(steadyHourly)} steady), ≤ ${Math.round(steadyHourly * 24)}/day steady, ${Math.round(steadyHourly * 24 * 30)}/month.`
  )
  console.log(
    '  Free plan: 1,000 writes and 1,000 deletes a day (exceeded from about 40 an hour). Paid: 1M writes and 1M deletes a month included, then $5 per million.'
  )
  // What the hit ratio becomes at a production read rate: a dropped view renders once, on its first
  // read after the write, however many reads follow; so misses per write stay (at most) the keys a
  // write drops while views per write grow.
  const meanDropped = deletes / Math.max(1, writes)
  console.log(
    `\nAt ${REALISTIC_VIEWS_PER_EDIT.toLocaleString('en')} views per edit (10 M views and 500 edits a day), with this run's share of each kind:`
  )
  console.log(
    '| view kind | measured misses per write (mean) | projected hit ratio | floor (every dropped key in this kind) |'
  )
  console.log('|---|---:|---:|---:|')
  for (const kind of viewKinds) {
    const s = stats.get(kind)!
    const share = s.n / views
    const mean = s.warm / Math.max(1, writes)
    const reads = REALISTIC_VIEWS_PER_EDIT * share
    console.log(
      `| ${kind} | ${mean.toFixed(2)} | ${pct(1 - mean / reads)} | ${pct(Math.max(0, 1 - meanDropped / reads))} |`
    )
  }
}

await main()
