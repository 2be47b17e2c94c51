/**
 * @module /v1/keys: create, list and revoke API keys. A key's secret is shown once, at creation.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { requireScope } from '../../domain/authorization'
import { createApiKey, listApiKeys, revokeApiKey } from '../../services/keys'
import { servicesFor } from '../http/deps'
import { defineRoute } from '../contract/define-route'
import { KEY_CREATE, KEY_LIST, KEY_REVOKE } from './spec'

export { KeyCreateSchema } from './spec'

export const keys = new Hono<AppEnv>()

keys.use('*', async (c, next) => {
  requireScope(c.var.principal, 'keys:manage')
  await next()
  // Problems carry their own `no-store`; answers hold keys (and once, a secret).
  if (c.res.ok) c.res.headers.set('cache-control', 'private, no-store')
})

const REPLAY_NOTE =
  'Replayed: this key was created by the first request with this Idempotency-Key. Its secret was ' +
  'shown only then and is not stored; if it was lost, revoke this key and create another.'

const mount = { mount: '/v1/keys' }

defineRoute(
  keys,
  KEY_CREATE,
  async (c, { body: input }) => {
    const { key, secret } = await createApiKey(servicesFor(c), input)
    c.header('location', `/v1/keys/${key.id}`)
    // A retry under the same Idempotency-Key gets the key without its secret (only its hash is kept).
    c.set('idempotentReplayBody', JSON.stringify({ key, meta: { note: REPLAY_NOTE } }))
    return c.json(
      { key: { ...key, secret }, meta: { note: 'The secret is shown only once. Store it now.' } },
      201
    )
  },
  mount
)

defineRoute(keys, KEY_LIST, async (c) => c.json({ keys: await listApiKeys(servicesFor(c)) }), mount)

defineRoute(
  keys,
  KEY_REVOKE,
  async (c) => c.json({ key: await revokeApiKey(servicesFor(c), c.req.param('id') ?? '') }),
  mount
)
