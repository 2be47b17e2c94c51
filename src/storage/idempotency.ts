/**
 * @module Idempotency records: the first response to a POST with an `Idempotency-Key`, kept for replay.
 */
import type { Db } from './db'

export interface IdempotencyRecord {
  requestHash: string
  status: number
  headers: Record<string, string>
  body: string
}

/** How long a record is honoured. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

/** The stored record for (principal, key) if it is still fresh. */
export async function getIdempotencyRecord(db: Db, principal: string, key: string, now: Date): Promise<IdempotencyRecord | null> {
  const row = await db
    .prepare('SELECT request_hash, status, headers, body FROM idempotency_records WHERE principal = ?1 AND key = ?2 AND created_at > ?3')
    .bind(principal, key, new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString())
    .first<{ request_hash: string; status: number; headers: string; body: string }>()
  if (!row) return null
  return { requestHash: row.request_hash, status: row.status, headers: JSON.parse(row.headers) as Record<string, string>, body: row.body }
}

/** Stores a response for replay; an older record under the same key is replaced. */
export async function putIdempotencyRecord(db: Db, principal: string, key: string, record: IdempotencyRecord, now: Date): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM idempotency_records WHERE created_at <= ?1').bind(new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString()),
    db
      .prepare(
        `INSERT OR REPLACE INTO idempotency_records (principal, key, request_hash, status, headers, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`
      )
      .bind(principal, key, record.requestHash, record.status, JSON.stringify(record.headers), record.body, now.toISOString()),
  ])
}
