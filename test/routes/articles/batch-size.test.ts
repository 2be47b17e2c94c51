import { describe, expect, it } from 'vitest'
import { call, expectJson, uniqueSlug } from '../../helpers'

// Short links grow about threefold once sanitized (quoted values, rel on every link): two of these
// bodies fit in one request but not in one 2,000,000-byte D1 value.
const links = (n: number) => Array.from({ length: n }, (_, i) => `<a href=x${i}>y</a>`).join(' ')

describe('POST /v1/articles/batch with large bodies', () => {
  it('stores a batch whose sanitized articles exceed one D1 value, in one transaction', async () => {
    const slugs = [uniqueSlug('big'), uniqueSlug('big')]
    const body = `<p>${links(20_000)}</p>`
    const articles = slugs.map((slug) => ({
      slug,
      headline: `Ledger ${slug}`,
      body,
      status: 'draft',
    }))
    const res = await call('POST', '/v1/articles/batch', { json: { articles } })
    const out = await expectJson(res, 200)
    expect(out.meta).toEqual({ created: 2, updated: 0, unchanged: 0 })
    for (const slug of slugs) {
      const read = await expectJson(await call('GET', `/v1/articles/${slug}`), 200)
      expect(read.article.body.length).toBeGreaterThan(1_000_000)
      expect(read.article.body).toContain('rel="noopener nofollow ugc"')
    }
  })
})
