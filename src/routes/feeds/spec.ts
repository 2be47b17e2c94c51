/**
 * @module The feed endpoints in the OpenAPI document.
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
const FEED: ResponseSpec = {
  description: 'The feed, in the format its extension names',
  type: 'application/rss+xml',
  schema: TextSchema,
  alternates: FEED_TYPES,
  alternateSchemas: { 'application/feed+json': JsonFeedSchema },
  headers: ['ETag', 'Last-Modified', 'Link'],
}
const CONDITIONAL = ['if-none-match', 'if-modified-since'] as const
const FEED_RESPONSES = {
  200: FEED,
  304: 'Not modified',
  400: 'Invalid limit, summary or cursor',
  404: 'Unknown format or term',
}

const term = (kind: 'sections' | 'tags' | 'authors', example: string): Operation => ({
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
})

/** Every feed, OPML and sitemap endpoint. */
export const FEEDS_OPERATIONS: Operation[] = [
  {
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
  },
  term('sections', 'world.atom'),
  term('tags', 'climate.json?summary=1'),
  term('authors', 'ada-quill.rss'),
  {
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
  },
  {
    method: 'get',
    path: '/feeds.opml',
    summary: 'OPML list of every section, tag and author feed',
    tag: 'Feeds',
    produces: 'text/x-opml',
    headers: [...CONDITIONAL],
    responses: { 200: 'OPML 2.0', 304: 'Not modified' },
    example: 'curl {origin}/feeds.opml',
  },
  {
    method: 'get',
    path: '/sitemap.xml',
    summary: 'Sitemap of every published article (newest 50,000)',
    tag: 'Feeds',
    produces: 'application/xml',
    headers: [...CONDITIONAL],
    responses: { 200: 'sitemaps.org 0.9 urlset', 304: 'Not modified' },
    example: 'curl {origin}/sitemap.xml',
  },
  {
    method: 'get',
    path: '/sitemap-news.xml',
    summary: 'Google News sitemap: the last 48 hours, at most 1,000',
    tag: 'Feeds',
    produces: 'application/xml',
    headers: [...CONDITIONAL],
    responses: { 200: 'urlset with news: entries', 304: 'Not modified' },
    example: 'curl {origin}/sitemap-news.xml',
  },
]
