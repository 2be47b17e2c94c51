/**
 * @module The oEmbed provider, `GET /oembed?url=…&format=json|xml&maxwidth=&maxheight=`: a `rich`
 * embed (the iframe card) for published articles of this site. Malformed input is a 400, an unknown
 * format a 501, and any URL that is not one of our published articles a 404; nothing redirects, and
 * no input is echoed back.
 */
import { Hono } from 'hono'
import { ApiError } from '../../domain/errors'
import { articleSlugFromUrl, embedSize, isOEmbedFormat } from '../../domain/oembed'
import { toWidgetItem } from '../../domain/widget'
import type { AppEnv } from '../../env'
import { oembedDocument, oembedXml } from '../../render/embed/oembed'
import { cacheKey, serveView } from '../../services/edge-views'
import { loadArticle } from '../../services/public-reads'
import { CACHE_POLICY } from '../http/cache-control'
import { isNotModified, viewDeps } from '../pages/http'
import { defineRoute } from '../contract/define-route'
import { OEMBED } from './spec'
import { openCors, preflight, publishedVersion, siteOf, siteTag, widgetUrl } from './http'

export const oembed = new Hono<AppEnv>()

const NOT_OURS = 'That URL is not a published article on this site.'

oembed.use('/oembed', openCors())
oembed.options('/oembed', preflight)

// The query is read leniently (unknown parameters ignored), as before the strict check existed.
defineRoute(
  oembed,
  OEMBED,
  async (c, { query }) => {
    const format = query.format || 'json'
    if (!isOEmbedFormat(format))
      throw new ApiError('not_implemented', 'This provider answers in format=json or format=xml.')
    const site = siteOf(c)
    const slug = articleSlugFromUrl(query.url, site.origin)
    if (slug === 'malformed') {
      throw new ApiError('validation_failed', 'The query has 1 invalid field(s).', {
        errors: [{ path: 'url', message: 'an absolute http(s) URL' }],
      })
    }
    if (slug === null) throw new ApiError('not_found', NOT_OURS)
    const dims = `${query.maxwidth ?? '-'}x${query.maxheight ?? '-'}`
    const keyed = c.var.principal.kind !== 'anonymous'
    const key = keyed
      ? null
      : cacheKey('widget', ['oembed', encodeURIComponent(slug), format, dims, siteTag(site)])
    const view = await serveView(viewDeps(c), key, 'widget', `o.${format}`, async () => {
      // Not ours or not published: one 404 for both. A database failure stays itself (503).
      const version = await publishedVersion(c, slug).catch((error: unknown) => {
        throw error instanceof ApiError ? new ApiError('not_found', NOT_OURS) : error
      })
      const article = await loadArticle({ db: c.var.db }, version.id)
      if (!article || article.status !== 'published') throw new ApiError('not_found', NOT_OURS)
      const item = toWidgetItem(article, site.origin)
      const doc = oembedDocument(
        item,
        article.bylines,
        embedSize(item.image !== null, query.maxwidth, query.maxheight),
        site,
        widgetUrl(site.origin)
      )
      const body = format === 'xml' ? oembedXml(doc) : JSON.stringify(doc)
      const type = format === 'xml' ? 'text/xml; charset=utf-8' : 'application/json'
      return { body, type, lastModified: version.updatedAt, deps: [`s:${version.id}`] }
    })
    c.header('etag', view.entry.etag)
    c.header('cache-control', CACHE_POLICY.page)
    if (isNotModified(c.req.raw.headers, view.entry.etag, view.entry.lastModified))
      return c.body(null, 304)
    c.header('x-cache', view.status)
    return c.body(view.entry.body, 200, { 'content-type': view.entry.type })
  },
  { lenientQuery: true }
)
