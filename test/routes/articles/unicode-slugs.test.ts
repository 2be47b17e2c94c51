import { describe, expect, it } from 'vitest'
import { BASE, call, fetchChecked, expectJson, expectProblem } from '../../helpers'

async function create(json: Record<string, unknown>): Promise<any> {
  const res = await call('POST', '/v1/articles', {
    json: { body: '<p>Invented copy.</p>', status: 'published', ...json },
  })
  return (await expectJson(res, 201)).article
}

async function get(path: string, accept = '*/*'): Promise<Response> {
  return fetchChecked(`${BASE}${path}`, { headers: { accept } })
}

describe('slugs for every script', () => {
  it('derives the issue headlines into readable slugs', async () => {
    expect((await create({ headline: 'Путин встретился с Си Цзиньпином' })).slug).toBe(
      'putin-vstretilsia-s-si-tszinpinom'
    )
    expect((await create({ headline: 'Tromsø and Łódź: Straße' })).slug).toBe(
      'tromso-and-lodz-strasse'
    )
    expect((await create({ headline: 'Café in Zürich' })).slug).toBe('cafe-in-zurich')
  })

  it('keeps a Unicode slug and finds it raw, percent-encoded and in decomposed form', async () => {
    const article = await create({ headline: '東京で初雪 🎉', tags: ['東京'], language: 'ja' })
    expect(article.slug).toBe('東京で初雪')
    const again = await create({ headline: '東京で初雪 🎉' })
    expect(again.slug).toMatch(/^東京で初雪-[0-9a-f]{6}$/)
    const encoded = encodeURIComponent(article.slug)
    for (const path of [`/v1/articles/${encoded}`, `/v1/articles/${article.slug}`]) {
      const body = await expectJson(await call('GET', path, { key: null }), 200)
      expect(body.article.id).toBe(article.id)
      expect(body.article.headline).toBe('東京で初雪 🎉')
    }
    const page = await get(`/articles/${encoded}`, 'text/html')
    expect(page.status, await page.clone().text()).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8$/i)
    const html = await page.text()
    expect(html).toContain('東京で初雪 🎉')
    expect(html).toContain(`${BASE}/articles/${encoded}`)
    expect(html).toContain(`${BASE}/tags/${encodeURIComponent('東京')}`)
    expect(html).toMatch(/<html lang="ja"/)
    expect((await get(`/articles/${article.slug}`, 'text/html')).status).toBe(200)
    // NFD: a client that sends decomposed kana gets the same page.
    const nfd = encodeURIComponent(article.slug.normalize('NFD'))
    expect(nfd).not.toBe(encoded)
    expect((await get(`/articles/${nfd}`, 'text/html')).status).toBe(200)
    expect((await get(`/tags/${encodeURIComponent('東京')}`, 'text/html')).status).toBe(200)
  })

  it('emits percent-encoded URLs and keeps emoji and astral characters in feeds, sitemaps and oEmbed', async () => {
    const article = await create({ headline: '𠮷野家が新店舗 🍜 開店', tags: ['グルメ'] })
    const encoded = encodeURIComponent(article.slug)
    expect(article.slug).toBe('𠮷野家が新店舗-開店')
    const url = `${BASE}/articles/${encoded}`

    const rss = await get('/feeds/latest.rss')
    expect(rss.status, await rss.clone().text()).toBe(200)
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const xml = await rss.text()
    expect(xml).toContain(`<link>${url}</link>`)
    expect(xml).toContain('𠮷野家が新店舗 🍜 開店')
    const json = await expectJson(await get('/feeds/latest.json'), 200)
    expect(json.items.find((i: any) => i.url === url)?.title).toBe('𠮷野家が新店舗 🍜 開店')
    const tagFeed = await get(`/feeds/tags/${encodeURIComponent('グルメ')}.atom`)
    expect(tagFeed.status, await tagFeed.clone().text()).toBe(200)
    expect(await tagFeed.text()).toContain(
      `${BASE}/feeds/tags/${encodeURIComponent('グルメ')}.atom`
    )

    const sitemap = await get('/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(await sitemap.text()).toContain(`<loc>${url}</loc>`)

    for (const given of [url, `${BASE}/articles/${article.slug}`]) {
      const oembed = await expectJson(
        await get(`/oembed?url=${encodeURIComponent(given)}&format=json`),
        200
      )
      expect(oembed.title).toBe('𠮷野家が新店舗 🍜 開店')
    }
    const oembedXml = await get(`/oembed?url=${encodeURIComponent(url)}&format=xml`)
    expect(oembedXml.status, await oembedXml.clone().text()).toBe(200)
    expect(await oembedXml.text()).toContain('<title>𠮷野家が新店舗 🍜 開店</title>')
  })

  it('serves astral and emoji slugs, sections and queries on every public route (cache keys included)', async () => {
    const article = await create({ headline: '𠮷野家が東京に新店舗 🍜', section: '𠮷 ニュース' })
    const slug = encodeURIComponent(article.slug)
    const section = encodeURIComponent(article.section.slug)
    expect(article.section.slug).toBe('𠮷-ニュース')
    const paths = [
      `/articles/${slug}`,
      `/sections/${section}`,
      `/feeds/sections/${section}.json`,
      `/feeds/search.rss?q=${encodeURIComponent('𠮷野家 🍜')}`,
      `/v1/widgets/latest?section=${section}`,
      `/v1/widgets/articles/${slug}`,
      `/v1/widgets/related/${slug}`,
      `/embed/articles/${slug}`,
      `/v1/articles?q=${encodeURIComponent('🍜 𠮷野家')}`,
    ]
    for (const path of paths) {
      for (let i = 0; i < 2; i++) {
        // twice: the second answer comes from the KV cache, whose keys hold the slug
        const res = await get(path, 'text/html')
        expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200)
      }
    }
  })

  it('a headline with nothing to spell gets a stable hash slug, not "untitled"', async () => {
    const article = await create({ headline: '🎉🎉🎉' })
    expect(article.slug).toMatch(/^s-[0-9a-z]{7}$/)
  })

  it('stores text in NFC and drops bidi embeddings and overrides from headlines', async () => {
    const article = await create({
      headline: 'Cafe\u0301 \u202eevil\u202c news',
      dek: 'Zu\u0308rich',
      tags: ['Mu\u0308nchen'],
    })
    expect(article.headline).toBe('Café evil news')
    expect(article.dek).toBe('Zürich')
    expect(article.tags[0]).toEqual({ slug: 'munchen', name: 'München' })
    const rtl = await create({ headline: 'عنوان\u200f 2026' })
    expect(rtl.headline).toBe('عنوان\u200f 2026')
  })
})

describe('bad text gets a clear 4xx, never a 500', () => {
  const post = (body: BodyInit) =>
    call('POST', '/v1/articles', { body, headers: { 'content-type': 'application/json' } })

  it('refuses lone surrogates with the path of the field', async () => {
    const problem = await expectProblem(
      await post('{"headline":"bad \\ud800 text"}'),
      400,
      'invalid_json'
    )
    expect(problem.errors).toEqual([
      { field: 'headline', path: 'headline', message: '"headline" holds a lone UTF-16 surrogate' },
    ])
    const nested = await expectProblem(
      await post('{"headline":"ok","tags":["a","\\udc00"]}'),
      400,
      'invalid_json'
    )
    expect(nested.errors?.[0]?.path).toBe('tags.1')
  })

  it('refuses invalid UTF-8', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x68, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])
    const problem = await expectProblem(await post(bytes), 422, 'unprocessable')
    expect(problem.detail).toMatch(/UTF-8/)
  })

  it('refuses bidi controls, mixed scripts, upper case and over-long slugs', async () => {
    const cases: [string, RegExp][] = [
      ['news-\u202eevil', /bidirectional/],
      ['news\u200f', /bidirectional/],
      ['p\u0430ypal-login', /single script/],
      ['News', /lower-case/],
      ['a'.repeat(121), /at most 120/],
      ['東'.repeat(121), /at most 120/],
      ['x'.repeat(5000), /at most 120/],
    ]
    for (const [slug, message] of cases) {
      const problem = await expectProblem(
        await call('POST', '/v1/articles', { json: { headline: 'Slug test', slug } }),
        400,
        'validation_failed'
      )
      expect(problem.errors?.[0]?.path, slug).toBe('slug')
      expect(problem.errors?.[0]?.message, slug).toMatch(message)
    }
    const ok = await create({ headline: 'Путин', slug: 'путин-и-си' })
    expect(ok.slug).toBe('путин-и-си')
  })

  it('pages and oEmbed answer 404 for malformed or spoofing slugs', async () => {
    for (const slug of ['%E2%80%AEevil', 'p%D0%B0ypal', '%ZZ', 'ABC']) {
      const res = await get(`/articles/${slug}`, 'text/html')
      expect(res.status, slug).toBe(404)
    }
    const oembed = await get(`/oembed?url=${encodeURIComponent(`${BASE}/articles/%E0%A4%A`)}`)
    expect(oembed.status, await oembed.clone().text()).toBe(404)
  })
})
