/**
 * @module API keys: create (the secret is shown once and only its hash is kept), list and revoke.
 */
import { scopesBeyond } from '../domain/authorization'
import { ApiError } from '../domain/errors'
import type { Scope } from '../domain/scopes'
import { randomHex, sha256Hex } from '../domain/crypto'
import { insertKey, listKeys, revokeKey, type ApiKey } from '../storage/keys'
import type { ServiceDeps } from './deps'

function randomToken(bytes: number): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes))
  const base64 = btoa(String.fromCharCode(...raw))
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function newKeyId(): string {
  return `key_${randomHex(8)}`
}

/**
 * Creates a key holding `scopes`, which the caller must hold too: a key can hand on only what it
 * holds, so `keys:manage` alone cannot mint an all-powerful key (403 naming each scope).
 */
export async function createApiKey(
  deps: ServiceDeps,
  input: { name: string; scopes: Scope[] }
): Promise<{ key: ApiKey; secret: string }> {
  const beyond = scopesBeyond(deps.principal, input.scopes)
  if (beyond.length) {
    const errors = input.scopes.flatMap((scope, i) =>
      beyond.includes(scope) ? [{ path: `scopes.${i}`, message: 'not held by this key' }] : []
    )
    const detail = `This key cannot grant scopes it does not hold: ${beyond.join(', ')}.`
    throw new ApiError('forbidden', detail, { errors })
  }
  const id = newKeyId()
  const secret = `ew_${id}_${randomToken(32)}`
  const scopes = [...new Set(input.scopes)]
  const key = { id, name: input.name, scopes, createdAt: new Date().toISOString(), revokedAt: null }
  await insertKey(deps.db, key, await sha256Hex(secret))
  return { key, secret }
}

/** Every key, without secrets. */
export function listApiKeys(deps: ServiceDeps): Promise<ApiKey[]> {
  return listKeys(deps.db)
}

/** Revokes a key by id; a malformed or unknown id is a 404. */
export async function revokeApiKey(deps: ServiceDeps, id: string): Promise<ApiKey> {
  const valid = /^key_[a-z0-9]{16}$/.test(id)
  const key = valid ? await revokeKey(deps.db, id, new Date().toISOString()) : null
  if (!key) throw new ApiError('not_found', `No key "${id.slice(0, 100)}".`)
  return key
}
