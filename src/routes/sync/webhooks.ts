/**
 * @module /v1/webhooks: subscriptions (secret shown once), their delivery log and manual
 * redelivery. Everything here needs the `webhooks:manage` scope.
 */
import { Hono } from 'hono'
import { ApiError } from '../../domain/errors'
import { hasScope } from '../../domain/scopes'
import { newWebhookSecret, webhookUrlProblem } from '../../domain/webhooks'
import type { AppEnv } from '../../env'
import { enqueueDelivery } from '../../services/webhooks'
import {
  deleteWebhook,
  getDelivery,
  getWebhook,
  insertWebhook,
  listDeliveries,
  listWebhooks,
  resetDelivery,
  webhookView,
  type Webhook,
} from '../../storage/webhooks'
import { defineRoute } from '../contract/define-route'
import {
  DELIVERY_LIST,
  REDELIVER,
  WEBHOOK_CREATE,
  WEBHOOK_DELETE,
  WEBHOOK_LIST,
  WEBHOOK_READ,
} from './spec'

export { DeliveriesQuerySchema } from './spec'

export const webhooks = new Hono<AppEnv>()

// Each operation checks `webhooks:manage` itself (defineRoute), so a method no route serves is a
// 405 for every caller, not a 403.
webhooks.use('*', async (c, next) => {
  await next()
  // Problems carry their own `no-store`; answers hold subscriptions (and once, a secret).
  if (c.res.ok) c.res.headers.set('cache-control', 'private, no-store')
})

const REPLAY_NOTE =
  'Replayed: this subscription was created by the first request with this ' +
  'Idempotency-Key, whose answer alone showed the secret. If it was lost, delete the subscription and create another.'

async function findWebhook(db: AppEnv['Variables']['db'], id: string) {
  const found = /^wh_[0-9a-f]{16}$/.test(id) ? await getWebhook(db, id) : null
  if (!found) throw new ApiError('not_found', `No webhook "${id.slice(0, 100)}".`)
  return found
}

const mount = { mount: '/v1/webhooks' }

defineRoute(
  webhooks,
  WEBHOOK_CREATE,
  async (c, { body: input }) => {
    const refused = webhookUrlProblem(input.url, c.env.WEBHOOK_ALLOW_PRIVATE === 'true')
    if (refused) {
      throw new ApiError('validation_failed', `The webhook URL is refused: ${refused}.`, {
        errors: [{ path: 'url', message: refused }],
      })
    }
    if (input.includeDrafts && !hasScope(c.var.principal, 'articles:read-drafts')) {
      throw new ApiError(
        'forbidden',
        'includeDrafts needs a key with the "articles:read-drafts" scope.',
        {
          errors: [{ path: 'includeDrafts', message: 'not held by this key' }],
        }
      )
    }
    const id = `wh_${[...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')}`
    const webhook: Webhook = {
      id,
      url: input.url,
      events: [...new Set(input.events)],
      description: input.description ?? null,
      includeDrafts: input.includeDrafts,
      createdAt: new Date().toISOString(),
      createdBy: c.var.principal.id,
    }
    const secret = input.secret ?? newWebhookSecret()
    await insertWebhook(c.var.db, webhook, secret)
    c.header('location', `/v1/webhooks/${id}`)
    c.set('idempotentReplayBody', JSON.stringify({ webhook, meta: { note: REPLAY_NOTE } }))
    const note = "The secret is shown only once: verify each delivery's webhook-signature with it."
    return c.json({ webhook: { ...webhook, secret }, meta: { note } }, 201)
  },
  mount
)

defineRoute(
  webhooks,
  WEBHOOK_LIST,
  async (c) => c.json({ webhooks: (await listWebhooks(c.var.db)).map(webhookView) }),
  mount
)

defineRoute(
  webhooks,
  WEBHOOK_READ,
  async (c) =>
    c.json({ webhook: webhookView(await findWebhook(c.var.db, c.req.param('id') ?? '')) }),
  mount
)

defineRoute(
  webhooks,
  WEBHOOK_DELETE,
  async (c) => {
    const found = await findWebhook(c.var.db, c.req.param('id') ?? '')
    await deleteWebhook(c.var.db, found.id)
    return c.json({ webhook: webhookView(found) })
  },
  mount
)

defineRoute(
  webhooks,
  DELIVERY_LIST,
  async (c, { query }) => {
    const found = await findWebhook(c.var.db, c.req.param('id') ?? '')
    return c.json({ deliveries: await listDeliveries(c.var.db, found.id, query.limit ?? 50) })
  },
  mount
)

defineRoute(
  webhooks,
  REDELIVER,
  async (c) => {
    const found = await findWebhook(c.var.db, c.req.param('id') ?? '')
    const deliveryId = c.req.param('deliveryId') ?? ''
    const delivery = /^msg_[0-9a-f]{24}$/.test(deliveryId)
      ? await getDelivery(c.var.db, found.id, deliveryId)
      : null
    if (!delivery)
      throw new ApiError('not_found', `No delivery "${deliveryId.slice(0, 100)}" for this webhook.`)
    if (!c.env.WEBHOOK_QUEUE)
      throw new ApiError('unavailable', 'No webhook queue is bound to this Worker.')
    await resetDelivery(c.var.db, delivery.id)
    await enqueueDelivery(c.env, delivery.id)
    return c.json({ delivery: { ...delivery, status: 'pending' } }, 202)
  },
  mount
)
