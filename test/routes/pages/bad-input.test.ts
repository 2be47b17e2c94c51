import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isNotModified, isPageSlug, negotiate } from '../../../src/routes/pages/http'
import { jsonForScript } from '../../../src/render/jsonld'
import { call, createArticle, expectProblem } from '../../helpers'

function get(path: string, accept = 'text/html') {
  return call('GET', path, { key: null, headers: { accept } })
}

const HOSTILE = '<script>alert(1)</script>'

describe('escaping', () => {
  it('renders every field as text: a <script> headline, byline, tag, caption or correction stays inert', async () => {
    const a = await createArticle({
      headline: `${HOSTILE} & "quoted" headline`,
      dek: `Dek with ${HOSTILE} and a ' quote`,
      body: '<p onclick="steal()">Kept text</p><script>bodyScript()</script><img src="javascript:evil()">',
      section: `Desk ${HOSTILE}`,
      tags: [`Tag ${HOSTILE}`],
      bylines: [`Name <img src=x onerror=alert(2)>`],
      image: {
        url: 'https://img.example/a.jpg?x="><script>alert(3)</script>',
        caption: `Caption ${HOSTILE}`,
        credit: `Credit ${HOSTILE}`,
      },
      corrections: [{ text: `Correction ${HOSTILE}` }],
      source: `Source ${HOSTILE}`,
    })
    const res = await get(`/articles/${a.slug}`)
    const html = await res.text()
    expect(res.status, html.slice(0, 300)).toBe(200)
    // The only script elements are the JSON-LD one; nothing the editor typed became markup.
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).not.toMatch(/<img src=x|<[^>]*\son\w+=|bodyScript|javascript:/)
    expect(html).toContain(
      '<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; headline</h1>'
    )
    expect(html).toContain(
      '<meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; headline"/>'
    )
    expect(html).toContain('Kept text')
    for (const text of ['Dek with', 'Caption', 'Credit', 'Correction', 'Source', 'Tag']) {
      expect(html).toContain(`${text} &lt;script&gt;alert(1)&lt;/script&gt;`)
    }
    // The JSON-LD cannot be closed early, and still says exactly what the editor typed.
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)
    expect(ld).not.toBeNull()
    expect(JSON.parse((ld as RegExpExecArray)[1] as string).headline).toBe(
      `${HOSTILE} & "quoted" headline`
    )
  })

  it('escapes the slug-like text of a 404 page', async () => {
    const res = await get('/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E')
    const html = await res.text()
    expect(res.status, html.slice(0, 300)).toBe(404)
    expect(html).not.toContain('<script>alert')
  })

  it('jsonForScript never lets a string close the script element', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const out = jsonForScript({ text: `</script><!--${text}` })
        expect(out).not.toMatch(/[<>&\u2028\u2029]/)
        expect(JSON.parse(out).text).toBe(`</script><!--${text}`)
      })
    )
  })
})

describe('bad page addresses', () => {
  const BAD = [
    '/articles/Mixed-Case',
    '/articles/UPPER',
    '/articles/%2E%2E%2Fetc%2Fpasswd',
    '/articles/..%2F..%2Fwrangler.toml',
    '/articles/%00',
    '/articles/a%00b',
    '/articles/%E0%A4%A',
    '/articles/%FF%FE',
    '/articles/caf%C3%A9',
    '/articles/with%20space',
    '/articles/-leading',
    '/articles/trailing-',
    '/articles/double--hyphen',
    '/articles/a/b',
    '/articles/',
    '/articles',
    `/articles/${'a'.repeat(121)}`,
    `/articles/${'a-'.repeat(3000)}a`,
    '/articles/art_0123456789abcdef0123',
    '/articles/%252e%252e',
    '/sections/%00',
    '/tags/..%5C..%5C',
    '/authors/A',
    '/tags/',
    '/sections',
    `/tags/${'x'.repeat(5000)}`,
  ]

  it.each(BAD)('%s is a 404 or 400 page, never a 5xx', async (path) => {
    const res = await get(path)
    const body = await res.text()
    expect([400, 404], `${path}: ${body.slice(0, 200)}`).toContain(res.status)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('resolves dot segments before routing, so they never escape the page tree', async () => {
    // `/articles/..` is `/` by URL parsing (RFC 3986 §5.2.4): the front page, not a file.
    const res = await get('/articles/../articles/..')
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toMatch(/^"i\.front\./)
  })

  it('answers API clients with a problem document for the same addresses', async () => {
    for (const path of [
      '/articles/Mixed-Case',
      '/articles/%00',
      `/tags/${'x'.repeat(300)}`,
      '/articles/a/b',
    ]) {
      await expectProblem(await get(path, 'application/json'), 404, 'not_found')
    }
  })

  it('an article is not reachable by id on the page address (one URL per page)', async () => {
    const a = await createArticle()
    expect((await get(`/articles/${a.id}`)).status).toBe(404)
  })

  it('index pages are 406 for clients that take no HTML', async () => {
    await expectProblem(await get('/', 'application/json'), 406, 'not_acceptable')
  })

  it('never answers 5xx for arbitrary path segments and Accept headers (property)', async () => {
    const segment = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        '-',
        '.',
        '/',
        '\\',
        '%',
        '0',
        'F',
        '~',
        ' ',
        '\u0000',
        'é',
        '<',
        '"',
        '?',
        '#'
      ),
      maxLength: 40,
    })
    const accept = fc.string({
      unit: fc.constantFrom(
        'text/html',
        'application/json',
        '*/*',
        ';q=',
        '0.5',
        ',',
        ' ',
        '*',
        '/',
        'x'
      ),
      maxLength: 12,
    })
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('articles', 'sections', 'tags', 'authors'),
        segment,
        accept,
        async (prefix, seg, acc) => {
          const encoded = seg.replace(/[\u0000 é<"?#%]/g, (ch) =>
            ch === '%' ? '%25' : encodeURIComponent(ch)
          )
          const res = await call('GET', `/${prefix}/${encoded}`, {
            key: null,
            headers: { accept: acc },
          })
          await res.arrayBuffer()
          expect(res.status, `/${prefix}/${encoded} accept=${acc}`).toBeLessThan(500)
        }
      ),
      { numRuns: 60 }
    )
  })
})

describe('header and path parsers are total and linear on hostile input', () => {
  const OFFERS = ['text/html', 'application/json', 'application/ld+json'] as const

  it('negotiate returns an offer or null for any Accept header', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            '/',
            '*',
            ';',
            'q',
            '=',
            '0',
            '1',
            '.',
            ',',
            ' ',
            'text/html',
            'x'
          ),
          maxLength: 3000,
        }),
        (accept) => {
          const picked = negotiate(accept, OFFERS)
          expect(picked === null || OFFERS.includes(picked as (typeof OFFERS)[number])).toBe(true)
        }
      )
    )
  })

  it('negotiate follows q-values and specificity', () => {
    expect(negotiate(undefined, OFFERS)).toBe('text/html')
    expect(negotiate('application/json', OFFERS)).toBe('application/json')
    expect(negotiate('*/*;q=0.1, application/ld+json', OFFERS)).toBe('application/ld+json')
    expect(negotiate('application/*;q=0.5, application/json;q=0', OFFERS)).toBe(
      'application/ld+json'
    )
    expect(negotiate('text/html;q=bogus', OFFERS)).toBe(null)
    expect(negotiate('image/png', OFFERS)).toBe(null)
  })

  it('stays linear on megabyte-long adversarial inputs (no catastrophic backtracking)', () => {
    const inputs = [
      'a-'.repeat(500_000),
      `${'a'.repeat(119)}-`.repeat(5000) + '!',
      ';q=0.'.repeat(200_000),
      `${'*/*,'.repeat(250_000)}`,
      'W/"x",'.repeat(200_000),
    ]
    const start = Date.now()
    for (const input of inputs) {
      isPageSlug(input)
      negotiate(input, OFFERS)
      isNotModified(
        new Headers({
          'if-none-match': input.slice(0, 8000),
          'if-modified-since': input.slice(0, 200),
        }),
        '"x"',
        new Date().toUTCString()
      )
    }
    // Generous: a backtracking pattern would take minutes on these, linear code takes milliseconds.
    expect(Date.now() - start).toBeLessThan(5000)
  })

  it('isPageSlug accepts exactly the slugs articles can have', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '0', '-', 'A', '.', '/'), maxLength: 140 }),
        (text) => {
          const expected = text.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text)
          expect(isPageSlug(text)).toBe(expected)
        }
      )
    )
  })
})
