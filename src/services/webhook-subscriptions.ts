/**
 * @module Webhook subscriptions as the API manages them: create (the secret is returned once),
 * list, read, delete, a subscription's delivery log, and manual redelivery.
 */
import { randomHex } from '../domain/crypto'
import { ApiError } from '../domain/errors'
import { hasScope } from '../domain/scopes'
import { newWebhookSecret, webhookUrlProblem } from '../domain/webhooks'
import type { Bindings } from '../env'
import type { Db } from '../storage/db'
import {
  deleteWebhook,
  getDelivery,
  getWebhook,
  insertWebhook,
  listDeliveries,
  listWebhooks,
  resetDelivery,
  webhookView,
  type Delivery,
  type Webhook,
} from '../storage/webhooks'
import type { ServiceDeps } from './deps'
import { enqueueDelivery } from './webhooks'

export type { Delivery, Webhook }

/** What a create asks for (already validated against the route's schema). */
export interface WebhookInput {
  url: string
  events: string[]
  description?: string
  includeDrafts: boolean
  secret?: string
}

/**
 * Stores a subscription for the events written from now on. A private or non-HTTPS URL is refused
 * (unless `allowPrivate`), and `includeDrafts` needs the caller to hold `articles:read-drafts`.
 */
export async function createWebhook(
  deps: Pick<ServiceDeps, 'db' | 'principal'>,
  input: WebhookInput,
  allowPrivate: boolean
): Promise<{ webhook: Webhook; secret: string }> {
  const refused = webhookUrlProblem(input.url, allowPrivate)
  if (refused) {
    throw new ApiError('validation_failed', `The webhook URL is refused: ${refused}.`, {
      errors: [{ path: 'url', message: refused }],
    })
  }
  if (input.includeDrafts && !hasScope(deps.principal, 'articles:read-drafts')) {
    const detail = 'includeDrafts needs a key with the "articles:read-drafts" scope.'
    throw new ApiError('forbidden', detail, {
      errors: [{ path: 'includeDrafts', message: 'not held by this key' }],
    })
  }
  const webhook: Webhook = {
    id: `wh_${randomHex(8)}`,
    url: input.url,
    events: [...new Set(input.events)],
    description: input.description ?? null,
    includeDrafts: input.includeDrafts,
    createdAt: new Date().toISOString(),
    createdBy: deps.principal.id,
  }
  const secret = input.secret ?? newWebhookSecret()
  await insertWebhook(deps.db, webhook, secret)
  return { webhook, secret }
}

/** Every subscription, without secrets. */
export async function listWebhookViews(db: Db): Promise<Webhook[]> {
  return (await listWebhooks(db)).map(webhookView)
}

/** One subscription (without its secret); 404 for an unknown or malformed id. */
export async function findWebhook(db: Db, id: string): Promise<Webhook> {
  const found = /^wh_[0-9a-f]{16}$/.test(id) ? await getWebhook(db, id) : null
  if (!found) throw new ApiError('not_found', `No webhook "${id.slice(0, 100)}".`)
  return webhookView(found)
}

/** Deletes a subscription and returns what it was; 404 when there is none. */
export async function removeWebhook(db: Db, id: string): Promise<Webhook> {
  const found = await findWebhook(db, id)
  await deleteWebhook(db, found.id)
  return found
}

/** A subscription's deliveries, newest first; 404 when the subscription does not exist. */
export async function listWebhookDeliveries(
  db: Db,
  id: string,
  limit: number
): Promise<Delivery[]> {
  const found = await findWebhook(db, id)
  return listDeliveries(db, found.id, limit)
}

/**
 * Sends one delivery again: back to pending and on the queue. 404 for an unknown subscription or
 * delivery, 503 when no queue is bound.
 */
export async function redeliverWebhook(
  db: Db,
  env: Bindings,
  id: string,
  deliveryId: string
): Promise<Delivery> {
  const found = await findWebhook(db, id)
  const delivery = /^msg_[0-9a-f]{24}$/.test(deliveryId)
    ? await getDelivery(db, found.id, deliveryId)
    : null
  if (!delivery)
    throw new ApiError('not_found', `No delivery "${deliveryId.slice(0, 100)}" for this webhook.`)
  if (!env.WEBHOOK_QUEUE)
    throw new ApiError('unavailable', 'No webhook queue is bound to this Worker.')
  await resetDelivery(db, delivery.id)
  await enqueueDelivery(env, delivery.id)
  return { ...delivery, status: 'pending' }
}
