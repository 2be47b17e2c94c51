/**
 * @module /feeds.opml (every feed), /sitemap.xml (every published article) and /sitemap-news.xml
 * (Google News: the last 48 hours, at most 1,000), each registered with `defineRoute` from spec.ts.
 */
import { siteNameOf } from '../../domain/site'
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { articleUrl } from '../../render/feeds/model'
import { renderOpml, type OpmlGroup } from '../../render/feeds/opml'
import { renderNewsSitemap, renderSitemap } from '../../render/feeds/sitemap'
import { listPublishedTerms, listSitemapArticles } from '../../services/public-reads'
import { defineRoute } from '../contract/define-route'
import { scopeState, sendFeed } from './http'
import { FEEDS_OPML, NEWS_SITEMAP, SITEMAP } from './spec'
import { publicOrigin } from '../http/origin'

export const feedSitemaps = new Hono<AppEnv>()

/** sitemaps.org allows 50,000 URLs per file. */
export const SITEMAP_MAX_URLS = 50_000
export const NEWS_SITEMAP_MAX_URLS = 1000
export const NEWS_WINDOW_HOURS = 48
const HOUR = 3_600_000

defineRoute(feedSitemaps, FEEDS_OPML, async (c) => {
  const origin = publicOrigin(c)
  const site = siteNameOf(c.env.SITE_NAME)
  return sendFeed(c, {
    identity: 'opml',
    type: 'opml',
    state: () => scopeState(c, { kind: 'latest' }),
    exactDate: true,
    selfUrl: `${origin}/feeds.opml`,
    hubUrl: null,
    render: async (state) => {
      const kinds = [
        ['sections', 'Sections'],
        ['tags', 'Tags'],
        ['authors', 'Authors'],
      ] as const
      const groups: OpmlGroup[] = []
      for (const [kind, title] of kinds) {
        // Only terms with a published story: a term used only by drafts must not leak
        const terms = await listPublishedTerms({ db: c.var.db }, kind)
        groups.push({
          title,
          feeds: terms.map((t) => ({
            title: `${site}: ${t.name}`,
            xmlUrl: `${origin}/feeds/${kind}/${encodeURIComponent(t.slug)}.rss`,
            htmlUrl: `${origin}/${kind}/${encodeURIComponent(t.slug)}`,
          })),
        })
      }
      return {
        deps: ['l:site'],
        body: renderOpml({
          title: `${site} feeds`,
          updated: state.lastModified ?? new Date(0).toISOString(),
          docsUrl: 'http://opml.org/spec2.opml',
          latest: { title: site, xmlUrl: `${origin}/feeds/latest.rss`, htmlUrl: `${origin}/` },
          groups,
        }),
      }
    },
  })
})

defineRoute(feedSitemaps, SITEMAP, async (c) => {
  const origin = publicOrigin(c)
  return sendFeed(c, {
    identity: 'sitemap',
    type: 'xml',
    state: () => scopeState(c, { kind: 'latest' }),
    exactDate: true,
    selfUrl: `${origin}/sitemap.xml`,
    hubUrl: null,
    render: async () => {
      const rows = await listSitemapArticles({ db: c.var.db }, SITEMAP_MAX_URLS)
      const body = renderSitemap(
        `${origin}/`,
        rows.map((r) => ({ url: articleUrl(origin, r.slug), lastModified: r.updatedAt }))
      )
      return { body, deps: ['l:site'] }
    },
  })
})

defineRoute(feedSitemaps, NEWS_SITEMAP, async (c) => {
  const origin = publicOrigin(c)
  const site = siteNameOf(c.env.SITE_NAME)
  // The window moves with time, not only with writes: it starts at a whole hour, and that hour is
  // part of the view's address (so a story leaves the list within the hour after it turns 48 hours
  // old). The date alone cannot tell a client that, so revalidation goes by ETag only.
  const windowStart = new Date(
    (Math.floor(Date.now() / HOUR) - NEWS_WINDOW_HOURS) * HOUR
  ).toISOString()
  return sendFeed(c, {
    identity: `sitemap-news|${windowStart.slice(0, 13)}`,
    type: 'xml',
    exactDate: false,
    state: () => scopeState(c, { kind: 'latest' }),
    selfUrl: `${origin}/sitemap-news.xml`,
    hubUrl: null,
    render: async () => {
      const rows = await listSitemapArticles({ db: c.var.db }, NEWS_SITEMAP_MAX_URLS, windowStart)
      const body = renderNewsSitemap(
        site,
        rows.map((r) => ({
          url: articleUrl(origin, r.slug),
          lastModified: r.updatedAt,
          title: r.headline,
          published: r.publishedAt,
          language: r.language,
        }))
      )
      return { body, deps: ['l:site'] }
    },
  })
})
