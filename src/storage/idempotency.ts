/**
 * @module Idempotency claims: a row per (principal, key), claimed atomically before a POST runs,
 * completed with the response to replay, or released when the execution fails.
 */
import type { Db } from './db'

/** How long a key is honoured after its first use. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000
/** How long a claim may stay 'running' before the same request may take it over (holder died). */
export const IDEMPOTENCY_LEASE_MS = 5 * 60 * 1000
/** Expired rows deleted per claim: the clean-up costs every write a small, bounded amount. */
const PURGE_BATCH = 50

/** The stored state of a key, as another request with that key sees it. */
export type IdempotencyRecord =
  | { state: 'running'; fingerprint: string }
  | {
      state: 'done'
      fingerprint: string
      status: number
      headers: Record<string, string>
      /** The body to replay; null when the response was not kept (too large, or held a secret). */
      body: string | null
    }

/** What a claim attempt found: the claim is ours (execute), or the key's current record. */
export type ClaimResult =
  { claimed: true; claim: string } | { claimed: false; record: IdempotencyRecord }

interface RecordRow {
  fingerprint: string
  state: 'running' | 'done'
  claim: string
  status: number | null
  headers: string | null
  body: string | null
}

/**
 * Claims (principal, key) for one execution, atomically: an INSERT that does nothing when a live
 * row exists, run in one batch (one transaction) with the read of the row. A row that expired, or
 * a 'running' row of the same request whose lease ran out, is taken over.
 *
 * @example
 * const result = await claimIdempotencyKey(db, 'key_0123456789abcdef', 'retry-1', hash, new Date())
 * if (result.claimed) { ...execute, then completeIdempotencyKey or releaseIdempotencyKey }
 */
export async function claimIdempotencyKey(
  db: Db,
  principal: string,
  key: string,
  fingerprint: string,
  now: Date
): Promise<ClaimResult> {
  const claim = crypto.randomUUID()
  const at = now.toISOString()
  const expires = new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString()
  const lease = new Date(now.getTime() + IDEMPOTENCY_LEASE_MS).toISOString()
  const [, , read] = await db.batch<RecordRow>([
    db
      .prepare(
        `DELETE FROM idempotency_records WHERE rowid IN
           (SELECT rowid FROM idempotency_records WHERE expires_at <= ?1 LIMIT ${PURGE_BATCH})`
      )
      .bind(at),
    db
      .prepare(
        `INSERT INTO idempotency_records
           (principal, key, fingerprint, state, claim, lease_until, created_at, expires_at)
         VALUES (?1, ?2, ?3, 'running', ?4, ?5, ?6, ?7)
         ON CONFLICT (principal, key) DO UPDATE SET
           fingerprint = excluded.fingerprint, state = 'running', claim = excluded.claim,
           lease_until = excluded.lease_until, status = NULL, headers = NULL, body = NULL,
           created_at = excluded.created_at, expires_at = excluded.expires_at
         WHERE idempotency_records.expires_at <= ?6
            OR (idempotency_records.state = 'running' AND idempotency_records.lease_until <= ?6
                AND idempotency_records.fingerprint = excluded.fingerprint)`
      )
      .bind(principal, key, fingerprint, claim, lease, at, expires),
    db
      .prepare(
        `SELECT fingerprint, state, claim, status, headers, body FROM idempotency_records
         WHERE principal = ?1 AND key = ?2`
      )
      .bind(principal, key),
  ])
  const row = read?.results[0]
  if (!row) throw new Error('idempotency claim: the row vanished inside its own transaction')
  if (row.claim === claim) return { claimed: true, claim }
  if (row.state === 'running') {
    return { claimed: false, record: { state: 'running', fingerprint: row.fingerprint } }
  }
  return {
    claimed: false,
    record: {
      state: 'done',
      fingerprint: row.fingerprint,
      status: row.status ?? 200,
      headers: row.headers ? (JSON.parse(row.headers) as Record<string, string>) : {},
      body: row.body,
    },
  }
}

/** What a retry replays: `body` null means completed, but not replayable. */
export interface ReplayableResponse {
  status: number
  headers: Record<string, string>
  body: string | null
}

/** Marks a claim done with what a retry replays. */
export async function completeIdempotencyKey(
  db: Db,
  principal: string,
  key: string,
  claim: string,
  response: ReplayableResponse
): Promise<void> {
  await db
    .prepare(
      `UPDATE idempotency_records SET state = 'done', status = ?4, headers = ?5, body = ?6
       WHERE principal = ?1 AND key = ?2 AND claim = ?3`
    )
    .bind(principal, key, claim, response.status, JSON.stringify(response.headers), response.body)
    .run()
}

/** Gives a claim up (the execution failed): the key is free for a retry, with any request. */
export async function releaseIdempotencyKey(
  db: Db,
  principal: string,
  key: string,
  claim: string
): Promise<void> {
  await db
    .prepare(
      `DELETE FROM idempotency_records
       WHERE principal = ?1 AND key = ?2 AND claim = ?3 AND state = 'running'`
    )
    .bind(principal, key, claim)
    .run()
}

/** How many records exist (tests count them to prove that a request stored nothing). */
export async function countIdempotencyRecords(db: Db): Promise<number> {
  const row = await db
    .prepare('SELECT COUNT(*) AS n FROM idempotency_records')
    .first<{ n: number }>()
  return row?.n ?? 0
}
