/**
 * @module The widgets' JSON: `/v1/widgets/latest`, `/v1/widgets/related/{slug}` and
 * `/v1/widgets/articles/{slug}`. Published content only, open CORS, read through KV under keys versioned
 * by the site generation or the article revision. Also mounts the embeds (`widget.js`, iframe cards,
 * `/embed`) and the oEmbed provider, so the app mounts all of it with one line.
 */
import { Hono, type Context } from 'hono'
import { ApiError } from '../domain/errors'
import { WidgetArticleQuerySchema, WidgetLatestQuerySchema, WidgetRelatedQuerySchema, toWidgetItem, type WidgetItem } from '../domain/widget'
import type { AppEnv } from '../env'
import { listArticles } from '../storage/article-list'
import { getArticle } from '../storage/articles'
import { getPublicGeneration } from '../storage/page-versions'
import { cacheKey } from '../storage/cache'
import { getPublishedTerm } from '../storage/taxonomy'
import { findRelatedStories } from './related'
import { parseWith } from './validate'
import { widgetEmbeds } from './widgets-embed'
import { cachedJson, openCors, orEmpty, pathSlug, preflight, publishedVersion, siteOf, siteTag, versionRead } from './widgets-http'
import { oembed } from './widgets-oembed'

export const widgets = new Hono<AppEnv>()

widgets.use('/v1/widgets/*', openCors())
widgets.options('/v1/widgets/*', preflight)

widgets.get('/v1/widgets/latest', async (c) => {
  const query = parseWith(WidgetLatestQuerySchema, c.req.query(), 'query')
  const site = siteOf(c)
  return orEmpty(c, query.missing, { section: null, items: [] }, async () => {
    const generation = await versionRead(c, 'generation', () => getPublicGeneration(c.var.db))
    const key = cacheKey('widget', ['latest', query.section ?? '-', query.limit, `g${generation}`, siteTag(site)])
    return cachedJson(c, key, async () => {
      const [list, section] = await Promise.all([
        listArticles(c.var.db, { statuses: ['published'], section: query.section }, query.limit, null, 'summary'),
        query.section ? getPublishedTerm(c.var.db, 'sections', query.section) : null,
      ])
      if (query.section && !section) throw new ApiError('not_found', 'No section has that slug.')
      return { section, items: list.articles.map((a) => toWidgetItem(a, site.origin)) }
    })
  })
})

widgets.get('/v1/widgets/articles/:slug', async (c) => {
  const query = parseWith(WidgetArticleQuerySchema, c.req.query(), 'query')
  const site = siteOf(c)
  return orEmpty(c, query.missing, { item: null }, async () => {
    const version = await publishedVersion(c, pathSlug(c))
    const key = cacheKey('widget', ['article', encodeURIComponent(version.slug), `r${version.revision}`, siteTag(site)])
    return cachedJson(c, key, async () => {
      const article = await getArticle(c.var.db, version.id)
      if (!article || article.status !== 'published') throw new ApiError('not_found', 'No published article has that slug.')
      return { item: toWidgetItem(article, site.origin) }
    })
  })
})

widgets.get('/v1/widgets/related/:slug', async (c) => {
  const query = parseWith(WidgetRelatedQuerySchema, c.req.query(), 'query')
  const site = siteOf(c)
  return orEmpty(c, query.missing, { article: null, items: [] }, async () => {
    const slug = pathSlug(c)
    const [version, generation] = await Promise.all([publishedVersion(c, slug), versionRead(c, 'generation', () => getPublicGeneration(c.var.db))])
    const key = cacheKey('widget', ['related', version.slug, query.limit, `g${generation}`, siteTag(site)])
    return cachedJson(c, key, async () => ({
      article: { slug: version.slug, url: `${site.origin}/articles/${version.slug}` },
      items: await relatedItems(c, version.id, query.limit, site.origin),
    }))
  })
})

/** Related stories from the related-stories capability (stored neighbours, else a live query), ranked as there. */
async function relatedItems(c: Context<AppEnv>, id: string, limit: number, origin: string): Promise<WidgetItem[]> {
  const { related } = await findRelatedStories(c, id, { limit })
  return related.map((s) => ({
    slug: s.slug, url: `${origin}/articles/${s.slug}`, headline: s.headline, dek: null, section: s.section, bylines: [], publishedAt: s.publishedAt, image: null,
  }))
}

widgets.route('/', widgetEmbeds)
widgets.route('/', oembed)
