import { describe, expect, it } from 'vitest'
import { BASE, call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

/** An anonymous GET of a page, as a browser or crawler sends it. */
function page(path: string, headers: Record<string, string> = {}) {
  return call('GET', path, {
    key: null,
    headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...headers },
  })
}

async function expectHtml(res: Response, status = 200): Promise<string> {
  const html = await res.text()
  expect(res.status, html.slice(0, 500)).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i)
  return html
}

/** The JSON-LD object embedded in a page. */
function jsonLdOf(html: string): any {
  const m = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)
  expect(m, 'page has a JSON-LD script').not.toBeNull()
  return JSON.parse((m as RegExpExecArray)[1] as string)
}

async function patch(article: { id: string; revision: number }, json: unknown) {
  return expectJson(
    await call('PATCH', `/v1/articles/${article.id}`, {
      json,
      headers: { 'if-match': `"${article.id}.r${article.revision}"` },
    }),
    200
  )
}

const FULL = {
  headline: 'Harbour ferry returns after storm repairs',
  dek: 'The invented crossing runs again from Monday.',
  body: '<p>Crews in the invented town of Lowmere finished work on the pier.</p><p>Second paragraph.</p>',
  section: 'City',
  tags: ['Transport', 'Weather'],
  bylines: ['Ada Quill', 'Ben Ortiz'],
  image: {
    url: 'https://img.example/ferry.jpg',
    caption: 'The ferry at the repaired pier.',
    credit: 'Cam Era / Edgewire',
  },
  corrections: [{ at: '2026-01-02T10:00:00Z', text: 'An earlier version gave the wrong day.' }],
  source: 'Edgewire desk',
}

describe('GET /articles/{slug} as HTML', () => {
  it('renders a complete, accessible article page with its metadata', async () => {
    const a = await createArticle(FULL)
    const res = await page(`/articles/${a.slug}`)
    const html = await expectHtml(res)
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true)
    expect(html).toContain('<h1>Harbour ferry returns after storm repairs</h1>')
    expect(html).toContain('<p class="dek">The invented crossing runs again from Monday.</p>')
    expect(html).toContain(`<link rel="canonical" href="${BASE}/articles/${a.slug}"/>`)
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1"\/>/)
    expect(html).toContain('<a class="skip" href="#content">')
    expect(html).toContain('<main id="content">')
    // bylines, section, tags
    expect(html).toContain(
      `<a href="${BASE}/authors/ada-quill" rel="author">Ada Quill</a> and <a href="${BASE}/authors/ben-ortiz" rel="author">Ben Ortiz</a>`
    )
    expect(html).toContain(`<a href="${BASE}/sections/city">City</a>`)
    expect(html).toContain(`<a href="${BASE}/tags/transport" rel="tag">#Transport</a>`)
    // lead image with caption and credit, body, corrections
    expect(html).toContain(
      '<img src="https://img.example/ferry.jpg" alt="The ferry at the repaired pier."'
    )
    expect(html).toMatch(
      /<figcaption>The ferry at the repaired pier\. <span class="credit">Credit: Cam Era \/ Edgewire<\/span><\/figcaption>/
    )
    expect(html).toContain(
      '<p>Crews in the invented town of Lowmere finished work on the pier.</p>'
    )
    expect(html).toContain('<aside class="corrections" aria-labelledby="corrections-title">')
    expect(html).toContain('An earlier version gave the wrong day.')
    expect(html).toContain('<time datetime="2026-01-02T10:00:00.000Z">')
    // OpenGraph and Twitter
    expect(html).toContain('<meta property="og:type" content="article"/>')
    expect(html).toContain(
      '<meta property="og:title" content="Harbour ferry returns after storm repairs"/>'
    )
    expect(html).toContain('<meta property="og:image" content="https://img.example/ferry.jpg"/>')
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    // feed and oEmbed discovery
    for (const ext of ['rss', 'atom', 'json']) {
      expect(html).toContain(`href="${BASE}/feeds/latest.${ext}"`)
      expect(html).toContain(`href="${BASE}/feeds/sections/city.${ext}"`)
    }
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"')
    const url = encodeURIComponent(`${BASE}/articles/${a.slug}`)
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${BASE}/oembed?url=${url}&amp;format=json"`
    )
    expect(html).toContain(
      `<link rel="alternate" type="text/xml+oembed" href="${BASE}/oembed?url=${url}&amp;format=xml"`
    )
  })

  it('embeds NewsArticle JSON-LD with headline, authors, dates, image, publisher and corrections', async () => {
    const a = await createArticle(FULL)
    const ld = jsonLdOf(await expectHtml(await page(`/articles/${a.slug}`)))
    expect(ld['@context']).toBe('https://schema.org')
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.headline).toBe(FULL.headline)
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Ada Quill', url: `${BASE}/authors/ada-quill` },
      { '@type': 'Person', name: 'Ben Ortiz', url: `${BASE}/authors/ben-ortiz` },
    ])
    expect(ld.datePublished).toBe(a.publishedAt)
    expect(ld.dateModified).toBe(a.updatedAt)
    expect(ld.image).toEqual(['https://img.example/ferry.jpg'])
    expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: expect.any(String) })
    expect(ld.correction[0]).toMatchObject({
      '@type': 'CorrectionComment',
      text: 'An earlier version gave the wrong day.',
    })
    expect(ld.mainEntityOfPage['@id']).toBe(`${BASE}/articles/${a.slug}`)
  })

  it('sends strong validators and public caching headers, and says what the cache did', async () => {
    const a = await createArticle()
    const res = await page(`/articles/${a.slug}`)
    await expectHtml(res)
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/)
    expect(res.headers.get('last-modified')).toBe(new Date(a.updatedAt).toUTCString())
    const cc = res.headers.get('cache-control') ?? ''
    expect(cc).toMatch(/^public/)
    for (const directive of ['s-maxage=', 'stale-while-revalidate=', 'stale-if-error='])
      expect(cc).toContain(directive)
    expect(res.headers.get('vary')).toMatch(/\bAccept\b/)
    expect(res.headers.get('x-cache')).toBe('MISS')
    expect(res.headers.get('server-timing')).toMatch(/\bdb;dur=[\d.]+/)
    expect(res.headers.get('server-timing')).toMatch(/\brender;dur=[\d.]+/)
    const again = await page(`/articles/${a.slug}`)
    await expectHtml(again)
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(again.headers.get('etag')).toBe(res.headers.get('etag'))
  })
})

describe('HTTP revalidation', () => {
  it('answers 304 to a matching If-None-Match, with the validators and no body', async () => {
    const a = await createArticle()
    const first = await page(`/articles/${a.slug}`)
    await expectHtml(first)
    const etag = first.headers.get('etag') as string
    for (const inm of [etag, `W/${etag}`, `"nope", ${etag}`, '*']) {
      const res = await page(`/articles/${a.slug}`, { 'if-none-match': inm })
      expect(res.status, inm).toBe(304)
      expect(await res.text()).toBe('')
      expect(res.headers.get('etag')).toBe(etag)
      expect(res.headers.get('cache-control')).toMatch(/^public/)
      expect(res.headers.get('vary')).toMatch(/\bAccept\b/)
    }
    await expectHtml(await page(`/articles/${a.slug}`, { 'if-none-match': '"something-else"' }))
  })

  it('answers 304 to If-Modified-Since at or after Last-Modified, 200 before it', async () => {
    const a = await createArticle()
    const first = await page(`/articles/${a.slug}`)
    await expectHtml(first)
    const lastModified = first.headers.get('last-modified') as string
    expect((await page(`/articles/${a.slug}`, { 'if-modified-since': lastModified })).status).toBe(
      304
    )
    const later = new Date(Date.parse(lastModified) + 3_600_000).toUTCString()
    expect((await page(`/articles/${a.slug}`, { 'if-modified-since': later })).status).toBe(304)
    const earlier = new Date(Date.parse(lastModified) - 3_600_000).toUTCString()
    await expectHtml(await page(`/articles/${a.slug}`, { 'if-modified-since': earlier }))
    await expectHtml(await page(`/articles/${a.slug}`, { 'if-modified-since': 'not a date' }))
    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    await expectHtml(
      await page(`/articles/${a.slug}`, { 'if-none-match': '"old"', 'if-modified-since': later })
    )
  })

  it('stops matching the old ETag as soon as the article changes', async () => {
    const a = await createArticle()
    const etag = (await page(`/articles/${a.slug}`)).headers.get('etag') as string
    await patch(a, { headline: 'A changed headline' })
    const res = await page(`/articles/${a.slug}`, { 'if-none-match': etag })
    const html = await expectHtml(res)
    expect(html).toContain('A changed headline')
    expect(res.headers.get('etag')).not.toBe(etag)
  })
})

describe('fresh content on the very next request', () => {
  it('hits, then misses right after an update, then hits the new version', async () => {
    const a = await createArticle({ headline: 'Version one of the story' })
    const r1 = await page(`/articles/${a.slug}`)
    expect(await expectHtml(r1)).toContain('Version one of the story')
    expect(r1.headers.get('x-cache')).toBe('MISS')
    const r2 = await page(`/articles/${a.slug}`)
    expect(await expectHtml(r2)).toContain('Version one of the story')
    expect(r2.headers.get('x-cache')).toBe('HIT')
    await patch(a, { headline: 'Version two of the story' })
    const r3 = await page(`/articles/${a.slug}`)
    const html3 = await expectHtml(r3)
    expect(r3.headers.get('x-cache')).toBe('MISS')
    expect(html3).toContain('Version two of the story')
    expect(html3).not.toContain('Version one of the story')
    const r4 = await page(`/articles/${a.slug}`)
    expect(await expectHtml(r4)).toContain('Version two of the story')
    expect(r4.headers.get('x-cache')).toBe('HIT')
  })

  it('shows a correction on the next request', async () => {
    const a = await createArticle()
    expect(await expectHtml(await page(`/articles/${a.slug}`))).not.toContain('class="corrections"')
    await patch(a, { corrections: [{ text: 'The pier is on the east side, not the west.' }] })
    expect(await expectHtml(await page(`/articles/${a.slug}`))).toContain(
      'The pier is on the east side, not the west.'
    )
  })

  it('is 404 right after an unpublish or archive, and back after publishing again', async () => {
    const a = await createArticle()
    await expectHtml(await page(`/articles/${a.slug}`))
    await expectJson(await call('POST', `/v1/articles/${a.id}/unpublish`), 200)
    const gone = await page(`/articles/${a.slug}`)
    const html = await expectHtml(gone, 404)
    expect(html).toContain('Page not found')
    expect(gone.headers.get('cache-control')).toBe('no-store')
    await expectJson(await call('POST', `/v1/articles/${a.id}/publish`), 200)
    await expectHtml(await page(`/articles/${a.slug}`))
    const current = await expectJson(await call('GET', `/v1/articles/${a.id}`), 200)
    await expectJson(
      await call('DELETE', `/v1/articles/${a.id}`, {
        headers: { 'if-match': `"${a.id}.r${current.article.revision}"` },
      }),
      200
    )
    await expectHtml(await page(`/articles/${a.slug}`), 404)
  })
})

describe('drafts and 404s', () => {
  it('hides drafts and scheduled articles from the public', async () => {
    const draft = await createArticle({ status: 'draft' })
    await expectHtml(await page(`/articles/${draft.slug}`), 404)
    const scheduled = await createArticle({
      status: 'scheduled',
      publishAt: '2099-01-01T00:00:00Z',
    })
    await expectHtml(await page(`/articles/${scheduled.slug}`), 404)
  })

  it('renders a 404 page for browsers and a problem document for API clients', async () => {
    const missing = uniqueSlug('missing')
    const html = await expectHtml(await page(`/articles/${missing}`), 404)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(html).toContain(missing)
    await expectProblem(
      await call('GET', `/articles/${missing}`, {
        key: null,
        headers: { accept: 'application/json' },
      }),
      404,
      'not_found'
    )
    await expectProblem(
      await call('GET', `/articles/${missing}`, {
        key: null,
        headers: { accept: 'application/problem+json' },
      }),
      404,
      'not_found'
    )
  })

  it('lets an editor key preview a draft, privately and never from the cache', async () => {
    const draft = await createArticle({ status: 'draft', headline: 'Preview of a draft' })
    const res = await call('GET', `/articles/${draft.slug}`, { headers: { accept: 'text/html' } })
    const html = await expectHtml(res)
    expect(html).toContain('Preview of a draft')
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('x-cache')).toBe('BYPASS')
  })

  it('is 401 for an invalid key, as everywhere', async () => {
    const a = await createArticle()
    await expectProblem(
      await call('GET', `/articles/${a.slug}`, {
        key: 'not-a-key',
        headers: { accept: 'application/json' },
      }),
      401,
      'unauthorized'
    )
  })
})

describe('content negotiation', () => {
  it('gives the article JSON the API gives, for Accept: application/json', async () => {
    const a = await createArticle(FULL)
    const res = await call('GET', `/articles/${a.slug}`, {
      key: null,
      headers: { accept: 'application/json' },
    })
    const body = await expectJson(res, 200)
    const api = await expectJson(await call('GET', `/v1/articles/${a.slug}`, { key: null }), 200)
    expect(body).toEqual(api)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('vary')).toMatch(/\bAccept\b/)
    expect(res.headers.get('cache-control')).toMatch(/^public/)
  })

  it('gives the JSON-LD for Accept: application/ld+json', async () => {
    const a = await createArticle(FULL)
    const res = await call('GET', `/articles/${a.slug}`, {
      key: null,
      headers: { accept: 'application/ld+json' },
    })
    const body = await expectJson(res, 200)
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    expect(body['@type']).toBe('NewsArticle')
    expect(body.headline).toBe(FULL.headline)
  })

  it('uses q-values, defaults to HTML, and gives each representation its own ETag', async () => {
    const a = await createArticle()
    const cases: [string | undefined, RegExp][] = [
      [undefined, /^text\/html/],
      ['*/*', /^text\/html/],
      ['application/json;q=0.5, text/html;q=0.9', /^text\/html/],
      ['text/html;q=0.1, application/json', /^application\/json/],
      ['application/*', /^application\/json/],
      ['application/ld+json, application/json;q=0.9', /^application\/ld\+json/],
    ]
    const etags = new Set<string>()
    for (const [accept, type] of cases) {
      const res = await call('GET', `/articles/${a.slug}`, {
        key: null,
        headers: accept ? { accept } : {},
      })
      expect(res.status, `${accept}: ${await res.clone().text()}`).toBe(200)
      expect(res.headers.get('content-type'), accept).toMatch(type)
      etags.add(`${res.headers.get('content-type')?.split(';')[0]} ${res.headers.get('etag')}`)
    }
    const byType = new Map([...etags].map((e) => e.split(' ') as [string, string]))
    expect(new Set(byType.values()).size).toBe(byType.size)
  })

  it('is 406 with a problem document when nothing offered is acceptable', async () => {
    const a = await createArticle()
    await expectProblem(
      await call('GET', `/articles/${a.slug}`, { key: null, headers: { accept: 'image/png' } }),
      406,
      'not_acceptable'
    )
    await expectProblem(
      await call('GET', `/articles/${a.slug}`, {
        key: null,
        headers: { accept: 'text/html;q=0, application/xml' },
      }),
      406,
      'not_acceptable'
    )
  })
})

describe('HEAD', () => {
  it('answers HEAD with the headers of GET and no body', async () => {
    const a = await createArticle()
    const res = await call('HEAD', `/articles/${a.slug}`, {
      key: null,
      headers: { accept: 'text/html' },
    })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
    expect(res.headers.get('etag')).toMatch(/^"a\./)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
  })
})
