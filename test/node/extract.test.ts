/**
 * POST /v1/extract under `wrangler dev`: the real local rate-limiting binding (`[[ratelimits]]` in
 * wrangler.toml) and the 2 MiB limit, over a real socket with curl-like requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HARBOUR_STORY } from '../extract/fixtures'
import { startWorker } from '../support/worker-process.mjs'

describe('POST /v1/extract under wrangler dev', () => {
  let worker: { url: string; stop: () => Promise<void> }
  beforeAll(async () => {
    worker = await startWorker()
  })
  afterAll(async () => {
    await worker?.stop()
  })

  const post = (body: BodyInit, ip: string) =>
    fetch(`${worker.url}/v1/extract`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain', 'cf-connecting-ip': ip },
    })

  it('returns quotes with their speakers for raw copy', async () => {
    const res = await post(HARBOUR_STORY, '192.0.2.1')
    expect(res.status, await res.clone().text()).toBe(200)
    const { extraction } = await res.json()
    const told = extraction.quotes.find((q: { text: string }) => q.text.startsWith('We understand'))
    expect(told).toMatchObject({ speaker: 'Tomas Brennick', cue: 'told' })
  })

  it('limits a client to 60 requests a minute with the local rate-limiting binding', async () => {
    // A fixed window: a run that crosses a window boundary starts counting again, so allow two
    // windows.
    let ok = 0
    let res: Response | null = null
    for (let i = 0; i < 125 && !res; i++) {
      const r = await post('The pier reopened, the mayor said.', '192.0.2.99')
      if (r.status === 429) res = r
      else (expect(r.status, await r.clone().text()).toBe(200), ok++)
    }
    expect(ok).toBeGreaterThanOrEqual(60)
    expect(res?.status).toBe(429)
    res = res!
    expect(res.headers.get('retry-after')).toBe('60')
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect((await post('The pier reopened.', '192.0.2.100')).status).toBe(200)
  })

  it('takes 1.5 MiB and refuses 2 MiB plus one byte', async () => {
    expect((await post('word '.repeat(300_000), '192.0.2.2')).status).toBe(200)
    const res = await post('x'.repeat(2 * 1024 * 1024 + 1), '192.0.2.3')
    expect(res.status, await res.clone().text()).toBe(413)
  })
})
