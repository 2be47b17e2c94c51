/**
 * @module Related stories: `GET /v1/articles/{ref}/related`, `POST /v1/related` for text that is
 * not stored, and `PUT /v1/articles/{ref}/related` for editors' pins and exclusions (the ranking is
 * in services/related.ts).
 */
import { Hono, type Context } from 'hono'
import { htmlToText, looksLikeHtml } from '../../domain/html'
import { RelatedTextSchema } from '../../domain/related'
import { MAX_ANALYSED_CHARS } from '../../domain/related-text'
import type { AppEnv } from '../../env'
import { serveView, type ServedView } from '../../services/edge-views'
import {
  curateRelated,
  findCurationSource,
  relatedToText,
  relatedViewKey,
  renderRelatedView,
} from '../../services/related'
import { notModifiedEtag, viewDeps } from '../pages/http'
import { representation, sendViewBody } from '../http/encoding'
import { mediaType, readJson, readText, requireMediaType } from '../http/validate'
import { defineRoute } from '../contract/define-route'
import { CURATION, RELATED, RELATED_TEXT } from './spec'

export const related = new Hono<AppEnv>()

/** Answers a related view: never stored by HTTP caches, but revalidated by its ETag. */
function sendRelatedView(c: Context<AppEnv>, view: ServedView): Promise<Response> | Response {
  const rep = representation(c, view.entry)
  c.header('cache-control', 'no-store')
  c.header('etag', rep.etag)
  c.header('vary', 'Accept-Encoding', { append: true })
  const current = notModifiedEtag(c.req.raw.headers, rep.etags, null)
  if (current) return c.body(null, 304, { etag: current })
  c.header('x-cache', view.status)
  return sendViewBody(c, view.entry, rep, { 'content-type': view.entry.type })
}

// Queries are read leniently (unknown parameters ignored), as before the strict check existed.
const options = { mount: '/v1', lenientQuery: true }

defineRoute(
  related,
  RELATED,
  async (c, { query }) => {
    const ref = c.req.param('ref') ?? ''
    // Anonymous lookups with the default window are edge views: ranked once per change of what
    // they show, then answered from KV with no D1 query and no scoring. Filters stay live.
    const key = relatedViewKey(c.var.principal, ref, query)
    const onTiming = (timing: string) => c.header('server-timing', timing)
    const view = await serveView(viewDeps(c), key, 'related', 'rel', () =>
      renderRelatedView(c.var, ref, query, onTiming)
    )
    return sendRelatedView(c, view)
  },
  options
)

/**
 * Headline and body of the posted content: JSON `{ headline, body }` or plain text (first line =
 * headline).
 */
async function postedText(c: Context<AppEnv>): Promise<{ headline: string; body: string }> {
  if (mediaType(c) === 'text/plain') {
    const text = (await readText(c)).trim()
    const newline = text.indexOf('\n')
    return newline > 0 && newline <= 300
      ? { headline: text.slice(0, newline), body: text.slice(newline + 1) }
      : { headline: '', body: text }
  }
  requireMediaType(c, ['application/json', 'text/plain'])
  const input = await readJson(c, RelatedTextSchema)
  const body = looksLikeHtml(input.body)
    ? await htmlToText(input.body.slice(0, MAX_ANALYSED_CHARS * 4))
    : input.body
  return { headline: input.headline, body }
}

defineRoute(
  related,
  RELATED_TEXT,
  async (c, { query }) => {
    const answer = await relatedToText(c.var.db, await postedText(c), query)
    c.header('cache-control', 'no-store')
    return c.json(answer)
  },
  options
)

defineRoute(
  related,
  CURATION,
  async (c, { readBody }) => {
    const found = await findCurationSource(c.var, c.req.param('ref') ?? '')
    const input = await readBody()
    const answer = await curateRelated({ ...c.var, cache: c.env.CACHE }, found, input)
    c.header('cache-control', 'no-store')
    return c.json(answer)
  },
  { mount: '/v1', lateBody: true }
)
