/**
 * @module The widgets' JSON: `/v1/widgets/latest`, `/v1/widgets/related/{slug}` and
 * `/v1/widgets/articles/{slug}`. Published content only, open CORS, read through KV under keys
 * versioned by the site generation or the article revision. Also mounts the embeds (`widget.js`,
 * iframe cards,
 * `/embed`) and the oEmbed provider, so the app mounts all of it with one line.
 */
import { Hono, type Context } from 'hono'
import { ApiError } from '../../domain/errors'
import { toWidgetItem, type WidgetItem } from '../../domain/widget'
import type { AppEnv } from '../../env'
import { cacheKey } from '../../services/edge-views'
import { findPublishedTerm, listPublished, loadArticle } from '../../services/public-reads'
import { findRelatedStories, relatedDeps } from '../related/related'
import { defineRoute } from '../contract/define-route'
import { WIDGET_ARTICLE, WIDGET_LATEST, WIDGET_RELATED } from './spec'
import { widgetEmbeds } from './embed'
import {
  cachedJson,
  openCors,
  orEmpty,
  pathSlug,
  preflight,
  publishedVersion,
  siteOf,
  siteTag,
} from './http'
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
    const site = siteOf(c)
    return orEmpty(c, query.missing, { section: null, items: [] }, async () => {
      const key = cacheKey('widget', ['latest', query.section ?? '-', query.limit, siteTag(site)])
      return cachedJson(c, key, async () => {
        const [list, section] = await Promise.all([
          listPublished({ db: c.var.db }, { section: query.section }, query.limit, null, 'summary'),
          query.section ? findPublishedTerm({ db: c.var.db }, 'sections', query.section) : null,
        ])
        if (query.section && !section) throw new ApiError('not_found', 'No section has that slug.')
        const deps = [
          query.section ? `l:sections:${query.section}` : 'l:latest',
          ...list.articles.map((a) => `s:${a.id}`),
        ]
        return {
          value: { section, items: list.articles.map((a) => toWidgetItem(a, site.origin)) },
          deps,
        }
      })
    })
  },
  LENIENT
)

defineRoute(
  widgets,
  WIDGET_ARTICLE,
  async (c, { query }) => {
    const site = siteOf(c)
    return orEmpty(c, query.missing, { item: null }, async () => {
      const slug = pathSlug(c)
      const key = cacheKey('widget', ['article', encodeURIComponent(slug), siteTag(site)])
      return cachedJson(c, key, async () => {
        const version = await publishedVersion(c, slug)
        const article = await loadArticle({ db: c.var.db }, version.id)
        if (!article || article.status !== 'published')
          throw new ApiError('not_found', 'No published article has that slug.')
        return { value: { item: toWidgetItem(article, site.origin) }, deps: [`s:${version.id}`] }
      })
    })
  },
  LENIENT
)

defineRoute(
  widgets,
  WIDGET_RELATED,
  async (c, { query }) => {
    const site = siteOf(c)
    return orEmpty(c, query.missing, { article: null, items: [] }, async () => {
      const slug = pathSlug(c)
      const key = cacheKey('widget', [
        'related',
        encodeURIComponent(slug),
        query.limit,
        siteTag(site),
      ])
      return cachedJson(c, key, async () => {
        const version = await publishedVersion(c, slug)
        const found = await findRelatedStories(c, version.id, { limit: query.limit })
        const items = found.related.map((s): WidgetItem => ({
          slug: s.slug,
          url: `${site.origin}/articles/${s.slug}`,
          headline: s.headline,
          dek: null,
          section: s.section,
          bylines: [],
          publishedAt: s.publishedAt,
          image: null,
        }))
        return {
          value: {
            article: { slug: version.slug, url: `${site.origin}/articles/${version.slug}` },
            items,
          },
          deps: relatedDeps(found),
        }
      })
    })
  },
  LENIENT
)

widgets.route('/', widgetEmbeds)
widgets.route('/', oembed)
