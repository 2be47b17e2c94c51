/**
 * @module The pure feed renderers: the XML escaper on hostile text (fast-check), URL absolutizing,
 * and each format's required elements from one invented article.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/domain/article'
import { renderAtomFeed } from '../../../src/render/feeds/atom'
import { renderJsonFeed } from '../../../src/render/feeds/json-feed'
import {
  absolutizeUrls,
  summaryOf,
  toFeedItem,
  type FeedModel,
} from '../../../src/render/feeds/model'
import { renderRssFeed } from '../../../src/render/feeds/rss'
import { renderNewsSitemap } from '../../../src/render/feeds/sitemap'
import { cleanText, escapeXml } from '../../../src/render/feeds/xml'
import { affectedFeedUrls } from '../../../src/routes/feeds/websub'

const ORIGIN = 'https://news.example'
// eslint-disable-next-line no-control-regex
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const HOSTILE = `Fish & "chips" <b>'bold'</b> ]]> \u0000\u0001\u001f\u007f \ud800 lone \udc00 tail \ufffe\uffff שלום עולם 😀👩🏽‍💻 end`

/** Text built from the characters that break XML, mixed with ordinary and astral ones. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '&',
        '<',
        '>',
        '"',
        "'",
        ']]>',
        '\u0000',
        '\u0008',
        '\u000b',
        '\u001f',
        '\u007f',
        '\ud800',
        '\udfff',
        '\ufffe',
        '\uffff',
        'שלום',
        '😀',
        '\t',
        '\n',
        '&amp;',
        '<![CDATA['
      ),
      fc.string({ unit: 'binary' }),
      fc.string()
    ),
    { maxLength: 60 }
  )
  .map((parts) => parts.join(''))

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'art_0123456789abcdef0123',
    slug: 'harbour-bridge-reopens',
    headline: 'Harbour bridge reopens',
    dek: 'After two years of repairs',
    body: '<p>Traffic flows again. <a href="/articles/older">Earlier</a> <img src="/img/a.jpg" alt=""> <a href="//cdn.example/x">cdn</a></p>',
    bodyText: 'Traffic flows again. Earlier cdn',
    section: { slug: 'city', name: 'City' },
    tags: [{ slug: 'transport', name: 'Transport' }],
    bylines: [{ slug: 'ada-quill', name: 'Ada Quill' }],
    status: 'published',
    publishAt: null,
    publishedAt: '2026-03-01T08:00:00.000Z',
    createdAt: '2026-02-28T18:00:00.000Z',
    updatedAt: '2026-03-01T09:30:00.000Z',
    revision: 3,
    canonicalUrl: null,
    language: 'en',
    image: {
      url: 'https://img.example/bridge.webp',
      caption: 'The bridge at dawn',
      credit: 'Photo: B. Lens',
    },
    source: null,
    corrections: [
      {
        at: '2026-03-01T09:30:00.000Z',
        text: 'An earlier version misspelt the engineer\u2019s name.',
      },
    ],
    ...overrides,
  }
}

function model(items: Article[], full = true): FeedModel {
  return {
    id: 'tag:news.example,2026:feeds/latest',
    title: 'Edgewire',
    description: 'Latest',
    language: 'en',
    homeUrl: `${ORIGIN}/`,
    selfUrl: `${ORIGIN}/feeds/latest.rss`,
    firstUrl: `${ORIGIN}/feeds/latest.rss`,
    nextUrl: `${ORIGIN}/feeds/latest.rss?cursor=abc&limit=2`,
    hubUrl: 'https://hub.example/',
    updated: '2026-03-01T09:30:00.000Z',
    siteName: 'Edgewire',
    items: items.map((a) => toFeedItem(a, ORIGIN, full)),
  }
}

describe('escapeXml and cleanText', () => {
  it('escapes markup, removes what XML 1.0 forbids and keeps RTL text and emoji', () => {
    const out = escapeXml(HOSTILE)
    expect(out).toContain('Fish &amp; &quot;chips&quot; &lt;b&gt;&apos;bold&apos;&lt;/b&gt; ]]&gt;')
    expect(out).toContain('שלום עולם 😀👩🏽‍💻 end')
    expect(out).not.toMatch(FORBIDDEN)
    expect(out).not.toContain(']]>')
    expect(cleanText('a\u0000b\ud800c😀\u0085')).toBe('abc😀')
  })

  it('never leaves a forbidden character, a raw < or >, or a bare & on hostile input (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = escapeXml(text)
        expect(out).not.toMatch(FORBIDDEN)
        expect(out).not.toMatch(/[<>"']/)
        expect(out).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos);)/)
      }),
      { numRuns: 500 }
    )
  })

  it('runs in linear time on long hostile input', () => {
    const long = '\ud800'.repeat(200_000) + '&<'.repeat(200_000) + ' href= '.repeat(50_000)
    const start = Date.now()
    escapeXml(long)
    absolutizeUrls(long, ORIGIN)
    // A quadratic pattern would take minutes on 1 MB; this is a loose bound against that, not a
    // benchmark.
    expect(Date.now() - start).toBeLessThan(2000)
  })
})

describe('absolutizeUrls and summaryOf', () => {
  it('makes root-relative href/src/cite absolute and leaves absolute and protocol-relative URLs alone', () => {
    const html = `<a href="/a">x</a><img src='/b.png'><q cite=/c>y</q><a href="https://x.example/d">z</a><a href="//cdn.example/e">w</a><a HREF = "/f">v</a>`
    expect(absolutizeUrls(html, ORIGIN)).toBe(
      `<a href="${ORIGIN}/a">x</a><img src='${ORIGIN}/b.png'><q cite=${ORIGIN}/c>y</q><a href="https://x.example/d">z</a><a href="//cdn.example/e">w</a><a HREF = "${ORIGIN}/f">v</a>`
    )
  })

  it('only ever inserts the origin (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(' href="/', " src='/", ' cite=/', '//', '<a', '>'), fc.string()),
          { maxLength: 40 }
        ),
        (parts) => {
          const html = parts.join('')
          expect(absolutizeUrls(html, ORIGIN).replaceAll(ORIGIN, '')).toBe(html)
        }
      )
    )
  })

  it('uses the dek, else the body cut at a word with an ellipsis', () => {
    expect(summaryOf({ dek: 'Short dek', bodyText: 'Body' })).toBe('Short dek')
    const long = summaryOf({ dek: null, bodyText: 'word '.repeat(200) })
    expect(long.length).toBeLessThanOrEqual(281)
    expect(long).toMatch(/word\u2026$/)
  })
})

describe('renderers', () => {
  it('RSS 2.0 carries self/hub/next links, guid, dates, creator, categories, media and full content', () => {
    const xml = renderRssFeed(model([article()]))
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"')).toBe(true)
    expect(xml).toContain(
      '<atom:link rel="self" type="application/rss+xml" href="https://news.example/feeds/latest.rss"/>'
    )
    expect(xml).toContain('<atom:link rel="hub" href="https://hub.example/"/>')
    expect(xml).toContain(
      '<atom:link rel="next" type="application/rss+xml" href="https://news.example/feeds/latest.rss?cursor=abc&amp;limit=2"/>'
    )
    expect(xml).toContain(
      '<guid isPermaLink="false">tag:news.example,2026-02-28:articles/art_0123456789abcdef0123</guid>'
    )
    expect(xml).toContain('<pubDate>Sun, 01 Mar 2026 08:00:00 GMT</pubDate>')
    expect(xml).toContain('<dc:creator>Ada Quill</dc:creator>')
    expect(xml).toContain('<category domain="https://news.example/sections">City</category>')
    expect(xml).toContain(
      '<media:content url="https://img.example/bridge.webp" medium="image" type="image/webp"><media:description>The bridge at dawn</media:description><media:credit>Photo: B. Lens</media:credit></media:content>'
    )
    expect(xml).toContain('&lt;a href=&quot;https://news.example/articles/older&quot;&gt;')
    expect(xml).toContain('Correction (2026-03-01):')
  })

  it('Atom 1.0 has tag-URI ids, updated, authors, html content and categories; summary-only drops content', () => {
    const xml = renderAtomFeed(model([article()]))
    expect(xml).toContain('<id>tag:news.example,2026-02-28:articles/art_0123456789abcdef0123</id>')
    expect(xml).toContain('<updated>2026-03-01T09:30:00.000Z</updated>')
    expect(xml).toContain(
      '<author><name>Ada Quill</name><uri>https://news.example/authors/ada-quill</uri></author>'
    )
    expect(xml).toContain(
      '<category term="transport" label="Transport" scheme="https://news.example/tags"/>'
    )
    expect(xml).toContain('<content type="html">&lt;p&gt;Traffic flows again.')
    expect(xml).toContain('<link rel="hub" href="https://hub.example/"/>')
    const summary = renderAtomFeed(model([article()], false))
    expect(summary).not.toContain('<content')
    expect(summary).toContain('<summary type="html">After two years of repairs</summary>')
  })

  it('JSON Feed 1.1 has the required members and content_text when summary-only', () => {
    const full = JSON.parse(renderJsonFeed(model([article()])))
    expect(full.version).toBe('https://jsonfeed.org/version/1.1')
    expect(full.next_url).toBe(`${ORIGIN}/feeds/latest.rss?cursor=abc&limit=2`)
    expect(full.hubs).toEqual([{ type: 'WebSub', url: 'https://hub.example/' }])
    const [item] = full.items
    expect(item).toMatchObject({
      id: 'tag:news.example,2026-02-28:articles/art_0123456789abcdef0123',
      url: `${ORIGIN}/articles/harbour-bridge-reopens`,
      title: 'Harbour bridge reopens',
      summary: 'After two years of repairs',
      image: 'https://img.example/bridge.webp',
      date_published: '2026-03-01T08:00:00.000Z',
      date_modified: '2026-03-01T09:30:00.000Z',
      tags: ['City', 'Transport'],
      language: 'en',
      authors: [{ name: 'Ada Quill', url: `${ORIGIN}/authors/ada-quill` }],
    })
    expect(item.content_html).toContain(`<img src="${ORIGIN}/img/a.jpg"`)
    // the deprecated singular too, for JSON Feed 1.0 readers
    expect(item.author).toEqual({ name: 'Ada Quill', url: `${ORIGIN}/authors/ada-quill` })
    const summary = JSON.parse(renderJsonFeed(model([article()], false)))
    expect(summary.items[0].content_html).toBeUndefined()
    expect(summary.items[0].content_text).toBe('After two years of repairs')
  })

  it('hostile headlines and bodies leave no forbidden character in any format (property)', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (headline, body) => {
        const m = model([
          article({
            headline,
            body,
            dek: headline,
            bylines: [{ slug: 'x', name: headline || 'x' }],
          }),
        ])
        for (const xml of [
          renderRssFeed(m),
          renderAtomFeed(m),
          renderNewsSitemap(headline, [
            {
              url: `${ORIGIN}/a`,
              lastModified: m.updated,
              title: headline,
              published: m.updated,
              language: 'en',
            },
          ]),
        ]) {
          expect(xml).not.toMatch(FORBIDDEN)
          expect(xml).not.toContain(']]>')
        }
        const json = renderJsonFeed(m)
        expect(json).not.toMatch(FORBIDDEN)
        expect(JSON.parse(json).items[0].title).toBe(cleanText(headline))
      }),
      { numRuns: 200 }
    )
  })
})

describe('affectedFeedUrls', () => {
  it('lists every feed the article is or was in while published, in every format', () => {
    const before = article({ tags: [{ slug: 'old-tag', name: 'Old tag' }] })
    const after = article({ tags: [{ slug: 'new-tag', name: 'New tag' }] })
    const urls = affectedFeedUrls(ORIGIN, before, after)
    expect(urls).toContain(`${ORIGIN}/feeds/tags/old-tag.rss`)
    expect(urls).toContain(`${ORIGIN}/feeds/tags/new-tag.json`)
    expect(urls).toContain(`${ORIGIN}/feeds/latest.atom`)
    expect(urls).toContain(`${ORIGIN}/feeds/sections/city.rss`)
    expect(urls).toContain(`${ORIGIN}/feeds/authors/ada-quill.rss`)
    expect(new Set(urls).size).toBe(urls.length)
    expect(
      affectedFeedUrls(
        ORIGIN,
        article({ status: 'draft' }),
        article({ status: 'draft', revision: 4 })
      )
    ).toEqual([])
  })
})
