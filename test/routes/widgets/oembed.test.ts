/**
 * The oEmbed provider: JSON and XML documents, maxima, discovery round trip, and bad input (other
 * hosts, drafts, malformed URLs, unknown formats): 400/404/501 problems, never a redirect, never an
 * echo.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BASE,
  call,
  fetchChecked,
  createArticle,
  expectJson,
  expectProblem,
  uniqueSlug,
} from '../../helpers'

const anon = { key: null } as const
const KNOWN_DETAILS = [
  'The query has N invalid field(s).',
  'That URL is not a published article on this site.',
  'This provider answers in format=json or format=xml.',
]
// redirect: 'manual', so a redirect would show as a 3xx rather than be followed.
const get = (path: string) => fetchChecked(`${BASE}${path}`, { redirect: 'manual' })
const oembed = (url: string, extra = '') => get(`/oembed?url=${encodeURIComponent(url)}${extra}`)

describe('GET /oembed', () => {
  it('describes a published article as a rich embed (JSON), following the page discovery link', async () => {
    const article = await createArticle({
      slug: uniqueSlug('oe'),
      headline: 'Harbour ferry returns',
      bylines: ['Ada Quill', 'Ben Ortiz'],
      image: { url: 'https://img.example/ferry.jpg', caption: 'Ferry', credit: null },
    })
    const page = await call('GET', `/articles/${article.slug}`, {
      key: null,
      headers: { accept: 'text/html' },
    })
    const html = await page.text()
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
      html
    )?.[1]
    expect(href, 'discovery link on the article page').toBeTruthy()
    const discovered = new URL(href!.replaceAll('&amp;', '&'))
    expect(discovered.origin).toBe(BASE)
    const res = await get(discovered.pathname + discovered.search)
    const doc = await expectJson(res, 200)
    expect(doc).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Harbour ferry returns',
      author_name: 'Ada Quill, Ben Ortiz',
      author_url: `${BASE}/authors/ada-quill`,
      provider_name: expect.any(String),
      provider_url: `${BASE}/`,
      thumbnail_url: 'https://img.example/ferry.jpg',
      width: 560,
    })
    expect(doc.thumbnail_width).toBe(560)
    expect(doc.thumbnail_height).toBe(315)
    expect(doc.html).toContain(
      `<iframe src="${BASE}/embed/articles/${article.slug}" width="560" height="${doc.height}"`
    )
    expect(doc.html).toMatch(
      /<script async src="https:\/\/news\.example\/embed\/widget\.v[0-9a-f]{8}\.js"><\/script>$/
    )
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('etag')).toBeTruthy()
  })

  it('respects maxwidth and maxheight, thumbnail included', async () => {
    const article = await createArticle({
      slug: uniqueSlug('oe'),
      image: { url: 'https://img.example/a.jpg', caption: null, credit: null },
    })
    const doc = await expectJson(
      await oembed(`${BASE}/articles/${article.slug}`, '&maxwidth=320&maxheight=150'),
      200
    )
    expect(doc.width).toBeLessThanOrEqual(320)
    expect(doc.height).toBeLessThanOrEqual(150)
    expect(doc.thumbnail_width).toBeLessThanOrEqual(320)
    expect(doc.thumbnail_height).toBeLessThanOrEqual(150)
    const plain = await createArticle({ slug: uniqueSlug('oe') })
    const noImage = await expectJson(await oembed(`${BASE}/articles/${plain.slug}`), 200)
    expect(noImage.thumbnail_url).toBeUndefined()
    expect(noImage.author_name).toBeUndefined()
  })

  it('answers XML with every value escaped', async () => {
    const article = await createArticle({
      slug: uniqueSlug('oe'),
      headline: `Rates <rise> & "fall" 'again'\u0007`,
      bylines: ["O'Brien & Sons"],
    })
    const res = await oembed(`${BASE}/articles/${article.slug}`, '&format=xml')
    expect(res.status, await res.clone().text()).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8')
    const xml = await res.text()
    expect(
      xml.startsWith('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>')
    ).toBe(true)
    expect(xml).toContain(
      '<title>Rates &#60;rise&#62; &#38; &#34;fall&#34; &#39;again&#39;</title>'
    )
    expect(xml).toContain('<author_name>O&#39;Brien &#38; Sons</author_name>')
    expect(xml).toContain('<html>&#60;iframe src=&#34;')
    expect(xml).toContain('<type>rich</type>')
    expect(xml).not.toContain('\u0007')
    // Every tag opened is closed in order: a flat document of simple elements.
    const body = xml.slice(xml.indexOf('<oembed>') + 8, xml.lastIndexOf('</oembed>'))
    expect(body).toMatch(/^(?:<([a-z_]+)>[^<]*<\/\1>)+$/)
  })

  it('400s a missing or malformed url and bad maxima, listing the fields', async () => {
    const missing = await expectProblem(
      await call('GET', '/oembed', anon),
      400,
      'validation_failed'
    )
    expect(missing.errors?.map((e) => e.path)).toEqual(['url'])
    const malformed = await expectProblem(
      await call('GET', '/oembed?url=not%20a%20url', anon),
      400,
      'validation_failed'
    )
    expect(malformed.errors).toEqual([
      { field: 'url', path: 'url', message: '"url" must be an absolute http(s) URL' },
    ])
    await expectProblem(
      await call('GET', `/oembed?url=${encodeURIComponent('javascript:alert(1)')}`, anon),
      400,
      'validation_failed'
    )
    const dims = await expectProblem(
      await call(
        'GET',
        `/oembed?url=${encodeURIComponent(`${BASE}/articles/x`)}&maxwidth=0&maxheight=-5`,
        anon
      ),
      400,
      'validation_failed'
    )
    expect(dims.errors?.map((e) => e.path).sort()).toEqual(['maxheight', 'maxwidth'])
  })

  it('501s an unsupported format', async () => {
    const article = await createArticle({ slug: uniqueSlug('oe') })
    const res = await oembed(`${BASE}/articles/${article.slug}`, '&format=yaml')
    const body = await expectProblem(res, 501, 'not_implemented')
    expect(body.detail).not.toContain('yaml')
  })

  it('404s other hosts, other paths, drafts and unknown articles, never redirecting', async () => {
    const draft = await createArticle({ slug: uniqueSlug('oe'), status: 'draft' })
    const published = await createArticle({ slug: uniqueSlug('oe') })
    for (const url of [
      `https://evil.example/articles/${published.slug}`,
      `${BASE.replace('https:', 'http:')}/articles/${published.slug}`,
      `https://user:pw@news.example/articles/${published.slug}`,
      `${BASE}/articles/${draft.slug}`,
      `${BASE}/articles/never-published-here`,
      `${BASE}/sections/world`,
      `${BASE}/articles/${published.slug}/extra`,
      `${BASE}/articles/..%2F${published.slug}`,
    ]) {
      const res = await oembed(url)
      expect(res.headers.get('location'), url).toBeNull()
      const body = await expectProblem(res, 404, 'not_found')
      expect(body.detail).not.toContain('evil')
    }
  })

  it('never answers 500, 3xx, or an echo of its input, whatever the query', async () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.webUrl(),
      fc.constantFrom(
        '<script>alert(1)</script>',
        `${BASE}/articles/<svg onload=x>`,
        'https://news.example/articles/a?x="><b>',
        '%00',
        '\u2028'
      )
    )
    await fc.assert(
      fc.asyncProperty(
        hostile,
        fc.oneof(fc.constantFrom('json', 'xml', ''), fc.string({ maxLength: 20 })),
        async (url, format) => {
          const res = await get(
            `/oembed?url=${encodeURIComponent(url)}&format=${encodeURIComponent(format)}`
          )
          expect([200, 400, 404, 501], await res.clone().text()).toContain(res.status)
          if (res.status === 200) return
          const body = (await res.json()) as { detail: string; errors?: { message: string }[] }
          // Every message is one of a fixed set: nothing from the query comes back.
          expect(KNOWN_DETAILS).toContain(body.detail.replace(/\d+/, 'N'))
          for (const e of body.errors ?? [])
            expect(e.message).not.toContain(url.length > 2 ? url : '\u0000')
        }
      ),
      { numRuns: 60 }
    )
  })
})
