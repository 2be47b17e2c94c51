/**
 * @module /feeds.opml (every feed), /sitemap.xml (every published article) and /sitemap-news.xml
 * (Google News: the last 48 hours, at most 1,000), each registered with `defineRoute` from spec.ts.
 */
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../../env'
import {
  newsWindowStart,
  renderNewsSitemapView,
  renderOpmlView,
  renderSitemapView,
  type FeedViewDeps,
} from '../../services/feed-views'
import { defineRoute } from '../contract/define-route'
import { siteOf } from '../http/deps'
import { scopeState, sendFeed } from './http'
import { FEEDS_OPML, NEWS_SITEMAP, SITEMAP } from './spec'

export {
  NEWS_SITEMAP_MAX_URLS,
  NEWS_WINDOW_HOURS,
  SITEMAP_MAX_URLS,
} from '../../services/feed-views'

export const feedSitemaps = new Hono<AppEnv>()

/** What a feed render needs from a request: its D1 session and the site. */
function feedDeps(c: Context<AppEnv>): FeedViewDeps {
  return { db: c.var.db, site: siteOf(c) }
}

defineRoute(feedSitemaps, FEEDS_OPML, async (c) => {
  const deps = feedDeps(c)
  return sendFeed(c, {
    identity: 'opml',
    type: 'opml',
    state: () => scopeState(c, { kind: 'latest' }),
    exactDate: true,
    selfUrl: `${deps.site.origin}/feeds.opml`,
    hubUrl: null,
    render: (state) => renderOpmlView(deps, state.lastModified),
  })
})

defineRoute(feedSitemaps, SITEMAP, async (c) => {
  const deps = feedDeps(c)
  return sendFeed(c, {
    identity: 'sitemap',
    type: 'xml',
    state: () => scopeState(c, { kind: 'latest' }),
    exactDate: true,
    selfUrl: `${deps.site.origin}/sitemap.xml`,
    hubUrl: null,
    render: () => renderSitemapView(deps),
  })
})

defineRoute(feedSitemaps, NEWS_SITEMAP, async (c) => {
  const deps = feedDeps(c)
  // The window's start hour is in the address (see newsWindowStart): revalidate by ETag only.
  const windowStart = newsWindowStart(Date.now())
  return sendFeed(c, {
    identity: `sitemap-news|${windowStart.slice(0, 13)}`,
    type: 'xml',
    exactDate: false,
    state: () => scopeState(c, { kind: 'latest' }),
    selfUrl: `${deps.site.origin}/sitemap-news.xml`,
    hubUrl: null,
    render: () => renderNewsSitemapView(deps, windowStart),
  })
})
