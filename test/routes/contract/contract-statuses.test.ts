import { describe, expect, it } from 'vitest'
import { OPERATIONS } from '../../../src/routes/contract/operations'
import { WIDGET_VERSION } from '../../../src/routes/widgets/http'
import { BASE, call, createArticle, expectProblem, uniqueSlug } from '../../helpers'

// Declared statuses that no feature test reaches on every route: each write's 413 and 415, and the
// 304 of every conditional read. The contract check in helpers validates each answer as well.
const writes = OPERATIONS.filter((op) => op.method !== 'get' && op.path.startsWith('/v1/'))

function concrete(path: string, ref: string): string {
  return path.replace('{ref}', ref).replace('{id}', 'key_0123456789abcdef')
}

describe('declared error statuses on every write', () => {
  it('answers 413 to a body over the limit, before reading it', async () => {
    const article = await createArticle()
    for (const op of writes) {
      const res = await call(op.method.toUpperCase(), concrete(op.path, article.slug), {
        body: 'x'.repeat(2 * 1024 * 1024 + 1),
        headers: { 'content-type': 'application/json' },
      })
      await expectProblem(res, 413, 'payload_too_large')
    }
  })

  it('answers 415 to a body of a media type the route does not read', async () => {
    const article = await createArticle()
    const withBody = writes.filter((op) => op.body)
    expect(withBody.length).toBeGreaterThanOrEqual(7)
    for (const op of withBody) {
      const res = await call(op.method.toUpperCase(), concrete(op.path, article.slug), {
        body: 'a,b\n1,2',
        headers: { 'content-type': 'text/csv', 'if-match': `"${article.id}.r1"` },
      })
      await expectProblem(res, 415, 'unsupported_media_type')
    }
  })
})

describe('304 on every conditional read', () => {
  it('answers If-None-Match with the current ETag with 304', async () => {
    const tag = uniqueSlug('cond')
    const article = await createArticle({ section: tag, tags: [tag], bylines: [`Ada ${tag}`] })
    const author = article.bylines[0].slug
    const paths = [
      `/feeds/sections/${tag}.atom`,
      `/feeds/tags/${tag}.rss`,
      `/feeds/authors/${author}.json`,
      `/feeds/search.rss?q=${encodeURIComponent(article.headline)}`,
      '/feeds.opml',
      '/sitemap.xml',
      '/sitemap-news.xml',
      `/sections/${tag}`,
      `/tags/${tag}`,
      `/authors/${author}`,
      `/v1/widgets/related/${article.slug}`,
      `/v1/widgets/articles/${article.slug}`,
      `/oembed?url=${encodeURIComponent(`${BASE}/articles/${article.slug}`)}`,
      `/embed/widget.v${WIDGET_VERSION}.js`,
      `/v1/articles/${article.slug}`,
    ]
    for (const path of paths) {
      const first = await call('GET', path, { key: null })
      expect(first.status, `${path}: ${await first.clone().text()}`).toBe(200)
      const etag = first.headers.get('etag')
      expect(etag, path).toBeTruthy()
      const again = await call('GET', path, { key: null, headers: { 'if-none-match': etag! } })
      expect(again.status, path).toBe(304)
    }
  })
})
