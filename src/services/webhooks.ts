/**
 * @module Webhook delivery: the dispatcher (change log → delivery rows → Queue messages) and the
 * Queue consumer (signed POSTs with exponential back-off, in order per story and subscription).
 */
import type { Article } from '../domain/article'
import { randomHex } from '../domain/crypto'
import { articleUrl } from '../domain/site'
import {
  retryDelaySeconds,
  signWebhook,
  webhookUrlProblem,
  WEBHOOK_MAX_RETRIES,
} from '../domain/webhooks'
import type { Bindings } from '../env'
import { changesAfter, type StoredChange } from '../storage/changes'
import {
  claimOverdueDeliveries,
  dispatchedThrough,
  getDeliveryToSend,
  hasEarlierPending,
  listWebhooks,
  nextPendingInChain,
  recordAttempt,
  recordDispatch,
  type NewDelivery,
  type WebhookWithSecret,
} from '../storage/webhooks'

/** What a Queue message carries: only the delivery's id (the row holds the rest). */
export interface WebhookMessage {
  deliveryId: string
}

/** Events the dispatcher reads per round (their snapshots are also capped by bytes). */
const DISPATCH_PAGE = 50

const allowPrivate = (env: Bindings) => env.WEBHOOK_ALLOW_PRIVATE === 'true'

function wants(w: WebhookWithSecret, change: StoredChange): boolean {
  if (change.seq <= w.fromSeq) return false
  if (change.visibility === 'private' && !w.includeDrafts) return false
  return w.events.includes('*') || w.events.includes(`article.${change.kind}`)
}

/** The JSON body of a delivery: `{ type, timestamp, data }`, the article without its bodies. */
function payloadOf(change: StoredChange, w: WebhookWithSecret, origin: string): string {
  const hidden = change.visibility === 'tombstone' && !w.includeDrafts
  let article: (Omit<Article, 'body' | 'bodyText'> & { url: string }) | null = null
  if (change.article && !hidden) {
    const { body: _b, bodyText: _t, ...rest } = change.article
    article = { ...rest, url: articleUrl(origin, rest.slug) }
  }
  return JSON.stringify({
    type: `article.${change.kind}`,
    timestamp: change.at,
    data: {
      articleId: change.articleId,
      slug: change.slug,
      revision: change.revision,
      status: change.status,
      tombstone: change.visibility === 'tombstone',
      article,
    },
  })
}

function newDeliveryId(): string {
  return `msg_${randomHex(12)}`
}

/**
 * Turns change-log events not yet dispatched into deliveries and queues them. Safe to run from many
 * places at once (after each write, and from the cron): a round that loses the race writes nothing.
 * Returns how many deliveries it queued.
 */
export async function dispatchWebhooks(env: Bindings, origin: string): Promise<number> {
  const db = env.DB.withSession('first-primary')
  let queued = 0
  for (let round = 0; round < 10; round++) {
    // Nobody listens: one cheap query per write (a new subscription moves the position itself).
    const hooks = await listWebhooks(db)
    if (hooks.length === 0) break
    const from = await dispatchedThrough(db)
    const changes = await changesAfter(db, from, DISPATCH_PAGE)
    if (changes.length === 0) break
    const deliveries: NewDelivery[] = changes.flatMap((change) =>
      hooks
        .filter((w) => wants(w, change))
        .map((w) => ({
          id: newDeliveryId(),
          subscriptionId: w.id,
          changeSeq: change.seq,
          articleId: change.articleId,
          type: `article.${change.kind}`,
          payload: payloadOf(change, w, origin),
        }))
    )
    if (!(await recordDispatch(db, from, changes.at(-1)!.seq, deliveries))) break
    queued += await enqueue(
      env,
      deliveries.map((d) => d.id)
    )
  }
  return queued
}

async function enqueue(env: Bindings, ids: string[]): Promise<number> {
  if (!env.WEBHOOK_QUEUE || ids.length === 0) return 0
  for (let i = 0; i < ids.length; i += 100) {
    await env.WEBHOOK_QUEUE.sendBatch(
      ids.slice(i, i + 100).map((deliveryId) => ({ body: { deliveryId } }))
    )
  }
  return ids.length
}

/** Queues one delivery again (manual redelivery, the next one of a chain). */
export async function enqueueDelivery(env: Bindings, deliveryId: string): Promise<void> {
  await enqueue(env, [deliveryId])
}

/** The cron's backstop: resends pending deliveries whose queue message was lost. */
export async function requeueOverdue(env: Bindings, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - 10 * 60_000).toISOString()
  return enqueue(
    env,
    await claimOverdueDeliveries(env.DB.withSession('first-primary'), before, 100)
  )
}

/** How a delivery is sent: `fetch`, unless a test hands in a receiver. */
export type Sender = (url: string, init: RequestInit) => Promise<Response>

/**
 * The Queue consumer. Each message names a delivery: it is sent only while pending and only once no
 * earlier event of the same story is pending for the subscription (that one's completion queues it
 * next), so events arrive in order per story. A failure retries the message with exponential
 * back-off; after the last retry the delivery is `failed` and the message goes to the dead-letter
 * queue.
 */
export async function consumeWebhookBatch(
  batch: MessageBatch<WebhookMessage>,
  env: Bindings,
  send: Sender = (url, init) => fetch(url, init)
): Promise<void> {
  const db = env.DB.withSession('first-primary')
  const base = Number(env.WEBHOOK_RETRY_BASE_SECONDS ?? '10') || 10
  for (const msg of batch.messages) {
    const d = await getDeliveryToSend(db, msg.body.deliveryId)
    if (!d || d.status !== 'pending' || (await hasEarlierPending(db, d))) {
      msg.ack()
      continue
    }
    const attempts = d.attempts + 1
    const outcome = await attempt(d, send, allowPrivate(env))
    const last = msg.attempts > WEBHOOK_MAX_RETRIES || outcome.permanent
    const status = outcome.ok ? 'succeeded' : last ? 'failed' : 'pending'
    const delay = retryDelaySeconds(msg.attempts, base)
    const nextAttemptAt = new Date(Date.now() + delay * 1000).toISOString()
    await recordAttempt(db, d.id, {
      status,
      attempts,
      lastStatus: outcome.status,
      lastError: outcome.error,
      nextAttemptAt,
    })
    if (status === 'pending') {
      msg.retry({ delaySeconds: delay })
      continue
    }
    const next = await nextPendingInChain(db, d)
    if (next) await enqueueDelivery(env, next)
    // A delivery that gave up still lands in the dead-letter queue for operators.
    if (status === 'failed' && !outcome.permanent) msg.retry()
    else msg.ack()
  }
}

interface Outcome {
  ok: boolean
  status: number | null
  error: string | null
  /** No retry can help (the URL is not allowed). */
  permanent: boolean
}

async function attempt(
  d: { id: string; url: string; secret: string; payload: string },
  send: Sender,
  allowPrivateUrls: boolean
): Promise<Outcome> {
  const refused = webhookUrlProblem(d.url, allowPrivateUrls)
  if (refused) return { ok: false, status: null, error: `URL refused: ${refused}`, permanent: true }
  const timestamp = Math.floor(Date.now() / 1000)
  try {
    const res = await send(d.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Edgewire-Webhooks/1',
        'webhook-id': d.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': await signWebhook(d.secret, d.id, timestamp, d.payload),
      },
      body: d.payload,
    })
    await res.body?.cancel()
    const ok = res.status >= 200 && res.status < 300
    return { ok, status: res.status, error: ok ? null : `HTTP ${res.status}`, permanent: false }
  } catch (err) {
    return { ok: false, status: null, error: String(err).slice(0, 300), permanent: false }
  }
}
