/**
 * @module The key operations (create, list, revoke): declared once, registered by `defineRoute` in
 * keys.ts and published in /openapi.json.
 */
import * as v from 'valibot'
import { SCOPES } from '../../domain/scopes'
import { ORIGIN, type Operation } from '../contract/operation'
import * as S from '../contract/schemas'
import { NoQuerySchema } from '../http/validate'

/** Body of `POST /v1/keys`. */
export const KeyCreateSchema = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(100)),
  scopes: v.pipe(
    v.array(v.picklist(SCOPES)),
    v.minLength(1, 'at least one scope'),
    v.maxLength(SCOPES.length)
  ),
})

export const KEY_CREATE = {
  method: 'post',
  path: '/v1/keys',
  summary: 'Create an API key (the secret is shown once)',
  tag: 'Keys',
  scope: 'keys:manage',
  body: KeyCreateSchema,
  description: 'A key can grant only scopes it holds itself (the admin key holds all).',
  headers: ['idempotency-key'],
  responses: {
    201: { description: 'The key, with its secret', schema: S.KeyCreatedSchema },
    400: 'Invalid body',
    401: 'No key',
    403: 'Missing scope, or a scope this key does not hold',
  },
  example: `curl -X POST ${ORIGIN}/v1/keys -H "authorization: Bearer $ADMIN_API_KEY" -H 'content-type: application/json' -d '{"name":"desk","scopes":["articles:write","articles:publish","articles:read-drafts"]}'`,
} satisfies Operation

export const KEY_LIST = {
  method: 'get',
  path: '/v1/keys',
  summary: 'List keys (no secrets)',
  tag: 'Keys',
  scope: 'keys:manage',
  query: NoQuerySchema,
  responses: {
    200: { description: 'The keys', schema: S.KeyListSchema },
    400: 'Any query parameter (none is taken)',
  },
  example: `curl ${ORIGIN}/v1/keys -H "authorization: Bearer $ADMIN_API_KEY"`,
} satisfies Operation

export const KEY_REVOKE = {
  method: 'delete',
  path: '/v1/keys/{id}',
  summary: 'Revoke a key',
  tag: 'Keys',
  scope: 'keys:manage',
  responses: { 200: { description: 'Revoked', schema: S.KeyEnvelopeSchema }, 404: 'Unknown' },
  example: `curl -X DELETE ${ORIGIN}/v1/keys/key_0123456789abcdef -H "authorization: Bearer $ADMIN_API_KEY"`,
} satisfies Operation
