/**
 * @module The response bodies the API promises, as valibot schemas: /openapi.json publishes them
 * and the tests check every response against them. Objects are open (`v.object`): a new field is
 * not a breaking change, a missing or mistyped one is.
 */
import * as v from 'valibot'
import { STATUSES } from '../../domain/article'
import { CHANGE_KINDS } from '../../domain/changes'
import { PROBLEM_STATUS } from '../../domain/errors'
import { SCOPES } from '../../domain/scopes'

const Str = v.string()
const NullStr = v.nullable(v.string())
const Int = v.pipe(v.number(), v.integer())
const Term = v.object({ slug: Str, name: Str })

/** One failing field of a request, in a problem's `errors`. */
export const FieldErrorSchema = v.object({
  field: v.pipe(Str, v.description('The dotted path of the field (`image.url`, `tags.2`)')),
  path: v.pipe(Str, v.description('Same as `field` (kept for older clients)')),
  message: v.pipe(Str, v.description('What is wrong, in English, naming the field')),
})

/** RFC 9457 problem details: the body of every 4xx and 5xx. */
export const ProblemSchema = v.object({
  type: v.pipe(Str, v.description('A page on this API explaining the code: `/problems/{code}`')),
  title: Str,
  status: Int,
  detail: Str,
  code: v.picklist(Object.keys(PROBLEM_STATUS) as (keyof typeof PROBLEM_STATUS)[]),
  requestId: Str,
  errors: v.optional(v.array(FieldErrorSchema)),
})

const articleFields = {
  id: v.pipe(Str, v.description('Stable id (`art_…`)')),
  slug: Str,
  url: v.pipe(Str, v.description('The public page of the story')),
  headline: Str,
  dek: NullStr,
  body: v.pipe(Str, v.description('Sanitized HTML')),
  bodyText: Str,
  section: v.nullable(Term),
  tags: v.array(Term),
  bylines: v.array(Term),
  status: v.picklist(STATUSES),
  publishAt: NullStr,
  publishedAt: NullStr,
  createdAt: Str,
  updatedAt: Str,
  revision: Int,
  canonicalUrl: NullStr,
  language: Str,
  image: v.nullable(v.object({ url: Str, caption: NullStr, credit: NullStr })),
  source: NullStr,
  corrections: v.array(v.object({ at: Str, text: Str })),
}

/** An article as `GET /v1/articles/{ref}` returns it. */
export const ArticleSchema = v.object(articleFields)

/** `{ article }`: one article. */
export const ArticleEnvelopeSchema = v.object({ article: ArticleSchema })

/** An article in a list: `fields` picks the members, `id` is always there. */
export const ListedArticleSchema = v.object({
  ...v.partial(v.object(articleFields)).entries,
  id: articleFields.id,
  snippet: v.optional(v.pipe(Str, v.description('With `q`: the matching words in context'))),
})

/** `GET /v1/articles`: a page of articles. */
export const ArticleListSchema = v.object({
  articles: v.array(ListedArticleSchema),
  meta: v.object({
    limit: Int,
    nextCursor: v.optional(NullStr),
    total: v.optional(Int),
  }),
})

const Revision = v.object({ revision: Int, actor: NullStr, createdAt: Str })
export const RevisionListSchema = v.object({
  revisions: v.array(v.object({ ...Revision.entries })),
  meta: v.object({ articleId: Str, current: Int }),
})
const { url: _url, ...snapshotFields } = articleFields
export const RevisionSchema = v.object({
  revision: v.object({ ...Revision.entries, article: v.object(snapshotFields) }),
})

/** `GET /v1/{authors|sections|tags}`. */
export function termListSchema<K extends string>(kind: K) {
  const item = v.object({ slug: Str, name: Str, articleCount: Int })
  return v.object({ [kind]: v.array(item) } as Record<K, v.ArraySchema<typeof item, undefined>>)
}

const Key = v.object({
  id: Str,
  name: Str,
  scopes: v.array(v.picklist(SCOPES)),
  createdAt: Str,
  revokedAt: NullStr,
})
export const KeyCreatedSchema = v.object({
  key: v.object({
    ...Key.entries,
    secret: v.optional(
      v.pipe(Str, v.description('Shown once: absent when an Idempotency-Key retry replays'))
    ),
  }),
  meta: v.object({ note: Str }),
})
export const KeyListSchema = v.object({ keys: v.array(Key) })
export const KeyEnvelopeSchema = v.object({ key: Key })

export const ReindexResultSchema = v.object({ reindexed: Int, next: v.nullable(Int) })
export const RelatedRefreshResultSchema = v.object({ refreshed: Int, pending: Int })

export const HealthSchema = v.object({
  status: v.literal('ok'),
  time: Str,
  schema: v.record(Str, v.unknown()),
  instance: v.optional(Str),
})

/** Any JSON object: for documents whose shape another standard defines (OpenAPI). */
export const JsonObjectSchema = v.record(Str, v.unknown())

const JsonFeedItem = v.looseObject({
  id: Str,
  url: v.optional(Str),
  title: v.optional(Str),
  content_html: v.optional(Str),
  content_text: v.optional(Str),
  summary: v.optional(Str),
  date_published: v.optional(Str),
  date_modified: v.optional(Str),
  tags: v.optional(v.array(Str)),
})

/** A JSON Feed 1.1 document: the members this API writes (the standard allows extensions). */
export const JsonFeedSchema = v.looseObject({
  version: v.literal('https://jsonfeed.org/version/1.1'),
  title: Str,
  home_page_url: v.optional(Str),
  feed_url: v.optional(Str),
  next_url: v.optional(Str),
  items: v.array(JsonFeedItem),
})

const Quote = v.object({
  text: Str,
  kind: v.picklist(['direct', 'mixed', 'indirect']),
  speaker: NullStr,
  speakerMention: NullStr,
  confidence: v.number(),
})
/** The structured data extracted from a story (open: members grow with the engine). */
export const ExtractionSchema = v.object({
  headline: NullStr,
  dek: NullStr,
  bylines: v.array(Str),
  publishedAt: NullStr,
  language: Str,
  body: v.array(Str),
  quotes: v.array(Quote),
  entities: v.record(Str, v.array(v.record(Str, v.unknown()))),
  keywords: v.array(v.unknown()),
  summary: v.unknown(),
  wordCount: Int,
  readingTimeMinutes: v.number(),
})
export const ExtractResultSchema = v.object({ extraction: ExtractionSchema })
export const ArticleExtractionSchema = v.object({
  extraction: ExtractionSchema,
  meta: v.object({ articleId: Str, revision: Int }),
})

const RelatedStory = v.object({
  id: Str,
  slug: Str,
  headline: Str,
  publishedAt: NullStr,
  score: v.number(),
  pinned: v.optional(v.boolean()),
  explanation: v.optional(v.record(Str, v.unknown())),
  duplicates: v.optional(v.array(v.unknown())),
})
const RelatedMeta = v.record(Str, v.unknown())
export const RelatedAnswerSchema = v.object({
  article: v.object({ id: Str, slug: Str, headline: Str }),
  related: v.array(RelatedStory),
  meta: RelatedMeta,
})
export const RelatedTextAnswerSchema = v.object({
  related: v.array(RelatedStory),
  meta: RelatedMeta,
})
export const CurationSchema = v.object({
  article: v.object({ id: Str, slug: Str }),
  curation: v.object({ pinned: v.array(Str), excluded: v.array(Str) }),
})

export const BatchResultSchema = v.object({
  articles: v.array(
    v.object({
      id: Str,
      slug: Str,
      status: v.picklist(STATUSES),
      revision: Int,
      result: v.picklist(['created', 'updated', 'unchanged']),
    })
  ),
  meta: v.object({ created: Int, updated: Int, unchanged: Int }),
})

const WidgetItem = v.object({
  slug: Str,
  url: Str,
  headline: Str,
  dek: NullStr,
  section: v.nullable(Term),
  bylines: v.array(Str),
  publishedAt: NullStr,
  image: v.nullable(v.object({ url: Str, alt: Str })),
})
export const WidgetLatestSchema = v.object({
  section: v.nullable(v.unknown()),
  items: v.array(WidgetItem),
})
export const WidgetRelatedSchema = v.object({
  article: v.nullable(v.object({ slug: Str, url: Str })),
  items: v.array(WidgetItem),
})
export const WidgetCardSchema = v.object({ item: v.nullable(WidgetItem) })

/** oEmbed 1.0, type `rich`. */
export const OEmbedSchema = v.object({
  version: v.literal('1.0'),
  type: v.literal('rich'),
  html: Str,
  width: Int,
  height: Int,
  title: v.optional(Str),
  provider_name: v.optional(Str),
  provider_url: v.optional(Str),
})

const Status = v.picklist(STATUSES)
/** One event of the change feed. */
const ChangeSchema = v.object({
  cursor: v.pipe(Str, v.description('Resume after this event')),
  type: v.picklist(CHANGE_KINDS),
  articleId: Str,
  slug: Str,
  revision: Int,
  status: Status,
  previousStatus: v.optional(
    v.pipe(v.nullable(Status), v.description('With `articles:read-drafts` only'))
  ),
  at: Str,
  tombstone: v.boolean(),
  article: v.pipe(v.nullable(ArticleSchema), v.description('`null` in a tombstone')),
})
/** `GET /v1/changes`: a page of the change feed. */
export const ChangeListSchema = v.object({
  changes: v.array(ChangeSchema),
  meta: v.object({ cursor: Str, hasMore: v.boolean(), limit: Int, retentionDays: Int }),
})

const Webhook = v.object({
  id: v.pipe(Str, v.description('`wh_…`')),
  url: Str,
  events: v.array(Str),
  description: NullStr,
  includeDrafts: v.boolean(),
  createdAt: Str,
  createdBy: Str,
})
export const WebhookCreatedSchema = v.object({
  webhook: v.object({
    ...Webhook.entries,
    secret: v.optional(
      v.pipe(Str, v.description('Shown once: absent when an Idempotency-Key retry replays'))
    ),
  }),
  meta: v.object({ note: Str }),
})
export const WebhookListSchema = v.object({ webhooks: v.array(Webhook) })
export const WebhookEnvelopeSchema = v.object({ webhook: Webhook })

const Delivery = v.object({
  id: v.pipe(Str, v.description('`msg_…`: the `webhook-id` of every attempt')),
  subscriptionId: Str,
  changeSeq: Int,
  articleId: Str,
  type: Str,
  status: v.picklist(['pending', 'succeeded', 'failed']),
  attempts: Int,
  lastStatus: v.nullable(Int),
  lastError: NullStr,
  createdAt: Str,
  updatedAt: Str,
  nextAttemptAt: Str,
  deliveredAt: NullStr,
})
export const DeliveryListSchema = v.object({ deliveries: v.array(Delivery) })
export const DeliveryEnvelopeSchema = v.object({ delivery: Delivery })

export const PreviewLinkSchema = v.object({
  url: v.pipe(Str, v.description('`/preview/{token}` on this origin')),
  expiresAt: Str,
})

/** A text body (HTML, XML, JavaScript): documented by media type, checked as a string. */
export const TextSchema = v.string()

/** Schemas published by name under `components.schemas` (and referenced from the operations). */
export const NAMED_SCHEMAS: Record<string, v.GenericSchema> = {
  Problem: ProblemSchema,
  ArticleEnvelope: ArticleEnvelopeSchema,
  ArticleList: ArticleListSchema,
  Extraction: ExtractResultSchema,
  RelatedAnswer: RelatedAnswerSchema,
  OEmbed: OEmbedSchema,
}
