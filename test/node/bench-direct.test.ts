/**
 * @module The http benchmark's direct path: `devProcesses` finds the workerd that runs the Worker
 * behind wrangler dev's proxy, and its socket serves the very same views (bytes, ETag, a HIT).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { devProcesses, processCpuMs, type DevProcesses } from '../bench/wrk'
import { startWorker } from '../support/worker-process.mjs'

describe('wrangler dev and the Worker behind its proxy', () => {
  let worker: { url: string; port: number; adminKey: string; stop: () => Promise<void> }
  let dev: DevProcesses | null
  beforeAll(async () => {
    worker = await startWorker({ vars: { PUBLIC_BASE_URL: 'https://bench.example' } })
    dev = await devProcesses(worker.port)
  })
  afterAll(async () => {
    await worker?.stop()
  })

  it('finds two workerd processes and the Worker socket, which is not the printed port', () => {
    expect(dev).not.toBeNull()
    expect(dev!.proxyPid).not.toBe(dev!.workerPid)
    expect(dev!.directUrl).not.toBe(worker.url)
    expect(processCpuMs(dev!.workerPid)).toBeGreaterThan(0)
  })

  it('serves the same cached page on both paths: bytes, ETag, and a HIT with no D1 query', async () => {
    const slug = `direct-${Math.random().toString(36).slice(2, 8)}`
    const created = await fetch(`${worker.url}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        slug,
        headline: 'An invented pier reopens',
        body: '<p>Invented text about a pier in a town that does not exist.</p>',
        status: 'published',
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const page = (base: string) =>
      fetch(`${base}/articles/${slug}`, { headers: { accept: 'text/html' } })
    await (await page(worker.url)).arrayBuffer()
    const viaDev = await page(worker.url)
    const viaDevBody = await viaDev.text()
    const direct = await page(dev!.directUrl)
    const directBody = await direct.text()
    expect(direct.status, directBody).toBe(200)
    expect(viaDev.status, viaDevBody).toBe(200)
    expect(directBody).toBe(viaDevBody)
    expect(direct.headers.get('etag')).toBe(viaDev.headers.get('etag'))
    expect(direct.headers.get('x-cache')).toBe('HIT')
    expect(direct.headers.get('server-timing')).toContain('db;desc="0 queries"')
  })
})
