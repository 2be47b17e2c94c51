/**
 * @module The feed, OPML and sitemap operations: declared once, registered by `defineRoute` in
 * feeds.ts and sitemaps.ts, and published in /openapi.json.
 */
import type { Operation, ResponseSpec } from '../contract/operation'
import { JsonFeedSchema, TextSchema } from '../contract/schemas'
import { FEED_MAX_LIMIT, FeedQuerySchema } from './query'

const FORMATS =
  'The extension picks the format: `.rss` (RSS 2.0), `.atom` (Atom 1.0) or `.json` (JSON Feed 1.1).'
const COMMON =
  `${FORMATS} Full content by default; \`summary=1\` for summaries only. \`limit\` (1–${FEED_MAX_LIMIT}, default 30). ` +
  'Pages per RFC 5005: follow the `next` link (`next_url` in JSON Feed) to walk back through the archive. ' +
  'Conditional GET with `If-None-Match` / `If-Modified-Since` answers 304 without rendering; the WebSub hub, when configured, is advertised as `rel="hub"`.'
const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json']
const VALIDATORS = ['ETag', 'Last-Modified', 'Link', 'Cache-Control']
const FEED: ResponseSpec = {
  description: 'The feed, in the format its extension names',
  type: 'application/rss+xml',
  schema: TextSchema,
  alternates: FEED_TYPES,
  alternateSchemas: { 'application/feed+json': JsonFeedSchema },
  headers: [...VALIDATORS, 'X-Cache'],
}
const NOT_MODIFIED: ResponseSpec = { description: 'Not modified', headers: VALIDATORS }
const CONDITIONAL = ['if-none-match', 'if-modified-since'] as const
const FEED_RESPONSES = {
  200: FEED,
  304: NOT_MODIFIED,
  400: 'Invalid limit, summary or cursor',
  404: 'Unknown format or term',
}
/** A document every feed reader or crawler gets whole: text of `type`, with its validators. */
const whole = (description: string, type: string) => ({
  200: { description, type, schema: TextSchema, headers: [...VALIDATORS, 'X-Cache'] },
  304: NOT_MODIFIED,
})

type TermKind = 'sections' | 'tags' | 'authors'
const term = (kind: TermKind, example: string) =>
  ({
    method: 'get',
    path: `/feeds/${kind}/{slug}.{format}`,
    summary: `Feed of one of the ${kind}`,
    tag: 'Feeds',
    query: FeedQuerySchema,
    headers: [...CONDITIONAL],
    produces: 'application/atom+xml',
    description: COMMON,
    responses: FEED_RESPONSES,
    example: `curl -i '{origin}/feeds/${kind}/${example}'`,
  }) satisfies Operation

export const FEED_LATEST = {
  method: 'get',
  path: '/feeds/latest.{format}',
  summary: 'Feed of the latest stories',
  tag: 'Feeds',
  query: FeedQuerySchema,
  headers: [...CONDITIONAL],
  produces: 'application/rss+xml',
  description: COMMON,
  responses: FEED_RESPONSES,
  example: "curl -i '{origin}/feeds/latest.rss?limit=10'",
} satisfies Operation

/** The feed of one section, tag or author, by the path segment that names the kind. */
export const TERM_FEEDS = {
  sections: term('sections', 'world.atom'),
  tags: term('tags', 'climate.json?summary=1'),
  authors: term('authors', 'ada-quill.rss'),
} satisfies Record<TermKind, Operation>

export const FEED_SEARCH = {
  method: 'get',
  path: '/feeds/search.{format}',
  summary: 'Feed of a full-text search (`q` required)',
  tag: 'Feeds',
  query: FeedQuerySchema,
  headers: [...CONDITIONAL],
  produces: 'application/feed+json',
  description: COMMON,
  responses: { ...FEED_RESPONSES, 400: 'Missing q, or invalid limit, summary or cursor' },
  example: "curl '{origin}/feeds/search.json?q=harbour+bridge'",
} satisfies Operation

export const FEEDS_OPML = {
  method: 'get',
  path: '/feeds.opml',
  summary: 'OPML list of every section, tag and author feed',
  tag: 'Feeds',
  produces: 'text/x-opml',
  headers: [...CONDITIONAL],
  responses: whole('OPML 2.0', 'text/x-opml'),
  example: 'curl {origin}/feeds.opml',
} satisfies Operation

export const SITEMAP = {
  method: 'get',
  path: '/sitemap.xml',
  summary: 'Sitemap of every published article (newest 50,000)',
  tag: 'Feeds',
  produces: 'application/xml',
  headers: [...CONDITIONAL],
  responses: whole('sitemaps.org 0.9 urlset', 'application/xml'),
  example: 'curl {origin}/sitemap.xml',
} satisfies Operation

export const NEWS_SITEMAP = {
  method: 'get',
  path: '/sitemap-news.xml',
  summary: 'Google News sitemap: the last 48 hours, at most 1,000',
  tag: 'Feeds',
  produces: 'application/xml',
  headers: [...CONDITIONAL],
  responses: whole('urlset with news: entries', 'application/xml'),
  example: 'curl {origin}/sitemap-news.xml',
} satisfies Operation

/** Every feed, OPML and sitemap endpoint, in the order of the document. */
export const FEEDS_OPERATIONS: Operation[] = [
  FEED_LATEST,
  TERM_FEEDS.sections,
  TERM_FEEDS.tags,
  TERM_FEEDS.authors,
  FEED_SEARCH,
  FEEDS_OPML,
  SITEMAP,
  NEWS_SITEMAP,
]
