/**
 * @module `npm run attack`: starts the real Worker with `wrangler dev` (own state folder, free
 * port, its own admin key), creates a key for every scope set through the API, and replays every
 * item of issue 11 and its variants. Prints a table per module and a total line, writes a JSON
 * summary to $ATTACK_SUMMARY when set, and exits non-zero when anything broke.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { freePort, startWorker } from '../support/worker-process.mjs'
import { loadContract } from './contract.mjs'
import { Module } from './lib.mjs'
import { createKeys } from './support.mjs'

/** The modules in running order: the ones that may poison the Worker (widgets, search) run last. */
const MODULES = [
  ['m01-xss', '1 stored XSS through bodies, every channel'],
  ['m04-batch', "4 batch import within the key's scope"],
  ['m05-idempotency', '5+8 idempotency: one execution, full fingerprint, no secrets'],
  ['m06-taxonomy', '6 draft taxonomy stays private'],
  ['m07-anon-records', '7 anonymous POSTs store nothing'],
  ['m09-kv', '9 KV writes bounded'],
  ['m10-nesting', '10 deep nesting answers fast'],
  ['m11-cursors', '11 forged cursors are 400'],
  ['m12-oversize', "12 bodies that grow past D1's limit are 413"],
  ['m13-scope', '13 archive needs publish; drafts look missing'],
  ['m14-patch-race', '14 concurrent PATCHes: one 200, the rest 412'],
  ['m15-limits', '15 rate limits, unclosed elements, many links'],
  ['m00-fuzz', 'fuzz: every route, random input'],
  ['m03-widgets', '3 widgets stay up after unknown slugs'],
  ['m02-search', '2 search cost is bounded'],
]

/**
 * Runs the suite. `only` limits it to module names (e.g. ['m01-xss']).
 * @param {{ only?: string[], log?: (line: string) => void, summaryPath?: string }} [options]
 * @returns {Promise<{ totals: { requests: number, fivexx: number, contractBroken: number, hangs:
 * number, integrityChecks: number, integrityBroken: number, checks: number, propertiesBroken:
 * number }, modules: object[], ok: boolean }>}
 */
export async function main(options = {}) {
  const log = options.log ?? ((line) => console.log(line))
  const only = options.only ?? (process.env.ATTACK_ONLY ? process.env.ATTACK_ONLY.split(',') : null)
  const started = Date.now()
  const ctx = { base: '', keys: {}, persistTo: '' }
  const setup = new Module('setup', 'wrangler dev, keys for every scope set through the API', ctx)
  let worker = null
  let restarts = 0
  const boot = async () => {
    // Configured as in production: a public origin, so rendered views really go to KV and a forged
    // Host header is one of the things under attack, not a way to bypass the cache.
    const port = await freePort()
    worker = await startWorker({ port, vars: { PUBLIC_BASE_URL: `http://127.0.0.1:${port}` } })
    Object.assign(ctx, {
      base: worker.url,
      keys: { admin: worker.adminKey },
      persistTo: worker.persistTo,
      contract: await loadContract(worker.url),
    })
    await createKeys(setup)
  }
  const modules = [setup]
  try {
    await boot()
    for (const [name, title] of MODULES) {
      if (only && !only.includes(name)) continue
      const m = new Module(name, title, ctx)
      const t0 = Date.now()
      let crashed = false
      try {
        const mod = await import(`./modules/${name}.mjs`)
        await mod.run(m)
      } catch (err) {
        crashed = true
        m.fail(
          'the module ran to its end',
          `${err instanceof Error ? err.message : String(err)}`.slice(0, 300)
        )
      }
      m.ms = Date.now() - t0
      modules.push(m)
      log(
        `${name}: ${m.requests} requests, ${m.fivexx} 5xx, ${m.hangs} hangs, ${m.distinctBroken().length} broken (${(m.ms / 1000).toFixed(1)} s)`
      )
      if (m.hangs > 0 || crashed) {
        // A stuck Worker would fail every later module for reasons not its own: start a fresh one.
        await worker.stop()
        restarts++
        await boot()
        m.note = [m.note, 'the Worker was restarted after this module'].filter(Boolean).join('; ')
      }
    }
  } finally {
    if (worker) await worker.stop()
  }
  if (restarts) setup.note = `${restarts} restart(s) of the Worker after a module hung or crashed`
  const summary = report(modules, Date.now() - started, log)
  const path = options.summaryPath ?? process.env.ATTACK_SUMMARY
  if (path) writeFileSync(path, `${JSON.stringify(summary, null, 2)}\n`)
  return summary
}

function report(modules, ms, log) {
  const rows = modules.map((m) => ({
    name: m.name,
    title: m.title,
    requests: m.requests,
    fivexx: m.fivexx,
    contractBroken: m.contractBroken,
    hangs: m.hangs,
    integrityChecks: m.integrityChecks,
    integrityBroken: m.integrityBroken,
    checks: m.checks,
    skipped: m.skipped,
    broken: m.distinctBroken(),
    seconds: Math.round(m.ms / 100) / 10,
    note: m.note ?? null,
  }))
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0)
  const totals = {
    requests: sum('requests'),
    fivexx: sum('fivexx'),
    contractBroken: sum('contractBroken'),
    hangs: sum('hangs'),
    integrityChecks: sum('integrityChecks'),
    integrityBroken: sum('integrityBroken'),
    checks: sum('checks'),
    propertiesBroken: rows.reduce((s, r) => s + r.broken.length, 0),
  }
  log('')
  log(
    '| module | requests | 5xx | hangs | integrity checks (broken) | checks | properties broken | not sent | s |'
  )
  log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows)
    log(
      `| ${r.name} ${r.title} | ${r.requests} | ${r.fivexx} | ${r.hangs} | ${r.integrityChecks} (${r.integrityBroken}) | ${r.checks} | ${r.broken.length} | ${r.skipped} | ${r.seconds} |`
    )
  for (const r of rows) {
    if (r.note) log(`  ${r.name}: ${r.note}`)
    for (const b of r.broken)
      log(`  ✘ ${r.name}: ${b.property}${b.count > 1 ? ` (×${b.count})` : ''}\n      ${b.repro}`)
  }
  log('')
  log(
    `attack: ${totals.requests} requests, ${totals.fivexx} 5xx, ${totals.contractBroken} off-contract, ${totals.hangs} hangs, ${totals.integrityBroken} integrity broken, ${totals.propertiesBroken} properties broken (${totals.checks} checks, ${(ms / 1000).toFixed(0)} s)`
  )
  const ok =
    totals.fivexx === 0 &&
    totals.hangs === 0 &&
    totals.integrityBroken === 0 &&
    totals.propertiesBroken === 0
  return { totals, modules: rows, ok, seconds: Math.round(ms / 1000) }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const summary = await main()
  process.exit(summary.ok && (process.env.ATTACK_ONLY || summary.totals.requests >= 2000) ? 0 : 1)
}
