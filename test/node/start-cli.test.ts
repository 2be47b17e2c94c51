import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, freePort, startWorker } from '../support/worker-process.mjs'

const START = join(ROOT, 'src/cli/start.mjs')
const TICK_MS = 2000
const quiet = { CI: '1', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' }

function runStart(env: Record<string, string>) {
  return spawnSync(process.execPath, [START], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ...quiet, ...env },
  })
}

describe('npm start refuses what it cannot serve', () => {
  let squatter: Server
  let port: number
  let requests = 0
  beforeAll(async () => {
    port = await freePort()
    squatter = createServer((_req, res) => {
      requests += 1
      res.end('{"status":"ok"}')
    })
    await new Promise<void>((r) => squatter.listen(port, '127.0.0.1', r))
  })
  afterAll(() => new Promise<void>((r) => squatter.close(() => r())))

  it('exits 1 naming the port when it is taken, and sends nothing to whoever holds it', () => {
    const run = runStart({ PORT: String(port) })
    expect(run.status, run.stdout + run.stderr).toBe(1)
    expect(run.stderr).toContain(
      `npm start: port ${port} is in use on 127.0.0.1; set PORT to another one, e.g. PORT=${port + 1} npm start`
    )
    expect(run.stdout).not.toMatch(/serving|Demo newsroom/)
    expect(requests).toBe(0)
  })

  it('exits 2 on a PORT that is not a port', () => {
    const run = runStart({ PORT: '87a87' })
    expect(run.status, run.stdout + run.stderr).toBe(2)
    expect(run.stderr).toContain('npm start: PORT=87a87 is not a whole number from 1 to 65535.')
  })
})

describe('npm start on a free PORT', () => {
  let child: ChildProcess
  let output = ''
  let origin: string
  let port: number
  let key: string
  let state: string

  beforeAll(async () => {
    port = await freePort()
    origin = `http://127.0.0.1:${port}`
    state = mkdtempSync(join(tmpdir(), 'edgewire-start-'))
    child = spawn(process.execPath, [START], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...quiet,
        PORT: String(port),
        EDGEWIRE_TICK_MS: String(TICK_MS),
        EDGEWIRE_PERSIST_TO: state,
      },
    })
    child.stdout!.on('data', (d) => {
      output += d
    })
    child.stderr!.on('data', (d) => {
      output += d
    })
    const deadline = Date.now() + 110_000
    while (!output.includes('Edgewire is serving')) {
      if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}:\n${output}`)
      if (Date.now() > deadline) throw new Error(`npm start was not serving in time:\n${output}`)
      await new Promise((r) => setTimeout(r, 250))
    }
    key = /^ADMIN_API_KEY\s*=\s*"?([^"\n]+)"?/m
      .exec(readFileSync(join(ROOT, '.dev.vars'), 'utf8'))![1]!
      .trim()
  })
  afterAll(async () => {
    if (child?.exitCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        /* gone */
      }
      await new Promise((r) => {
        child.once('exit', r)
        setTimeout(r, 5000)
      })
    }
    rmSync(state, { recursive: true, force: true })
  })

  it('serves its own Worker on PORT, loaded with the demo newsroom, and says how the cron runs', async () => {
    const health = await fetch(`${origin}/healthz`)
    const body = (await health.json()) as {
      status: string
      instance?: string
      schema: { applied: number }
    }
    expect(health.status, JSON.stringify(body)).toBe(200)
    expect(body.instance).toMatch(/^[\w-]{16}$/)
    expect(body.schema.applied).toBeGreaterThanOrEqual(3)
    expect(output).toContain(`Edgewire is serving ${origin}`)
    expect(output).toContain(`the cron runs every 2 s (GET ${origin}/__scheduled?cron=*+*+*+*+*)`)
    const list = await fetch(`${origin}/v1/articles?limit=5`)
    const listed = (await list.json()) as { articles: unknown[] }
    expect(list.status, JSON.stringify(listed)).toBe(200)
    expect(listed.articles.length).toBeGreaterThan(0)
  })

  it('publishes a scheduled story once its time has come, without any manual step', async () => {
    const slug = `start-scheduled-${Date.now()}`
    const publishAt = new Date(Date.now() + 4000)
    const created = await fetch(`${origin}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        slug,
        headline: 'Night ferry timetable changes',
        body: '<p>Invented text.</p>',
        status: 'scheduled',
        publishAt: publishAt.toISOString(),
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    expect((await fetch(`${origin}/v1/articles/${slug}`)).status).toBe(404)
    let seenAt = 0
    while (Date.now() < publishAt.getTime() + 20_000) {
      if ((await fetch(`${origin}/v1/articles/${slug}`)).status === 200) {
        seenAt = Date.now()
        break
      }
      await new Promise((r) => setTimeout(r, 250))
    }
    expect(seenAt, `not public 20 s after publishAt:\n${output.slice(-2000)}`).toBeGreaterThan(0)
    // Due at publishAt, published by the next tick: never later than one tick plus the run itself.
    expect(seenAt - publishAt.getTime()).toBeLessThan(TICK_MS + 3000)
  })

  it('lets `npm run import` find it through PORT alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edgewire-start-import-'))
    try {
      const file = join(dir, 'two.jsonl')
      const line = (i: number) =>
        JSON.stringify({
          slug: `start-import-${Date.now()}-${i}`,
          headline: `Allotment prize ${i}`,
          body: '<p>Invented.</p>',
          status: 'published',
        })
      writeFileSync(file, `${line(1)}\n${line(2)}\n`)
      // No --url and no --key: the URL comes from PORT, the key from .dev.vars.
      const { EDGEWIRE_API_KEY: _unused, ...env } = process.env
      const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/import.mjs'), file, '--quiet'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...env, PORT: String(port) },
      })
      expect(run.status, run.stderr + run.stdout).toBe(0)
      expect(run.stdout).toContain(`Imported 2 articles from two.jsonl into ${origin}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a second npm start on the same PORT while the first runs', () => {
    const run = runStart({ PORT: String(port) })
    expect(run.status, run.stdout + run.stderr).toBe(1)
    expect(run.stderr).toContain(`npm start: port ${port} is in use`)
  })
})

describe('a Worker started without its migrations (a fresh clone running wrangler dev)', () => {
  let worker: { url: string; stop: () => Promise<void> }
  beforeAll(async () => {
    worker = await startWorker({ migrate: false })
  })
  afterAll(async () => {
    await worker?.stop()
  })

  it('answers data routes and /healthz with a 503 problem that names the command to run', async () => {
    for (const path of ['/v1/articles', '/healthz', '/feeds/latest.rss']) {
      const res = await fetch(`${worker.url}${path}`)
      const text = await res.text()
      expect(res.status, `${path}: ${text}`).toBe(503)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      const problem = JSON.parse(text) as { code: string; detail: string }
      expect(problem.code).toBe('unavailable')
      expect(problem.detail).toContain('Run `npx wrangler d1 migrations apply DB --local`')
    }
  })
})
