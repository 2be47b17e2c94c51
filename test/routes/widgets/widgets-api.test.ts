/**
 * The widgets' JSON endpoints: published content only, open CORS (errors too), KV read-through with
 * versioned keys, ETag/304, validation, `missing=empty`.
 */
import { describe, expect, it } from 'vitest'
import { VERSION_MEMO_MS } from '../../../src/routes/widgets/http'
import { BASE, call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

const anon = { key: null } as const
/** Waits out the isolate's reuse of version reads, after which anonymous widgets show every write. */
const settle = () => new Promise((resolve) => setTimeout(resolve, VERSION_MEMO_MS + 100))

async function publishedIn(section: string, n: number) {
  const out = []
  for (let i = 0; i < n; i++) {
    out.push(
      await createArticle({
        slug: uniqueSlug('wl'),
        headline: `Tidal mill ${i} restored in ${section}`,
        section,
        bylines: ['Ada Quill'],
        dek: `Dek ${i}`,
      })
    )
  }
  return out
}

describe('GET /v1/widgets/latest', () => {
  it('lists the newest published stories of a section with public fields and absolute URLs', async () => {
    const section = `mills-${uniqueSlug('s')}`
    const [, second] = await publishedIn(section, 2)
    await createArticle({ slug: uniqueSlug('draft'), section, status: 'draft' })
    const res = await call('GET', `/v1/widgets/latest?section=${section}&limit=5`, anon)
    const body = await expectJson(res, 200)
    expect(body.section).toEqual({ slug: section, name: section })
    expect(body.items).toHaveLength(2)
    expect(body.items[0]).toEqual({
      slug: second.slug,
      url: `${BASE}/articles/${second.slug}`,
      headline: second.headline,
      dek: 'Dek 1',
      section: { slug: section, name: section },
      bylines: ['Ada Quill'],
      publishedAt: second.publishedAt,
      image: null,
    })
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=60/)
    expect(res.headers.get('etag')).toMatch(/^"w\.[0-9a-f]{16}"$/)
  })

  it('honours limit and defaults to five', async () => {
    const section = `quays-${uniqueSlug('s')}`
    await publishedIn(section, 7)
    expect(
      (await expectJson(await call('GET', `/v1/widgets/latest?section=${section}`, anon), 200))
        .items
    ).toHaveLength(5)
    expect(
      (
        await expectJson(
          await call('GET', `/v1/widgets/latest?section=${section}&limit=2`, anon),
          200
        )
      ).items
    ).toHaveLength(2)
  })

  it('serves the second read from KV, and a new generation (any article write) from a new key', async () => {
    const section = `docks-${uniqueSlug('s')}`
    await publishedIn(section, 1)
    const path = `/v1/widgets/latest?section=${section}`
    const first = await call('GET', path, anon)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toMatch(/MISS|BYPASS/)
    let second = await call('GET', path, anon)
    for (let i = 0; i < 20 && second.headers.get('x-cache') !== 'HIT'; i++) {
      await new Promise((r) => setTimeout(r, 50))
      second = await call('GET', path, anon)
    }
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.text()).toBe(await first.text())
    const added = await createArticle({
      slug: uniqueSlug('wl'),
      headline: 'A newer dock story',
      section,
    })
    // A keyed caller reads its own write at once; anonymous readers within VERSION_MEMO_MS.
    const keyed = await expectJson(await call('GET', path), 200)
    expect(keyed.items.map((i: { slug: string }) => i.slug)).toEqual([
      added.slug,
      expect.any(String),
    ])
    await settle()
    const third = await expectJson(await call('GET', path, anon), 200)
    expect(third.items[0].slug).toBe(added.slug)
    expect(third.items).toHaveLength(2)
  })

  it('answers 304 to a matching If-None-Match, with CORS', async () => {
    const section = `locks-${uniqueSlug('s')}`
    await publishedIn(section, 1)
    const first = await call('GET', `/v1/widgets/latest?section=${section}`, anon)
    const etag = first.headers.get('etag') as string
    const res = await call('GET', `/v1/widgets/latest?section=${section}`, {
      key: null,
      headers: { 'if-none-match': etag },
    })
    expect(res.status, await res.clone().text()).toBe(304)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('rejects a bad limit, section or missing with every failing field, CORS-readable', async () => {
    const res = await call(
      'GET',
      '/v1/widgets/latest?limit=0&section=Not%20A%20Slug&missing=yes',
      anon
    )
    const body = await expectProblem(res, 400, 'validation_failed')
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['limit', 'missing', 'section'])
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    await expectProblem(
      await call('GET', '/v1/widgets/latest?limit=21', anon),
      400,
      'validation_failed'
    )
  })

  it('404s an unknown section, or with missing=empty answers an empty list', async () => {
    const res = await call('GET', '/v1/widgets/latest?section=no-such-section-here', anon)
    await expectProblem(res, 404, 'not_found')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const quiet = await call(
      'GET',
      '/v1/widgets/latest?section=no-such-section-here&missing=empty',
      anon
    )
    expect(await expectJson(quiet, 200)).toEqual({ section: null, items: [] })
    expect(quiet.headers.get('cache-control')).toBe('public, max-age=60')
  })

  it('answers a CORS preflight', async () => {
    const res = await call('OPTIONS', '/v1/widgets/latest', {
      key: null,
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toContain('GET')
  })
})

describe('GET /v1/widgets/articles/{slug}', () => {
  it('returns one published story as a card item, cached by revision', async () => {
    const article = await createArticle({
      slug: uniqueSlug('card'),
      headline: 'Ferry timetable <changes> & more',
      dek: 'From Monday',
      bylines: ['Ben Ortiz', 'Chen Park'],
      section: 'Transport',
      image: { url: 'https://img.example/ferry.jpg', caption: 'The ferry', credit: 'Desk' },
    })
    const res = await call('GET', `/v1/widgets/articles/${article.slug}`, anon)
    const body = await expectJson(res, 200)
    expect(body.item).toMatchObject({
      slug: article.slug,
      headline: 'Ferry timetable <changes> & more',
      dek: 'From Monday',
      bylines: ['Ben Ortiz', 'Chen Park'],
      section: { slug: 'transport', name: 'Transport' },
      image: { url: 'https://img.example/ferry.jpg', alt: 'The ferry' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(JSON.stringify(body)).not.toContain('body')
    const patched = await call('PATCH', `/v1/articles/${article.slug}`, {
      json: { dek: 'From Tuesday' },
      headers: { 'if-match': `"${article.id}.r${article.revision}"` },
    })
    expect(patched.status, await patched.clone().text()).toBe(200)
    await settle()
    expect(
      (await expectJson(await call('GET', `/v1/widgets/articles/${article.slug}`, anon), 200)).item
        .dek
    ).toBe('From Tuesday')
  })

  it('404s drafts, unknown and malformed slugs without echoing them; missing=empty gives item null', async () => {
    const draft = await createArticle({ slug: uniqueSlug('draft'), status: 'draft' })
    await expectProblem(
      await call('GET', `/v1/widgets/articles/${draft.slug}`, anon),
      404,
      'not_found'
    )
    await expectProblem(await call('GET', `/v1/widgets/articles/${draft.slug}`), 404, 'not_found') // keyed: still published only
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>')
    const res = await call('GET', `/v1/widgets/articles/${hostile}`, anon)
    const body = await expectProblem(res, 404, 'not_found')
    expect(JSON.stringify(body)).not.toContain('onerror')
    const quiet = await call('GET', `/v1/widgets/articles/${hostile}?missing=empty`, anon)
    expect(await expectJson(quiet, 200)).toEqual({ item: null })
  })
})

describe('GET /v1/widgets/related/{slug}', () => {
  it('lists related published stories, never the story itself or drafts', async () => {
    const topic = `lighthouse${Math.random().toString(36).slice(2, 7)}`
    const source = await createArticle({
      slug: uniqueSlug('rel'),
      headline: `${topic} keepers return to the headland`,
      body: `<p>The ${topic} keepers return. ${topic} lamp relit.</p>`,
    })
    const match = await createArticle({
      slug: uniqueSlug('rel'),
      headline: `${topic} lamp relit after a decade`,
      body: `<p>The ${topic} lamp shines again over the ${topic} rocks.</p>`,
    })
    await createArticle({
      slug: uniqueSlug('rel'),
      headline: `${topic} draft`,
      body: `<p>${topic} ${topic}</p>`,
      status: 'draft',
    })
    const res = await call('GET', `/v1/widgets/related/${source.slug}?limit=3`, anon)
    const body = await expectJson(res, 200)
    expect(body.article).toEqual({ slug: source.slug, url: `${BASE}/articles/${source.slug}` })
    const slugs = body.items.map((i: { slug: string }) => i.slug)
    expect(slugs).toContain(match.slug)
    expect(slugs).not.toContain(source.slug)
    expect(body.items.every((i: { url: string }) => i.url.startsWith(`${BASE}/articles/`))).toBe(
      true
    )
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('validates limit and 404s unknown stories', async () => {
    const source = await createArticle({ slug: uniqueSlug('rel') })
    const bad = await expectProblem(
      await call('GET', `/v1/widgets/related/${source.slug}?limit=abc`, anon),
      400,
      'validation_failed'
    )
    expect(bad.errors?.[0]?.path).toBe('limit')
    await expectProblem(
      await call('GET', '/v1/widgets/related/never-written-story', anon),
      404,
      'not_found'
    )
    expect(
      await expectJson(
        await call('GET', '/v1/widgets/related/never-written-story?missing=empty', anon),
        200
      )
    ).toEqual({ article: null, items: [] })
  })
})
