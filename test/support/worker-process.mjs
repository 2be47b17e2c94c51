/**
 * @module Starts the real Worker with `wrangler dev` on local D1 and KV in a throw-away state
 * folder, for tests and benchmarks that run in Node (parsers, a browser, wrk). Plain JS so any
 * script can use it.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const WRANGLER = join(ROOT, 'node_modules', '.bin', 'wrangler')

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

/**
 * Applies the migrations to a fresh local D1 and starts `wrangler dev` on it. With `migrate: false`
 * the database stays empty, as on a fresh clone that never ran the migrations: the Worker is ready
 * when /healthz answers at all (a 503 then).
 * wrangler's log level is `warn`, or WRANGLER_LOG_LEVEL_TEST (e.g. `debug`); `log()` is the
 * output so far (at `debug` it holds the Worker's own port, `userWorkerUrl`, behind the proxy).
 * @param {{ vars?: Record<string,string>, persistTo?: string, port?: number, migrate?: boolean }}
 * options
 * @returns {Promise<{ url: string, port: number, adminKey: string, persistTo: string, stop: () =>
 * Promise<void>, log: () => string }>}
 */
export async function startWorker(options = {}) {
  // A free port can be taken by another test file between `freePort()` and wrangler binding it:
  // with no port asked for, try again on a new one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startWorkerOnce(options)
    } catch (err) {
      const taken = err instanceof Error && /Address already in use/.test(err.message)
      if (!taken || options.port !== undefined || attempt >= 3) throw err
    }
  }
}

async function startWorkerOnce(options) {
  const persistTo = options.persistTo ?? mkdtempSync(join(tmpdir(), 'edgewire-'))
  const ownsState = !options.persistTo
  const migrated = options.migrate !== false
  if (migrated) {
    const migrate = spawnSync(
      WRANGLER,
      ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false' },
      }
    )
    if (migrate.status !== 0)
      throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`)
  }
  const port = options.port ?? (await freePort())
  const adminKey =
    options.vars?.ADMIN_API_KEY ?? `node-test-admin-${Math.random().toString(36).slice(2)}`
  const vars = { ADMIN_API_KEY: adminKey, ...options.vars }
  // Each Worker gets its own inspector port: two starting at once would both take 9229.
  const inspectorPort = await freePort()
  const args = [
    'dev',
    '--local',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    persistTo,
    '--show-interactive-dev-session=false',
    '--log-level',
    process.env.WRANGLER_LOG_LEVEL_TEST ?? 'warn',
  ]
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`)
  const child = spawn(WRANGLER, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
  })
  let log = ''
  child.stdout.on('data', (d) => {
    log += d
  })
  child.stderr.on('data', (d) => {
    log += d
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        /* already gone */
      }
      await new Promise((r) => {
        child.once('exit', r)
        setTimeout(r, 3000)
      })
    }
    if (ownsState) rmSync(persistTo, { recursive: true, force: true })
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${log}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok || (!migrated && res.status === 503)) break
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`wrangler dev did not start in 60 s:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { url, port, adminKey, persistTo, stop, log: () => log }
}
