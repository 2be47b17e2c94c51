/**
 * @module /v1/webhooks: subscriptions (secret shown once), their delivery log and manual
 * redelivery. Everything here needs the `webhooks:manage` scope.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import {
  createWebhook,
  findWebhook,
  listWebhookDeliveries,
  listWebhookViews,
  redeliverWebhook,
  removeWebhook,
} from '../../services/webhook-subscriptions'
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

const mount = { mount: '/v1/webhooks' }

defineRoute(
  webhooks,
  WEBHOOK_CREATE,
  async (c, { body: input }) => {
    const allowPrivate = c.env.WEBHOOK_ALLOW_PRIVATE === 'true'
    const { webhook, secret } = await createWebhook(c.var, input, allowPrivate)
    c.header('location', `/v1/webhooks/${webhook.id}`)
    c.set('idempotentReplayBody', JSON.stringify({ webhook, meta: { note: REPLAY_NOTE } }))
    const note = "The secret is shown only once: verify each delivery's webhook-signature with it."
    return c.json({ webhook: { ...webhook, secret }, meta: { note } }, 201)
  },
  mount
)

defineRoute(
  webhooks,
  WEBHOOK_LIST,
  async (c) => c.json({ webhooks: await listWebhookViews(c.var.db) }),
  mount
)

defineRoute(
  webhooks,
  WEBHOOK_READ,
  async (c) => c.json({ webhook: await findWebhook(c.var.db, c.req.param('id') ?? '') }),
  mount
)

defineRoute(
  webhooks,
  WEBHOOK_DELETE,
  async (c) => c.json({ webhook: await removeWebhook(c.var.db, c.req.param('id') ?? '') }),
  mount
)

defineRoute(
  webhooks,
  DELIVERY_LIST,
  async (c, { query }) => {
    const id = c.req.param('id') ?? ''
    const deliveries = await listWebhookDeliveries(c.var.db, id, query.limit ?? 50)
    return c.json({ deliveries })
  },
  mount
)

defineRoute(
  webhooks,
  REDELIVER,
  async (c) => {
    const id = c.req.param('id') ?? ''
    const deliveryId = c.req.param('deliveryId') ?? ''
    const delivery = await redeliverWebhook(c.var.db, c.env, id, deliveryId)
    return c.json({ delivery }, 202)
  },
  mount
)
