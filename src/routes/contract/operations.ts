/**
 * @module The list of API operations, from which /openapi.json and /docs are generated. Request
 * schemas are the same valibot schemas the handlers validate with, so the document cannot drift.
 */
import {
  ArticleCreateSchema,
  ArticleListQuerySchema,
  ArticlePatchSchema,
  PublishSchema,
} from '../../domain/article'
import { ORIGIN, type Operation } from './operation'
import * as S from './schemas'
import { EXTRACTION_OPERATIONS } from '../extraction/spec'
import { FEEDS_OPERATIONS } from '../feeds/spec'
import { ADMIN_REINDEX, ADMIN_RELATED_REFRESH } from '../admin/spec'
import { KEY_CREATE, KEY_LIST, KEY_REVOKE } from '../keys/spec'
import { PAGES_OPERATIONS } from '../pages/spec'
import { RELATED_OPERATIONS } from '../related/spec'
import { SYNC_OPERATIONS } from '../sync/spec'
import { DOCS, FAVICON, HEALTHZ, OPENAPI, PING, PROBLEM, PROBLEMS } from '../system/spec'
import { TAXONOMY_OPERATIONS } from '../articles/taxonomy-spec'
import { WIDGETS_OPERATIONS } from '../widgets/spec'

export type { Operation, ResponseSpec } from './operation'

const REF = '{ref}'
export const OPERATIONS: Operation[] = [
  PING,
  FAVICON,
  HEALTHZ,
  OPENAPI,
  DOCS,
  PROBLEMS,
  PROBLEM,
  {
    method: 'get',
    path: '/v1/articles',
    summary: 'List and search articles',
    tag: 'Articles',
    query: ArticleListQuerySchema,
    description:
      'Newest first, or by relevance with `q` (each result then has a highlighted `snippet`); `sort` picks `publishedAt`, `-publishedAt`, `updatedAt`, `-updatedAt` or `relevance` (with `q`). Every article carries its public page `url`; lists leave out `body` and `bodyText` unless `fields` names them (`fields=headline,url,body`; `id` always). `section`, `tag` and `author` take comma-separated slugs meaning any of them; repeating `tag` or `author` means all of the groups (`tag=a,b&tag=c`: (a or b) and c). `updatedSince` (an ISO timestamp) keeps stories changed at or after it. Pages with `meta.nextCursor` and a `Link: <…>; rel="next"` header; the cursor carries the order and only continues a list of that order. `total=true` adds `meta.total`. Unknown or repeated parameters are a 400 naming them. Drafts need the `articles:read-drafts` scope.',
    responses: {
      200: {
        description: 'A page of articles; `Link` rel="next" when there are more',
        schema: S.ArticleListSchema,
        headers: ['Link'],
      },
      400: 'Invalid filter, unknown or repeated parameter, cursor of another order',
      403: '`status` other than published without the `articles:read-drafts` scope',
    },
    example: `curl -i '${ORIGIN}/v1/articles?section=city&tag=ferries,bridges&sort=-updatedAt&fields=headline,url,updatedAt&limit=5'`,
  },
  {
    method: 'post',
    path: '/v1/articles',
    summary: 'Create an article',
    tag: 'Articles',
    scope: 'articles:write',
    body: ArticleCreateSchema,
    description:
      'HTML bodies are sanitized; plain text becomes paragraphs. Send `Idempotency-Key` to make retries safe. Non-draft statuses (and a `publishAt`) need `articles:publish`.',
    headers: ['idempotency-key'],
    responses: {
      201: {
        description: 'Created',
        schema: S.ArticleEnvelopeSchema,
        headers: ['ETag', 'Location'],
      },
      400: 'Invalid body',
      401: 'No key',
      403: 'Missing scope',
      409: 'Slug taken',
      413: 'Body over 1 MiB',
      415: 'Not JSON',
      422: 'Idempotency key reused',
    },
    example: `curl -X POST ${ORIGIN}/v1/articles -H "authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"headline":"Harbour bridge reopens","body":"<p>Traffic flows again.</p>","section":"City","bylines":["Ada Quill"]}'`,
  },
  {
    method: 'get',
    path: `/v1/articles/${REF}`,
    summary: 'Read an article by id or slug',
    tag: 'Articles',
    headers: ['if-none-match'],
    responses: {
      200: { description: 'The article', schema: S.ArticleEnvelopeSchema, headers: ['ETag'] },
      304: 'Not modified (If-None-Match)',
      404: 'Unknown, or not visible to the caller',
    },
    example: `curl -i ${ORIGIN}/v1/articles/harbour-bridge-reopens-after-two-years`,
  },
  {
    method: 'patch',
    path: `/v1/articles/${REF}`,
    summary: 'Update some fields',
    tag: 'Articles',
    scope: 'articles:write',
    body: ArticlePatchSchema,
    description:
      'Needs `If-Match` with the current ETag. Changing `publishAt` needs `articles:publish`. Drafts, scheduled and archived stories are 404 without `articles:read-drafts`.',
    headers: ['if-match', 'idempotency-key'],
    responses: {
      200: { description: 'Updated', schema: S.ArticleEnvelopeSchema, headers: ['ETag'] },
      400: 'Invalid body',
      403: 'Missing scope',
      404: 'Unknown, or not visible to the key',
      409: 'Slug taken or article archived',
      412: 'Stale If-Match, or another write won',
      428: 'If-Match missing',
    },
    example: `curl -X PATCH ${ORIGIN}/v1/articles/harbour-bridge-reopens-after-two-years -H "authorization: Bearer $KEY" -H 'if-match: "art_…r1"' -H 'content-type: application/json' -d '{"dek":"After two years of repairs"}'`,
  },
  {
    method: 'delete',
    path: `/v1/articles/${REF}`,
    summary: 'Archive an article (keeps a tombstone)',
    tag: 'Articles',
    scope: 'articles:write',
    description:
      'Needs `If-Match`. Archiving a published or scheduled story takes it off the site: that also needs `articles:publish`.',
    headers: ['if-match', 'idempotency-key'],
    responses: {
      200: { description: 'Archived', schema: S.ArticleEnvelopeSchema, headers: ['ETag'] },
      403: 'Missing scope',
      404: 'Unknown, or not visible to the key',
      409: 'Already archived',
      412: 'Stale If-Match, or another write won',
      428: 'If-Match missing',
    },
    example: `curl -X DELETE ${ORIGIN}/v1/articles/harbour-bridge-reopens-after-two-years -H "authorization: Bearer $KEY" -H 'if-match: "art_…r2"'`,
  },
  {
    method: 'post',
    path: `/v1/articles/${REF}/publish`,
    summary: 'Publish now, or schedule with a future publishAt',
    tag: 'Workflow',
    scope: 'articles:publish',
    body: PublishSchema,
    headers: ['if-match', 'idempotency-key'],
    responses: {
      200: {
        description: 'Published or scheduled',
        schema: S.ArticleEnvelopeSchema,
        headers: ['ETag'],
      },
      403: 'Missing scope',
      404: 'Unknown, or not visible to the key',
      409: 'Illegal transition',
      412: 'Stale If-Match, or another write won',
    },
    example: `curl -X POST ${ORIGIN}/v1/articles/harbour-bridge-reopens-after-two-years/publish -H "authorization: Bearer $KEY"`,
  },
  {
    method: 'post',
    path: `/v1/articles/${REF}/unpublish`,
    summary: 'Back to draft',
    tag: 'Workflow',
    scope: 'articles:publish',
    headers: ['if-match', 'idempotency-key'],
    responses: {
      200: { description: 'Unpublished', schema: S.ArticleEnvelopeSchema, headers: ['ETag'] },
      403: 'Missing scope',
      404: 'Unknown, or not visible to the key',
      409: 'Illegal transition',
      412: 'Stale If-Match, or another write won',
    },
    example: `curl -X POST ${ORIGIN}/v1/articles/harbour-bridge-reopens-after-two-years/unpublish -H "authorization: Bearer $KEY"`,
  },
  {
    method: 'get',
    path: `/v1/articles/${REF}/revisions`,
    summary: 'Revision history',
    tag: 'Articles',
    scope: 'articles:read-drafts',
    responses: {
      200: { description: 'Revisions, newest first', schema: S.RevisionListSchema },
      400: 'Any query parameter (none is taken)',
      404: 'Unknown',
    },
    example: `curl ${ORIGIN}/v1/articles/harbour-bridge-reopens-after-two-years/revisions -H "authorization: Bearer $KEY"`,
  },
  {
    method: 'get',
    path: `/v1/articles/${REF}/revisions/{revision}`,
    summary: 'One revision: a full snapshot',
    tag: 'Articles',
    scope: 'articles:read-drafts',
    responses: {
      200: { description: 'The snapshot', schema: S.RevisionSchema },
      400: 'Not a revision number',
      404: 'Unknown',
    },
    example: `curl ${ORIGIN}/v1/articles/harbour-bridge-reopens-after-two-years/revisions/1 -H "authorization: Bearer $KEY"`,
  },
  KEY_CREATE,
  KEY_LIST,
  KEY_REVOKE,
  ADMIN_REINDEX,
  ADMIN_RELATED_REFRESH,
  ...TAXONOMY_OPERATIONS,
  ...FEEDS_OPERATIONS,
  ...PAGES_OPERATIONS,
  ...EXTRACTION_OPERATIONS,
  ...WIDGETS_OPERATIONS,
  ...RELATED_OPERATIONS,
  ...SYNC_OPERATIONS,
]
