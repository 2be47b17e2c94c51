/**
 * @module GET /v1/articles as content APIs list: url, sparse fields, sorts, updatedSince, any/all
 * term filters, Link headers, totals, strict parameters; and 405 with Allow on known paths.
 */
import { describe, expect, it } from 'vitest'
import { BASE, call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

const anon = { key: null }
type Listed = { id: string; [field: string]: unknown }

/** Every page of a list, following `nextCursor` (and checking `Link` against it). */
async function allPages(query: string, key: string | null = null): Promise<Listed[][]> {
  const pages: Listed[][] = []
  let cursor: string | null = null
  do {
    const path: string = `/v1/articles?${query}${cursor ? `&cursor=${cursor}` : ''}`
    const res = await call('GET', path, { key })
    const link = res.headers.get('link')
    const body = await expectJson(res, 200)
    pages.push(body.articles)
    cursor = body.meta.nextCursor
    if (cursor) expect(link).toBe(`<${BASE}/v1/articles?${query}&cursor=${cursor}>; rel="next"`)
    else expect(link).toBeNull()
  } while (cursor && pages.length < 50)
  return pages
}

async function edit(article: { id: string; revision: number }, patch: Record<string, unknown>) {
  const res = await call('PATCH', `/v1/articles/${article.id}`, {
    json: patch,
    headers: { 'if-match': `"${article.id}.r${article.revision}"` },
  })
  return (await expectJson(res, 200)).article
}

describe('url on every article', () => {
  it('gives the absolute, percent-encoded page URL on single reads, writes and lists', async () => {
    const section = uniqueSlug('url')
    const made = await createArticle({ section, slug: `${uniqueSlug('straße')}` })
    const expected = `${BASE}/articles/${encodeURIComponent(made.slug)}`
    expect(made.url).toBe(expected)
    expect(made.url).toContain('stra%C3%9Fe')
    const single = await expectJson(await call('GET', `/v1/articles/${made.id}`, anon), 200)
    expect(single.article.url).toBe(expected)
    const list = await expectJson(await call('GET', `/v1/articles?section=${section}`, anon), 200)
    expect(list.articles[0].url).toBe(expected)
    const page = await call('GET', new URL(expected).pathname, anon)
    expect(page.status, await page.clone().text()).toBe(200)
  })
})

describe('fields=', () => {
  it('leaves bodies out of lists unless asked, and keeps only the named fields plus id', async () => {
    const section = uniqueSlug('fields')
    const made = await createArticle({ section, body: '<p>Quay lights repaired overnight.</p>' })
    const plain = await expectJson(await call('GET', `/v1/articles?section=${section}`, anon), 200)
    expect(plain.articles[0]).not.toHaveProperty('body')
    expect(plain.articles[0]).not.toHaveProperty('bodyText')
    expect(plain.articles[0]).toMatchObject({
      id: made.id,
      slug: made.slug,
      headline: made.headline,
    })
    const sparse = await expectJson(
      await call('GET', `/v1/articles?section=${section}&fields=headline,url`, anon),
      200
    )
    expect(sparse.articles[0]).toEqual({ id: made.id, headline: made.headline, url: made.url })
    const bodies = await expectJson(
      await call('GET', `/v1/articles?section=${section}&fields=body,bodyText`, anon),
      200
    )
    expect(bodies.articles[0]).toEqual({ id: made.id, body: made.body, bodyText: made.bodyText })
    const search = await expectJson(
      await call('GET', `/v1/articles?section=${section}&q=quay&fields=snippet`, anon),
      200
    )
    expect(Object.keys(search.articles[0]).sort()).toEqual(['id', 'snippet'])
    expect(search.articles[0].snippet).toContain('<mark>')
  })

  it('names unknown fields in a 400', async () => {
    const problem = await expectProblem(
      await call('GET', '/v1/articles?fields=headline,bdy,secret', anon),
      400,
      'validation_failed'
    )
    expect(problem.errors).toEqual([
      { field: 'fields', path: 'fields', message: '"fields": unknown field(s): bdy, secret' },
    ])
    await expectProblem(await call('GET', '/v1/articles?fields=', anon), 400, 'validation_failed')
  })
})

describe('sort=', () => {
  it('orders by publication date either way and by last change either way, paging without gaps', async () => {
    const section = uniqueSlug('sort')
    const made = []
    for (let i = 0; i < 5; i++)
      made.push(await createArticle({ section, headline: `Sorted story ${i}` }))
    // The oldest story changes last: it leads -updatedAt and trails updatedAt.
    const touched = await edit(made[0], { dek: 'Updated after the others' })
    const ids = made.map((a) => a.id)
    const cases: [string, string[]][] = [
      ['-publishedAt', [...ids].reverse()],
      ['publishedAt', ids],
      ['-updatedAt', [touched.id, ...ids.slice(1).reverse()]],
      ['updatedAt', [...ids.slice(1), touched.id]],
    ]
    for (const [sort, expected] of cases) {
      const pages = await allPages(`section=${section}&sort=${sort}&limit=2`)
      expect(
        pages.map((p) => p.length),
        sort
      ).toEqual([2, 2, 1])
      expect(
        pages.flat().map((a) => a.id),
        sort
      ).toEqual(expected)
    }
    const byDefault = await allPages(`section=${section}&limit=2`)
    expect(byDefault.flat().map((a) => a.id)).toEqual([...ids].reverse())
  })

  it('keeps pages free of duplicates and gaps while stories arrive between pages', async () => {
    const section = uniqueSlug('arrive')
    const before = []
    for (let i = 0; i < 6; i++)
      before.push(await createArticle({ section, headline: `Before ${i}` }))
    for (const sort of ['-publishedAt', 'publishedAt', '-updatedAt', 'updatedAt']) {
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const res = await call(
          'GET',
          `/v1/articles?section=${section}&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          anon
        )
        const body = await expectJson(res, 200)
        seen.push(...body.articles.map((a: Listed) => a.id))
        cursor = body.meta.nextCursor
        await createArticle({ section, headline: `Arrived during ${sort}` })
      } while (cursor)
      expect(new Set(seen).size, sort).toBe(seen.length)
      for (const a of before) expect(seen, `${sort} misses ${a.id}`).toContain(a.id)
    }
  })

  it('sorts a search by date when asked, and refuses relevance without q', async () => {
    const section = uniqueSlug('searchsort')
    const a = await createArticle({
      section,
      headline: 'Beacon beacon beacon relit',
      body: '<p>The beacon beacon.</p>',
    })
    const b = await createArticle({
      section,
      headline: 'Harbour news',
      body: '<p>A beacon nearby.</p>',
    })
    const relevance = await expectJson(
      await call('GET', `/v1/articles?section=${section}&q=beacon&sort=relevance`, anon),
      200
    )
    expect(relevance.articles.map((x: Listed) => x.id)).toEqual([a.id, b.id])
    const oldest = await allPages(`section=${section}&q=beacon&sort=publishedAt&limit=1`)
    expect(oldest.flat().map((x) => x.id)).toEqual([a.id, b.id])
    const newest = await allPages(`section=${section}&q=beacon&sort=-publishedAt&limit=1`)
    expect(newest.flat().map((x) => x.id)).toEqual([b.id, a.id])
    const problem = await expectProblem(
      await call('GET', '/v1/articles?sort=relevance', anon),
      400,
      'validation_failed'
    )
    expect(problem.errors?.[0]?.path).toBe('sort')
    const bad = await expectProblem(
      await call('GET', '/v1/articles?sort=headline', anon),
      400,
      'validation_failed'
    )
    expect(bad.errors?.[0]?.path).toBe('sort')
  })

  it('refuses a cursor from another order, and forged cursors', async () => {
    const section = uniqueSlug('cursorsort')
    for (let i = 0; i < 3; i++) await createArticle({ section })
    const cursors: Record<string, string> = {}
    for (const sort of ['-publishedAt', 'publishedAt', '-updatedAt', 'updatedAt']) {
      const page = await expectJson(
        await call('GET', `/v1/articles?section=${section}&sort=${sort}&limit=1`, anon),
        200
      )
      cursors[sort] = page.meta.nextCursor
    }
    for (const [from, cursor] of Object.entries(cursors)) {
      for (const sort of Object.keys(cursors)) {
        const res = await call(
          'GET',
          `/v1/articles?section=${section}&sort=${sort}&limit=1&cursor=${cursor}`,
          anon
        )
        if (sort === from) expect(res.status, await res.clone().text()).toBe(200)
        else
          expect((await expectProblem(res, 400, 'validation_failed')).errors?.[0]?.path).toBe(
            'cursor'
          )
      }
      const search = await call('GET', `/v1/articles?q=story&cursor=${cursor}`, anon)
      await expectProblem(search, 400, 'validation_failed')
    }
    const forge = (value: unknown) =>
      btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
    for (const forged of [
      { sort: 'updatedAt', at: 'yesterday', seq: 1 },
      { sort: 'updatedAt', at: '2026-01-01T00:00:00Z', seq: -1 },
      { sort: 'updatedAt', at: '2026-01-01T00:00:00Z', seq: 1, extra: 1 },
      { sort: 'relevance', at: '2026-01-01T00:00:00Z', seq: 1 },
      { sort: 'updatedAt', at: "2026' OR 1=1 --", seq: 1 },
    ]) {
      const res = await call('GET', `/v1/articles?sort=updatedAt&cursor=${forge(forged)}`, anon)
      await expectProblem(res, 400, 'validation_failed')
    }
    const fine = forge({ sort: 'updatedAt', at: '2001-01-01T00:00:00.000Z', seq: 1 })
    const after = await call(
      'GET',
      `/v1/articles?section=${section}&sort=updatedAt&cursor=${fine}`,
      anon
    )
    expect((await expectJson(after, 200)).articles).toHaveLength(3)
  })
})

describe('updatedSince', () => {
  it('lists stories changed at or after an instant, and refuses anything but an ISO timestamp', async () => {
    const section = uniqueSlug('since')
    const old = await createArticle({ section })
    const fresh = await createArticle({ section })
    const edited = await edit(old, { dek: 'Now changed' })
    const since = encodeURIComponent(edited.updatedAt)
    const changed = await expectJson(
      await call('GET', `/v1/articles?section=${section}&updatedSince=${since}`, anon),
      200
    )
    expect(changed.articles.map((a: Listed) => a.id)).toEqual([old.id])
    const offset = encodeURIComponent(
      new Date(Date.parse(fresh.updatedAt)).toISOString().replace('Z', '+00:00')
    )
    const both = await expectJson(
      await call('GET', `/v1/articles?section=${section}&updatedSince=${offset}`, anon),
      200
    )
    expect(both.articles.map((a: Listed) => a.id).sort()).toEqual([old.id, fresh.id].sort())
    for (const bad of ['yesterday', '2026-01-01', '2026-13-45T00:00:00Z', '1700000000']) {
      const problem = await expectProblem(
        await call('GET', `/v1/articles?updatedSince=${bad}`, anon),
        400,
        'validation_failed'
      )
      expect(problem.errors?.[0]?.path, bad).toBe('updatedSince')
    }
  })
})

describe('multi-value filters', () => {
  it('reads a comma list as any of, and a repeated parameter as all of', async () => {
    const section = uniqueSlug('multi')
    const other = uniqueSlug('multi-other')
    const [ta, tb, tc] = [uniqueSlug('ta'), uniqueSlug('tb'), uniqueSlug('tc')]
    const a = await createArticle({ section, tags: [ta], bylines: ['Ines Amaro'] })
    const ab = await createArticle({
      section,
      tags: [ta, tb],
      bylines: ['Ines Amaro', 'Kofi Mensah'],
    })
    const c = await createArticle({ section: other, tags: [tc], bylines: ['Kofi Mensah'] })
    const ids = async (query: string) => {
      const body = await expectJson(await call('GET', `/v1/articles?${query}`, anon), 200)
      return body.articles.map((x: Listed) => x.id).sort()
    }
    expect(await ids(`tag=${ta},${tc}`)).toEqual([a.id, ab.id, c.id].sort())
    expect(await ids(`tag=${ta}&tag=${tb}`)).toEqual([ab.id])
    expect(await ids(`tag=${ta},${tc}&tag=${tb},${tc}`)).toEqual([ab.id, c.id].sort())
    expect(await ids(`tag=${ta}&tag=${tb},${tc}`)).toEqual([ab.id])
    expect(await ids(`tag=${tb}&tag=${tc}`)).toEqual([])
    expect(await ids(`section=${section},${other}`)).toEqual([a.id, ab.id, c.id].sort())
    expect(await ids(`section=${other}&tag=${ta},${tc}`)).toEqual([c.id])
    expect(await ids(`section=${section},${other}&author=ines-amaro&author=kofi-mensah`)).toEqual([
      ab.id,
    ])
    expect(await ids(`section=${section},${other}&author=ines-amaro,kofi-mensah`)).toEqual(
      [a.id, ab.id, c.id].sort()
    )
  })

  it('refuses a repeated section, too many values, and too many repeats', async () => {
    const repeated = await expectProblem(
      await call('GET', '/v1/articles?section=a&section=b', anon),
      400,
      'validation_failed'
    )
    expect(repeated.errors).toEqual([
      { field: 'section', path: 'section', message: '"section" is given 2 times; allowed once' },
    ])
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`).join(',')
    await expectProblem(
      await call('GET', `/v1/articles?tag=${many}`, anon),
      400,
      'validation_failed'
    )
    const repeats = Array.from({ length: 6 }, (_, i) => `tag=t${i}`).join('&')
    await expectProblem(
      await call('GET', `/v1/articles?${repeats}`, anon),
      400,
      'validation_failed'
    )
  })
})

describe('Link, total and strict parameters', () => {
  it('sends an absolute rel="next" Link carrying every parameter, and no Link on the last page', async () => {
    const section = uniqueSlug('link')
    const [t] = [uniqueSlug('lt')]
    for (let i = 0; i < 3; i++) await createArticle({ section, tags: [t] })
    const pages = await allPages(`section=${section}&tag=${t}&tag=${t}&fields=headline&limit=2`)
    expect(pages.map((p) => p.length)).toEqual([2, 1])
    const first = await call('GET', `/v1/articles?section=${section}&limit=2`, anon)
    const link = first.headers.get('link') ?? ''
    const target = new URL(link.slice(1, link.indexOf('>')))
    expect(target.origin).toBe(BASE)
    expect(target.searchParams.get('section')).toBe(section)
    const second = await expectJson(
      await call('GET', `${target.pathname}${target.search}`, anon),
      200
    )
    expect(second.articles).toHaveLength(1)
  })

  it('counts matching stories only when total=true', async () => {
    const section = uniqueSlug('total')
    for (let i = 0; i < 3; i++) await createArticle({ section })
    await createArticle({ section, status: 'draft' })
    const counted = await expectJson(
      await call('GET', `/v1/articles?section=${section}&limit=1&total=true`, anon),
      200
    )
    expect(counted.meta.total).toBe(3)
    expect(counted.articles).toHaveLength(1)
    const editor = await expectJson(
      await call('GET', `/v1/articles?section=${section}&limit=1&total=true`),
      200
    )
    expect(editor.meta.total).toBe(4)
    const plain = await expectJson(await call('GET', `/v1/articles?section=${section}`, anon), 200)
    expect(plain.meta).not.toHaveProperty('total')
    await expectProblem(await call('GET', '/v1/articles?total=yes', anon), 400, 'validation_failed')
  })

  it('names unknown and duplicated parameters in a 400 on every /v1 list', async () => {
    const typo = await expectProblem(
      await call('GET', '/v1/articles?sectoin=city', anon),
      400,
      'validation_failed'
    )
    expect(typo.detail).toContain('unknown parameter sectoin')
    expect(typo.errors).toEqual([
      { field: 'sectoin', path: 'sectoin', message: 'Unknown parameter "sectoin"' },
    ])
    const twice = await expectProblem(
      await call('GET', '/v1/articles?limit=2&limit=3&q=x&q=y&zz=1', anon),
      400,
      'validation_failed'
    )
    expect(twice.errors?.map((e) => e.path).sort()).toEqual(['limit', 'q', 'zz'])
    expect(twice.detail).toContain('parameter limit given 2 times')
    for (const path of ['/v1/tags', '/v1/sections', '/v1/authors', '/v1/keys']) {
      // (/v1/keys marks every answer `private, no-store`, problems included: not expectProblem's
      // `no-store`)
      const problem = await expectJson(await call('GET', `${path}?pgae=2`), 400)
      expect(problem.code, path).toBe('validation_failed')
      expect(problem.detail, path).toContain('unknown parameter pgae')
    }
    const made = await createArticle()
    await expectProblem(
      await call('GET', `/v1/articles/${made.id}/revisions?x=1`),
      400,
      'validation_failed'
    )
    const ok = await call('GET', '/v1/tags')
    expect(ok.status, await ok.clone().text()).toBe(200)
  })
})

describe('405 with Allow', () => {
  it('answers a wrong method on a known path with 405 and the methods it takes', async () => {
    const made = await createArticle()
    const cases: [string, string, string][] = [
      ['PUT', `/v1/articles/${made.id}`, 'DELETE, GET, HEAD, PATCH, OPTIONS'],
      ['DELETE', '/v1/articles', 'GET, HEAD, POST, OPTIONS'],
      ['PATCH', '/v1/tags', 'GET, HEAD, OPTIONS'],
      ['GET', '/v1/extract', 'POST, OPTIONS'],
      ['POST', '/feeds/latest.rss', 'GET, HEAD, OPTIONS'],
      ['DELETE', `/articles/${made.slug}`, 'GET, HEAD, OPTIONS'],
    ]
    for (const [method, path, allow] of cases) {
      const problem = await expectProblem(await call(method, path, anon), 405, 'method_not_allowed')
      expect(problem.detail, `${method} ${path}`).toContain(method)
      const res = await call(method, path, anon)
      expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow)
    }
    // The article still exists, untouched.
    expect(
      (await expectJson(await call('GET', `/v1/articles/${made.id}`, anon), 200)).article.revision
    ).toBe(made.revision)
  })

  it('keeps 404 for unknown paths and the CORS preflight on API paths', async () => {
    await expectProblem(await call('PUT', '/v1/nothing-here', anon), 404, 'not_found')
    await expectProblem(await call('GET', '/v1/articles/x/y/z', anon), 404, 'not_found')
    const preflight = await call('OPTIONS', '/v1/articles', {
      key: null,
      headers: { origin: 'https://front.example', 'access-control-request-method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const options = await call('OPTIONS', `/articles/${uniqueSlug()}`, anon)
    expect(options.status).toBe(204)
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
  })
})
