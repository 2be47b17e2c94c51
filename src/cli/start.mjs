#!/usr/bin/env node
/**
 * @module `npm start`: local Edgewire in one command. Makes sure `.dev.vars` has an admin key, applies
 * the D1 migrations to the local database, serves the Worker with `wrangler dev` on local D1 and KV, and
 * loads the invented demo newsroom through the API (skipping articles that already exist, so running it
 * twice never duplicates anything). PORT overrides 8787.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const wrangler = join(root, 'node_modules', '.bin', 'wrangler')
const port = Number(process.env.PORT ?? 8787)
const origin = `http://127.0.0.1:${port}`

function ensureAdminKey() {
  const path = join(root, '.dev.vars')
  const text = existsSync(path) ? readFileSync(path, 'utf8') : ''
  const found = /^ADMIN_API_KEY\s*=\s*"?([^"\n]+)"?/m.exec(text)
  if (found) {
    console.log(`Admin key: ADMIN_API_KEY in ${path}`)
    return found[1].trim()
  }
  const key = `ew_admin_${randomBytes(24).toString('base64url')}`
  writeFileSync(path, `${text}${text && !text.endsWith('\n') ? '\n' : ''}ADMIN_API_KEY="${key}"\n`, { mode: 0o600 })
  console.log(`Wrote a fresh admin key to ${path} (ADMIN_API_KEY). Use it as: Authorization: Bearer <key>`)
  return key
}

function applyMigrations() {
  const run = spawnSync(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local'], {
    cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CI: 'true' },
  })
  if (run.status !== 0) {
    console.error('Applying the local D1 migrations failed.')
    process.exit(run.status ?? 1)
  }
}

async function waitForHealth(child) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error('wrangler dev exited before it was ready')
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('wrangler dev did not answer /healthz within 60 s')
}

async function loadDemo(adminKey) {
  const { articles } = JSON.parse(readFileSync(join(root, 'src', 'cli', 'demo-newsroom.json'), 'utf8'))
  const auth = { authorization: `Bearer ${adminKey}` }
  let created = 0
  for (const item of articles) {
    const { hoursAgo, publishInHours, ...fields } = item
    const existing = await fetch(`${origin}/v1/articles/${item.slug}`, { headers: auth })
    if (existing.status === 200) continue
    const body = { status: 'published', ...fields }
    if (hoursAgo !== undefined) body.publishedAt = new Date(Date.now() - hoursAgo * 3_600_000).toISOString()
    if (publishInHours !== undefined) body.publishAt = new Date(Date.now() + publishInHours * 3_600_000).toISOString()
    const res = await fetch(`${origin}/v1/articles`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `demo-${item.slug}` },
      body: JSON.stringify(body),
    })
    if (res.status !== 201) console.error(`Demo article ${item.slug}: ${res.status} ${await res.text()}`)
    else created += 1
  }
  console.log(`Demo newsroom: ${created} article(s) added, ${articles.length - created} already there.`)
}

const adminKey = ensureAdminKey()
applyMigrations()
const child = spawn(wrangler, ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port)], {
  cwd: root, stdio: 'inherit', env: process.env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
try {
  await waitForHealth(child)
  await loadDemo(adminKey)
  console.log(`\nEdgewire is serving ${origin}  (try: curl ${origin}/v1/articles, or open ${origin}/docs)\n`)
} catch (err) {
  console.error(String(err))
  child.kill('SIGTERM')
  process.exit(1)
}
