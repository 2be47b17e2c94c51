/**
 * @module The related-story operations for /openapi.json and /docs.
 */
import { CurationSchema, RelatedQuerySchema, RelatedTextSchema } from '../../domain/related'
import * as S from '../contract/schemas'
import type { Operation } from '../contract/operation'

export const RELATED = {
  method: 'get',
  path: '/v1/articles/{ref}/related',
  summary: 'Related stories, ranked and explained',
  tag: 'Related',
  query: RelatedQuerySchema,
  description:
    'Published stories ranked by tf-idf similarity (headline and body), shared section and tags, and recency (`halfLife` in days, default 365: a story many half-lives old needs about 1.4× the match). Each answer has a 0..1 `score` and an `explanation` (`terms`, `section`, `tags`); near-duplicates are folded into `duplicates`; the story itself never appears. Pinned stories come first, excluded ones never. `since` (date) and `section` (slug) filter. Drafts need `articles:read-drafts`.',
  responses: {
    200: { description: 'The story and its related stories', schema: S.RelatedAnswerSchema },
    400: 'limit outside 1-50, bad since or halfLife',
    404: 'Unknown, or not visible to the caller',
  },
  example:
    "curl '{origin}/v1/articles/harbour-bridge-reopens-after-two-years/related?limit=5&halfLife=180'",
} satisfies Operation

export const RELATED_TEXT = {
  method: 'post',
  path: '/v1/related',
  summary: 'Related stories for text that is not stored',
  tag: 'Related',
  query: RelatedQuerySchema,
  body: RelatedTextSchema,
  bodyTypes: ['text/plain'],
  description:
    'JSON `{ headline, body }` (HTML bodies are reduced to text) or plain text whose first line is the headline. The first 60,000 characters are analysed (`meta.truncated` says when more was sent). Query syntax in the text is only ever words.',
  rateLimited: true,
  responses: {
    200: { description: 'Related stories', schema: S.RelatedTextAnswerSchema },
    400: 'Invalid body or query',
    413: 'Body over 1 MiB',
    415: 'Neither JSON nor plain text',
    422: 'No words to match on',
    429: 'Rate limited (see Retry-After, RateLimit-*)',
  },
  example: `curl -X POST '{origin}/v1/related?limit=5' -H 'content-type: application/json' -d '{"headline":"Ferry timetable changes","body":"The harbour ferry to Quayside runs every ten minutes."}'`,
} satisfies Operation

export const CURATION = {
  method: 'put',
  path: '/v1/articles/{ref}/related',
  summary: 'Pin and exclude related stories',
  tag: 'Related',
  scope: 'articles:write',
  body: CurationSchema,
  description:
    'Replaces the lists: `pinned` (ids or slugs, in order, at most 20) come first in every answer while published; `excluded` (at most 200) never appear. A story the key may not see (a draft without `articles:read-drafts`) is unknown, as source or as a reference.',
  responses: {
    200: { description: 'The curation now stored', schema: S.CurationSchema },
    400: 'Invalid body, or a story both pinned and excluded',
    401: 'No key',
    403: 'Missing scope',
    404: 'Unknown article, or not visible to the key',
    422: 'A pinned or excluded story does not exist for the key (each listed in `errors`)',
  },
  example: `curl -X PUT {origin}/v1/articles/harbour-bridge-reopens-after-two-years/related -H "authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"pinned":["bridge-tolls-rise"],"excluded":["harbour-bridge-opens-1932"]}'`,
} satisfies Operation

export const RELATED_OPERATIONS: Operation[] = [RELATED, RELATED_TEXT, CURATION]
