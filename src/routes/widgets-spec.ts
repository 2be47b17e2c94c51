/**
 * @module The widget, embed and oEmbed endpoints in the OpenAPI document.
 */
import { OEmbedQuerySchema } from '../domain/oembed'
import { WidgetArticleQuerySchema, WidgetLatestQuerySchema, WidgetRelatedQuerySchema } from '../domain/widget'
import type { Operation } from './api-spec'

const JSON_NOTE =
  'Published stories only; open CORS (`Access-Control-Allow-Origin: *`, also on errors); read through KV under a key versioned by ' +
  'the site generation or article revision; strong ETag and 304. `missing=empty` answers 200 with no items instead of 404, so an ' +
  'embed of a removed story fails quietly.'

/** Every widget endpoint. */
export const WIDGETS_OPERATIONS: Operation[] = [
  {
    method: 'get', path: '/v1/widgets/latest', summary: 'Latest published stories, for `<edgewire-latest>`', tag: 'Widgets', query: WidgetLatestQuerySchema,
    description: `\`section\` (a slug) narrows the list; \`limit\` 1–20, default 5. ${JSON_NOTE}`,
    responses: { 200: '`{ section, items: [{ slug, url, headline, dek, section, bylines, publishedAt, image }] }`', 304: 'Not modified', 400: 'Invalid section, limit or missing', 404: 'Unknown section' },
    example: "curl 'localhost:8787/v1/widgets/latest?section=city&limit=5'",
  },
  {
    method: 'get', path: '/v1/widgets/related/{slug}', summary: 'Stories related to one, for `<edgewire-related>`', tag: 'Widgets', query: WidgetRelatedQuerySchema,
    description: `Ranked by the related-stories capability (stored neighbours, else a live query; editors' pins first). ${JSON_NOTE}`,
    responses: { 200: '`{ article: { slug, url }, items }`', 304: 'Not modified', 400: 'Invalid limit or missing', 404: 'No published article with that slug' },
    example: "curl 'localhost:8787/v1/widgets/related/harbour-bridge-reopens-after-two-years?limit=4'",
  },
  {
    method: 'get', path: '/v1/widgets/articles/{slug}', summary: 'One story as a card, for `<edgewire-card>`', tag: 'Widgets', query: WidgetArticleQuerySchema,
    description: JSON_NOTE,
    responses: { 200: '`{ item }`', 304: 'Not modified', 400: 'Invalid missing', 404: 'No published article with that slug' },
    example: 'curl -i localhost:8787/v1/widgets/articles/harbour-bridge-reopens-after-two-years',
  },
  {
    method: 'get', path: '/embed/widget.js', summary: 'The widget script (custom elements, iframe auto-height)', tag: 'Widgets', produces: 'text/javascript',
    description: 'Short-cached (5 minutes). The versioned URL `/embed/widget.v{hash}.js` is immutable (a year); an outdated hash redirects (302) to the current one.',
    responses: { 200: 'JavaScript', 304: 'Not modified' },
    example: 'curl -i localhost:8787/embed/widget.js',
  },
  {
    method: 'get', path: '/embed/articles/{slug}', summary: 'Iframe card of a story (posts its height to the parent)', tag: 'Widgets', produces: 'text/html',
    description: 'A self-contained page under a strict CSP; `frame-ancestors` comes from `EMBED_FRAME_ANCESTORS`.',
    responses: { 200: 'HTML card', 304: 'Not modified', 404: 'Quiet "not available" card' },
    example: 'curl -i localhost:8787/embed/articles/harbour-bridge-reopens-after-two-years',
  },
  {
    method: 'get', path: '/oembed', summary: 'oEmbed provider (rich: the iframe card)', tag: 'Widgets', query: OEmbedQuerySchema,
    description: 'For article page URLs of this site. `format` json (default) or xml; `maxwidth`/`maxheight` bound `width`, `height` and the thumbnail.',
    responses: { 200: 'oEmbed 1.0 `rich` document', 304: 'Not modified', 400: 'Missing or malformed url, bad maxwidth/maxheight', 404: 'Not a published article of this site', 501: 'Unsupported format' },
    example: "curl 'localhost:8787/oembed?url=http%3A%2F%2Flocalhost%3A8787%2Farticles%2Fharbour-bridge-reopens-after-two-years&format=json&maxwidth=480'",
  },
  {
    method: 'get', path: '/embed', summary: 'Demo page: each widget live with its copy-paste snippet', tag: 'Widgets', produces: 'text/html',
    responses: { 200: 'HTML page' }, example: 'open http://localhost:8787/embed',
  },
]
