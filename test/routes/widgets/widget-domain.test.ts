/**
 * The pure widget and oEmbed rules: frame-ancestors parsing, article URL recognition, embed sizing
 * and XML escaping, with fast-check properties on hostile input (results, and linear time on long
 * input).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleSlugFromUrl, embedSize } from '../../../src/domain/oembed'
import { frameAncestors } from '../../../src/domain/widget'
import { escapeXml, oembedXml, type OEmbedDocument } from '../../../src/render/embed/oembed'

const ORIGIN = 'https://news.example'

describe('frameAncestors', () => {
  it('keeps valid CSP sources, drops anything that could end the directive, and fails closed', () => {
    expect(frameAncestors(undefined)).toEqual({ sources: ['*'], rejected: [] })
    expect(frameAncestors('  ')).toEqual({ sources: ['*'], rejected: [] })
    expect(
      frameAncestors(
        "https://partner.example https://*.partner.example:8443 'self' http: a.example;script-src 'unsafe-eval' x,y"
      )
    ).toEqual({
      sources: ['https://partner.example', 'https://*.partner.example:8443', "'self'", 'http:'],
      rejected: ['a.example;script-src', "'unsafe-eval'", 'x,y'],
    })
    expect(frameAncestors("'unsafe-inline'")).toEqual({
      sources: ["'none'"],
      rejected: ["'unsafe-inline'"],
    })
    expect(frameAncestors("https://a.example 'none'").sources).toEqual(["'none'"])
    expect(frameAncestors('https://a.example').sources).toEqual(['https://a.example', "'self'"])
    expect(frameAncestors('* https://a.example').sources).toEqual(['*', 'https://a.example'])
  })

  it('never lets a separator or quote through, and stays fast on long hostile input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (setting) => {
        const { sources } = frameAncestors(setting)
        for (const s of sources) {
          expect(s).not.toMatch(/[;,\s]/)
          if (s.includes("'")) expect(["'self'", "'none'"]).toContain(s)
        }
      }),
      { numRuns: 300 }
    )
    const start = performance.now()
    frameAncestors(`${'a.'.repeat(3000)}:${'9'.repeat(3000)} ${'https://'.repeat(500)}`)
    expect(performance.now() - start).toBeLessThan(200)
  })
})

describe('articleSlugFromUrl', () => {
  it('recognises article pages of this origin only', () => {
    expect(articleSlugFromUrl(`${ORIGIN}/articles/pier-reopens`, ORIGIN)).toBe('pier-reopens')
    expect(articleSlugFromUrl(`${ORIGIN}/articles/pier-reopens/?utm=x#top`, ORIGIN)).toBe(
      'pier-reopens'
    )
    expect(articleSlugFromUrl('HTTPS://NEWS.EXAMPLE:443/articles/pier', ORIGIN)).toBe('pier')
    expect(articleSlugFromUrl('https://news.example.evil/articles/pier', ORIGIN)).toBeNull()
    expect(articleSlugFromUrl('https://evil.example/articles/pier', ORIGIN)).toBeNull()
    expect(articleSlugFromUrl(`${ORIGIN}/articles/Pier`, ORIGIN)).toBeNull()
    expect(articleSlugFromUrl(`${ORIGIN}/articles/a/b`, ORIGIN)).toBeNull()
    expect(articleSlugFromUrl('//news.example/articles/pier', ORIGIN)).toBe('malformed')
    expect(articleSlugFromUrl('javascript:alert(1)', ORIGIN)).toBe('malformed')
  })

  it('answers only a slug, null or malformed for any text, quickly', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.webUrl({ withQueryParameters: true, withFragments: true })
        ),
        (text) => {
          const out = articleSlugFromUrl(text, ORIGIN)
          expect(
            out === null || out === 'malformed' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(out)
          ).toBe(true)
        }
      ),
      { numRuns: 300 }
    )
    const start = performance.now()
    articleSlugFromUrl(`${ORIGIN}/articles/${'a-'.repeat(20_000)}!`, ORIGIN)
    expect(performance.now() - start).toBeLessThan(200)
  })
})

describe('embedSize', () => {
  it('never exceeds the maxima, thumbnail included', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }),
        (image, mw, mh) => {
          const size = embedSize(image, mw, mh)
          expect(size.width).toBeLessThanOrEqual(mw ?? 560)
          if (mh !== undefined) expect(size.height).toBeLessThanOrEqual(mh)
          expect(size.width).toBeGreaterThan(0)
          expect(size.height).toBeGreaterThan(0)
          expect(size.thumbnail !== null).toBe(image)
          if (size.thumbnail) {
            expect(size.thumbnail.width).toBeLessThanOrEqual(size.width)
            if (mh !== undefined) expect(size.thumbnail.height).toBeLessThanOrEqual(mh)
          }
        }
      ),
      { numRuns: 500 }
    )
  })
})

describe('oEmbed XML', () => {
  it('escapes every value and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"\'\u0000\u0008\uFFFE\uD800z')).toBe('a&#60;b&#62;&#38;&#34;&#39;z')
    expect(escapeXml('emoji 😀 kept')).toBe('emoji 😀 kept')
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (title) => {
        const doc = {
          type: 'rich',
          version: '1.0',
          title,
          provider_name: 'E',
          provider_url: 'https://e/',
          cache_age: 1,
          html: title,
          width: 1,
          height: 1,
        } as OEmbedDocument
        const xml = oembedXml(doc)
        const body = xml.slice(xml.indexOf('<oembed>') + 8, xml.lastIndexOf('</oembed>'))
        expect(body).toMatch(/^(?:<([a-z_]+)>[^<>]*<\/\1>)+$/)
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
      }),
      { numRuns: 300 }
    )
  })
})
