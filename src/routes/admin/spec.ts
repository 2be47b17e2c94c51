/**
 * @module The admin operations: declared once, registered by `defineRoute` in admin.ts and
 * published in /openapi.json.
 */
import * as v from 'valibot'
import { ORIGIN, type Operation } from '../contract/operation'
import * as S from '../contract/schemas'

/** Body of `POST /v1/admin/reindex` (optional: an empty body means the first 50). */
export const ReindexSchema = v.strictObject({
  after: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  limit: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, 'from 1 to 100'),
      v.maxValue(100, 'from 1 to 100')
    ),
    50
  ),
})

export const ADMIN_REINDEX = {
  method: 'post',
  path: '/v1/admin/reindex',
  summary: 'Rebuild derived indexes for a slice of articles',
  tag: 'Admin',
  scope: 'keys:manage',
  body: ReindexSchema,
  bodyOptional: true,
  description:
    'After a migration adds an index to a database that already holds articles: call with `after` = the previous `next` until `next` is null. Content and revisions are untouched.',
  responses: {
    200: {
      description: 'How many were reindexed, and where to continue',
      schema: S.ReindexResultSchema,
    },
    400: 'Invalid body',
    401: 'No key',
    403: 'Missing scope',
  },
  example: `curl -X POST ${ORIGIN}/v1/admin/reindex -H "authorization: Bearer $ADMIN_API_KEY" -H 'content-type: application/json' -d '{"after":0,"limit":50}'`,
} satisfies Operation

/** Body of `POST /v1/admin/related/refresh` (optional: an empty body means up to 500 lists). */
export const RelatedRefreshSchema = v.strictObject({
  limit: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, 'from 1 to 5000'),
      v.maxValue(5000, 'from 1 to 5000')
    ),
    500
  ),
})

export const ADMIN_RELATED_REFRESH = {
  method: 'post',
  path: '/v1/admin/related/refresh',
  summary: 'Compute the related lists still queued',
  tag: 'Admin',
  scope: 'keys:manage',
  body: RelatedRefreshSchema,
  bodyOptional: true,
  description:
    'Each write recomputes the precomputed related lists it changed, up to 200, and the cron 2,000 a minute; after a bulk import or a reindex, call this until `pending` is 0 to have every list current at once.',
  responses: {
    200: {
      description: 'How many lists were computed, and how many are still queued',
      schema: S.RelatedRefreshResultSchema,
    },
    400: 'Invalid body',
    401: 'No key',
    403: 'Missing scope',
  },
  example: `curl -X POST ${ORIGIN}/v1/admin/related/refresh -H "authorization: Bearer $ADMIN_API_KEY" -H 'content-type: application/json' -d '{"limit":500}'`,
} satisfies Operation
