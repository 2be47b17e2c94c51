/**
 * @module OpenAPI operations of the extraction capability: POST /v1/extract and an article's
 * extraction.
 */
import * as v from 'valibot'
import * as S from '../contract/schemas'
import type { Operation } from '../contract/operation'

const CONFIDENCE_MESSAGE = 'a number from 0 to 1'

/** `?minConfidence=0.9`: keep only quotes whose speaker is at least this likely to be right. */
export const MinConfidenceQuerySchema = v.object({
  minConfidence: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(?:0(?:\.\d{1,4})?|1(?:\.0{1,4})?|\.\d{1,4})$/, CONFIDENCE_MESSAGE),
      v.transform(Number)
    )
  ),
})

/**
 * `interrupted`: an interrupted quotation with a full stop after its credit ("“A,” she said. “B.”")
 * as one quote (`join`, the default) or a quote for each part (`split`).
 */
const Interrupted = v.picklist(['join', 'split'], 'one of "join" or "split"')

/** The query of `POST /v1/extract`: `minConfidence` and `interrupted`. */
export const ExtractQuerySchema = v.object({
  ...MinConfidenceQuerySchema.entries,
  interrupted: v.optional(Interrupted),
})

/** A declared language (`fr`, `pt-BR`): it wins over the page's own and over detection. */
export const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[a-zA-Z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag')
)

export const ExtractJsonSchema = v.pipe(
  v.strictObject({
    text: v.optional(v.string()),
    html: v.optional(v.string()),
    url: v.optional(v.pipe(v.string(), v.maxLength(2048), v.url('an absolute URL'))),
    minConfidence: v.optional(
      v.pipe(
        v.number(CONFIDENCE_MESSAGE),
        v.minValue(0, CONFIDENCE_MESSAGE),
        v.maxValue(1, CONFIDENCE_MESSAGE)
      )
    ),
    lang: v.optional(LanguageTag),
    interrupted: v.optional(Interrupted),
  }),
  v.check(
    (body) => (body.text === undefined) !== (body.html === undefined),
    'send exactly one of "text" or "html"'
  )
)

export const EXTRACT = {
  method: 'post',
  path: '/v1/extract',
  summary: 'Extract structured data from raw copy or a web page',
  tag: 'Extraction',
  body: ExtractJsonSchema,
  query: ExtractQuerySchema,
  bodyTypes: ['text/plain', 'text/html'],
  description:
    'Stateless; no key needed. Send `text/plain` copy, `text/html` (with `?url=` for dates in paths), or JSON `{ "text" }` / `{ "html", "url"? }`; a declared language (`?lang=fr` or `"lang"`) wins over `<html lang>` and over detection. Returns `{ extraction }`: headline, dek, bylines, dateline, publishedAt, language, body paragraphs, images, quotes with speakers, the offsets of the quoted words and of the reported content they belong to (`content`) into `body.join("\\n\\n")`, entities, sources, relatedLinks, keywords, summary, wordCount, readingTimeMinutes. Each quote has `kind` (`direct`, `mixed`: quoted words in reported speech, `indirect`: reported speech), `speaker` (the canonical name of a person or organisation in `entities`, linked by `speakerEntity: { type, index }`, or null; never a pronoun or description), `speakerMention` (as written) and `confidence` (0–1; at 0.9 and above about 97% name the right speaker on the dev sets). `quotedPeople` ranks people and organisations by quotes and words quoted. `minConfidence` (query, or the JSON body field) keeps only quotes at least that confident. `interrupted` (query, or the JSON body field): an interrupted quotation with a full stop after its credit (“A,” she said. “B.”) is one quote from A to B by default (`join`), or a quote for each part (`split`). Rate-limited per client (60 a minute).',
  rateLimited: true,
  responses: {
    200: { description: 'The extraction', schema: S.ExtractResultSchema },
    400: 'Empty body, invalid JSON fields, minConfidence or interrupted',
    413: 'Body over 2 MiB',
    415: 'Unsupported media type or binary data',
    422: 'Not valid UTF-8',
    429: 'Rate limited (see Retry-After, RateLimit-*)',
  },
  example: `curl -X POST {origin}/v1/extract -H 'content-type: text/plain' --data-binary @story.txt`,
} satisfies Operation

export const ARTICLE_EXTRACTION = {
  method: 'get',
  path: '/v1/articles/{ref}/extraction',
  summary: "An article's stored extraction (recomputed on every write)",
  tag: 'Extraction',
  query: MinConfidenceQuerySchema,
  description:
    '`?minConfidence=0.9` keeps only quotes whose speaker is at least that likely to be right (and recounts `quotedPeople`). The `?person=` filter on articles counts a quote attribution only from confidence 0.7 up.',
  responses: {
    200: { description: 'The stored extraction', schema: S.ArticleExtractionSchema },
    400: 'Invalid minConfidence',
    404: 'Unknown, or not visible to the caller',
  },
  example: 'curl {origin}/v1/articles/harbour-bridge-reopens-after-two-years/extraction',
} satisfies Operation

export const EXTRACTION_OPERATIONS: Operation[] = [EXTRACT, ARTICLE_EXTRACTION]
