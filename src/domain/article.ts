/**
 * @module The article model, its input schemas and the editorial workflow rules.
 */
import * as v from 'valibot'
import { slugProblem } from './slug'

export { slugify, suffixSlug } from './slug'

export const STATUSES = ['draft', 'scheduled', 'published', 'archived'] as const
export type Status = (typeof STATUSES)[number]

export interface Term {
  slug: string
  name: string
}

export interface LeadImage {
  url: string
  caption: string | null
  credit: string | null
}

export interface Correction {
  at: string
  text: string
}

/** An article as the API returns it. */
export interface Article {
  id: string
  slug: string
  headline: string
  dek: string | null
  body: string
  bodyText: string
  section: Term | null
  tags: Term[]
  bylines: Term[]
  status: Status
  publishAt: string | null
  publishedAt: string | null
  createdAt: string
  updatedAt: string
  revision: number
  canonicalUrl: string | null
  language: string
  image: LeadImage | null
  source: string | null
  corrections: Correction[]
}

// A slug someone chooses: NFC, then any script, but no bidi controls and no word mixing scripts.
const Slug = v.pipe(
  v.string(),
  v.maxLength(1000, 'at most 120 characters'),
  v.normalize('NFC'),
  v.check(
    (s) => slugProblem(s) === null,
    (issue) => slugProblem(String(issue.input)) ?? 'invalid slug'
  )
)
// Bidi embeddings, overrides and isolates (not the LRM/RLM/ALM marks RTL copy needs): invisible
// characters that can reorder the text around a headline, so display text drops them.
const BIDI_FORMATTING = /[\u202a-\u202e\u2066-\u2069]/g
const Text = (max: number) =>
  v.pipe(
    v.string(),
    v.normalize('NFC'),
    v.transform((s) => s.replace(BIDI_FORMATTING, '')),
    v.trim(),
    v.maxLength(max, `at most ${max} characters`)
  )
const Url = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url('an absolute URL'),
  v.regex(/^https?:/i, 'an http(s) URL')
)
const IsoDate = v.pipe(v.string(), v.isoTimestamp('an ISO 8601 timestamp with a time zone'))
const Name = v.pipe(Text(120), v.minLength(1, 'must not be empty'))

export const LeadImageSchema = v.object({
  url: Url,
  caption: v.optional(v.nullable(Text(1000))),
  credit: v.optional(v.nullable(Text(200))),
})

export const CorrectionSchema = v.object({
  at: v.optional(IsoDate),
  text: v.pipe(Text(2000), v.minLength(1, 'must not be empty')),
})

const editable = {
  headline: v.pipe(Text(300), v.minLength(1, 'must not be empty')),
  dek: v.nullable(Text(1000)),
  body: v.pipe(v.string(), v.normalize('NFC'), v.maxLength(900_000, 'at most 900,000 characters')),
  section: v.nullable(Name),
  tags: v.pipe(v.array(Name), v.maxLength(30, 'at most 30 tags')),
  bylines: v.pipe(v.array(Name), v.maxLength(20, 'at most 20 bylines')),
  canonicalUrl: v.nullable(Url),
  language: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag')
  ),
  image: v.nullable(LeadImageSchema),
  source: v.nullable(Text(200)),
  corrections: v.pipe(v.array(CorrectionSchema), v.maxLength(100)),
}

/** Body of `POST /v1/articles`. */
export const ArticleCreateSchema = v.strictObject({
  slug: v.optional(Slug),
  headline: editable.headline,
  dek: v.optional(editable.dek),
  body: v.optional(editable.body, ''),
  section: v.optional(editable.section),
  tags: v.optional(editable.tags, []),
  bylines: v.optional(editable.bylines, []),
  canonicalUrl: v.optional(editable.canonicalUrl),
  /** Detected from headline, dek and body when left out (`en` when the text gives no signal). */
  language: v.optional(editable.language),
  image: v.optional(editable.image),
  source: v.optional(editable.source),
  corrections: v.optional(editable.corrections, []),
  status: v.optional(v.picklist(['draft', 'scheduled', 'published']), 'draft'),
  publishAt: v.optional(v.nullable(IsoDate)),
  /** For imports of archives: when a `published` article first appeared (default: now). */
  publishedAt: v.optional(
    v.pipe(
      IsoDate,
      v.check((s) => Date.parse(s) <= Date.now() + 60_000, 'must not be in the future')
    )
  ),
})
export type ArticleCreate = v.InferOutput<typeof ArticleCreateSchema>

/** Body of `PATCH /v1/articles/{id}`: any editable field; absent means unchanged. */
export const ArticlePatchSchema = v.strictObject({
  slug: v.optional(Slug),
  headline: v.optional(editable.headline),
  dek: v.optional(editable.dek),
  body: v.optional(editable.body),
  section: v.optional(editable.section),
  tags: v.optional(editable.tags),
  bylines: v.optional(editable.bylines),
  canonicalUrl: v.optional(editable.canonicalUrl),
  language: v.optional(editable.language),
  image: v.optional(editable.image),
  source: v.optional(editable.source),
  corrections: v.optional(editable.corrections),
  publishAt: v.optional(v.nullable(IsoDate)),
})
export type ArticlePatch = v.InferOutput<typeof ArticlePatchSchema>

/** Body of `POST /v1/articles/{id}/publish`: now, or at `publishAt` when that is in the future. */
export const PublishSchema = v.strictObject({
  publishAt: v.optional(IsoDate),
})

/** Query of `GET /v1/articles`. */
/** Fields a listed article can carry; `fields=` picks among them. */
export const LIST_FIELDS = [
  'id',
  'slug',
  'url',
  'headline',
  'dek',
  'body',
  'bodyText',
  'section',
  'tags',
  'bylines',
  'status',
  'publishAt',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'revision',
  'canonicalUrl',
  'language',
  'image',
  'source',
  'corrections',
  'snippet',
] as const
export type ListField = (typeof LIST_FIELDS)[number]
/** List orders: by publication (else creation) date, by last change, or by relevance (with `q`). */
export const LIST_SORT_NAMES = [
  '-publishedAt',
  'publishedAt',
  '-updatedAt',
  'updatedAt',
  'relevance',
] as const
export type ListSort = (typeof LIST_SORT_NAMES)[number]

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i
/** Comma-separated values, trimmed, empties dropped. */
function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}
function unknownFields(names: readonly string[]): string[] {
  const known: readonly string[] = LIST_FIELDS
  return names
    .filter((n) => !known.includes(n))
    .map((n) => n.slice(0, 40))
    .slice(0, 10)
}
/** A comma-separated list of up to 20 slugs: a story matches any of them. */
const TermAnyOf = v.pipe(
  v.string(),
  v.normalize('NFC'),
  v.maxLength(2000, 'at most 2000 characters'),
  v.transform(splitList),
  v.maxLength(20, 'at most 20 slugs'),
  v.check((slugs) => slugs.every((s) => s.length <= 120), 'each slug at most 120 characters')
)
/** The same parameter given up to 5 times: a story matches each of the lists. */
const TermAllOf = v.pipe(v.array(TermAnyOf), v.maxLength(5, 'at most 5 times'))

export const ArticleListQuerySchema = v.object({
  /** Slugs, comma-separated: any of them. */
  section: v.optional(TermAnyOf),
  /** Slugs, comma-separated (any of them); repeat the parameter for all of the groups. */
  tag: v.optional(TermAllOf),
  author: v.optional(TermAllOf),
  /** Entity filters: any name or alias of a person, organisation or place the story mentions. */
  person: v.optional(
    v.pipe(v.string(), v.normalize('NFC'), v.minLength(1, 'must not be empty'), v.maxLength(200))
  ),
  org: v.optional(
    v.pipe(v.string(), v.normalize('NFC'), v.minLength(1, 'must not be empty'), v.maxLength(200))
  ),
  place: v.optional(
    v.pipe(v.string(), v.normalize('NFC'), v.minLength(1, 'must not be empty'), v.maxLength(200))
  ),
  status: v.optional(v.picklist(STATUSES)),
  q: v.optional(v.pipe(v.string(), v.normalize('NFC'), v.maxLength(500, 'at most 500 characters'))),
  from: v.optional(v.pipe(v.string(), v.isoDate('a date YYYY-MM-DD'))),
  to: v.optional(v.pipe(v.string(), v.isoDate('a date YYYY-MM-DD'))),
  /** ISO 8601 instant with a zone: stories changed at or after it. */
  updatedSince: v.optional(
    v.pipe(
      v.string(),
      v.regex(ISO_INSTANT, 'an ISO 8601 timestamp with a zone, like 2026-03-01T12:00:00Z'),
      v.check((s) => !Number.isNaN(Date.parse(s)), 'not a real date and time'),
      v.transform((s) => new Date(s).toISOString())
    )
  ),
  sort: v.optional(v.picklist(LIST_SORT_NAMES, `one of ${LIST_SORT_NAMES.join(', ')}`)),
  /** Comma-separated response fields (`id` always); lists leave out the bodies unless named. */
  fields: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(500, 'at most 500 characters'),
      v.transform(splitList),
      v.minLength(1, 'name at least one field'),
      v.check(
        (names) => names.every((n) => (LIST_FIELDS as readonly string[]).includes(n)),
        (issue) => `unknown field(s): ${unknownFields(issue.input as string[]).join(', ')}`
      )
    )
  ),
  /** `true` adds `meta.total`, the number of matching stories (one more query). */
  total: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], 'true or false'),
      v.transform((s) => s === 'true')
    )
  ),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(500))),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, 'a whole number from 1 to 100'),
      v.transform(Number),
      v.minValue(1, 'a whole number from 1 to 100'),
      v.maxValue(100, 'a whole number from 1 to 100')
    ),
    '20'
  ),
})
export type ArticleListQuery = v.InferOutput<typeof ArticleListQuerySchema>

/** The workflow actions and where each may start. */
const TRANSITIONS: Record<
  'publish' | 'schedule' | 'unpublish' | 'archive' | 'edit',
  readonly Status[]
> = {
  publish: ['draft', 'scheduled'],
  schedule: ['draft', 'scheduled'],
  unpublish: ['published', 'scheduled'],
  archive: ['draft', 'scheduled', 'published'],
  edit: ['draft', 'scheduled', 'published'],
}
export type Action = keyof typeof TRANSITIONS

/** True when `action` is allowed on an article in `status`. */
export function canTransition(status: Status, action: Action): boolean {
  return TRANSITIONS[action].includes(status)
}

/** Strong ETag of an article: its id and revision identify its bytes. */
export function articleEtag(article: Pick<Article, 'id' | 'revision'>): string {
  return `"${article.id}.r${article.revision}"`
}
