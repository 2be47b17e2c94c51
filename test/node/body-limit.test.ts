/**
 * @module Oversized uploads against the real Worker under `wrangler dev`: a chunked body over the
 * limit is a 413 problem, and so is the next one (a half-read upload used to make it a 503).
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorker } from '../support/worker-process.mjs'

let worker: Awaited<ReturnType<typeof startWorker>>
beforeAll(async () => {
  worker = await startWorker()
})
afterAll(async () => {
  await worker?.stop()
})

/** POSTs with `Transfer-Encoding: chunked` (no Content-Length), as streaming clients do. */
function postChunked(
  path: string,
  body: string,
  ip: string
): Promise<{ status: number; type: string }> {
  const url = new URL(worker.url)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        agent: false,
        headers: { 'content-type': 'text/plain', 'cf-connecting-ip': ip },
      },
      (res) => {
        res.resume()
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) })
        )
      }
    )
    req.on('error', reject)
    req.write(body)
    req.end()
  })
}

describe('body limits under wrangler dev', () => {
  it('answers every chunked upload over the limit with a 413 problem, one after another', async () => {
    const big = 'tide '.repeat(500_000)
    for (let i = 0; i < 4; i++) {
      const res = await postChunked('/v1/extract', big, `198.51.100.${i + 1}`)
      expect(res.status, `upload ${i}`).toBe(413)
      expect(res.type).toContain('application/problem+json')
    }
    const small = await postChunked('/v1/extract', 'Harbour lights come on.', '198.51.100.9')
    expect(small.status).toBe(200)
  })
})
