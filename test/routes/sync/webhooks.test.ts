import { createMessageBatch, env, getQueueResult, createExecutionContext } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { webhookUrlProblem } from '../../../src/domain/webhooks'
import {
  consumeWebhookBatch,
  dispatchWebhooks,
  type Sender,
  type WebhookMessage,
} from '../../../src/services/webhooks'
import { call, createArticle, expectJson, expectProblem } from '../../helpers'

const HOOK = {
  url: 'https://hooks.example/edgewire',
  events: ['article.published', 'article.corrected'],
}

async function newKey(scopes: string[]) {
  return (
    await expectJson(await call('POST', '/v1/keys', { json: { name: 'hooks', scopes } }), 201)
  ).key.secret as string
}

describe('/v1/webhooks subscriptions', () => {
  it('creates with a whsec_ secret shown once, lists, reads and deletes', async () => {
    const res = await call('POST', '/v1/webhooks', {
      json: { ...HOOK, description: 'Partner CMS' },
    })
    const made = await expectJson(res, 201)
    expect(made.webhook).toMatchObject({
      ...HOOK,
      description: 'Partner CMS',
      includeDrafts: false,
      createdBy: 'admin',
    })
    expect(made.webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(res.headers.get('location')).toBe(`/v1/webhooks/${made.webhook.id}`)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const id = made.webhook.id

    const one = await expectJson(await call('GET', `/v1/webhooks/${id}`), 200)
    expect(one.webhook.id).toBe(id)
    expect(JSON.stringify(one)).not.toContain('whsec_')
    const list = await expectJson(await call('GET', '/v1/webhooks'), 200)
    expect(list.webhooks.map((w: { id: string }) => w.id)).toContain(id)
    expect(JSON.stringify(list)).not.toContain('whsec_')

    await expectJson(await call('DELETE', `/v1/webhooks/${id}`), 200)
    await expectProblem(await call('GET', `/v1/webhooks/${id}`), 404, 'not_found')
    await expectProblem(await call('DELETE', `/v1/webhooks/${id}`), 404, 'not_found')
  })

  it('replays an idempotent create without the secret', async () => {
    const headers = { 'idempotency-key': `hook-${crypto.randomUUID()}` }
    const first = await expectJson(await call('POST', '/v1/webhooks', { json: HOOK, headers }), 201)
    const again = await expectJson(await call('POST', '/v1/webhooks', { json: HOOK, headers }), 201)
    expect(again.webhook.id).toBe(first.webhook.id)
    expect(JSON.stringify(again)).not.toContain(first.webhook.secret)
  })

  it('accepts a caller-chosen secret and validates its format', async () => {
    const secret = `whsec_${btoa('0123456789abcdef0123456789abcdef')}`
    const made = await expectJson(
      await call('POST', '/v1/webhooks', { json: { ...HOOK, secret } }),
      201
    )
    expect(made.webhook.secret).toBe(secret)
    const bad = await expectProblem(
      await call('POST', '/v1/webhooks', { json: { ...HOOK, secret: 'hunter2' } }),
      400,
      'validation_failed'
    )
    expect(bad.errors?.[0]?.path).toBe('secret')
  })

  it('refuses loopback, private, link-local, metadata and non-http URLs', async () => {
    const refused = [
      'http://127.0.0.1/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.8/x',
      'http://172.20.1.1/',
      'http://192.168.1.10/',
      'http://[::1]/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://localhost:8080/',
      'http://api.localhost/',
      'http://metadata.google.internal/',
      'http://2130706433/',
      'http://0x7f.1/',
      'ftp://hooks.example/',
      'javascript:alert(1)',
      'https://user:pass@hooks.example/',
    ]
    for (const url of refused) {
      const res = await call('POST', '/v1/webhooks', { json: { ...HOOK, url } })
      const problem = await expectProblem(res, 400, 'validation_failed')
      expect(problem.errors?.[0]?.path, url).toBe('url')
    }
    expect(webhookUrlProblem('http://127.0.0.1:9999/', true)).toBeNull()
    expect(webhookUrlProblem('https://hooks.example/in', false)).toBeNull()
    expect(webhookUrlProblem('http://172.32.0.1/', false)).toBeNull()
  })

  it('validates events and refuses unknown fields', async () => {
    const a = await expectProblem(
      await call('POST', '/v1/webhooks', { json: { ...HOOK, events: ['article.exploded'] } }),
      400,
      'validation_failed'
    )
    expect(a.errors?.[0]?.path).toBe('events.0')
    await expectProblem(
      await call('POST', '/v1/webhooks', { json: { ...HOOK, events: [] } }),
      400,
      'validation_failed'
    )
    await expectProblem(
      await call('POST', '/v1/webhooks', { json: { ...HOOK, extra: 1 } }),
      400,
      'validation_failed'
    )
    await expectProblem(await call('GET', '/v1/webhooks/wh_nope'), 404, 'not_found')
  })

  it('refuses a 10 MB secret or body with 413 and stores nothing', async () => {
    const before = (await expectJson(await call('GET', '/v1/webhooks'), 200)).webhooks.length
    const huge = `whsec_${'A'.repeat(10 * 1024 * 1024)}`
    await expectProblem(
      await call('POST', '/v1/webhooks', { json: { ...HOOK, secret: huge } }),
      413,
      'payload_too_large'
    )
    const after = (await expectJson(await call('GET', '/v1/webhooks'), 200)).webhooks.length
    expect(after).toBe(before)
  })

  it('needs webhooks:manage, and articles:read-drafts for includeDrafts', async () => {
    await expectProblem(await call('GET', '/v1/webhooks', { key: null }), 401, 'unauthorized')
    const writer = await newKey(['articles:write'])
    await expectProblem(
      await call('POST', '/v1/webhooks', { json: HOOK, key: writer }),
      403,
      'forbidden'
    )
    const manager = await newKey(['webhooks:manage'])
    await expectJson(await call('POST', '/v1/webhooks', { json: HOOK, key: manager }), 201)
    const drafts = await expectProblem(
      await call('POST', '/v1/webhooks', { json: { ...HOOK, includeDrafts: true }, key: manager }),
      403,
      'forbidden'
    )
    expect(drafts.errors?.[0]?.path).toBe('includeDrafts')
  })
})

describe('webhook dispatch and the queue consumer', () => {
  it('signs deliveries the standardwebhooks package verifies, retries failures, and logs them', async () => {
    const made = await expectJson(
      await call('POST', '/v1/webhooks', { json: { ...HOOK, events: ['*'] } }),
      201
    )
    const verifier = new Webhook(made.webhook.secret)
    await dispatchWebhooks(env, 'https://news.example')
    const a = await createArticle({ headline: 'Ferry dispatch story' })
    await dispatchWebhooks(env, 'https://news.example')
    const log = await expectJson(
      await call('GET', `/v1/webhooks/${made.webhook.id}/deliveries`),
      200
    )
    const mine = log.deliveries.filter((d: { articleId: string }) => d.articleId === a.id)
    expect(mine).toHaveLength(1)
    // (the test runtime's own queue consumer may already have tried hooks.example, and failed)
    expect(mine[0]).toMatchObject({ type: 'article.published', status: 'pending' })

    const seen: { status: number; payload: unknown }[] = []
    let fail = true
    const send: Sender = async (_url, init) => {
      const headers = Object.fromEntries(new Headers(init.headers).entries())
      const payload = verifier.verify(String(init.body), headers)
      seen.push({ status: fail ? 500 : 200, payload })
      return new Response(null, { status: fail ? 500 : 200 })
    }
    const batch = createMessageBatch<WebhookMessage>('edgewire-webhooks', [
      { id: 'm1', timestamp: new Date(), attempts: 1, body: { deliveryId: mine[0].id } },
    ])
    await consumeWebhookBatch(batch, env, send)
    const first = await getQueueResult(batch, createExecutionContext())
    expect(first.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(['m1'])
    fail = false
    const retry = createMessageBatch<WebhookMessage>('edgewire-webhooks', [
      { id: 'm1', timestamp: new Date(), attempts: 2, body: { deliveryId: mine[0].id } },
    ])
    await consumeWebhookBatch(retry, env, send)
    expect((await getQueueResult(retry, createExecutionContext())).explicitAcks).toEqual(['m1'])
    expect(seen).toHaveLength(2)
    expect(seen[1]!.payload).toMatchObject({
      type: 'article.published',
      data: { articleId: a.id, revision: 1, tombstone: false },
    })

    const after = await expectJson(
      await call('GET', `/v1/webhooks/${made.webhook.id}/deliveries?limit=5`),
      200
    )
    const done = after.deliveries.find((d: { id: string }) => d.id === mine[0].id)
    expect(done).toMatchObject({ status: 'succeeded', lastStatus: 200 })
    expect(done.attempts).toBeGreaterThanOrEqual(2)
    // Delivered: the same message again is acknowledged without a second send.
    await consumeWebhookBatch(retry, env, send)
    expect(seen).toHaveLength(2)
    await expectProblem(
      await call('GET', `/v1/webhooks/${made.webhook.id}/deliveries?limit=0`),
      400,
      'validation_failed'
    )
  })

  it('never sends to a private address at delivery time', async () => {
    const made = await expectJson(
      await call('POST', '/v1/webhooks', { json: { ...HOOK, events: ['*'] } }),
      201
    )
    await dispatchWebhooks(env, 'https://news.example')
    // A stored URL that became private (changed by hand, or by a DNS-free trick) is refused when
    // sending.
    await env.DB.prepare('UPDATE webhook_subscriptions SET url = ?1 WHERE id = ?2')
      .bind('http://169.254.169.254/', made.webhook.id)
      .run()
    const a = await createArticle({ headline: 'Metadata probe story' })
    await dispatchWebhooks(env, 'https://news.example')
    const log = await expectJson(
      await call('GET', `/v1/webhooks/${made.webhook.id}/deliveries`),
      200
    )
    const d = log.deliveries.find((x: { articleId: string }) => x.articleId === a.id)
    let sent = 0
    const batch = createMessageBatch<WebhookMessage>('edgewire-webhooks', [
      { id: 'p1', timestamp: new Date(), attempts: 1, body: { deliveryId: d.id } },
    ])
    await consumeWebhookBatch(batch, env, async () => {
      sent += 1
      return new Response(null)
    })
    expect(sent).toBe(0)
    const after = await expectJson(
      await call('GET', `/v1/webhooks/${made.webhook.id}/deliveries`),
      200
    )
    expect(after.deliveries.find((x: { id: string }) => x.id === d.id)).toMatchObject({
      status: 'failed',
    })
  })
})
