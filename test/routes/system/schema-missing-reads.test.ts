/**
 * @module The public read surface (pages, feeds, sitemaps, embeds) on a Worker whose migrations
 * are missing: a 503 problem naming the command, never a bare 500. Requests carry a key, so no
 * edge view answers in D1's place.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createArticle, expectProblem } from '../../helpers'

describe('the read surface without its tables', () => {
  it('answers every page, feed, sitemap, embed, widget and oEmbed route with a 503 problem', async () => {
    const a = await createArticle({ section: 'Outage Desk', tags: ['Outage'], bylines: ['Ada'] })
    const paths = [
      '/',
      `/articles/${a.slug}`,
      '/sections/outage-desk',
      '/tags/outage',
      '/authors/ada',
      '/feeds/latest.rss',
      '/feeds/search.json?q=outage',
      '/feeds/sections/outage-desk.atom',
      '/feeds/tags/outage.json',
      '/feeds/authors/ada.rss',
      '/feeds.opml',
      '/sitemap.xml',
      '/sitemap-news.xml',
      `/embed/articles/${a.slug}`,
      '/embed',
      `/v1/widgets/articles/${a.slug}`,
      `/oembed?url=${encodeURIComponent(`https://news.example/articles/${a.slug}`)}`,
    ]
    await env.DB.exec('ALTER TABLE articles RENAME TO articles_moved_away')
    try {
      for (const path of paths) {
        const res = await call('GET', path, { headers: { accept: 'text/html' } })
        const problem = await expectProblem(res, 503, 'unavailable')
        expect(problem.detail, path).toContain('migrations')
      }
    } finally {
      await env.DB.exec('ALTER TABLE articles_moved_away RENAME TO articles')
    }
    const back = await call('GET', '/feeds/latest.rss', { key: null })
    expect(back.status, await back.clone().text()).toBe(200)
  })
})
