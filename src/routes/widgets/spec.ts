/**
 * @module The widget, embed and oEmbed operations: declared once, registered by `defineRoute` in
 * widgets.ts, embed.ts and oembed.ts, and published in /openapi.json.
 */
import { OEmbedQuerySchema } from '../../domain/oembed'
import {
  WidgetArticleQuerySchema,
  WidgetLatestQuerySchema,
  WidgetRelatedQuerySchema,
} from '../../domain/widget'
import * as S from '../contract/schemas'
import type { Operation } from '../contract/operation'

const JSON_NOTE =
  'Published stories only; open CORS (`Access-Control-Allow-Origin: *`, also on errors); served from the edge cache with no database ' +
  'query on a hit, dropped by the writes that change it; strong ETag and 304. `missing=empty` answers 200 with no items instead of 404, so an ' +
  'embed of a removed story fails quietly.'

const SCRIPT_HEADERS = ['ETag', 'Cache-Control']
const CARD_HEADERS = ['Content-Security-Policy', 'Cache-Control']

export const WIDGET_LATEST = {
  method: 'get',
  path: '/v1/widgets/latest',
  summary: 'Latest published stories, for `<edgewire-latest>`',
  tag: 'Widgets',
  query: WidgetLatestQuerySchema,
  description: `\`section\` (a slug) narrows the list; \`limit\` 1–20, default 5. ${JSON_NOTE}`,
  headers: ['if-none-match'],
  responses: {
    200: { description: 'The stories', schema: S.WidgetLatestSchema, headers: ['ETag'] },
    304: 'Not modified',
    400: 'Invalid section, limit or missing',
    404: 'Unknown section',
  },
  example: "curl '{origin}/v1/widgets/latest?section=city&limit=5'",
} satisfies Operation

export const WIDGET_RELATED = {
  method: 'get',
  path: '/v1/widgets/related/{slug}',
  summary: 'Stories related to one, for `<edgewire-related>`',
  tag: 'Widgets',
  query: WidgetRelatedQuerySchema,
  description: `Ranked by the related-stories capability (stored neighbours, else a live query; editors' pins first). ${JSON_NOTE}`,
  headers: ['if-none-match'],
  responses: {
    200: { description: 'The related stories', schema: S.WidgetRelatedSchema, headers: ['ETag'] },
    304: 'Not modified',
    400: 'Invalid limit or missing',
    404: 'No published article with that slug',
  },
  example: "curl '{origin}/v1/widgets/related/harbour-bridge-reopens-after-two-years?limit=4'",
} satisfies Operation

export const WIDGET_ARTICLE = {
  method: 'get',
  path: '/v1/widgets/articles/{slug}',
  summary: 'One story as a card, for `<edgewire-card>`',
  tag: 'Widgets',
  query: WidgetArticleQuerySchema,
  description: JSON_NOTE,
  headers: ['if-none-match'],
  responses: {
    200: { description: 'The card', schema: S.WidgetCardSchema, headers: ['ETag'] },
    304: 'Not modified',
    400: 'Invalid missing',
    404: 'No published article with that slug',
  },
  example: 'curl -i {origin}/v1/widgets/articles/harbour-bridge-reopens-after-two-years',
} satisfies Operation

export const EMBED_SCRIPT = {
  method: 'get',
  path: '/embed/widget.js',
  summary: 'The widget script (custom elements, iframe auto-height)',
  tag: 'Widgets',
  produces: 'text/javascript',
  description:
    'Short-cached (5 minutes). The versioned URL `/embed/widget.v{hash}.js` is immutable (a year); an outdated hash redirects (302) to the current one.',
  headers: ['if-none-match'],
  responses: {
    200: { description: 'JavaScript', schema: S.TextSchema, headers: SCRIPT_HEADERS },
    304: { description: 'Not modified', headers: SCRIPT_HEADERS },
  },
  example: 'curl -i {origin}/embed/widget.js',
} satisfies Operation

export const EMBED_SCRIPT_VERSIONED = {
  method: 'get',
  path: '/embed/widget.v{hash}.js',
  summary: 'The widget script at its versioned, immutable URL',
  tag: 'Widgets',
  produces: 'text/javascript',
  description:
    'Cached for a year (`immutable`). An outdated `hash` (a snippet pasted before a deploy) redirects (302) to the current version; anything else is 404.',
  headers: ['if-none-match'],
  responses: {
    200: { description: 'JavaScript', schema: S.TextSchema, headers: SCRIPT_HEADERS },
    302: {
      description: 'An older version: the current one is at `Location`',
      headers: ['Location', 'Cache-Control'],
    },
    304: { description: 'Not modified', headers: SCRIPT_HEADERS },
    404: 'Not a widget file',
  },
  example: 'curl -i {origin}/embed/widget.v0123abcd.js',
} satisfies Operation

export const EMBED_ARTICLE = {
  method: 'get',
  path: '/embed/articles/{slug}',
  summary: 'Iframe card of a story (posts its height to the parent)',
  tag: 'Widgets',
  produces: 'text/html',
  description:
    'A self-contained page under a strict CSP; `frame-ancestors` comes from `EMBED_FRAME_ANCESTORS`. A story that is missing or not published gets a quiet "not available" card (404, HTML, `no-store`), never a problem document.',
  headers: ['if-none-match', 'if-modified-since'],
  responses: {
    200: {
      description: 'HTML card',
      schema: S.TextSchema,
      headers: [...CARD_HEADERS, 'ETag', 'Last-Modified', 'X-Cache'],
    },
    304: { description: 'Not modified', headers: [...CARD_HEADERS, 'ETag', 'Last-Modified'] },
    404: {
      description: 'Quiet "not available" card',
      type: 'text/html',
      schema: S.TextSchema,
      headers: CARD_HEADERS,
    },
  },
  example: 'curl -i {origin}/embed/articles/harbour-bridge-reopens-after-two-years',
} satisfies Operation

export const OEMBED = {
  method: 'get',
  path: '/oembed',
  summary: 'oEmbed provider (rich: the iframe card)',
  tag: 'Widgets',
  query: OEmbedQuerySchema,
  description:
    'For article page URLs of this site. `format` json (default) or xml; `maxwidth`/`maxheight` bound `width`, `height` and the thumbnail.',
  headers: ['if-none-match'],
  responses: {
    200: {
      description: 'oEmbed 1.0 `rich` document (JSON; `format=xml` gives text/xml)',
      schema: S.OEmbedSchema,
      alternates: ['text/xml'],
    },
    304: 'Not modified',
    400: 'Missing or malformed url, bad maxwidth/maxheight',
    404: 'Not a published article of this site',
    501: 'Unsupported format',
  },
  example:
    "curl '{origin}/oembed?url={origin:encoded}%2Farticles%2Fharbour-bridge-reopens-after-two-years&format=json&maxwidth=480'",
} satisfies Operation

export const EMBED_PAGE = {
  method: 'get',
  path: '/embed',
  summary: 'Demo page: each widget live with its copy-paste snippet',
  tag: 'Widgets',
  produces: 'text/html',
  responses: {
    200: { description: 'HTML page', schema: S.TextSchema, headers: ['Cache-Control', 'X-Cache'] },
  },
  example: 'open {origin}/embed',
} satisfies Operation

/** Every widget endpoint. */
export const WIDGETS_OPERATIONS: Operation[] = [
  WIDGET_LATEST,
  WIDGET_RELATED,
  WIDGET_ARTICLE,
  EMBED_SCRIPT,
  EMBED_SCRIPT_VERSIONED,
  EMBED_ARTICLE,
  OEMBED,
  EMBED_PAGE,
]
