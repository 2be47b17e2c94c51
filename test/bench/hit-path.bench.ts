/**
 * @module `npm run bench hit-path`: the Worker's own CPU per request on the cache-hit path, without
 * any HTTP server, proxy or client: the real app (bundled from src/app.ts) answers requests in this
 * Node process (same V8 as workerd) from views held in an in-memory KV, with a D1 that throws on any
 * statement (a hit must make none). Prints CPU µs per request for `/ping`, page, feed and widget
 * hits (views stored gzip, as the Worker stores them; read with and without `Accept-Encoding: gzip`)
 * and their 304s, interleaved in rounds, and the difference to `/ping`: through the app alone and
 * through the Worker's entry, whose response memo answers repeats.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { ROOT } from '../support/worker-process.mjs'

const ROUNDS = 5
const PER_ROUND = Number(process.env.BENCH_HIT_REQUESTS ?? 4000)
const ORIGIN = 'https://bench.example'
/** Body sizes of the http benchmark's views: an article page, a 20-item RSS feed, widget JSON. */
const SIZES = { article: 11_000, feed: 117_000, widget: 230 } as const
const ETAG = '"bench.0123456789abcdef"'

interface App {
  fetch: (req: Request, env: unknown, ctx: unknown) => Promise<Response>
}

/** Bundles the Worker's app for Node: the widget script as text, as wrangler.toml's rule does. */
async function loadApp(): Promise<{ app: App; worker: App }> {
  const dir = mkdtempSync(join(tmpdir(), 'hit-path-'))
  try {
    const outfile = join(dir, 'app.mjs')
    await build({
      stdin: {
        contents: `export { createApp } from './src/app'\nexport { default as worker } from './src/index'`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      loader: { '.widget.js': 'text' },
      tsconfig: join(ROOT, 'tsconfig.json'),
      logLevel: 'warning',
    })
    const mod = (await import(pathToFileURL(outfile).href)) as { createApp: () => App; worker: App }
    return { app: mod.createApp(), worker: mod.worker }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `n` bytes of invented prose: compresses like a rendered view, not like a run of one byte. */
function prose(n: number): Uint8Array {
  const text = 'Council officers in the invented harbour town of Lowmere said the pier reopens. '
  return new TextEncoder().encode(text.repeat(Math.ceil(n / text.length)).slice(0, n))
}

/** KV holding one view per kind (by the key's kind part), counting reads. */
function viewKv() {
  const kindOf = (key: string) => (key.split(':')[1] ?? '') as string
  const bodies: Record<string, [Uint8Array, string]> = {
    article: [prose(SIZES.article), 'text/html; charset=utf-8'],
    feed: [prose(SIZES.feed), 'application/rss+xml; charset=utf-8'],
    widget: [prose(SIZES.widget), 'application/json; charset=utf-8'],
  }
  // Stored as the Worker stores views since precompression: the gzip form, with its length.
  const stored = Object.fromEntries(
    Object.entries(bodies).map(([kind, [body, type]]) => [
      kind,
      [new Uint8Array(gzipSync(body)), type, body],
    ])
  ) as Record<string, [Uint8Array, string, Uint8Array]>
  const kv = {
    reads: 0,
    async getWithMetadata(key: string) {
      kv.reads += 1
      const view = stored[kindOf(key)]
      if (!view) return { value: null, metadata: null }
      const [gzip, type, body] = view
      const at = '2026-12-01T10:00:00.000Z'
      const length = body.byteLength
      const metadata = {
        etag: ETAG,
        lastModified: at,
        type,
        renderedAt: at,
        coding: 'gzip',
        length,
      }
      return { value: gzip.slice().buffer, metadata }
    },
    async get() {
      return null
    },
    async put() {},
    async delete() {},
  }
  return kv
}

function refusingD1() {
  const refuse = () => {
    throw new Error('a cache hit must not query D1')
  }
  const session = { prepare: refuse, batch: refuse, exec: refuse, getBookmark: () => null }
  return { withSession: () => session, prepare: refuse, batch: refuse }
}

const GZIP = { 'accept-encoding': 'gzip' }

const SCENARIOS: [string, string, Record<string, string>][] = [
  ['GET /ping', '/ping', {}],
  ['article page hit (11 KB)', '/articles/bench-story-0', { accept: 'text/html' }],
  ['article page 304', '/articles/bench-story-0', { accept: 'text/html', 'if-none-match': ETAG }],
  ['feed hit, latest.rss?limit=20 (117 KB)', '/feeds/latest.rss?limit=20', {}],
  ['feed 304', '/feeds/latest.rss?limit=20', { 'if-none-match': ETAG }],
  ['widget JSON hit', '/v1/widgets/articles/bench-story-0', { origin: 'https://partner.example' }],
  ['widget 304', '/v1/widgets/articles/bench-story-0', { 'if-none-match': ETAG }],
  ['article page hit, gzip', '/articles/bench-story-0', { accept: 'text/html', ...GZIP }],
  ['feed hit, gzip', '/feeds/latest.rss?limit=20', GZIP],
  ['widget JSON hit, gzip', '/v1/widgets/articles/bench-story-0', GZIP],
]

/** The two ways a request is answered: the Hono app alone, and the Worker's entry (memo first). */
const PATHS = ['app', 'worker'] as const

async function main(): Promise<void> {
  const loaded = await loadApp()
  const kv = viewKv()
  const env = {
    DB: refusingD1(),
    CACHE: kv,
    PUBLIC_BASE_URL: ORIGIN,
    SITE_NAME: 'Edgewire',
    CORS_ORIGINS: '*',
  }
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} }
  const send = (via: (typeof PATHS)[number], path: string, headers: Record<string, string>) =>
    loaded[via].fetch(new Request(`${ORIGIN}${path}`, { headers }), env, ctx)
  const checks: string[] = []
  for (const [name, path, headers] of SCENARIOS) {
    const res = await send('worker', path, headers)
    const bytes = (await res.arrayBuffer()).byteLength
    const timing = res.headers.get('server-timing') ?? ''
    if (res.status !== 200 && res.status !== 304) throw new Error(`${name}: ${res.status}`)
    const coding = res.headers.get('content-encoding') ?? 'identity'
    checks.push(
      `${name}: ${res.status} ${bytes} B ${coding}, x-cache ${res.headers.get('x-cache') ?? '-'},`
    )
    checks[checks.length - 1] += ` ${/db;desc="[^"]*"/.exec(timing)?.[0] ?? 'no db metric'}`
  }
  const cpu: Record<string, number[]> = {}
  const reads: Record<string, number> = {}
  for (let round = 0; round <= ROUNDS; round++) {
    for (const via of PATHS) {
      for (const [name, path, headers] of SCENARIOS) {
        // The response body is not read: sending it is the runtime's work, not the Worker's.
        const before = process.cpuUsage()
        const readsBefore = kv.reads
        for (let i = 0; i < PER_ROUND; i++) await send(via, path, headers)
        const used = process.cpuUsage(before)
        if (round === 0) continue // warm-up
        ;(cpu[`${via} ${name}`] ??= []).push((used.user + used.system) / PER_ROUND)
        reads[`${via} ${name}`] = (reads[`${via} ${name}`] ?? 0) + kv.reads - readsBefore
      }
    }
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number
  const us = (via: string, name: string) => median(cpu[`${via} ${name}`] as number[])
  const perThousand = (via: string, name: string) =>
    (((reads[`${via} ${name}`] ?? 0) * 1000) / (ROUNDS * PER_ROUND)).toFixed(2)
  console.log(`Probes (through the Worker's entry): ${checks.join('; ')}\n`)
  console.log(
    `${ROUNDS} interleaved rounds of ${PER_ROUND} requests each, CPU of this process per request (median of rounds):\n`
  )
  console.log(
    '| request | app alone µs | − its /ping | Worker entry (response memo) µs | − its /ping | KV reads per 1,000 (app / entry) |'
  )
  console.log('|---|---:|---:|---:|---:|---:|')
  for (const [name] of SCENARIOS) {
    const [app, worker] = [us('app', name), us('worker', name)]
    const [appPing, workerPing] = [us('app', 'GET /ping'), us('worker', 'GET /ping')]
    console.log(
      `| ${name} | ${app.toFixed(1)} | ${(app - appPing).toFixed(1)} | ${worker.toFixed(1)} | ${(worker - workerPing).toFixed(1)} | ${perThousand('app', name)} / ${perThousand('worker', name)} |`
    )
  }
  console.log(
    "\nThe app runs in Node here, so Request/Response are undici's (slower than workerd's, the same for every row); KV is in"
  )
  console.log(
    'memory and D1 throws on any statement. A view is re-read from KV at most once a second per key (the memory layer).'
  )
  console.log(
    'Views are stored as the Worker stores them (gzip): identity rows decode a copy once per KV read, gzip rows send it as is.'
  )
  console.log(
    "The Worker's entry answers a repeat of an anonymous view request from its response memo while the view is current"
  )
  console.log('(src/services/response-memo.ts); /ping always runs the app.')
}

await main()
