/**
 * @module The feed endpoints against real D1 and KV: every format and scope, validation, 404s,
 * paging, conditional GET, KV caching, and articles leaving or joining feeds on the very next
 * request.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import { publishDueArticles } from '../../../src/scheduled'
import { renderCountForTests } from '../../../src/storage/cache'
import { BASE, call, createArticle, expectProblem, uniqueSlug } from '../../helpers'

const TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

async function getFeed(
  path: string,
  headers: Record<string, string> = {},
  status = 200
): Promise<{ res: Response; text: string }> {
  const res = await call('GET', path, { key: null, headers })
  const text = await res.text()
  expect(res.status, text).toBe(status)
  return { res, text }
}

/** A fresh section, tag and author, so each test reads feeds only it writes to. */
function terms() {
  const id = uniqueSlug('t')
  return {
    section: `Section ${id}`,
    tag: `Tag ${id}`,
    author: `Author ${id}`,
    slugs: { section: `section-${id}`, tag: `tag-${id}`, author: `author-${id}` },
  }
}

function withTerms(t: ReturnType<typeof terms>, extra: Record<string, unknown> = {}) {
  return { section: t.section, tags: [t.tag], bylines: [t.author], ...extra }
}

async function patch(id: string, json: unknown) {
  const current = await call('GET', `/v1/articles/${id}`)
  const res = await call('PATCH', `/v1/articles/${id}`, {
    json,
    headers: { 'if-match': current.headers.get('etag') as string },
  })
  expect(res.status, await res.clone().text()).toBe(200)
}

describe('feed formats and scopes', () => {
  it('serves every scope in every format with the right content type and absolute URLs', async () => {
    const t = terms()
    const a = await createArticle(
      withTerms(t, {
        headline: 'Lighthouse keepers vote to strike',
        body: '<p>The keepers <a href="/articles/earlier">voted</a>.</p>',
      })
    )
    const scopes = [
      'latest',
      `sections/${t.slugs.section}`,
      `tags/${t.slugs.tag}`,
      `authors/${t.slugs.author}`,
    ]
    for (const scope of scopes) {
      for (const ext of ['rss', 'atom', 'json'] as const) {
        const { res, text } = await getFeed(`/feeds/${scope}.${ext}`)
        expect(res.headers.get('content-type')).toBe(TYPES[ext])
        expect(res.headers.get('etag')).toMatch(/^"[\w.-]+"$/)
        expect(res.headers.get('last-modified')).toMatch(/GMT$/)
        expect(res.headers.get('cache-control')).toBe('public, no-cache')
        expect(text, `${scope}.${ext}`).toContain('Lighthouse keepers vote to strike')
        expect(text).toContain(`${BASE}/articles/${a.slug}`)
        expect(text).toContain(`${BASE}/feeds/${scope}.${ext}`)
        expect(text).toContain(`${BASE}/articles/earlier`)
        if (ext === 'json')
          expect(JSON.parse(text).items.map((i: { url: string }) => i.url)).toContain(
            `${BASE}/articles/${a.slug}`
          )
      }
    }
  })

  it('filters a scope to its own articles and serves search feeds', async () => {
    const t = terms()
    const other = terms()
    const mine = await createArticle(
      withTerms(t, { headline: 'Quarry reopens with zeppelin tours' })
    )
    const theirs = await createArticle(withTerms(other, { headline: 'Orchard harvest festival' }))
    const { text } = await getFeed(`/feeds/sections/${t.slugs.section}.json`)
    const urls = JSON.parse(text).items.map((i: { url: string }) => i.url)
    expect(urls).toEqual([`${BASE}/articles/${mine.slug}`])
    const search = JSON.parse((await getFeed('/feeds/search.json?q=zeppelin')).text)
    expect(search.items.map((i: { url: string }) => i.url)).toEqual([
      `${BASE}/articles/${mine.slug}`,
    ])
    expect(search.feed_url).toBe(`${BASE}/feeds/search.json?q=zeppelin`)
    expect((await getFeed('/feeds/search.rss?q=%22%2A%2A')).text).not.toContain('<item>')
    expect(theirs.slug).not.toBe(mine.slug)
  })

  it('serves summaries only with summary=1 and full content by default', async () => {
    const t = terms()
    await createArticle(
      withTerms(t, { dek: 'A short standfirst', body: '<p>The whole story, every word.</p>' })
    )
    const full = (await getFeed(`/feeds/tags/${t.slugs.tag}.rss`)).text
    expect(full).toContain(
      '<content:encoded>&lt;p&gt;The whole story, every word.&lt;/p&gt;</content:encoded>'
    )
    const summary = (await getFeed(`/feeds/tags/${t.slugs.tag}.rss?summary=1`)).text
    expect(summary).not.toContain('content:encoded>')
    expect(summary).toContain('<description>A short standfirst</description>')
    const json = JSON.parse((await getFeed(`/feeds/tags/${t.slugs.tag}.json?summary=true`)).text)
    expect(json.items[0].content_html).toBeUndefined()
    expect(json.items[0].content_text).toBe('A short standfirst')
  })

  it('pages back through the archive with RFC 5005 next links', async () => {
    const t = terms()
    const made = []
    for (let i = 0; i < 3; i++)
      made.push(
        await createArticle(
          withTerms(t, { publishedAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString() })
        )
      )
    const first = (await getFeed(`/feeds/sections/${t.slugs.section}.atom?limit=2`)).text
    expect(first).toContain(
      `<link rel="first" type="application/atom+xml" href="${BASE}/feeds/sections/${t.slugs.section}.atom?limit=2"/>`
    )
    const next = /<link rel="next" type="application\/atom\+xml" href="([^"]+)"\/>/
      .exec(first)?.[1]
      ?.replaceAll('&amp;', '&')
    expect(next, first).toBeTruthy()
    const second = (await getFeed((next as string).slice(BASE.length))).text
    expect(second).toContain(made[2].slug)
    expect(second).not.toContain(made[0].slug)
    expect(second).not.toContain('rel="next"')
    const json = JSON.parse((await getFeed(`/feeds/sections/${t.slugs.section}.json?limit=2`)).text)
    expect(json.next_url).toMatch(/cursor=/)
  })
})

describe('hostile text and HTTP details', () => {
  // eslint-disable-next-line no-control-regex
  const FORBIDDEN =
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

  // Lone surrogates never get this far: the API refuses them with a 400
  // (test/routes/unicode-slugs.test.ts).
  it('keeps every format well-formed for markup, ]]>, control characters, RTL and emoji', async () => {
    const t = terms()
    const headline = `Fish & "chips" <b>'bold'</b> ]]> \u0001\u001f שלום עולם 😀`
    await createArticle(
      withTerms(t, {
        headline,
        dek: `Dek ]]> \u0002 & <i>`,
        body: `<p>Body ]]&gt; &amp; \u0003 عربى 👩🏽‍💻</p>`,
      })
    )
    for (const ext of ['rss', 'atom'] as const) {
      const { text } = await getFeed(`/feeds/tags/${t.slugs.tag}.${ext}`)
      expect(text).not.toMatch(FORBIDDEN)
      expect(text).not.toContain(']]>')
      expect(text).toContain(
        'Fish &amp; &quot;chips&quot; &lt;b&gt;&apos;bold&apos;&lt;/b&gt; ]]&gt;'
      )
      expect(text).toContain('שלום עולם 😀')
      expect(text).toContain('عربى 👩🏽‍💻')
    }
    const json = (await getFeed(`/feeds/tags/${t.slugs.tag}.json`)).text
    expect(json).not.toMatch(FORBIDDEN)
    const item = JSON.parse(json).items[0]
    expect(item.title).toMatch(/^Fish & "chips" <b>'bold'<\/b> ]]> .*שלום עולם 😀$/)
    expect(item.title).not.toMatch(/[\u0000-\u001f]/)
  })

  it('answers HEAD like GET without a body, and lists every feed endpoint in the OpenAPI document', async () => {
    const head = await call('HEAD', '/feeds/latest.atom', { key: null })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe(TYPES.atom)
    expect(head.headers.get('etag')).toBeTruthy()
    expect(await head.text()).toBe('')
    const spec = await (
      await call('GET', '/openapi.json', { key: null })
    ).json<{ paths: Record<string, unknown> }>()
    for (const path of [
      '/feeds/latest.{format}',
      '/feeds/sections/{slug}.{format}',
      '/feeds/tags/{slug}.{format}',
      '/feeds/authors/{slug}.{format}',
      '/feeds/search.{format}',
      '/feeds.opml',
      '/sitemap.xml',
      '/sitemap-news.xml',
    ]) {
      expect(spec.paths, path).toHaveProperty([path])
    }
  })
})

describe('feed errors', () => {
  it('404s unknown sections, tags, authors, feeds and formats', async () => {
    await expectProblem(
      await call('GET', '/feeds/sections/no-such-section.rss', { key: null }),
      404,
      'not_found'
    )
    await expectProblem(
      await call('GET', '/feeds/tags/no-such-tag.atom', { key: null }),
      404,
      'not_found'
    )
    await expectProblem(
      await call('GET', '/feeds/authors/nobody.json', { key: null }),
      404,
      'not_found'
    )
    await expectProblem(await call('GET', '/feeds/everything.rss', { key: null }), 404, 'not_found')
    await expectProblem(await call('GET', '/feeds/latest.xml', { key: null }), 404, 'not_found')
  })

  it('400s a bad limit, summary, cursor or missing q with every failing field listed', async () => {
    for (const limit of ['0', '101', 'ten', '-1', '99999']) {
      const body = await expectProblem(
        await call('GET', `/feeds/latest.rss?limit=${limit}`, { key: null }),
        400,
        'validation_failed'
      )
      expect(body.errors).toEqual([
        { field: 'limit', path: 'limit', message: '"limit" must be a whole number from 1 to 100' },
      ])
    }
    const both = await expectProblem(
      await call('GET', '/feeds/latest.json?limit=0&summary=yes', { key: null }),
      400,
      'validation_failed'
    )
    expect(both.errors?.map((e) => e.path).sort()).toEqual(['limit', 'summary'])
    const cursor = await expectProblem(
      await call('GET', '/feeds/latest.atom?cursor=not-a-cursor', { key: null }),
      400,
      'validation_failed'
    )
    expect(cursor.errors?.[0]?.path).toBe('cursor')
    const q = await expectProblem(
      await call('GET', '/feeds/search.rss', { key: null }),
      400,
      'validation_failed'
    )
    expect(q.errors?.[0]?.path).toBe('q')
    const long = await expectProblem(
      await call('GET', `/feeds/search.rss?q=${'a'.repeat(501)}`, { key: null }),
      400,
      'validation_failed'
    )
    expect(long.errors?.[0]?.path).toBe('q')
  })

  it('never answers 500 to arbitrary paths and query values (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/feeds/',
          '/feeds/sections/',
          '/feeds/tags/',
          '/feeds/authors/',
          '/feeds/search.'
        ),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.constantFrom('limit', 'summary', 'cursor', 'q'),
        async (prefix, segment, value, name) => {
          const path = `${prefix}${encodeURIComponent(segment)}${prefix.endsWith('.') ? 'rss' : ''}?${name}=${encodeURIComponent(value)}&q=x`
          const res = await call('GET', path, { key: null })
          const text = await res.text()
          expect(res.status, `${path}: ${text}`).toBeLessThan(500)
          if (res.status >= 400)
            expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
        }
      ),
      { numRuns: 60 }
    )
  })
})

describe('conditional GET and caching', () => {
  it('answers 304 to a matching If-None-Match or a later If-Modified-Since, before rendering', async () => {
    const t = terms()
    await createArticle(withTerms(t))
    const { res } = await getFeed(`/feeds/tags/${t.slugs.tag}.atom`)
    const etag = res.headers.get('etag') as string
    const renders = renderCountForTests()
    const notModified = await call('GET', `/feeds/tags/${t.slugs.tag}.atom`, {
      key: null,
      headers: { 'if-none-match': etag },
    })
    expect(notModified.status, await notModified.clone().text()).toBe(304)
    expect(await notModified.text()).toBe('')
    expect(notModified.headers.get('etag')).toBe(etag)
    expect(renderCountForTests()).toBe(renders)
    const latest = (await getFeed('/feeds/latest.rss')).res
    const since = await call('GET', '/feeds/latest.rss', {
      key: null,
      headers: { 'if-modified-since': latest.headers.get('last-modified') as string },
    })
    expect(since.status).toBe(304)
    await getFeed('/feeds/latest.rss', { 'if-none-match': '"something-else"' })
  })

  it('keeps a section feed ETag when another section changes, and changes it on a change in scope', async () => {
    const t = terms()
    const other = terms()
    await createArticle(withTerms(t))
    const before = (await getFeed(`/feeds/sections/${t.slugs.section}.rss`)).res.headers.get('etag')
    const latestBefore = (await getFeed('/feeds/latest.rss')).res.headers.get('etag')
    await createArticle(withTerms(other))
    expect((await getFeed(`/feeds/sections/${t.slugs.section}.rss`)).res.headers.get('etag')).toBe(
      before
    )
    expect((await getFeed('/feeds/latest.rss')).res.headers.get('etag')).not.toBe(latestBefore)
    await createArticle(withTerms(t))
    expect(
      (await getFeed(`/feeds/sections/${t.slugs.section}.rss`)).res.headers.get('etag')
    ).not.toBe(before)
  })

  it('serves the second request from KV', async () => {
    const t = terms()
    await createArticle(withTerms(t))
    const renders = renderCountForTests()
    const first = await getFeed(`/feeds/authors/${t.slugs.author}.json`)
    expect(first.res.headers.get('x-cache')).toBe('MISS')
    // the counter sees this request's render: the 304 test's unchanged count is meaningful
    expect(renderCountForTests()).toBe(renders + 1)
    let second = await getFeed(`/feeds/authors/${t.slugs.author}.json`)
    // the KV write runs in waitUntil after the first response: give it a moment
    for (let i = 0; i < 20 && second.res.headers.get('x-cache') !== 'HIT'; i++) {
      await new Promise((r) => setTimeout(r, 50))
      second = await getFeed(`/feeds/authors/${t.slugs.author}.json`)
    }
    expect(second.res.headers.get('x-cache')).toBe('HIT')
    expect(second.text).toBe(first.text)
  })
})

describe('articles leave and join feeds on the very next request', () => {
  const feedsOf = (t: ReturnType<typeof terms>) => [
    '/feeds/latest.rss',
    `/feeds/sections/${t.slugs.section}.atom`,
    `/feeds/tags/${t.slugs.tag}.json`,
    `/feeds/authors/${t.slugs.author}.rss`,
  ]

  for (const action of ['unpublish', 'archive'] as const) {
    it(`${action}: gone from every feed, search and sitemap; old ETags no longer match`, async () => {
      const t = terms()
      const a = await createArticle(withTerms(t, { headline: `Walrus census ${action}` }))
      const paths = [
        ...feedsOf(t),
        '/feeds/search.json?q=walrus',
        '/sitemap.xml',
        '/sitemap-news.xml',
      ]
      const etags = new Map<string, string>()
      for (const path of paths) {
        const { res, text } = await getFeed(path)
        expect(text, path).toContain(a.slug)
        etags.set(path, res.headers.get('etag') as string)
      }
      const current = await call('GET', `/v1/articles/${a.id}`)
      const res =
        action === 'unpublish'
          ? await call('POST', `/v1/articles/${a.id}/unpublish`)
          : await call('DELETE', `/v1/articles/${a.id}`, {
              headers: { 'if-match': current.headers.get('etag') as string },
            })
      expect(res.status, await res.clone().text()).toBe(200)
      for (const path of paths) {
        // A term whose only story left the site is gone from the public view: 404, like an unknown
        // term.
        const term = feedsOf(t).slice(1).includes(path)
        const { text } = await getFeed(
          path,
          { 'if-none-match': etags.get(path) as string },
          term ? 404 : 200
        )
        expect(text, path).not.toContain(a.slug)
      }
    })
  }

  it('an edit that moves an article out of a tag removes it from that tag feed', async () => {
    const t = terms()
    const a = await createArticle(withTerms(t))
    await createArticle(withTerms(t, { headline: 'Stays in the tag' }))
    const { res } = await getFeed(`/feeds/tags/${t.slugs.tag}.rss`)
    await patch(a.id, { tags: ['Somewhere else entirely'] })
    const { text } = await getFeed(`/feeds/tags/${t.slugs.tag}.rss`, {
      'if-none-match': res.headers.get('etag') as string,
    })
    expect(text).not.toContain(a.slug)
    expect(text).toContain('Stays in the tag')
  })

  it('a correction shows in the feed on the next request', async () => {
    const t = terms()
    const a = await createArticle(withTerms(t))
    const { res } = await getFeed(`/feeds/sections/${t.slugs.section}.json`)
    await patch(a.id, { corrections: [{ text: 'An earlier version gave the wrong date.' }] })
    const { text } = await getFeed(`/feeds/sections/${t.slugs.section}.json`, {
      'if-none-match': res.headers.get('etag') as string,
    })
    expect(JSON.parse(text).items[0].content_html).toContain(
      'An earlier version gave the wrong date.'
    )
  })

  it('a scheduled article appears in every feed once the scheduler publishes it', async () => {
    const t = terms()
    const publishAt = new Date(Date.now() + 3_600_000).toISOString()
    const a = await createArticle(withTerms(t, { status: 'scheduled', publishAt }))
    expect((await getFeed('/feeds/latest.rss')).text).not.toContain(a.slug)
    // Terms only a scheduled story uses are not public yet.
    for (const path of feedsOf(t).slice(1))
      expect((await getFeed(path, {}, 404)).text, path).not.toContain(a.slug)
    const ctx = createExecutionContext()
    const run = await publishDueArticles(
      env,
      (p) => ctx.waitUntil(p),
      new Date(Date.now() + 2 * 3_600_000)
    )
    await waitOnExecutionContext(ctx)
    expect(run.published).toContain(a.id)
    for (const path of feedsOf(t)) expect((await getFeed(path)).text, path).toContain(a.slug)
  })
})

describe('OPML and sitemaps', () => {
  it('OPML lists latest and every section, tag and author with a published story, but not draft-only terms', async () => {
    const t = terms()
    const hidden = terms()
    await createArticle(withTerms(t))
    await createArticle(withTerms(hidden, { status: 'draft' }))
    const { res, text } = await getFeed('/feeds.opml')
    expect(res.headers.get('content-type')).toBe('text/x-opml; charset=utf-8')
    expect(text).toContain('<opml version="2.0">')
    expect(text).toContain(`xmlUrl="${BASE}/feeds/latest.rss"`)
    for (const kind of ['sections', 'tags', 'authors'] as const) {
      expect(text).toContain(
        `xmlUrl="${BASE}/feeds/${kind}/${t.slugs[kind.slice(0, -1) as 'section' | 'tag' | 'author']}.rss"`
      )
    }
    expect(text).not.toContain(hidden.slugs.section)
  })

  it('sitemap lists published articles only; the news sitemap only the last 48 hours', async () => {
    const fresh = await createArticle({ headline: 'Fresh news' })
    const old = await createArticle({
      headline: 'Old news',
      publishedAt: new Date(Date.now() - 72 * 3_600_000).toISOString(),
    })
    const draft = await createArticle({ status: 'draft' })
    const sitemap = await getFeed('/sitemap.xml')
    expect(sitemap.res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(sitemap.text).toContain(`<loc>${BASE}/articles/${fresh.slug}</loc>`)
    expect(sitemap.text).toContain(`<loc>${BASE}/articles/${old.slug}</loc>`)
    expect(sitemap.text).not.toContain(draft.slug)
    const news = (await getFeed('/sitemap-news.xml')).text
    expect(news).toContain(`<loc>${BASE}/articles/${fresh.slug}</loc>`)
    expect(news).toContain('<news:title>Fresh news</news:title>')
    expect(news).not.toContain(old.slug)
    expect(news).not.toContain(draft.slug)
  })
})

describe('WebSub hub advertisement', () => {
  it('advertises a configured hub in every format and in the Link header', async () => {
    await createArticle()
    const app = createApp()
    for (const ext of ['rss', 'atom', 'json'] as const) {
      const ctx = createExecutionContext()
      const res = await app.fetch(
        new Request(`${BASE}/feeds/latest.${ext}`),
        { ...env, WEBSUB_HUB_URL: 'https://hub.example/publish' },
        ctx
      )
      await waitOnExecutionContext(ctx)
      const text = await res.text()
      expect(res.status, text).toBe(200)
      expect(res.headers.get('link')).toContain('<https://hub.example/publish>; rel="hub"')
      expect(text).toMatch(
        ext === 'json'
          ? /"hubs":\[\{"type":"WebSub","url":"https:\/\/hub.example\/publish"\}\]/
          : /rel="hub" href="https:\/\/hub.example\/publish"/
      )
    }
  })
})
