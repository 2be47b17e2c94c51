/**
 * @module API keys in D1. Only a SHA-256 hash of each secret is stored.
 */
import type { Scope } from '../domain/scopes'
import type { Db } from './db'

export interface ApiKeyRow {
  id: string
  name: string
  secret_hash: string
  scopes: string
  created_at: string
  revoked_at: string | null
  last_used_at: string | null
}

/** A key as the API lists it: never the secret or its hash. */
export interface ApiKey {
  id: string
  name: string
  scopes: Scope[]
  createdAt: string
  revokedAt: string | null
}

function rowToKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    scopes: JSON.parse(row.scopes) as Scope[],
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }
}

/** Stores a new key by the hash of its secret. */
export async function insertKey(db: Db, key: ApiKey, secretHash: string): Promise<void> {
  await db
    .prepare(
      'INSERT INTO api_keys (id, name, secret_hash, scopes, created_at) VALUES (?1, ?2, ?3, ?4, ?5)'
    )
    .bind(key.id, key.name, secretHash, JSON.stringify(key.scopes), key.createdAt)
    .run()
}

/** A key with its stored hash, for checking a presented secret; null when unknown or revoked. */
export async function getActiveKey(
  db: Db,
  id: string
): Promise<(ApiKey & { secretHash: string }) | null> {
  const row = await db
    .prepare('SELECT * FROM api_keys WHERE id = ?1 AND revoked_at IS NULL')
    .bind(id)
    .first<ApiKeyRow>()
  return row ? { ...rowToKey(row), secretHash: row.secret_hash } : null
}

/** Every key, newest first, revoked ones included. */
export async function listKeys(db: Db): Promise<ApiKey[]> {
  const rows = await db
    .prepare('SELECT * FROM api_keys ORDER BY created_at DESC, id')
    .all<ApiKeyRow>()
  return rows.results.map(rowToKey)
}

/** Revokes a key; returns false when there is no such key. */
export async function revokeKey(db: Db, id: string, at: string): Promise<ApiKey | null> {
  const row = await db
    .prepare('UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1 RETURNING *')
    .bind(id, at)
    .first<ApiKeyRow>()
  return row ? rowToKey(row) : null
}
