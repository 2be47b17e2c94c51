/**
 * @module The public pages: declared once, registered by `defineRoute` in pages.tsx and published
 * in /openapi.json and /docs.
 */
import * as v from 'valibot'
import type { Operation } from '../contract/operation'
import { TextSchema } from '../contract/schemas'

// Any text: a cursor this site did not give out is the page's own 400 (HTML for browsers).
const PageQuery = v.object({
  cursor: v.optional(
    v.pipe(v.string(), v.description('Opaque cursor from the "Older stories" link'))
  ),
})

const CACHING =
  'Rendered HTML is cached in KV under a key naming the content version, so a change shows on the next request. ' +
  'Strong `ETag`, `Last-Modified`, 304 on `If-None-Match`/`If-Modified-Since`; public pages send `Cache-Control` with `s-maxage`, ' +
  '`stale-while-revalidate` and `stale-if-error`; requests with a key get `private, no-store` and are never cached. ' +
  '`X-Cache` says HIT, MISS or BYPASS; `Server-Timing` breaks the time down. ' +
  'Views are stored gzip-compressed: a client whose `Accept-Encoding` takes gzip gets those bytes as stored ' +
  '(`Content-Encoding: gzip`, an `ETag` of their own ending in `-gz`, `Vary: Accept-Encoding`); others get the body as is.'

const PAGE_HEADERS = ['ETag', 'Last-Modified', 'Cache-Control', 'Vary', 'Server-Timing']
const NOT_MODIFIED = { description: 'Not modified', headers: PAGE_HEADERS }
const INDEX_RESPONSES = {
  200: {
    description: 'HTML page of up to 20 stories',
    type: 'text/html',
    schema: TextSchema,
    headers: [...PAGE_HEADERS, 'X-Cache'],
  },
  304: NOT_MODIFIED,
  400: 'Invalid cursor',
  406: 'Client takes no HTML',
}
// A section, tag or author page also answers 404 (the front page lists whatever there is).
const TERM_INDEX_RESPONSES = { ...INDEX_RESPONSES, 404: 'Unknown, or no public story' }

export const ARTICLE_PAGE = {
  method: 'get',
  path: '/articles/{slug}',
  summary: 'Article page (HTML, JSON or JSON-LD by Accept)',
  tag: 'Pages',
  produces: 'text/html',
  headers: ['if-none-match', 'if-modified-since'],
  description: `Semantic HTML with NewsArticle JSON-LD, OpenGraph, Twitter card, canonical, feed and oEmbed discovery links. \`Accept: application/json\` gives the article JSON of \`GET /v1/articles/{ref}\`, \`application/ld+json\` the JSON-LD (\`Vary: Accept\`). Drafts and archived articles are 404 (a key with \`articles:read-drafts\` previews them). 404s are HTML for browsers, problem documents for API clients. ${CACHING}`,
  responses: {
    200: {
      description: 'The article page',
      type: 'text/html',
      schema: TextSchema,
      alternates: ['application/json', 'application/ld+json'],
      headers: [...PAGE_HEADERS, 'X-Cache'],
    },
    304: NOT_MODIFIED,
    404: 'Unknown, unpublished or malformed slug',
    406: 'No acceptable representation',
  },
  example:
    "curl -i {origin}/articles/harbour-bridge-reopens-after-two-years -H 'accept: text/html'",
} satisfies Operation

export const FRONT_PAGE = {
  method: 'get',
  path: '/',
  summary: 'Front page: the latest stories',
  tag: 'Pages',
  produces: 'text/html',
  headers: ['if-none-match', 'if-modified-since'],
  query: PageQuery,
  description: `Newest published stories first; \`cursor\` pages (from the "Older stories" link). ${CACHING}`,
  responses: INDEX_RESPONSES,
  example: 'curl -i {origin}/ -H \'if-none-match: "i.front.-.g7.p1.1a2b3c4d"\'',
} satisfies Operation

type TermKind = 'sections' | 'tags' | 'authors'
const EXAMPLE_TERM = { sections: 'city', tags: 'transport', authors: 'ada-quill' }
const termPage = (kind: TermKind) =>
  ({
    method: 'get',
    path: `/${kind}/{slug}`,
    summary: `Stories of one ${kind.slice(0, -1)}`,
    tag: 'Pages',
    produces: 'text/html',
    headers: ['if-none-match', 'if-modified-since'],
    query: PageQuery,
    description: `Newest published stories first, with the ${kind.slice(0, -1)}'s feed links; \`cursor\` pages. ${CACHING}`,
    responses: TERM_INDEX_RESPONSES,
    example: `curl -i {origin}/${kind}/${EXAMPLE_TERM[kind]}`,
  }) satisfies Operation

/** The page of one section, tag or author, by its path prefix. */
export const TERM_PAGES = {
  sections: termPage('sections'),
  tags: termPage('tags'),
  authors: termPage('authors'),
} satisfies Record<TermKind, Operation>

/** Every public page, in the order of the document. */
export const PAGES_OPERATIONS: Operation[] = [
  ARTICLE_PAGE,
  FRONT_PAGE,
  TERM_PAGES.sections,
  TERM_PAGES.tags,
  TERM_PAGES.authors,
]
