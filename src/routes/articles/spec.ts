/**
 * @module The article operations (list, create, read, update, archive, publish, unpublish,
 * revisions, bulk import): declared once, registered by `defineRoute` in articles.ts, list.ts and
 * batch.ts, and published in /openapi.json.
 */
import * as v from 'valibot'
import {
  ArticleCreateSchema,
  ArticleListQuerySchema,
  ArticlePatchSchema,
  PublishSchema,
} from '../../domain/article'
import { BatchSchema } from '../../services/article-batch'
import { ORIGIN, type Operation } from '../contract/operation'
import * as S from '../contract/schemas'
import { NoQuerySchema } from '../http/validate'

const REF = '/v1/articles/{ref}'
const STORY = `${ORIGIN}/v1/articles/harbour-bridge-reopens-after-two-years`

/** A query parameter of a copy create: any text, read only with a `text/plain` or `text/html` body. */
function copyParam(description: string) {
  return v.optional(v.pipe(v.string(), v.description(`With a text body: ${description}`)))
}

/**
 * Query of `POST /v1/articles`: with copy or a page as the body, these override what the
 * extraction found (a JSON create ignores them). Read leniently: a value is never refused here.
 */
export const CopyCreateQuerySchema = v.object({
  headline: copyParam('the headline (default: the copy’s own, else its first sentence)'),
  slug: copyParam('the slug (default: from the headline)'),
  section: copyParam('the section'),
  status: copyParam('the status (default: draft)'),
  url: copyParam('the page’s address, for dates in its path (`text/html`)'),
  lang: copyParam('a BCP 47 language tag that wins over the page’s own and over detection'),
})

export const ARTICLE_LIST = {
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
} satisfies Operation

export const ARTICLE_CREATE = {
  method: 'post',
  path: '/v1/articles',
  summary: 'Create an article',
  tag: 'Articles',
  scope: 'articles:write',
  query: CopyCreateQuerySchema,
  body: ArticleCreateSchema,
  bodyTypes: ['text/plain', 'text/html'],
  description:
    'HTML bodies are sanitized; plain text becomes paragraphs. Send `Idempotency-Key` to make retries safe. Non-draft statuses (and a `publishAt`) need `articles:publish`. Instead of JSON, send raw copy (`text/plain`) or a page (`text/html`): the fields come from the extraction, and the query parameters override them.',
  headers: ['idempotency-key'],
  responses: {
    201: {
      description: 'Created',
      schema: S.ArticleEnvelopeSchema,
      headers: ['ETag', 'Location'],
    },
    400: 'Invalid body (each field named in `errors`), or an empty text body',
    403: 'Missing scope (`articles:publish` for a non-draft status or a `publishAt`)',
    409: 'Slug taken, or a request with this Idempotency-Key still running',
    413: 'Body over 1 MiB, or a sanitized body over the stored limit',
    415: 'Not JSON, text/plain or text/html, or binary data in a text body',
    422: 'Not valid UTF-8, or the Idempotency-Key reused with a different request',
  },
  example: `curl -X POST ${ORIGIN}/v1/articles -H "authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"headline":"Harbour bridge reopens","body":"<p>Traffic flows again.</p>","section":"City","bylines":["Ada Quill"]}'`,
} satisfies Operation

export const ARTICLE_GET = {
  method: 'get',
  path: REF,
  summary: 'Read an article by id or slug',
  tag: 'Articles',
  headers: ['if-none-match'],
  responses: {
    200: { description: 'The article', schema: S.ArticleEnvelopeSchema, headers: ['ETag'] },
    304: 'Not modified (If-None-Match)',
    404: 'Unknown, or not visible to the caller',
  },
  example: `curl -i ${STORY}`,
} satisfies Operation

export const ARTICLE_PATCH = {
  method: 'patch',
  path: REF,
  summary: 'Update some fields',
  tag: 'Articles',
  scope: 'articles:write',
  body: ArticlePatchSchema,
  description:
    'Needs `If-Match` with the current ETag. Changing `publishAt` needs `articles:publish`. Drafts, scheduled and archived stories are 404 without `articles:read-drafts`. The story is looked up and `If-Match` checked before the body is read: 404, 428 and 412 come before 415 and 400.',
  headers: ['if-match'],
  responses: {
    200: { description: 'Updated', schema: S.ArticleEnvelopeSchema, headers: ['ETag'] },
    400: 'Invalid body (each field named in `errors`)',
    403: 'Missing scope',
    404: 'Unknown, or not visible to the key',
    409: 'Slug taken or article archived',
    412: 'Stale If-Match, or another write won',
    413: 'Body over 1 MiB, or a sanitized body over the stored limit',
    415: 'Not JSON',
    422: 'Not valid UTF-8',
    428: 'If-Match missing',
  },
  example: `curl -X PATCH ${STORY} -H "authorization: Bearer $KEY" -H 'if-match: "art_…r1"' -H 'content-type: application/json' -d '{"dek":"After two years of repairs"}'`,
} satisfies Operation

export const ARTICLE_DELETE = {
  method: 'delete',
  path: REF,
  summary: 'Archive an article (keeps a tombstone)',
  tag: 'Articles',
  scope: 'articles:write',
  description:
    'Needs `If-Match`. Archiving a published or scheduled story takes it off the site: that also needs `articles:publish`.',
  headers: ['if-match'],
  responses: {
    200: { description: 'Archived', schema: S.ArticleEnvelopeSchema, headers: ['ETag'] },
    403: 'Missing scope',
    404: 'Unknown, or not visible to the key',
    409: 'Already archived',
    412: 'Stale If-Match, or another write won',
    428: 'If-Match missing',
  },
  example: `curl -X DELETE ${STORY} -H "authorization: Bearer $KEY" -H 'if-match: "art_…r2"'`,
} satisfies Operation

export const ARTICLE_PUBLISH = {
  method: 'post',
  path: `${REF}/publish`,
  summary: 'Publish now, or schedule with a future publishAt',
  tag: 'Workflow',
  scope: 'articles:publish',
  body: PublishSchema,
  bodyOptional: true,
  description:
    'The body may be left out (publish now). `If-Match` is optional: when sent, a stale ETag is a 412.',
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
  example: `curl -X POST ${STORY}/publish -H "authorization: Bearer $KEY"`,
} satisfies Operation

export const ARTICLE_UNPUBLISH = {
  method: 'post',
  path: `${REF}/unpublish`,
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
  example: `curl -X POST ${STORY}/unpublish -H "authorization: Bearer $KEY"`,
} satisfies Operation

export const ARTICLE_REVISIONS = {
  method: 'get',
  path: `${REF}/revisions`,
  summary: 'Revision history',
  tag: 'Articles',
  scope: 'articles:read-drafts',
  query: NoQuerySchema,
  responses: {
    200: { description: 'Revisions, newest first', schema: S.RevisionListSchema },
    400: 'Any query parameter (none is taken)',
    404: 'Unknown',
  },
  example: `curl ${STORY}/revisions -H "authorization: Bearer $KEY"`,
} satisfies Operation

export const ARTICLE_REVISION = {
  method: 'get',
  path: `${REF}/revisions/{revision}`,
  summary: 'One revision: a full snapshot',
  tag: 'Articles',
  scope: 'articles:read-drafts',
  responses: {
    200: { description: 'The snapshot', schema: S.RevisionSchema },
    400: 'Not a revision number',
    404: 'Unknown',
  },
  example: `curl ${STORY}/revisions/1 -H "authorization: Bearer $KEY"`,
} satisfies Operation

export const ARTICLE_BATCH = {
  method: 'post',
  path: '/v1/articles/batch',
  summary: 'Bulk import up to 100 articles, all or nothing',
  tag: 'Articles',
  scope: 'articles:write',
  body: BatchSchema,
  description:
    "Each item is the create body plus an optional past `publishedAt` (with status `published`) and `ifRevision`. Items with a `slug` upsert by slug: an item equal to the stored story is `unchanged` (a retried batch writes nothing); one that changes it needs `ifRevision`, the revision it was based on (missing: 428, stale: 412). Items without a slug always create. The single-write rules apply per item: creating a non-draft, or changing a story's status, `publishAt` or `publishedAt`, needs `articles:publish`; a story the key may not see is only a taken slug (409). `Idempotency-Key` replays the first answer. One bad item fails the whole batch with every problem listed as `articles.N.field`.",
  headers: ['idempotency-key'],
  responses: {
    200: { description: 'What happened to each item', schema: S.BatchResultSchema },
    400: 'Invalid items (nothing written)',
    403: 'Missing scope for an item',
    409: 'A slug is taken or names an archived story',
    412: 'Stale ifRevision, or another write won',
    413: 'Body over 1 MiB',
    415: 'Not JSON: send application/json',
    422: 'Not valid UTF-8, or the Idempotency-Key reused with a different request',
    428: 'ifRevision missing on an update',
  },
  example: `curl -X POST ${ORIGIN}/v1/articles/batch -H "authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"articles":[{"slug":"tide-floods-causeway","headline":"Tide floods causeway","body":"Crews closed the road.","status":"published","publishedAt":"2019-03-02T08:00:00Z"}]}'`,
} satisfies Operation

/** The article operations in the order /openapi.json lists them (the batch import comes later). */
export const ARTICLE_OPERATIONS: Operation[] = [
  ARTICLE_LIST,
  ARTICLE_CREATE,
  ARTICLE_GET,
  ARTICLE_PATCH,
  ARTICLE_DELETE,
  ARTICLE_PUBLISH,
  ARTICLE_UNPUBLISH,
  ARTICLE_REVISIONS,
  ARTICLE_REVISION,
]
