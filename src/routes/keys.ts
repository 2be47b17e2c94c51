/**
 * @module /v1/keys: create, list and revoke API keys. A key's secret is shown once, at creation.
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import { scopesBeyond } from '../domain/authorization'
import { ApiError } from '../domain/errors'
import { SCOPES } from '../domain/scopes'
import type { AppEnv } from '../env'
import { requireScope, sha256Hex } from '../middleware/auth'
import { insertKey, listKeys, revokeKey } from '../storage/keys'
import { NoQuerySchema, readJson, readQuery } from './validate'

export const KeyCreateSchema = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(100)),
  scopes: v.pipe(v.array(v.picklist(SCOPES)), v.minLength(1, 'at least one scope'), v.maxLength(SCOPES.length)),
})

export const keys = new Hono<AppEnv>()

keys.use('*', async (c, next) => {
  requireScope(c.var.principal, 'keys:manage')
  c.header('cache-control', 'private, no-store')
  await next()
})

function randomToken(bytes: number): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes))
  return btoa(String.fromCharCode(...raw)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const REPLAY_NOTE =
  'Replayed: this key was created by the first request with this Idempotency-Key. Its secret was ' +
  'shown only then and is not stored; if it was lost, revoke this key and create another.'

keys.post('/', async (c) => {
  const input = await readJson(c, KeyCreateSchema)
  // A key can hand on only what it holds: keys:manage alone must not mint an all-powerful key.
  const beyond = scopesBeyond(c.var.principal, input.scopes)
  if (beyond.length) {
    const errors = input.scopes.flatMap((scope, i) =>
      beyond.includes(scope) ? [{ path: `scopes.${i}`, message: 'not held by this key' }] : []
    )
    const detail = `This key cannot grant scopes it does not hold: ${beyond.join(', ')}.`
    throw new ApiError('forbidden', detail, { errors })
  }
  const id = `key_${[...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')}`
  const secret = `ew_${id}_${randomToken(32)}`
  const key = { id, name: input.name, scopes: [...new Set(input.scopes)], createdAt: new Date().toISOString(), revokedAt: null }
  await insertKey(c.var.db, key, await sha256Hex(secret))
  c.header('location', `/v1/keys/${id}`)
  // A retry under the same Idempotency-Key gets the key without its secret (only its hash is kept).
  c.set('idempotentReplayBody', JSON.stringify({ key, meta: { note: REPLAY_NOTE } }))
  return c.json({ key: { ...key, secret }, meta: { note: 'The secret is shown only once. Store it now.' } }, 201)
})

keys.get('/', async (c) => {
  readQuery(c, NoQuerySchema)
  return c.json({ keys: await listKeys(c.var.db) })
})

keys.delete('/:id', async (c) => {
  const id = c.req.param('id')
  const key = /^key_[a-z0-9]{16}$/.test(id) ? await revokeKey(c.var.db, id, new Date().toISOString()) : null
  if (!key) throw new ApiError('not_found', `No key "${id.slice(0, 100)}".`)
  return c.json({ key })
})
