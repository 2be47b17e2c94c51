/**
 * @module The sync operations (change feed, webhooks, draft preview) for /openapi.json and /docs.
 */
import { ORIGIN, type Operation } from '../contract/operation'
import * as S from '../contract/schemas'
import { NoQuerySchema } from '../http/validate'
import * as v from 'valibot'
import { CorrectionSchema } from '../../domain/article'
import { CHANGES_MAX_LIMIT } from '../../domain/changes'
import { PREVIEW_MAX_TTL } from '../../domain/preview-token'
import { WebhookCreateSchema } from '../../domain/webhooks'

/** A `limit` query parameter: a whole number from 1 to `max`. */
function limitParam(max: number) {
  const message = `a whole number from 1 to ${max}`
  return v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, message),
      v.transform(Number),
      v.minValue(1, message),
      v.maxValue(max, message)
    )
  )
}

/** Query of `GET /v1/changes`. */
export const ChangesQuerySchema = v.object({
  /** Where the last page ended (`meta.cursor`); absent: the start of the log. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(100, 'at most 100 characters'))),
  limit: limitParam(CHANGES_MAX_LIMIT),
})

/** Body of `POST /v1/articles/{ref}/corrections`: one correction; `at` defaults to now. */
export const CorrectionAddSchema = v.strictObject(CorrectionSchema.entries)

/** Body of `POST /v1/articles/{ref}/preview` (optional). */
export const PreviewCreateSchema = v.strictObject({
  /** Seconds the link lives: 60 to 604,800 (7 days); default 86,400. */
  expiresIn: v.optional(
    v.pipe(
      v.number(),
      v.integer('a whole number of seconds'),
      v.minValue(60, 'at least 60'),
      v.maxValue(PREVIEW_MAX_TTL, `at most ${PREVIEW_MAX_TTL}`)
    )
  ),
})

/** Query of the delivery log. */
export const DeliveriesQuerySchema = v.object({ limit: limitParam(100) })

export const CHANGES = {
  method: 'get',
  path: '/v1/changes',
  summary: 'Change feed: every article write, in order, resumable',
  tag: 'Sync',
  query: ChangesQuerySchema,
  description:
    'An ordered log of `created`, `updated`, `scheduled`, `published`, `unpublished`, `archived` and `corrected` events, one per write, written in the same transaction as the write. Each event carries the article as that write left it (with its `url`). Pass `meta.cursor` back as `cursor` to get what happened since; an empty page still moves the cursor. Anonymous callers see events of published stories, and a `tombstone: true` event (with `article: null`) when a story leaves public view; keys with `articles:read-drafts` see every event, each with its article and `previousStatus`. Events are kept 30 days; older ones are compacted to the latest event of each story, so replaying from the start (no cursor) always rebuilds the current state. A cursor older than that window gets `410 cursor_expired`: replay from the start. A cursor this API did not issue (or one ahead of the log) is a 400.',
  responses: {
    200: {
      description: 'A page of events; `Link` rel="next" while `meta.hasMore`',
      schema: S.ChangeListSchema,
      headers: ['Link'],
    },
    400: 'Unknown or repeated parameter, limit outside 1-100, a cursor this API did not issue',
    410: 'Cursor older than the 30-day window (`cursor_expired`): replay from the start',
  },
  example: `curl '${ORIGIN}/v1/changes?limit=100'`,
} satisfies Operation

export const WEBHOOK_CREATE = {
  method: 'post',
  path: '/v1/webhooks',
  summary: 'Subscribe a URL to article events (secret shown once)',
  tag: 'Webhooks',
  scope: 'webhooks:manage',
  body: WebhookCreateSchema,
  headers: ['idempotency-key'],
  description:
    "Deliveries follow the Standard Webhooks spec: a JSON POST `{ type, timestamp, data: { articleId, slug, revision, status, tombstone, article } }` (the article without its bodies; `null` in a tombstone) with `webhook-id` (the delivery id: the same on every retry, so dedupe on it), `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` keyed with the secret's bytes). `events` are `article.created`, `article.updated`, `article.scheduled`, `article.published`, `article.unpublished`, `article.archived`, `article.corrected` or `*`. A subscription gets the events written after it is created, in order per story. Events of drafts, scheduled and archived stories only with `includeDrafts` (needs `articles:read-drafts`). Failed deliveries (non-2xx, timeout after 15 s) are retried 8 times with exponential back-off, then marked `failed`. The URL must be http(s) and not a loopback, private, link-local or metadata address. The `secret` (`whsec_…`) is generated unless given, and is shown only in this answer.",
  responses: {
    201: {
      description: 'Subscribed: the secret is in this answer only',
      schema: S.WebhookCreatedSchema,
      headers: ['Location'],
    },
    400: 'Invalid body, or a refused URL (`errors[0].path` = `url`)',
    401: 'No key',
    403: 'Missing scope (or includeDrafts without articles:read-drafts)',
    413: 'Body over 1 MiB',
  },
  example: `curl -X POST ${ORIGIN}/v1/webhooks -H "authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"url":"https://partner.example/hooks/edgewire","events":["article.published","article.corrected","article.unpublished"]}'`,
} satisfies Operation

export const WEBHOOK_LIST = {
  method: 'get',
  path: '/v1/webhooks',
  summary: 'List webhook subscriptions',
  tag: 'Webhooks',
  scope: 'webhooks:manage',
  query: NoQuerySchema,
  responses: {
    200: { description: 'The subscriptions (never their secrets)', schema: S.WebhookListSchema },
    401: 'No key',
    403: 'Missing scope',
  },
  example: `curl ${ORIGIN}/v1/webhooks -H "authorization: Bearer $KEY"`,
} satisfies Operation

export const WEBHOOK_READ = {
  method: 'get',
  path: '/v1/webhooks/{id}',
  summary: 'Read a webhook subscription',
  tag: 'Webhooks',
  scope: 'webhooks:manage',
  query: NoQuerySchema,
  responses: {
    200: { description: 'The subscription', schema: S.WebhookEnvelopeSchema },
    401: 'No key',
    403: 'Missing scope',
    404: 'No such subscription',
  },
  example: `curl ${ORIGIN}/v1/webhooks/wh_0123456789abcdef -H "authorization: Bearer $KEY"`,
} satisfies Operation

export const WEBHOOK_DELETE = {
  method: 'delete',
  path: '/v1/webhooks/{id}',
  summary: 'Delete a webhook subscription and its delivery log',
  tag: 'Webhooks',
  scope: 'webhooks:manage',
  responses: {
    200: { description: 'The deleted subscription', schema: S.WebhookEnvelopeSchema },
    401: 'No key',
    403: 'Missing scope',
    404: 'No such subscription',
  },
  example: `curl -X DELETE ${ORIGIN}/v1/webhooks/wh_0123456789abcdef -H "authorization: Bearer $KEY"`,
} satisfies Operation

export const DELIVERY_LIST = {
  method: 'get',
  path: '/v1/webhooks/{id}/deliveries',
  summary: 'Delivery log of a subscription, newest first',
  tag: 'Webhooks',
  scope: 'webhooks:manage',
  query: DeliveriesQuerySchema,
  responses: {
    200: { description: 'Deliveries, newest first', schema: S.DeliveryListSchema },
    400: 'limit outside 1-100, unknown parameter',
    401: 'No key',
    403: 'Missing scope',
    404: 'No such subscription',
  },
  example: `curl ${ORIGIN}/v1/webhooks/wh_0123456789abcdef/deliveries?limit=20 -H "authorization: Bearer $KEY"`,
} satisfies Operation

export const REDELIVER = {
  method: 'post',
  path: '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver',
  headers: ['idempotency-key'],
  summary: 'Send a delivery again',
  tag: 'Webhooks',
  scope: 'webhooks:manage',
  description:
    'Puts the delivery back to `pending` and queues it, with the same `webhook-id` (a receiver that already processed it ignores it). It waits for any earlier pending event of the same story.',
  responses: {
    202: { description: 'Queued again', schema: S.DeliveryEnvelopeSchema },
    401: 'No key',
    403: 'Missing scope',
    404: 'No such subscription or delivery',
    503: 'No queue bound',
  },
  example: `curl -X POST ${ORIGIN}/v1/webhooks/wh_0123456789abcdef/deliveries/msg_0123456789abcdef01234567/redeliver -H "authorization: Bearer $KEY"`,
} satisfies Operation

export const CORRECTION_ADD = {
  method: 'post',
  path: '/v1/articles/{ref}/corrections',
  summary: 'Append a correction to a story',
  tag: 'Articles',
  scope: 'articles:write',
  body: CorrectionAddSchema,
  headers: ['if-match', 'idempotency-key'],
  description:
    "`{ text, at? }` (`at` defaults to now). A new revision like any edit (If-Match optional; a stale one is a 412): the page shows the note, the JSON-LD gains a `correction` (CorrectionComment), the feeds' updated dates move, the change feed logs `corrected` and `article.corrected` webhooks go out. Hidden stories need `articles:read-drafts`; archived ones cannot change (409).",
  responses: {
    201: {
      description: 'The corrected article, with its new ETag',
      schema: S.ArticleEnvelopeSchema,
      headers: ['ETag'],
    },
    400: 'Invalid body',
    401: 'No key',
    403: 'Missing scope',
    404: 'Unknown, or not visible to the key',
    409: 'Archived, or already 100 corrections',
    412: 'Stale If-Match, or another write won',
  },
  example: `curl -X POST ${ORIGIN}/v1/articles/harbour-bridge-reopens-after-two-years/corrections -H "authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"text":"An earlier version misstated the toll."}'`,
} satisfies Operation

export const PREVIEW_CREATE = {
  method: 'post',
  path: '/v1/articles/{ref}/preview',
  summary: 'A signed, expiring preview link for a draft',
  tag: 'Articles',
  scope: 'articles:read-drafts',
  body: PreviewCreateSchema,
  bodyOptional: true,
  headers: ['idempotency-key'],
  description:
    'Returns `{ url, expiresAt }`: `/preview/{token}` shows the unpublished story (draft, scheduled or archived) to anyone holding the link, without a key, for `expiresIn` seconds (default 86,400, at most 7 days). The token is an HMAC-SHA256 (PREVIEW_SECRET) of the article id, the issuing key and the times; nothing is stored. The link dies when it expires, when the story is published (even if unpublished later) or when the issuing key is revoked. Without a PREVIEW_SECRET of at least 32 characters the Worker answers 503, except at a loopback address (wrangler dev), where a development key derived from ADMIN_API_KEY is used.',
  responses: {
    201: { description: 'The preview link', schema: S.PreviewLinkSchema },
    400: 'Invalid body (expiresIn outside 60-604800)',
    401: 'No key',
    403: 'Missing scope',
    404: 'Unknown, or not visible to the key',
    409: 'Already published (use its url)',
    503: 'PREVIEW_SECRET not set',
  },
  example: `curl -X POST ${ORIGIN}/v1/articles/council-budget-draft/preview -H "authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"expiresIn":3600}'`,
} satisfies Operation

export const PREVIEW_PAGE = {
  method: 'get',
  path: '/preview/{token}',
  summary: 'The draft page a preview link shows',
  tag: 'Pages',
  produces: 'text/html',
  description:
    'The article page of the unpublished story, as it is now, with `<meta name="robots" content="noindex">`, `X-Robots-Tag: noindex, nofollow` and `Cache-Control: private, no-store`; it is never cached in KV. An invalid, expired or revoked link is a 404.',
  responses: { 200: 'HTML page', 404: 'Invalid, expired or revoked link' },
  example: `curl -i '${ORIGIN}/preview/eyJhIjoiYXJ0XzEyMyJ9.c2lnbmF0dXJl'`,
} satisfies Operation

export const SYNC_OPERATIONS: Operation[] = [
  CHANGES,
  WEBHOOK_CREATE,
  WEBHOOK_LIST,
  WEBHOOK_READ,
  WEBHOOK_DELETE,
  DELIVERY_LIST,
  REDELIVER,
  CORRECTION_ADD,
  PREVIEW_CREATE,
  PREVIEW_PAGE,
]
