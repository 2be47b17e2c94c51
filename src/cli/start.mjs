#!/usr/bin/env node
/**
 * @module `npm start`: local Edgewire in one command. Refuses a port that is taken, makes sure
 * `.dev.vars` has an admin key, applies the D1 migrations to the local database, serves the Worker
 * with `wrangler dev` on local D1 and KV, loads the invented demo newsroom through the API once
 * that Worker (and no other process) answers (skipping articles that already exist, so running it
 * twice never duplicates anything), and runs the cron every minute, as Cloudflare would:
 * `wrangler dev` never fires crons on its own.
 *
 * Environment: PORT (default 8787); EDGEWIRE_TICK_MS, how often the scheduled handler runs
 * (default 60000); EDGEWIRE_PERSIST_TO, a state folder instead of .wrangler/state (for tests).
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const wrangler = join(root, 'node_modules', '.bin', 'wrangler')
const SCHEDULED_PATH = '/__scheduled?cron=*+*+*+*+*'

/** A whole number in [min, max] from the environment, or exit 2 naming the variable. */
function numberFromEnv(name, fallback, min, max) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`npm start: ${name}=${raw} is not a whole number from ${min} to ${max}.`)
    process.exit(2)
  }
  return value
}

const port = numberFromEnv('PORT', 8787, 1, 65535)
const tickMs = numberFromEnv('EDGEWIRE_TICK_MS', 60_000, 100, 86_400_000)
const persistTo = process.env.EDGEWIRE_PERSIST_TO ? resolve(process.env.EDGEWIRE_PERSIST_TO) : null
const origin = `http://127.0.0.1:${port}`

/** Resolves null when the port can be bound on 127.0.0.1, else the error code (EADDRINUSE…). */
function bindProblem(portToTry) {
  return new Promise((done) => {
    const server = createServer()
    server.once('error', (err) => done(err.code ?? 'EADDRINUSE'))
    server.listen(portToTry, '127.0.0.1', () => server.close(() => done(null)))
  })
}

/** A port the OS says is free, for the inspector when 9229 is taken. */
function anyFreePort() {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address()
      server.close(() => done(free))
    })
  })
}

async function refuseTakenPort() {
  const problem = await bindProblem(port)
  if (!problem) return
  const why = problem === 'EACCES' ? 'needs privileges to listen on' : 'is in use on'
  const next = port === 65535 ? 8788 : port + 1
  console.error(
    `npm start: port ${port} ${why} 127.0.0.1; set PORT to another one, e.g. ` +
      `PORT=${next} npm start (is another \`npm start\` or \`wrangler dev\` running?)`
  )
  process.exit(1)
}

function ensureAdminKey() {
  const path = join(root, '.dev.vars')
  const text = existsSync(path) ? readFileSync(path, 'utf8') : ''
  const found = /^ADMIN_API_KEY\s*=\s*"?([^"\n]+)"?/m.exec(text)
  if (found) {
    console.log(`Admin key: ADMIN_API_KEY in ${path}`)
    return found[1].trim()
  }
  const key = `ew_admin_${randomBytes(24).toString('base64url')}`
  const separator = text && !text.endsWith('\n') ? '\n' : ''
  writeFileSync(path, `${text}${separator}ADMIN_API_KEY="${key}"\n`, { mode: 0o600 })
  console.log(
    `Wrote a fresh admin key to ${path} (ADMIN_API_KEY). ` +
      'Use it as: Authorization: Bearer <key>'
  )
  return key
}

function applyMigrations() {
  const args = ['d1', 'migrations', 'apply', 'DB', '--local']
  if (persistTo) args.push('--persist-to', persistTo)
  const run = spawnSync(wrangler, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, CI: 'true' },
  })
  if (run.status !== 0) {
    console.error('Applying the local D1 migrations failed.')
    process.exit(run.status ?? 1)
  }
}

/**
 * Waits for /healthz to answer with our nonce: an answer without it comes from another process that
 * took the port in the meantime, and nothing must be loaded into that.
 */
async function waitForOurWorker(child, nonce) {
  let last = ''
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) {
      throw new Error(`wrangler dev exited (code ${child.exitCode}) before it was ready`)
    }
    try {
      const res = await fetch(`${origin}/healthz`)
      const text = await res.text()
      let body = null
      try {
        body = JSON.parse(text)
      } catch {
        /* not JSON: not ours */
      }
      if (res.ok && body?.instance === nonce) return
      if (res.ok) {
        const taken = new Error(`another process answers on port ${port}; set PORT to another one`)
        throw Object.assign(taken, { fatal: true })
      }
      last = `${res.status} ${body?.detail ?? text.slice(0, 200)}`
    } catch (err) {
      if (err.fatal) throw err
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  const seen = last ? ` (last answer: ${last})` : ''
  throw new Error(`wrangler dev did not answer /healthz within 60 s${seen}`)
}

async function loadDemo(adminKey) {
  const file = join(root, 'src', 'cli', 'demo-newsroom.json')
  const { articles } = JSON.parse(readFileSync(file, 'utf8'))
  const auth = { authorization: `Bearer ${adminKey}` }
  let created = 0
  for (const item of articles) {
    const { hoursAgo, publishInHours, ...fields } = item
    const existing = await fetch(`${origin}/v1/articles/${item.slug}`, { headers: auth })
    if (existing.status === 200) continue
    const body = { status: 'published', ...fields }
    const hours = (h) => new Date(Date.now() + h * 3_600_000).toISOString()
    if (hoursAgo !== undefined) body.publishedAt = hours(-hoursAgo)
    if (publishInHours !== undefined) body.publishAt = hours(publishInHours)
    const res = await fetch(`${origin}/v1/articles`, {
      method: 'POST',
      headers: {
        ...auth,
        'content-type': 'application/json',
        'idempotency-key': `demo-${item.slug}`,
      },
      body: JSON.stringify(body),
    })
    if (res.status !== 201)
      console.error(`Demo article ${item.slug}: ${res.status} ${await res.text()}`)
    else created += 1
  }
  console.log(
    `Demo newsroom: ${created} article(s) added, ${articles.length - created} already there.`
  )
}

/** Runs the Worker's scheduled handler now, then every `tickMs`, never two at once. */
function runCronEvery(child) {
  const tick = async () => {
    if (child.exitCode !== null) return
    try {
      const res = await fetch(`${origin}${SCHEDULED_PATH}`)
      if (!res.ok) {
        console.error(`Scheduled run: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`)
      }
    } catch (err) {
      console.error(`Scheduled run failed: ${err.message}`)
    }
    setTimeout(tick, tickMs)
  }
  return tick()
}

await refuseTakenPort()
const adminKey = ensureAdminKey()
applyMigrations()
const nonce = randomBytes(12).toString('base64url')
const inspectorPort = (await bindProblem(9229)) ? await anyFreePort() : 9229
const args = [
  'dev',
  '--local',
  '--ip',
  '127.0.0.1',
  '--port',
  String(port),
  '--inspector-port',
  String(inspectorPort),
  '--test-scheduled',
  '--var',
  `EDGEWIRE_INSTANCE:${nonce}`,
]
if (persistTo) args.push('--persist-to', persistTo)
const child = spawn(wrangler, args, { cwd: root, stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
try {
  await waitForOurWorker(child, nonce)
  await loadDemo(adminKey)
  await runCronEvery(child)
  const every = tickMs % 1000 ? `${tickMs} ms` : `${tickMs / 1000} s`
  const hint = `try: curl ${origin}/v1/articles, or open ${origin}/docs`
  console.log(`\nEdgewire is serving ${origin}  (${hint})`)
  console.log(
    'Scheduled stories publish on time: the cron runs every ' +
      `${every} (GET ${origin}${SCHEDULED_PATH}).\n`
  )
} catch (err) {
  console.error(`npm start: ${err.message}`)
  child.kill('SIGTERM')
  process.exit(1)
}
