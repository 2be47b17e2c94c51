/**
 * @module What the widgets, embeds and oEmbed provider render on an edge-view miss: the oEmbed
 * document, the iframe card, the demo page and the widgets' JSON, each with what it depends on.
 * Plain deps (`db`, the site), never a Hono Context; the routes keep the headers.
 */
import { ApiError } from '../domain/errors'
import { embedSize, type OEmbedFormat } from '../domain/oembed'
import { toWidgetItem, type WidgetItem } from '../domain/widget'
import { renderCardPage } from '../render/embed/card-page'
import { renderDemoPage } from '../render/embed/demo-page'
import { oembedDocument, oembedXml } from '../render/embed/oembed'
import type { ServiceDeps, Site } from './deps'
import type { RenderedView } from './edge-views'
import {
  findArticleVersion,
  findPublishedTerm,
  listPublished,
  loadArticle,
  type ArticleVersion,
} from './public-reads'
import { findRelatedStories, relatedDeps } from './related'
import { cardDep, linkDep } from './view-deps'

/** What an embed render needs: the database and the site it renders for. */
export interface EmbedDeps {
  db: ServiceDeps['db']
  site: Site
}

/** A widget's JSON value and what it shows (dependency names, see migration 0007). */
export interface WidgetModel {
  value: unknown
  deps: string[]
}

const NO_ARTICLE = 'No published article has that slug.'
/** The one 404 of the oEmbed provider: not ours and not published look the same. */
export const OEMBED_NOT_OURS = 'That URL is not a published article on this site.'

/**
 * The published article at a (well-formed) slug, or a 404 that echoes nothing the caller sent. Edge
 * views call it only when rendering, so it always reads D1.
 */
export async function findPublishedVersion(
  deps: Pick<EmbedDeps, 'db'>,
  slug: string
): Promise<ArticleVersion> {
  const version = await findArticleVersion({ db: deps.db }, slug)
  if (!version || version.status !== 'published') throw new ApiError('not_found', NO_ARTICLE)
  return version
}

/** The oEmbed document (JSON or XML) of the published article at `slug`. */
export async function renderOEmbedView(
  deps: EmbedDeps & { widgetUrl: string },
  slug: string,
  format: OEmbedFormat,
  max: { maxwidth?: number; maxheight?: number }
): Promise<RenderedView> {
  // Not ours or not published: one 404 for both. A database failure stays itself (503).
  const version = await findPublishedVersion(deps, slug).catch((error: unknown) => {
    throw error instanceof ApiError ? new ApiError('not_found', OEMBED_NOT_OURS) : error
  })
  const article = await loadArticle({ db: deps.db }, version.id)
  if (!article || article.status !== 'published') throw new ApiError('not_found', OEMBED_NOT_OURS)
  const item = toWidgetItem(article, deps.site.origin)
  const size = embedSize(item.image !== null, max.maxwidth, max.maxheight)
  const doc = oembedDocument(item, article.bylines, size, deps.site, deps.widgetUrl)
  const body = format === 'xml' ? oembedXml(doc) : JSON.stringify(doc)
  const type = format === 'xml' ? 'text/xml; charset=utf-8' : 'application/json'
  // It shows the story's card only (headline, URL, bylines, image): a body edit keeps it.
  return { body, type, lastModified: version.updatedAt, deps: [cardDep(version.id)] }
}

/** The iframe card of the published article at `slug`. */
export async function renderCardView(deps: EmbedDeps, slug: string): Promise<RenderedView> {
  const version = await findPublishedVersion(deps, slug)
  const article = await loadArticle({ db: deps.db }, version.id)
  if (!article) throw new ApiError('not_found', NO_ARTICLE)
  const body = renderCardPage(toWidgetItem(article, deps.site.origin), article.language, deps.site)
  return {
    body: await body,
    type: 'text/html; charset=utf-8',
    lastModified: version.updatedAt,
    deps: [cardDep(version.id)],
  }
}

/** The `/embed` demo page, showing the latest story (and its section) as the examples. */
export async function renderDemoView(
  deps: EmbedDeps & { widgetUrl: string }
): Promise<RenderedView> {
  const latest = (await listPublished({ db: deps.db }, {}, 1, null, 'summary')).articles[0]
  const body = renderDemoPage({
    site: deps.site,
    widgetUrl: deps.widgetUrl,
    article: latest?.slug ?? null,
    section: latest?.section?.slug ?? null,
  })
  const on = latest ? ['l:latest', linkDep(latest.id)] : ['l:latest']
  return { body: await body, type: 'text/html; charset=UTF-8', deps: on }
}

/** The latest-stories widget: a section's (404 if it has no published story) or the site's. */
export async function latestWidget(
  deps: EmbedDeps,
  query: { section?: string; limit: number }
): Promise<WidgetModel> {
  const [list, section] = await Promise.all([
    listPublished({ db: deps.db }, { section: query.section }, query.limit, null, 'summary'),
    query.section ? findPublishedTerm({ db: deps.db }, 'sections', query.section) : null,
  ])
  if (query.section && !section) throw new ApiError('not_found', 'No section has that slug.')
  const on = [
    query.section ? `l:sections:${query.section}` : 'l:latest',
    ...list.articles.map((a) => cardDep(a.id)),
  ]
  return {
    value: { section, items: list.articles.map((a) => toWidgetItem(a, deps.site.origin)) },
    deps: on,
  }
}

/** The article widget: the published story at `slug` as one item. */
export async function articleWidget(deps: EmbedDeps, slug: string): Promise<WidgetModel> {
  const version = await findPublishedVersion(deps, slug)
  const article = await loadArticle({ db: deps.db }, version.id)
  if (!article || article.status !== 'published') throw new ApiError('not_found', NO_ARTICLE)
  return { value: { item: toWidgetItem(article, deps.site.origin) }, deps: [cardDep(version.id)] }
}

/**
 * The related widget of the published story at `slug`, and the lookup's `Server-Timing` value
 * (the route reports it).
 */
export async function relatedWidget(
  deps: EmbedDeps & Pick<ServiceDeps, 'principal'>,
  slug: string,
  limit: number
): Promise<WidgetModel & { timing: string }> {
  const { origin } = deps.site
  const version = await findPublishedVersion(deps, slug)
  const { timing, ...found } = await findRelatedStories(deps, version.id, { limit })
  const items = found.related.map((s): WidgetItem => ({
    slug: s.slug,
    url: `${origin}/articles/${s.slug}`,
    headline: s.headline,
    dek: null,
    section: s.section,
    bylines: [],
    publishedAt: s.publishedAt,
    image: null,
  }))
  const article = { slug: version.slug, url: `${origin}/articles/${version.slug}` }
  // The story itself shows only as a link (its slug); its text orders the list (the head).
  const on = [linkDep(version.id), ...relatedDeps(found, 'link')]
  return { value: { article, items }, deps: on, timing }
}
