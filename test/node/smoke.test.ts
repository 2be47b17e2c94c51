import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorker } from '../support/worker-process.mjs'

describe('the Worker under wrangler dev', () => {
  let worker: { url: string; adminKey: string; stop: () => Promise<void> }
  beforeAll(async () => {
    worker = await startWorker()
  })
  afterAll(async () => {
    await worker?.stop()
  })

  it('serves health and accepts the admin key on local D1', async () => {
    expect((await fetch(`${worker.url}/healthz`)).status).toBe(200)
    const res = await fetch(`${worker.url}/v1/keys`, {
      headers: { authorization: `Bearer ${worker.adminKey}` },
    })
    expect(res.status, await res.clone().text()).toBe(200)
  })
})
