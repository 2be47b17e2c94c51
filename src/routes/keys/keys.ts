/**
 * @module /v1/keys: create, list and revoke API keys. A key's secret is shown once, at creation.
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import { SCOPES } from '../../domain/scopes'
import type { AppEnv } from '../../env'
import { requireScope } from '../../middleware/auth'
import { createApiKey, listApiKeys, revokeApiKey } from '../../services/keys'
import { servicesFor } from '../http/deps'
import { NoQuerySchema, readJson, readQuery } from '../http/validate'

export const KeyCreateSchema = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(100)),
  scopes: v.pipe(
    v.array(v.picklist(SCOPES)),
    v.minLength(1, 'at least one scope'),
    v.maxLength(SCOPES.length)
  ),
})

export const keys = new Hono<AppEnv>()

keys.use('*', async (c, next) => {
  requireScope(c.var.principal, 'keys:manage')
  c.header('cache-control', 'private, no-store')
  await next()
})

const REPLAY_NOTE =
  'Replayed: this key was created by the first request with this Idempotency-Key. Its secret was ' +
  'shown only then and is not stored; if it was lost, revoke this key and create another.'

keys.post('/', async (c) => {
  const input = await readJson(c, KeyCreateSchema)
  const { key, secret } = await createApiKey(servicesFor(c), input)
  c.header('location', `/v1/keys/${key.id}`)
  // A retry under the same Idempotency-Key gets the key without its secret (only its hash is kept).
  c.set('idempotentReplayBody', JSON.stringify({ key, meta: { note: REPLAY_NOTE } }))
  return c.json(
    { key: { ...key, secret }, meta: { note: 'The secret is shown only once. Store it now.' } },
    201
  )
})

keys.get('/', async (c) => {
  readQuery(c, NoQuerySchema)
  return c.json({ keys: await listApiKeys(servicesFor(c)) })
})

keys.delete('/:id', async (c) => {
  return c.json({ key: await revokeApiKey(servicesFor(c), c.req.param('id')) })
})
