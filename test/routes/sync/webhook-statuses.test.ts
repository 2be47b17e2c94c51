/**
 * @module The answers of /v1/webhooks (and the keyed POSTs beside it) a client must handle beyond the happy
 * path: a manual redelivery (202), Idempotency-Key reuse (422) and a first attempt still running
 * (409), an unknown query parameter (400), and the delivery log of an unknown subscription (404).
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../../src/domain/crypto'
import { dispatchWebhooks } from '../../../src/services/webhooks'
import { claimIdempotencyKey } from '../../../src/storage/idempotency'
import { call, createArticle, expectJson, expectProblem } from '../../helpers'

const idemKey = () => `idem-${crypto.randomUUID()}`

/**
 * Claims `key` for the admin key as if a request with this exact method, path and JSON body were
 * still running (the middleware's fingerprint: method, path, query, content type, body).
 */
async function claimRunning(key: string, path: string, json?: unknown): Promise<void> {
  const type = json === undefined ? '' : 'application/json'
  const body = json === undefined ? '' : JSON.stringify(json)
  const fingerprint = await sha256Hex(`POST\n${path}\n\n${type}\n${body}`)
  const claim = await claimIdempotencyKey(env.DB, 'admin', key, fingerprint, new Date())
  expect(claim.claimed).toBe(true)
}

async function pendingDelivery(): Promise<{ hook: string; delivery: string }> {
  const hook = { url: 'https://hooks.example/statuses', events: ['article.published'] }
  const made = await expectJson(await call('POST', '/v1/webhooks', { json: hook }), 201)
  await dispatchWebhooks(env, 'https://news.example')
  const article = await createArticle({ headline: 'Ferry redelivery story' })
  await dispatchWebhooks(env, 'https://news.example')
  const log = await call('GET', `/v1/webhooks/${made.webhook.id}/deliveries`)
  const deliveries = (await expectJson(log, 200)).deliveries as { id: string; articleId: string }[]
  const mine = deliveries.find((d) => d.articleId === article.id)
  expect(mine, JSON.stringify(deliveries)).toBeDefined()
  return { hook: made.webhook.id, delivery: mine!.id }
}

describe('webhook deliveries by hand', () => {
  it('redelivers with 202, once per Idempotency-Key', async () => {
    const { hook, delivery } = await pendingDelivery()
    const path = `/v1/webhooks/${hook}/deliveries/${delivery}/redeliver`
    const sent = await expectJson(await call('POST', path), 202)
    expect(sent.delivery).toMatchObject({ id: delivery, status: 'pending' })
    const headers = { 'idempotency-key': idemKey() }
    await expectJson(await call('POST', path, { headers }), 202)
    const replay = await call('POST', path, { headers })
    expect(replay.status, await replay.clone().text()).toBe(202)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    const reused = await call('POST', `${path}?again=1`, { headers })
    await expectProblem(reused, 422, 'idempotency_key_reused')
    const running = idemKey()
    await claimRunning(running, path)
    const busy = await call('POST', path, { headers: { 'idempotency-key': running } })
    await expectProblem(busy, 409, 'idempotency_in_progress')
    expect(busy.headers.get('retry-after')).toBe('1')
  })

  it('answers 404 for the delivery log of an unknown subscription', async () => {
    const res = await call('GET', '/v1/webhooks/wh_ffffffffffffffff/deliveries')
    expect((await expectProblem(res, 404, 'not_found')).detail).toMatch(/No webhook/)
  })
})

describe('webhook subscriptions: queries and Idempotency-Key', () => {
  it('refuses query parameters the list and the read do not take (400)', async () => {
    const made = await call('POST', '/v1/webhooks', {
      json: { url: 'https://hooks.example/query', events: ['*'] },
    })
    const id = (await expectJson(made, 201)).webhook.id as string
    const list = await expectProblem(
      await call('GET', '/v1/webhooks?limit=5'),
      400,
      'validation_failed'
    )
    expect(JSON.stringify(list)).toContain('limit')
    const read = await expectProblem(
      await call('GET', `/v1/webhooks/${id}?x=1`),
      400,
      'validation_failed'
    )
    expect(JSON.stringify(read)).toContain('x')
  })

  it('refuses a reused key (422) and a key whose first request still runs (409)', async () => {
    for (const [path, json] of [
      ['/v1/webhooks', { url: 'https://hooks.example/idem', events: ['*'] }],
      ['/v1/keys', { name: 'idem-desk', scopes: ['articles:write'] }],
      [
        '/v1/articles/batch',
        { articles: [{ slug: `idem-batch-${Date.now()}`, headline: 'Batch' }] },
      ],
    ] as const) {
      const headers = { 'idempotency-key': idemKey() }
      const first = await call('POST', path, { json, headers })
      expect([200, 201], await first.clone().text()).toContain(first.status)
      const other = await call('POST', path, { json: { ...json, other: true }, headers })
      await expectProblem(other, 422, 'idempotency_key_reused')
      const running = idemKey()
      await claimRunning(running, path, json)
      const busy = await call('POST', path, { json, headers: { 'idempotency-key': running } })
      await expectProblem(busy, 409, 'idempotency_in_progress')
    }
  })
})
