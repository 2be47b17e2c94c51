/**
 * POST /v1/extract, text/plain and text/html article creation, GET /v1/articles/{ref}/extraction
 * and the entity filters on GET /v1/articles, against real D1 and the local rate-limiting binding.
 */
import { describe, expect, it } from 'vitest'
import { HARBOUR_PAGE, HARBOUR_STORY } from '../../extract/fixtures'
import { call, expectJson, expectProblem, uniqueSlug } from '../../helpers'

let ip = 0
/**
 * A client address of its own for each request group, so the rate limit of one test never hits
 * another.
 */
const client = () => `198.51.100.${++ip}`

function extract(body: BodyInit, type: string, headers: Record<string, string> = {}, query = '') {
  return call('POST', `/v1/extract${query}`, {
    body,
    key: null,
    headers: { 'content-type': type, 'cf-connecting-ip': client(), ...headers },
  })
}

describe('POST /v1/extract', () => {
  it('extracts quotes with their speakers from plain-text copy', async () => {
    const res = await extract(HARBOUR_STORY, 'text/plain; charset=utf-8')
    const { extraction } = await expectJson(res, 200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(extraction.headline).toMatch(/^Mayor admits harbour plan/)
    const speakers = extraction.quotes
      .filter((q: any) => q.kind === 'direct')
      .map((q: any) => q.speaker)
    expect(speakers).toEqual(expect.arrayContaining(['Tomas Brennick', 'Marta Okonkwo']))
    expect(extraction.relatedLinks).toHaveLength(1)
  })

  it('extracts from HTML and from both JSON shapes', async () => {
    const html = await expectJson(await extract(HARBOUR_PAGE, 'text/html'), 200)
    expect(html.extraction.bylines).toEqual(['Ines Marlow', 'Pavel Druze'])
    const fromJson = await expectJson(
      await extract(
        JSON.stringify({ html: HARBOUR_PAGE, url: 'https://gazette.example/x' }),
        'application/json'
      ),
      200
    )
    expect(fromJson.extraction.body).toEqual(html.extraction.body)
    const text = await expectJson(
      await extract(JSON.stringify({ text: HARBOUR_STORY }), 'application/json'),
      200
    )
    expect(text.extraction.quotes.length).toBeGreaterThan(3)
  })

  it('keeps only quotes at least as confident as minConfidence (query or JSON body), with quotedPeople recounted', async () => {
    const all = (await expectJson(await extract(HARBOUR_STORY, 'text/plain'), 200)).extraction
    expect(all.quotedPeople[0]).toMatchObject({ type: 'person', name: 'Tomas Brennick' })
    for (const q of all.quotes) expect(q.confidence).toBeGreaterThanOrEqual(0)
    const res = await extract(HARBOUR_STORY, 'text/plain', {}, '?minConfidence=0.9')
    const strict = (await expectJson(res, 200)).extraction
    expect(strict.quotes.length).toBeGreaterThan(0)
    expect(strict.quotes.length).toBeLessThan(all.quotes.length)
    expect(strict.quotes.every((q: any) => q.confidence >= 0.9)).toBe(true)
    const fromBody = (
      await expectJson(
        await extract(
          JSON.stringify({ text: HARBOUR_STORY, minConfidence: 0.9 }),
          'application/json'
        ),
        200
      )
    ).extraction
    expect(fromBody.quotes).toEqual(strict.quotes)
    expect(fromBody.quotedPeople).toEqual(strict.quotedPeople)
  })

  it('answers 400 for a minConfidence that is not a number from 0 to 1', async () => {
    const res = await extract(HARBOUR_STORY, 'text/plain', {}, '?minConfidence=high')
    const bad = await expectProblem(res, 400, 'validation_failed')
    expect(bad.errors?.map((e) => e.path)).toEqual(['minConfidence'])
    const body = await expectProblem(
      await extract(JSON.stringify({ text: 'x', minConfidence: 2 }), 'application/json'),
      400,
      'validation_failed'
    )
    expect(body.errors?.map((e) => e.path)).toEqual(['minConfidence'])
  })

  it('joins an interrupted quotation by default and splits it with interrupted=split', async () => {
    const copy = [
      'Ferry fares to rise in spring',
      'Harbour Ferries will raise fares by ten per cent in April, its chief executive said on Monday.',
      '“Fuel has doubled in two years,” said Oriel Thackeray, the company’s chief executive. “We held fares for as long as we could.”',
    ].join('\n\n')
    const direct = (body: any) =>
      body.extraction.quotes
        .filter((q: any) => q.kind === 'direct')
        .map((q: any) => [q.text, q.speaker])
    const joined = direct(await expectJson(await extract(copy, 'text/plain'), 200))
    expect(joined).toHaveLength(1)
    expect(joined[0][0]).toMatch(/^Fuel has doubled.*said Oriel Thackeray.*as we could\.$/)
    const split = [
      ['Fuel has doubled in two years,', 'Oriel Thackeray'],
      ['We held fares for as long as we could.', 'Oriel Thackeray'],
    ]
    const res = await extract(copy, 'text/plain', {}, '?interrupted=split')
    expect(direct(await expectJson(res, 200))).toEqual(split)
    const json = JSON.stringify({ text: copy, interrupted: 'split' })
    expect(direct(await expectJson(await extract(json, 'application/json'), 200))).toEqual(split)
    const bad = await extract(copy, 'text/plain', {}, '?interrupted=sometimes')
    const problem = await expectProblem(bad, 400, 'validation_failed')
    expect(problem.errors?.map((e) => e.path)).toEqual(['interrupted'])
    const badJson = JSON.stringify({ text: copy, interrupted: true })
    const bodyProblem = await expectProblem(
      await extract(badJson, 'application/json'),
      400,
      'validation_failed'
    )
    expect(bodyProblem.errors?.map((e) => e.path)).toEqual(['interrupted'])
  })

  it('answers 400 for an empty body and for JSON with neither or both fields', async () => {
    const empty = await expectProblem(await extract('  \n ', 'text/plain'), 400, 'bad_request')
    expect(empty.detail).toMatch(/empty/)
    const both = await expectProblem(
      await extract(JSON.stringify({ text: 'a', html: '<p>b</p>' }), 'application/json'),
      400,
      'validation_failed'
    )
    expect(both.errors?.[0]?.message).toMatch(/exactly one/)
    const bad = await expectProblem(
      await extract(JSON.stringify({ text: 5 }), 'application/json'),
      400,
      'validation_failed'
    )
    expect(bad.errors?.map((e) => e.path)).toContain('text')
  })

  it('answers 413 over 2 MiB but takes bodies between 1 and 2 MiB', async () => {
    await expectProblem(
      await extract('a'.repeat(2 * 1024 * 1024 + 10), 'text/plain'),
      413,
      'payload_too_large'
    )
    const big = 'The pier reopened on Monday, the council said. '.repeat(30_000)
    expect(big.length).toBeGreaterThan(1024 * 1024)
    const { extraction } = await expectJson(await extract(big, 'text/plain'), 200)
    expect(extraction.truncated).toBe(true)
  })

  it('refuses bytes that are not UTF-8 (422), binary data (415) and other media types (415)', async () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9])
    const notUtf8 = await expectProblem(await extract(latin1, 'text/plain'), 422, 'unprocessable')
    expect(notUtf8.detail).toMatch(/UTF-8/)
    const binary = await expectProblem(
      await extract(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]), 'text/plain'),
      415,
      'unsupported_media_type'
    )
    expect(binary.detail).toMatch(/binary/)
    await expectProblem(
      await extract('x', 'application/octet-stream'),
      415,
      'unsupported_media_type'
    )
  })

  it('rate-limits each client with a 429 and Retry-After', async () => {
    const headers = { 'cf-connecting-ip': '203.0.113.77' }
    let limited: Response | null = null
    for (let i = 0; i < 125 && !limited; i++) {
      const res = await extract('The pier reopened, the mayor said.', 'text/plain', headers)
      if (res.status === 429) limited = res
      else expect(res.status, await res.clone().text()).toBe(200)
    }
    expect(limited, 'no 429 within two windows').not.toBeNull()
    await expectProblem(limited!, 429, 'rate_limited')
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another client is not affected.
    expect((await extract('The pier reopened.', 'text/plain')).status).toBe(200)
  })

  it('is described in the OpenAPI document', async () => {
    const doc = await expectJson(await call('GET', '/openapi.json', { key: null }), 200)
    expect(doc.paths['/v1/extract'].post).toBeTruthy()
    expect(doc.paths['/v1/articles/{ref}/extraction'].get).toBeTruthy()
  })
})

describe('articles from raw copy, their extraction and entity filters', () => {
  it('creates an article from text/plain with fields from the extraction and query overrides', async () => {
    const slug = uniqueSlug('harbour')
    const res = await call('POST', `/v1/articles?slug=${slug}&section=City&status=published`, {
      body: HARBOUR_STORY,
      headers: { 'content-type': 'text/plain' },
    })
    const { article } = await expectJson(res, 201)
    expect(article.slug).toBe(slug)
    expect(article.headline).toMatch(/^Mayor admits harbour plan/)
    expect(article.dek).toMatch(/^Valdoria Mayor Tomas Brennick, meeting/)
    expect(article.section.name).toBe('City')
    expect(article.status).toBe('published')
    expect(article.bodyText).not.toMatch(/ALSO READ|ENDS/)
    expect(article.source).toBe('Meridian')

    const anonymous = await expectJson(
      await call('GET', `/v1/articles/${slug}/extraction`, { key: null }),
      200
    )
    expect(anonymous.meta).toEqual({ articleId: article.id, revision: 1 })
    const told = anonymous.extraction.quotes.find((q: any) => q.text.startsWith('We understand'))
    expect(told.speaker).toBe('Tomas Brennick')
  })

  it('creates a draft from text/html; the draft extraction is 404 to anonymous callers', async () => {
    const slug = uniqueSlug('page')
    const { article } = await expectJson(
      await call('POST', `/v1/articles?slug=${slug}`, {
        body: HARBOUR_PAGE,
        headers: { 'content-type': 'text/html' },
      }),
      201
    )
    expect(article.status).toBe('draft')
    expect(article.bylines.map((b: any) => b.name)).toEqual(['Ines Marlow', 'Pavel Druze'])
    await expectProblem(
      await call('GET', `/v1/articles/${slug}/extraction`, { key: null }),
      404,
      'not_found'
    )
    const editor = await expectJson(await call('GET', `/v1/articles/${slug}/extraction`), 200)
    expect(editor.extraction.headline).toBe('Mayor admits harbour plan has gaps')
  })

  it('needs a key to create from copy, and validates query overrides', async () => {
    await expectProblem(
      await call('POST', '/v1/articles', {
        body: HARBOUR_STORY,
        key: null,
        headers: { 'content-type': 'text/plain' },
      }),
      401,
      'unauthorized'
    )
    const bad = await expectProblem(
      await call('POST', '/v1/articles?slug=Not%20A%20Slug', {
        body: HARBOUR_STORY,
        headers: { 'content-type': 'text/plain' },
      }),
      400,
      'validation_failed'
    )
    expect(bad.errors?.map((e) => e.path)).toContain('slug')
    await expectProblem(
      await call('POST', '/v1/articles', { body: '', headers: { 'content-type': 'text/plain' } }),
      400,
      'bad_request'
    )
  })

  it('filters the stored extraction by minConfidence and validates it', async () => {
    const slug = uniqueSlug('confident')
    await expectJson(
      await call('POST', `/v1/articles?slug=${slug}&status=published`, {
        body: HARBOUR_STORY,
        headers: { 'content-type': 'text/plain' },
      }),
      201
    )
    const full = (
      await expectJson(await call('GET', `/v1/articles/${slug}/extraction`, { key: null }), 200)
    ).extraction
    const strict = (
      await expectJson(
        await call('GET', `/v1/articles/${slug}/extraction?minConfidence=0.9`, { key: null }),
        200
      )
    ).extraction
    expect(strict.quotes.length).toBeGreaterThan(0)
    expect(strict.quotes.length).toBeLessThan(full.quotes.length)
    expect(strict.quotes.every((q: any) => q.confidence >= 0.9)).toBe(true)
    await expectProblem(
      await call('GET', `/v1/articles/${slug}/extraction?minConfidence=1.5`, { key: null }),
      400,
      'validation_failed'
    )
  })

  it('answers 404 for the extraction of an unknown article', async () => {
    await expectProblem(
      await call('GET', '/v1/articles/no-such-story/extraction', { key: null }),
      404,
      'not_found'
    )
  })

  it('filters articles by person, organisation and place through any alias, and re-indexes on PATCH', async () => {
    const slug = uniqueSlug('filter')
    const { article } = await expectJson(
      await call('POST', `/v1/articles?slug=${slug}&status=published`, {
        body: HARBOUR_STORY,
        headers: { 'content-type': 'text/plain' },
      }),
      201
    )
    const other = uniqueSlug('other')
    await expectJson(
      await call('POST', '/v1/articles', {
        json: {
          slug: other,
          headline: 'Bakery wins prize',
          body: '<p>Lena Fisk, who runs the bakery in Marrowby, said the prize was a surprise.</p>',
          status: 'published',
        },
      }),
      201
    )
    const slugs = async (query: string) =>
      (
        await expectJson(await call('GET', `/v1/articles?${query}`, { key: null }), 200)
      ).articles.map((a: any) => a.slug)
    // The story created by the first test of this file mentions the same people: look at ours only.
    const hits = async (query: string) => {
      const found = await slugs(query)
      expect(found).not.toContain(other)
      return found.includes(slug)
    }
    for (const name of ['Marta Okonkwo', 'Okonkwo', 'marta', 'OKONKWO'])
      expect(await hits(`person=${encodeURIComponent(name)}`)).toBe(true)
    expect(await hits('org=CTF')).toBe(true)
    expect(await hits('org=Coastal%20Towns%20Forum')).toBe(true)
    expect(await hits('place=Portavel')).toBe(true)
    expect(await slugs('person=Lena%20Fisk')).toEqual([other])
    expect(await slugs('person=Okonkwo&place=Marrowby')).toEqual([])

    const res = await call('PATCH', `/v1/articles/${slug}`, {
      json: { body: '<p>Mayor Tomas Brennick said the pier would reopen.</p>' },
      headers: { 'if-match': `"${article.id}.r1"` },
    })
    await expectJson(res, 200)
    expect(await slugs('person=Okonkwo')).not.toContain(slug)
    expect(await slugs('person=Brennick')).toContain(slug)
    const { extraction, meta } = await expectJson(
      await call('GET', `/v1/articles/${slug}/extraction`, { key: null }),
      200
    )
    expect(meta.revision).toBe(2)
    expect(extraction.body).toEqual(['Mayor Tomas Brennick said the pier would reopen.'])
  })

  it('validates the entity filters', async () => {
    const bad = await expectProblem(
      await call('GET', `/v1/articles?person=&org=${'x'.repeat(201)}`, { key: null }),
      400,
      'validation_failed'
    )
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['org', 'person'])
  })
})
