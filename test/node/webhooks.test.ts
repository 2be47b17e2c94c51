/**
 * Webhooks end to end: a real `wrangler dev` (local Queues), a real HTTP receiver that fails the
 * first attempts on purpose, and the independent `standardwebhooks` package verifying signatures.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorker } from '../support/worker-process.mjs'

interface Received {
  id: string
  type: string
  articleId: string
  revision: number
}

describe('signed webhooks through the local queue', () => {
  let worker: { url: string; adminKey: string; stop: () => Promise<void> }
  let server: Server
  let receiverUrl = ''
  let verifier: Webhook | null = null
  const attemptsById = new Map<string, number>()
  const accepted: Received[] = []
  let duplicates = 0
  let badSignatures = 0

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => {
        body += chunk
      })
      req.on('end', () => {
        const id = String(req.headers['webhook-id'])
        const n = (attemptsById.get(id) ?? 0) + 1
        attemptsById.set(id, n)
        let payload: { type: string; data: { articleId: string; revision: number } }
        try {
          payload = verifier!.verify(body, req.headers as Record<string, string>) as typeof payload
        } catch {
          badSignatures += 1
          res.writeHead(400).end()
          return
        }
        // Fail on purpose: every first attempt, and the second one of the first event each story
        // sends.
        const first = !accepted.some((r) => r.articleId === payload.data.articleId)
        if (n === 1 || (n === 2 && first && attemptsById.size % 2 === 1)) {
          res.writeHead(503).end('try later')
          return
        }
        if (accepted.some((r) => r.id === id)) duplicates += 1
        else
          accepted.push({
            id,
            type: payload.type,
            articleId: payload.data.articleId,
            revision: payload.data.revision,
          })
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
    worker = await startWorker({
      vars: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_BASE_SECONDS: '1' },
    })
  })
  afterAll(async () => {
    await worker?.stop()
    await new Promise((r) => server?.close(r))
  })

  const api = async (
    method: string,
    path: string,
    json?: unknown,
    headers: Record<string, string> = {}
  ) => {
    const res = await fetch(`${worker.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${worker.adminKey}`,
        ...(json !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null, text }
  }

  it('delivers every event exactly once per id (after dedupe), signed and in order per story', async () => {
    const made = await api('POST', '/v1/webhooks', { url: receiverUrl, events: ['*'] })
    expect(made.status, made.text).toBe(201)
    expect(made.body.webhook.secret).toMatch(/^whsec_/)
    verifier = new Webhook(made.body.webhook.secret)
    const hookId = made.body.webhook.id as string

    // Two stories, each through several writes; a draft the subscription must never hear about.
    const ids: string[] = []
    for (const slug of [`hook-a-${Date.now()}`, `hook-b-${Date.now()}`]) {
      const created = await api('POST', '/v1/articles', {
        slug,
        headline: `Ferry ${slug}`,
        status: 'published',
      })
      expect(created.status, created.text).toBe(201)
      let a = created.body.article
      ids.push(a.id)
      for (const patch of [
        { dek: 'First dek' },
        { corrections: [{ text: 'The ferry left at nine, not ten.' }] },
      ]) {
        const res = await api('PATCH', `/v1/articles/${a.id}`, patch, {
          'if-match': `"${a.id}.r${a.revision}"`,
        })
        expect(res.status, res.text).toBe(200)
        a = res.body.article
      }
    }
    const unpub = await api('POST', `/v1/articles/${ids[1]}/unpublish`)
    expect(unpub.status, unpub.text).toBe(200)
    const draft = await api('POST', '/v1/articles', { headline: 'A quiet draft', status: 'draft' })
    expect(draft.status, draft.text).toBe(201)

    const expected = 7
    const deadline = Date.now() + 90_000
    while (accepted.length < expected && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250))
    expect(accepted.length, JSON.stringify(accepted)).toBe(expected)
    expect(badSignatures).toBe(0)
    expect(new Set(accepted.map((r) => r.id)).size).toBe(expected)
    expect(accepted.some((r) => r.articleId === draft.body.article.id)).toBe(false)
    for (const id of ids) {
      const mine = accepted.filter((r) => r.articleId === id)
      expect(
        mine.map((r) => r.revision),
        `order for ${id}`
      ).toEqual([...mine.map((r) => r.revision)].sort((x, y) => x - y))
      expect(mine.map((r) => r.type).slice(0, 3)).toEqual([
        'article.published',
        'article.updated',
        'article.corrected',
      ])
    }
    expect(accepted.filter((r) => r.articleId === ids[1]).at(-1)?.type).toBe('article.unpublished')
    // Every id was refused at least once before it was accepted.
    for (const r of accepted) expect(attemptsById.get(r.id)).toBeGreaterThanOrEqual(2)

    const log = await api('GET', `/v1/webhooks/${hookId}/deliveries`)
    expect(log.status, log.text).toBe(200)
    expect(log.body.deliveries).toHaveLength(expected)
    for (const d of log.body.deliveries) {
      expect(d.status).toBe('succeeded')
      expect(d.attempts).toBeGreaterThanOrEqual(2)
    }

    // A manual redelivery sends the same id again: the receiver's dedupe absorbs it.
    const target = log.body.deliveries[0].id as string
    const before = attemptsById.get(target)!
    const again = await api('POST', `/v1/webhooks/${hookId}/deliveries/${target}/redeliver`)
    expect(again.status, again.text).toBe(202)
    const until = Date.now() + 30_000
    while (attemptsById.get(target) === before && Date.now() < until)
      await new Promise((r) => setTimeout(r, 200))
    expect(attemptsById.get(target)).toBe(before + 1)
    await new Promise((r) => setTimeout(r, 500))
    expect(duplicates).toBe(1)
    expect(accepted).toHaveLength(expected)
  }, 150_000)
})
