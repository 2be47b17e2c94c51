/**
 * @module What /feeds.opml, /sitemap.xml and /sitemap-news.xml render on an edge-view miss: the
 * document body and what it depends on. Plain deps (`db`, the site), never a Hono Context.
 */
import { renderOpml, type OpmlGroup } from '../render/feeds/opml'
import { articleUrl } from '../render/feeds/model'
import { renderNewsSitemap, renderSitemap } from '../render/feeds/sitemap'
import type { ServiceDeps, Site } from './deps'
import { listPublishedTerms, listSitemapArticles } from './public-reads'

/** sitemaps.org allows 50,000 URLs per file. */
export const SITEMAP_MAX_URLS = 50_000
export const NEWS_SITEMAP_MAX_URLS = 1000
export const NEWS_WINDOW_HOURS = 48
const HOUR = 3_600_000

/** What a feed render needs: the database and the site it renders for. */
export interface FeedViewDeps {
  db: ServiceDeps['db']
  site: Site
}

/** A rendered feed document and what it lists (dependency names, see migration 0007). */
export interface FeedBody {
  body: string
  deps: string[]
}

const TERM_GROUPS = [
  ['sections', 'Sections'],
  ['tags', 'Tags'],
  ['authors', 'Authors'],
] as const

/** The OPML list of every feed: the latest, then one per section, tag and author. */
export async function renderOpmlView(
  deps: FeedViewDeps,
  updated: string | null
): Promise<FeedBody> {
  const { origin, name: site } = deps.site
  const groups: OpmlGroup[] = []
  for (const [kind, title] of TERM_GROUPS) {
    // Only terms with a published story: a term used only by drafts must not leak
    const terms = await listPublishedTerms({ db: deps.db }, kind)
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
      updated: updated ?? new Date(0).toISOString(),
      docsUrl: 'http://opml.org/spec2.opml',
      latest: { title: site, xmlUrl: `${origin}/feeds/latest.rss`, htmlUrl: `${origin}/` },
      groups,
    }),
  }
}

/** The sitemap of every published article (at most `SITEMAP_MAX_URLS`). */
export async function renderSitemapView(deps: FeedViewDeps): Promise<FeedBody> {
  const { origin } = deps.site
  const rows = await listSitemapArticles({ db: deps.db }, SITEMAP_MAX_URLS)
  const body = renderSitemap(
    `${origin}/`,
    rows.map((r) => ({ url: articleUrl(origin, r.slug), lastModified: r.updatedAt }))
  )
  return { body, deps: ['l:site'] }
}

/**
 * Where the news sitemap's window starts at `now`: a whole hour, `NEWS_WINDOW_HOURS` back. The
 * window moves with time, not only with writes, so that hour is part of the view's address (a story
 * leaves the list within the hour after it turns 48 hours old). The date alone cannot tell a client
 * that, so the news sitemap revalidates by ETag only.
 */
export function newsWindowStart(now: number): string {
  return new Date((Math.floor(now / HOUR) - NEWS_WINDOW_HOURS) * HOUR).toISOString()
}

/** The Google News sitemap: stories published since `windowStart`, at most 1,000. */
export async function renderNewsSitemapView(
  deps: FeedViewDeps,
  windowStart: string
): Promise<FeedBody> {
  const { origin } = deps.site
  const rows = await listSitemapArticles({ db: deps.db }, NEWS_SITEMAP_MAX_URLS, windowStart)
  const body = renderNewsSitemap(
    deps.site.name,
    rows.map((r) => ({
      url: articleUrl(origin, r.slug),
      lastModified: r.updatedAt,
      title: r.headline,
      published: r.publishedAt,
      language: r.language,
    }))
  )
  // Writes of stories that may be in this hour's window (migration 0014), not of the whole archive.
  return { body, deps: ['l:news'] }
}
