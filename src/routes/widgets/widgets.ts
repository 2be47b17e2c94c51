/**
 * @module The widgets' JSON: `/v1/widgets/latest`, `/v1/widgets/related/{slug}` and
 * `/v1/widgets/articles/{slug}`. Published content only, open CORS, read through KV under keys
 * versioned by the site generation or the article revision. Also mounts the embeds (`widget.js`,
 * iframe cards,
 * `/embed`) and the oEmbed provider, so the app mounts all of it with one line.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { cacheKey } from '../../services/edge-views'
import { articleWidget, latestWidget, relatedWidget } from '../../services/embed-views'
import { defineRoute } from '../contract/define-route'
import { WIDGET_ARTICLE, WIDGET_LATEST, WIDGET_RELATED } from './spec'
import { widgetEmbeds } from './embed'
import { cachedJson, embedDeps, openCors, orEmpty, pathSlug, preflight, siteTag } from './http'
import { oembed } from './oembed'

export const widgets = new Hono<AppEnv>()

widgets.use('/v1/widgets/*', openCors())
widgets.options('/v1/widgets/*', preflight)

// Queries are read leniently (unknown parameters ignored), as before the strict check existed.
const LENIENT = { lenientQuery: true }

defineRoute(
  widgets,
  WIDGET_LATEST,
  async (c, { query }) => {
    const deps = embedDeps(c)
    return orEmpty(c, query.missing, { section: null, items: [] }, async () => {
      const parts = ['latest', query.section ?? '-', query.limit, siteTag(deps.site)]
      return cachedJson(c, cacheKey('widget', parts), () => latestWidget(deps, query))
    })
  },
  LENIENT
)

defineRoute(
  widgets,
  WIDGET_ARTICLE,
  async (c, { query }) => {
    const deps = embedDeps(c)
    return orEmpty(c, query.missing, { item: null }, async () => {
      const slug = pathSlug(c)
      const key = cacheKey('widget', ['article', encodeURIComponent(slug), siteTag(deps.site)])
      return cachedJson(c, key, () => articleWidget(deps, slug))
    })
  },
  LENIENT
)

defineRoute(
  widgets,
  WIDGET_RELATED,
  async (c, { query }) => {
    const deps = { ...embedDeps(c), principal: c.var.principal }
    return orEmpty(c, query.missing, { article: null, items: [] }, async () => {
      const slug = pathSlug(c)
      const parts = ['related', encodeURIComponent(slug), query.limit, siteTag(deps.site)]
      return cachedJson(c, cacheKey('widget', parts), async () => {
        const { timing, ...model } = await relatedWidget(deps, slug, query.limit)
        c.header('server-timing', timing)
        return model
      })
    })
  },
  LENIENT
)

widgets.route('/', widgetEmbeds)
widgets.route('/', oembed)
