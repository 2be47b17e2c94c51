/**
 * @module The oEmbed provider, `GET /oembed?url=…&format=json|xml&maxwidth=&maxheight=`: a `rich`
 * embed (the iframe card) for published articles of this site. Malformed input is a 400, an unknown
 * format a 501, and any URL that is not one of our published articles a 404; nothing redirects, and
 * no input is echoed back.
 */
import { Hono, type Context } from 'hono'
import { ApiError } from '../../domain/errors'
import { articleSlugFromUrl, isOEmbedFormat } from '../../domain/oembed'
import type { AppEnv } from '../../env'
import { cacheKey, serveView, type ServedView } from '../../services/edge-views'
import { OEMBED_NOT_OURS, renderOEmbedView } from '../../services/embed-views'
import { CACHE_POLICY } from '../http/cache-control'
import { notModifiedEtag, viewDeps } from '../pages/http'
import { representation, sendViewBody } from '../http/encoding'
import { defineRoute } from '../contract/define-route'
import { OEMBED } from './spec'
import { embedDeps, openCors, preflight, siteTag } from './http'

export const oembed = new Hono<AppEnv>()

oembed.use('/oembed', openCors())
oembed.options('/oembed', preflight)

/** The slug of the article `url` names: a 400 when malformed, a 404 when not one of ours. */
function oembedSlug(url: string, origin: string): string {
  const slug = articleSlugFromUrl(url, origin)
  if (slug === 'malformed') {
    throw new ApiError('validation_failed', 'The query has 1 invalid field(s).', {
      errors: [{ path: 'url', message: 'an absolute http(s) URL' }],
    })
  }
  if (slug === null) throw new ApiError('not_found', OEMBED_NOT_OURS)
  return slug
}

/** Answers an oEmbed view: its ETag and caching policy, then a 304 or the document. */
function sendOEmbedView(c: Context<AppEnv>, view: ServedView): Promise<Response> | Response {
  const rep = representation(c, view.entry)
  c.header('etag', rep.etag)
  c.header('cache-control', CACHE_POLICY.page)
  c.header('vary', 'Accept-Encoding', { append: true })
  const current = notModifiedEtag(c.req.raw.headers, rep.etags, view.entry.lastModified)
  if (current) return c.body(null, 304, { etag: current })
  c.header('x-cache', view.status)
  return sendViewBody(c, view.entry, rep, { 'content-type': view.entry.type })
}

// The query is read leniently (unknown parameters ignored), as before the strict check existed.
defineRoute(
  oembed,
  OEMBED,
  async (c, { query }) => {
    const format = query.format || 'json'
    if (!isOEmbedFormat(format))
      throw new ApiError('not_implemented', 'This provider answers in format=json or format=xml.')
    const deps = embedDeps(c)
    const slug = oembedSlug(query.url, deps.site.origin)
    const dims = `${query.maxwidth ?? '-'}x${query.maxheight ?? '-'}`
    const parts = ['oembed', encodeURIComponent(slug), format, dims, siteTag(deps.site)]
    const key = c.var.principal.kind !== 'anonymous' ? null : cacheKey('widget', parts)
    const view = await serveView(viewDeps(c), key, 'widget', `o.${format}`, () =>
      renderOEmbedView(deps, slug, format, query)
    )
    return sendOEmbedView(c, view)
  },
  { lenientQuery: true }
)
