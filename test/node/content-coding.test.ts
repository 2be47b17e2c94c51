/**
 * @module Precompressed views through `wrangler dev` (its dev proxy and Miniflare's entry worker in
 * front, as in `npm run dev`): the stored gzip bytes reach a client that asks for gzip intact, a
 * client that sends no `Accept-Encoding` gets the body as is, and python3-feedparser and xmllint
 * read the feed either way.
 */
import { spawnSync } from 'node:child_process'
import { request } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorker } from '../support/worker-process.mjs'

interface Raw {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** One GET with exactly these headers; the body as it came off the socket (never decoded). */
function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

describe('precompressed views through wrangler dev', () => {
  let worker: { url: string; adminKey: string; stop: () => Promise<void> }
  const slug = `coded-${Date.now().toString(36)}`

  beforeAll(async () => {
    // A configured public origin: views are kept in KV, as in production.
    worker = await startWorker({ vars: { PUBLIC_BASE_URL: 'https://coded.example' } })
    const paragraph =
      '<p>Ferry crews in the invented port of Saltmarsh counted the gulls again.</p>'
    const res = await fetch(`${worker.url}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        slug,
        headline: 'Saltmarsh ferry crews count the gulls',
        body: paragraph.repeat(30),
        section: 'harbour',
        status: 'published',
      }),
    })
    expect(res.status, await res.clone().text()).toBe(201)
  }, 120_000)

  afterAll(async () => {
    await worker?.stop()
  })

  it('sends the stored gzip bytes intact to gzip clients and the body as is to the others', async () => {
    for (const [path, accept] of [
      [`/articles/${slug}`, 'text/html'],
      ['/feeds/latest.rss', '*/*'],
      [`/v1/widgets/articles/${slug}`, '*/*'],
    ] as const) {
      const url = `${worker.url}${path}`
      await rawGet(url, { accept })
      await new Promise((resolve) => setTimeout(resolve, 300))
      const plain = await rawGet(url, { accept })
      expect(plain.status, plain.body.toString().slice(0, 200)).toBe(200)
      expect(plain.headers['content-encoding'], path).toBeUndefined()
      expect(plain.headers['x-cache'], path).toBe('HIT')
      const zipped = await rawGet(url, { accept, 'accept-encoding': 'gzip' })
      expect(zipped.status, path).toBe(200)
      expect(zipped.headers['content-encoding'], path).toBe('gzip')
      expect(String(zipped.headers.etag), path).toMatch(/-gz"$/)
      expect(String(zipped.headers.vary), path).toContain('Accept-Encoding')
      expect(zipped.body.byteLength, path).toBeLessThan(plain.body.byteLength)
      expect(gunzipSync(zipped.body).equals(plain.body), path).toBe(true)
      const refused = await rawGet(url, { accept, 'accept-encoding': 'gzip;q=0' })
      expect(refused.headers['content-encoding'], path).toBeUndefined()
      expect(refused.body.equals(plain.body), path).toBe(true)
    }
  })

  it('serves a feed python3-feedparser fetches itself (gzip) and xmllint reads after gunzip', async () => {
    const url = `${worker.url}/feeds/latest.rss`
    const python = ['python3', '/usr/bin/python3'].find(
      (p) => spawnSync(p, ['-c', 'import feedparser'], { encoding: 'utf8' }).status === 0
    )
    expect(python, 'python3 with feedparser').toBeDefined()
    const script = `import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": d.bozo, "n": len(d.entries), "enc": d.headers.get("content-encoding"),
  "title": d.entries[0].title if d.entries else None}))`
    const run = spawnSync(python as string, ['-c', script, url], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    const parsed = JSON.parse(run.stdout) as {
      bozo: boolean
      n: number
      enc: string
      title: string
    }
    expect(parsed.enc).toBe('gzip')
    expect(parsed.bozo).toBe(false)
    expect(parsed.n).toBeGreaterThan(0)
    expect(parsed.title).toBe('Saltmarsh ferry crews count the gulls')
    const zipped = await rawGet(url, { 'accept-encoding': 'gzip' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    const lint = spawnSync('xmllint', ['--noout', '-'], { input: gunzipSync(zipped.body) })
    expect(lint.status, String(lint.stderr)).toBe(0)
  })
})
