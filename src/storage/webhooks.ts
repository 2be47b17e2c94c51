/**
 * @module Webhook subscriptions and deliveries in D1: the subscriptions API, the dispatcher's
 * outbox write, and the consumer's bookkeeping.
 */
import type { Db } from './db'

/** A subscription as the API shows it (never its secret). */
export interface Webhook {
  id: string
  url: string
  events: string[]
  description: string | null
  includeDrafts: boolean
  createdAt: string
  createdBy: string
}

interface WebhookRow {
  id: string
  url: string
  events: string
  description: string | null
  include_drafts: number
  secret: string
  from_seq: number
  created_by: string
  created_at: string
}

/** A subscription with what the dispatcher and the consumer need. */
export interface WebhookWithSecret extends Webhook {
  secret: string
  fromSeq: number
}

function rowToWebhook(row: WebhookRow): WebhookWithSecret {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as string[],
    description: row.description,
    includeDrafts: row.include_drafts === 1,
    createdAt: row.created_at,
    createdBy: row.created_by,
    secret: row.secret,
    fromSeq: row.from_seq,
  }
}

/** The API view of a subscription: everything but the secret and the internal start position. */
export function webhookView(w: WebhookWithSecret): Webhook {
  const { secret: _secret, fromSeq: _from, ...view } = w
  return view
}

/**
 * Stores a subscription; it will receive the change-log events written after this moment.
 *
 * @example
 * await insertWebhook(db, { id, url, events: ['*'], ... }, 'whsec_…')
 */
export async function insertWebhook(db: Db, w: Webhook, secret: string): Promise<void> {
  await db.batch([
    // While nobody subscribed, the dispatcher did not move: the first subscription moves it to now.
    db.prepare(
      `UPDATE site_state SET value = max(value, (SELECT COALESCE(max(seq), 0) FROM article_changes))
       WHERE key = 'webhooks_dispatched' AND NOT EXISTS (SELECT 1 FROM webhook_subscriptions)`
    ),
    db
      .prepare(
        `INSERT INTO webhook_subscriptions
           (id, url, events, description, include_drafts, secret, from_seq, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT COALESCE(max(seq), 0) FROM article_changes), ?7, ?8)`
      )
      .bind(
        w.id,
        w.url,
        JSON.stringify(w.events),
        w.description,
        w.includeDrafts ? 1 : 0,
        secret,
        w.createdBy,
        w.createdAt
      ),
  ])
}

/** Every subscription, oldest first. */
export async function listWebhooks(db: Db): Promise<WebhookWithSecret[]> {
  const rows = await db
    .prepare('SELECT * FROM webhook_subscriptions ORDER BY created_at, id')
    .all<WebhookRow>()
  return rows.results.map(rowToWebhook)
}

/** One subscription, or null. */
export async function getWebhook(db: Db, id: string): Promise<WebhookWithSecret | null> {
  const row = await db
    .prepare('SELECT * FROM webhook_subscriptions WHERE id = ?1')
    .bind(id)
    .first<WebhookRow>()
  return row ? rowToWebhook(row) : null
}

/** Deletes a subscription and its delivery log; true when it existed. */
export async function deleteWebhook(db: Db, id: string): Promise<boolean> {
  const [, removed] = await db.batch([
    db.prepare('DELETE FROM webhook_deliveries WHERE subscription_id = ?1').bind(id),
    db.prepare('DELETE FROM webhook_subscriptions WHERE id = ?1').bind(id),
  ])
  return (removed?.meta.changes ?? 0) > 0
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed'

/** One delivery of one event to one subscription. */
export interface Delivery {
  id: string
  subscriptionId: string
  changeSeq: number
  articleId: string
  type: string
  status: DeliveryStatus
  attempts: number
  lastStatus: number | null
  lastError: string | null
  createdAt: string
  updatedAt: string
  nextAttemptAt: string
  deliveredAt: string | null
}

interface DeliveryRow {
  id: string
  subscription_id: string
  change_seq: number
  article_id: string
  event_type: string
  payload: string
  status: DeliveryStatus
  attempts: number
  last_status: number | null
  last_error: string | null
  created_at: string
  updated_at: string
  next_attempt_at: string
  delivered_at: string | null
}

function rowToDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    changeSeq: row.change_seq,
    articleId: row.article_id,
    type: row.event_type,
    status: row.status,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    nextAttemptAt: row.next_attempt_at,
    deliveredAt: row.delivered_at,
  }
}

/** A new delivery the dispatcher writes. */
export interface NewDelivery {
  id: string
  subscriptionId: string
  changeSeq: number
  articleId: string
  type: string
  payload: string
}

// Same trick as the article revision guard: a malformed JSON path aborts the batch with this text.
const DISPATCH_RACE = 'edgewire: dispatch race'

/**
 * Writes deliveries and moves the dispatcher's position from `from` to `to` in one transaction.
 * Returns false (writing nothing) when another dispatcher moved the position first.
 */
export async function recordDispatch(
  db: Db,
  from: number,
  to: number,
  deliveries: NewDelivery[]
): Promise<boolean> {
  const now = new Date().toISOString()
  try {
    await db.batch([
      db
        .prepare(
          `SELECT CASE WHEN (SELECT value FROM site_state WHERE key = 'webhooks_dispatched') != ?1
             THEN json_extract('{}', '${DISPATCH_RACE}') ELSE 1 END AS ok`
        )
        .bind(from),
      db
        .prepare(
          `INSERT OR IGNORE INTO webhook_deliveries (id, subscription_id, change_seq, article_id, event_type,
             payload, status, attempts, created_at, updated_at, next_attempt_at)
           SELECT json_extract(j.value, '$.id'), json_extract(j.value, '$.subscriptionId'),
             json_extract(j.value, '$.changeSeq'), json_extract(j.value, '$.articleId'),
             json_extract(j.value, '$.type'), json_extract(j.value, '$.payload'), 'pending', 0, ?2, ?2, ?2
           FROM json_each(?1) j`
        )
        .bind(JSON.stringify(deliveries), now),
      db.prepare(`UPDATE site_state SET value = ?1 WHERE key = 'webhooks_dispatched'`).bind(to),
    ])
    return true
  } catch (err) {
    if (err instanceof Error && err.message.includes(DISPATCH_RACE)) return false
    throw err
  }
}

/** Where the dispatcher stands in the change log. */
export async function dispatchedThrough(db: Db): Promise<number> {
  const row = await db
    .prepare(`SELECT value FROM site_state WHERE key = 'webhooks_dispatched'`)
    .first<{ value: number }>()
  return row?.value ?? 0
}

/** A subscription's deliveries, newest first. */
export async function listDeliveries(
  db: Db,
  subscriptionId: string,
  limit: number
): Promise<Delivery[]> {
  const rows = await db
    .prepare(
      `SELECT * FROM webhook_deliveries WHERE subscription_id = ?1 ORDER BY change_seq DESC LIMIT ?2`
    )
    .bind(subscriptionId, limit)
    .all<DeliveryRow>()
  return rows.results.map(rowToDelivery)
}

/** One delivery with its payload and its subscription's URL and secret, for sending. */
export async function getDeliveryToSend(
  db: Db,
  id: string
): Promise<(Delivery & { payload: string; url: string; secret: string }) | null> {
  const row = await db
    .prepare(
      `SELECT d.*, s.url, s.secret FROM webhook_deliveries d
       JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = ?1`
    )
    .bind(id)
    .first<DeliveryRow & { url: string; secret: string }>()
  return row
    ? { ...rowToDelivery(row), payload: row.payload, url: row.url, secret: row.secret }
    : null
}

/** One delivery of a subscription, or null. */
export async function getDelivery(
  db: Db,
  subscriptionId: string,
  id: string
): Promise<Delivery | null> {
  const row = await db
    .prepare('SELECT * FROM webhook_deliveries WHERE id = ?1 AND subscription_id = ?2')
    .bind(id, subscriptionId)
    .first<DeliveryRow>()
  return row ? rowToDelivery(row) : null
}

/** True when an earlier event of the same story is still pending for the same subscription. */
export async function hasEarlierPending(db: Db, d: Delivery): Promise<boolean> {
  const row = await db
    .prepare(
      `SELECT 1 AS hit FROM webhook_deliveries WHERE subscription_id = ?1 AND article_id = ?2
         AND change_seq < ?3 AND status = 'pending' LIMIT 1`
    )
    .bind(d.subscriptionId, d.articleId, d.changeSeq)
    .first<{ hit: number }>()
  return row !== null
}

/** The next pending event of the same story for the same subscription, to send once `d` is done. */
export async function nextPendingInChain(db: Db, d: Delivery): Promise<string | null> {
  const row = await db
    .prepare(
      `SELECT id FROM webhook_deliveries WHERE subscription_id = ?1 AND article_id = ?2
         AND change_seq > ?3 AND status = 'pending' ORDER BY change_seq LIMIT 1`
    )
    .bind(d.subscriptionId, d.articleId, d.changeSeq)
    .first<{ id: string }>()
  return row?.id ?? null
}

/** Records the outcome of an attempt. */
export async function recordAttempt(
  db: Db,
  id: string,
  outcome: {
    status: DeliveryStatus
    attempts: number
    lastStatus: number | null
    lastError: string | null
    nextAttemptAt: string
  }
): Promise<void> {
  const now = new Date().toISOString()
  await db
    .prepare(
      `UPDATE webhook_deliveries SET status = ?2, attempts = ?3, last_status = ?4, last_error = ?5,
         updated_at = ?6, next_attempt_at = ?7,
         delivered_at = CASE WHEN ?2 = 'succeeded' THEN ?6 ELSE delivered_at END
       WHERE id = ?1`
    )
    .bind(
      id,
      outcome.status,
      outcome.attempts,
      outcome.lastStatus,
      outcome.lastError,
      now,
      outcome.nextAttemptAt
    )
    .run()
}

/** Puts a delivery back to pending for a manual redelivery. */
export async function resetDelivery(db: Db, id: string): Promise<void> {
  const now = new Date().toISOString()
  await db
    .prepare(
      `UPDATE webhook_deliveries SET status = 'pending', updated_at = ?2, next_attempt_at = ?2 WHERE id = ?1`
    )
    .bind(id, now)
    .run()
}

/**
 * Pending deliveries whose next attempt is long overdue (a lost queue message): the cron sends them
 * again and pushes their due time forward so the next run does not.
 */
export async function claimOverdueDeliveries(
  db: Db,
  before: string,
  limit: number
): Promise<string[]> {
  const rows = await db
    .prepare(
      `UPDATE webhook_deliveries SET next_attempt_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+10 minutes')
       WHERE id IN (SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at < ?1
         ORDER BY next_attempt_at LIMIT ?2)
       RETURNING id`
    )
    .bind(before, limit)
    .all<{ id: string }>()
  return rows.results.map((r) => r.id)
}
