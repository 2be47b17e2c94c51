/**
 * @module `npm run bench widgets`: the cached widget JSON endpoints against the no-op `/ping`
 * baseline (target ≥ 0.8×), under `wrangler dev` (local D1/KV). The machine is shared, so the three
 * are measured interleaved, round after round, and the median of each is compared: a burst of load
 * from elsewhere then hits one round of each rather than one scenario. (The same two scenarios also
 * run, once each, in
 * `npm run bench http`.)
 */
import { ensureWrk, runWrk, startWorker } from './wrk'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4)
const TARGET = 0.8

async function main(): Promise<void> {
  ensureWrk()
  // A configured public origin, as in production: only then are rendered views kept in KV.
  const worker = await startWorker({ vars: { PUBLIC_BASE_URL: 'https://bench.example' } })
  try {
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${worker.url}/v1/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${worker.adminKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          slug: `widget-bench-${i}`,
          headline: `Lowmere harbour story ${i}`,
          dek: 'An invented story.',
          section: 'city',
          bylines: ['Ada Quill'],
          status: 'published',
          body: '<p>Invented.</p>',
        }),
      })
      if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`)
    }
    const scenarios = {
      ping: '/ping',
      latest: '/v1/widgets/latest?section=city&limit=5',
      card: '/v1/widgets/articles/widget-bench-0',
    }
    for (const path of Object.values(scenarios)) {
      await (await fetch(`${worker.url}${path}`)).arrayBuffer()
      const probe = await fetch(`${worker.url}${path}`)
      if (path !== '/ping' && probe.headers.get('x-cache') !== 'HIT')
        throw new Error(`${path} is not cached: x-cache=${probe.headers.get('x-cache')}`)
    }
    const rps: Record<string, number[]> = { ping: [], latest: [], card: [] }
    const p50: Record<string, number[]> = { ping: [], latest: [], card: [] }
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, path] of Object.entries(scenarios)) {
        const r = await runWrk(`${worker.url}${path}`, {
          seconds: SECONDS,
          connections: 16,
          threads: 2,
          headers: { origin: 'https://partner.example' },
        })
        if (r.non2xx3xx + r.socketErrors)
          throw new Error(`${name}: ${r.non2xx3xx} bad responses, ${r.socketErrors} socket errors`)
        rps[name]!.push(r.rps)
        p50[name]!.push(r.p50Ms)
      }
      console.log(
        `  round ${round}/${ROUNDS}: ${Object.entries(rps)
          .map(([n, v]) => `${n} ${v[v.length - 1]!.toFixed(0)} req/s`)
          .join(', ')}`
      )
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!
    const base = median(rps.ping!)
    console.log(
      `\n| endpoint (${ROUNDS} interleaved rounds of ${SECONDS} s, 16 connections) | median req/s | median p50 ms | × /ping | target |`
    )
    console.log('|---|---:|---:|---:|---|')
    let missed = 0
    for (const [name, path] of Object.entries(scenarios)) {
      const ratio = median(rps[name]!) / base
      const verdict =
        name === 'ping' ? '' : ratio >= TARGET ? `≥ ${TARGET}× ✔ met` : `≥ ${TARGET}× ✘ missed`
      if (name !== 'ping' && ratio < TARGET) missed += 1
      console.log(
        `| ${path} | ${median(rps[name]!).toFixed(0)} | ${median(p50[name]!).toFixed(2)} | ${ratio.toFixed(2)} | ${verdict} |`
      )
    }
    console.log(missed ? `\n${missed} target(s) missed.` : '\nAll targets met.')
  } finally {
    await worker.stop()
  }
}

await main()
