/**
 * Anonymous reads under attack: forged cursors answer 400 on every list, search cost is bounded
 * with huge stories, drafts leave no trace in public names, counts or validators, and concurrent
 * mixed requests (unknown and known slugs, every widget route, pages, feeds) all answer.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeCursor } from '../../../src/storage/article-list'
import { call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

const anon = { key: null } as const
const b64 = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** Every list route that takes a cursor, for a section that exists. */
function listRoutes(section: string): string[] {
  return [
    '/v1/articles?limit=2',
    `/v1/articles?section=${section}&limit=2`,
    '/v1/articles?q=lighthouse&limit=2',
    '/',
    `/sections/${section}`,
    '/feeds/latest.rss',
    `/feeds/sections/${section}.atom`,
    '/feeds/search.json?q=lighthouse',
  ]
}

describe('forged cursors', () => {
  it('answer 400 to a cursor of the wrong kind or shape on every list, API, page and feed', async () => {
    const section = uniqueSlug('cursor')
    await createArticle({ section, headline: 'Lighthouse one' })
    await createArticle({ section, headline: 'Lighthouse two' })
    const rank = b64({ rank: -1.5, seq: 3 })
    const date = b64({ sortAt: '2026-01-01T00:00:00.000Z', seq: 3 })
    const forged = [
      b64({ sortAt: 'not a date', seq: 1 }),
      b64({ sortAt: '2026-01-01T00:00:00.000Z', seq: 1.5 }),
      b64({ sortAt: '2026-01-01T00:00:00.000Z', seq: -1 }),
      b64({ sortAt: '2026-01-01T00:00:00.000Z', seq: 2 ** 60 }),
      b64({ rank: 'x', seq: 1 }),
      b64({ rank: 1e300, seq: 1 }),
      b64({ seq: 1 }),
      b64([1, 2]),
      b64(null),
      '%%%',
    ]
    for (const path of listRoutes(section)) {
      const search = path.includes('q=')
      const wrongKind = search ? date : rank
      for (const cursor of [wrongKind, ...forged]) {
        const res = await call(
          'GET',
          `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`,
          { key: null, headers: { accept: 'application/json' } }
        )
        expect(res.status, `${path} ${cursor}: ${await res.clone().text()}`).toBe(400)
        const problem = await res.json<{ code: string }>()
        expect(['bad_request', 'validation_failed']).toContain(problem.code)
      }
    }
  })

  it('accept the cursors the API gives out, and only on their own kind of list', async () => {
    const section = uniqueSlug('cursor')
    for (let i = 0; i < 3; i++) await createArticle({ section, headline: `Lighthouse keeper ${i}` })
    const list = await expectJson(
      await call('GET', `/v1/articles?section=${section}&limit=1`, anon),
      200
    )
    const search = await expectJson(
      await call('GET', `/v1/articles?section=${section}&q=lighthouse&limit=1`, anon),
      200
    )
    expect(typeof list.meta.nextCursor).toBe('string')
    expect(typeof search.meta.nextCursor).toBe('string')
    await expectJson(
      await call(
        'GET',
        `/v1/articles?section=${section}&limit=1&cursor=${list.meta.nextCursor}`,
        anon
      ),
      200
    )
    await expectJson(
      await call(
        'GET',
        `/v1/articles?section=${section}&q=lighthouse&limit=1&cursor=${search.meta.nextCursor}`,
        anon
      ),
      200
    )
    await expectProblem(
      await call(
        'GET',
        `/v1/articles?section=${section}&limit=1&cursor=${search.meta.nextCursor}`,
        anon
      ),
      400,
      'validation_failed'
    )
    await expectProblem(
      await call(
        'GET',
        `/v1/articles?section=${section}&q=lighthouse&limit=1&cursor=${list.meta.nextCursor}`,
        anon
      ),
      400,
      'validation_failed'
    )
    const page = await call(
      'GET',
      `/?cursor=${encodeCursor({ sortAt: '2026-01-01T00:00:00.000Z', seq: 5 })}`,
      anon
    )
    expect(page.status, await page.clone().text()).toBe(200)
  })

  it('never answer 5xx to any string as a cursor on any list route (property)', async () => {
    const section = uniqueSlug('cursor')
    await createArticle({ section, headline: 'Lighthouse three' })
    const routes = listRoutes(section)
    const cursor = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.jsonValue().map(b64),
      fc.record({ rank: fc.double(), seq: fc.double() }).map(b64),
      fc.record({ sortAt: fc.string({ maxLength: 40 }), seq: fc.integer() }).map(b64),
      fc.record({ rank: fc.double(), sortAt: fc.string(), seq: fc.integer() }).map(b64)
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), cursor, async (path, text) => {
        const res = await call(
          'GET',
          `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(text)}`,
          anon
        )
        expect([200, 400], `${path} ${text}: ${await res.clone().text()}`).toContain(res.status)
      }),
      { numRuns: 120 }
    )
  })
})

describe('hostile input on read routes', () => {
  it('never answers 5xx to any search text, slug or query value on lists, widgets, pages and feeds (property)', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('"', 'NEAR(', '*', '-x', '🙂', '%00', '..', 'a'.repeat(600))
    )
    const route = fc.constantFrom(
      (t: string) => `/v1/articles?q=${encodeURIComponent(t)}`,
      (t: string) => `/v1/articles?section=${encodeURIComponent(t)}&tag=${encodeURIComponent(t)}`,
      (t: string) => `/feeds/search.rss?q=${encodeURIComponent(t)}`,
      (t: string) => `/v1/widgets/articles/${encodeURIComponent(t)}`,
      (t: string) => `/v1/widgets/related/${encodeURIComponent(t)}?limit=${encodeURIComponent(t)}`,
      (t: string) => `/v1/widgets/latest?section=${encodeURIComponent(t)}&missing=empty`,
      (t: string) => `/sections/${encodeURIComponent(t)}`,
      (t: string) => `/feeds/tags/${encodeURIComponent(t)}.json`
    )
    await fc.assert(
      fc.asyncProperty(route, text, async (make, t) => {
        const res = await call('GET', make(t), anon)
        expect(res.status, `${make(t)}: ${await res.clone().text()}`).toBeLessThan(500)
      }),
      { numRuns: 150 }
    )
  }, 120_000)
})

/** An invented body of about `chars` characters where the searched words recur everywhere. */
function hugeBody(chars: number): string {
  const para = `<p>${'harbour pilot ferry crossing morning tide quay passengers '.repeat(12)}</p>`
  return para.repeat(Math.floor(chars / para.length))
}

describe('bounded cost with huge stories', () => {
  it('searches ~850 KB stories with bounded snippets and pages them under the byte budget', async () => {
    const section = uniqueSlug('huge')
    for (let i = 0; i < 3; i++)
      await createArticle({ section, headline: `Ferry timetable ${i}`, body: hugeBody(850_000) })
    const search = await expectJson(
      await call(
        'GET',
        `/v1/articles?section=${section}&q=ferry+tide&limit=5&fields=snippet,body`,
        anon
      ),
      200
    )
    // Two stories of ~1.7 MB (HTML + text) pass the 2 MB budget: the page stops early, with a
    // cursor.
    expect(search.articles).toHaveLength(2)
    expect(typeof search.meta.nextCursor).toBe('string')
    for (const a of search.articles) {
      expect(a.snippet).toMatch(/<mark>(ferry|tide)<\/mark>/)
      expect(a.snippet.length).toBeLessThan(600)
    }
    const rest = await expectJson(
      await call(
        'GET',
        `/v1/articles?section=${section}&q=ferry+tide&limit=5&fields=snippet,body&cursor=${search.meta.nextCursor}`,
        anon
      ),
      200
    )
    expect(rest.articles).toHaveLength(1)
    expect(rest.meta.nextCursor).toBeNull()
    const ids = new Set([...search.articles, ...rest.articles].map((a: { id: string }) => a.id))
    expect(ids.size).toBe(3)
    const list = await expectJson(
      await call('GET', `/v1/articles?section=${section}&limit=5&fields=headline,bodyText`, anon),
      200
    )
    expect(list.articles).toHaveLength(2)
    expect(list.articles[0].bodyText.length).toBeGreaterThan(800_000)
    // A list that does not ask for bodies reads none: every story fits one small page.
    const lean = await call('GET', `/v1/articles?section=${section}&limit=5`, anon)
    const leanText = await lean.clone().text()
    expect(lean.status, leanText.slice(0, 500)).toBe(200)
    expect(((await lean.json()) as { articles: unknown[] }).articles).toHaveLength(3)
    expect(leanText.length).toBeLessThan(20_000)
    // Views that show summaries never carry the bodies.
    const widget = await call('GET', `/v1/widgets/latest?section=${section}`, anon)
    expect(widget.status, await widget.clone().text()).toBe(200)
    expect((await widget.text()).length).toBeLessThan(20_000)
    const index = await call('GET', `/sections/${section}`, anon)
    expect(index.status).toBe(200)
    expect((await index.text()).length).toBeLessThan(60_000)
  }, 120_000)

  it('highlights matches with whole characters and escapes markup in snippets', async () => {
    const section = uniqueSlug('snip')
    await createArticle({
      section,
      headline: 'Ferries',
      body: '<p>Über die Fähre: the ferries &lt;script&gt; 🙂 sailed at high tide.</p>',
    })
    const res = await expectJson(
      await call('GET', `/v1/articles?section=${section}&q=ferry+tide`, anon),
      200
    )
    const snippet: string = res.articles[0].snippet
    expect(snippet).toContain('<mark>ferries</mark>')
    expect(snippet).toContain('<mark>tide</mark>')
    expect(snippet).toContain('&#60;script&#62;')
    expect(snippet).toContain('🙂')
    expect(snippet).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  }, 30_000)
})

describe('drafts leave no public trace', () => {
  it('lists only terms with a published story to anonymous callers; editors see all', async () => {
    const id = uniqueSlug('hidden')
    await createArticle({
      status: 'draft',
      section: `Desk ${id}`,
      tags: [`Tag ${id}`],
      bylines: [`Writer ${id}`],
    })
    await createArticle({
      status: 'scheduled',
      publishAt: new Date(Date.now() + 86_400_000).toISOString(),
      tags: [`Later ${id}`],
    })
    for (const kind of ['sections', 'tags', 'authors'] as const) {
      const res = await call('GET', `/v1/${kind}`, anon)
      const text = await res.clone().text()
      expect(res.status, text).toBe(200)
      expect(text).not.toContain(id)
      const body = await res.json<Record<string, { articleCount: number }[]>>()
      expect(body[kind]!.every((t) => t.articleCount > 0)).toBe(true)
    }
    const editor = await expectJson(await call('GET', '/v1/tags'), 200)
    expect(JSON.stringify(editor)).toContain(`tag-${id}`)
  })

  it('answers 404 for term pages, feeds and widgets of drafts-only terms, like unknown terms', async () => {
    const id = uniqueSlug('hidden')
    await createArticle({
      status: 'draft',
      section: `Desk ${id}`,
      tags: [`Tag ${id}`],
      bylines: [`Writer ${id}`],
    })
    const paths = [
      `/feeds/sections/desk-${id}.rss`,
      `/feeds/tags/tag-${id}.atom`,
      `/feeds/authors/writer-${id}.json`,
      `/sections/desk-${id}`,
      `/tags/tag-${id}`,
      `/authors/writer-${id}`,
      `/v1/widgets/latest?section=desk-${id}`,
    ]
    for (const path of paths) {
      const res = await call('GET', path, { key: null, headers: { accept: 'application/json' } })
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(404)
    }
    // Once a story with the term is published, the same addresses answer.
    await createArticle({ section: `Desk ${id}`, tags: [`Tag ${id}`], bylines: [`Writer ${id}`] })
    for (const path of paths) {
      const res = await call('GET', path, anon)
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200)
    }
  })

  it('keeps public ETags and Last-Modified still when a hidden draft is edited', async () => {
    const id = uniqueSlug('quiet')
    await createArticle({ section: `Desk ${id}`, tags: [`Tag ${id}`] })
    const draft = await createArticle({
      status: 'draft',
      section: `Desk ${id}`,
      tags: [`Tag ${id}`],
    })
    const paths = [
      `/feeds/latest.rss`,
      `/feeds/sections/desk-${id}.atom`,
      `/feeds/tags/tag-${id}.json`,
      '/feeds/search.json?q=invented',
      '/',
      `/sections/desk-${id}`,
    ]
    const before = new Map<string, [string | null, string | null]>()
    for (const path of paths) {
      const res = await call('GET', path, anon)
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200)
      before.set(path, [res.headers.get('etag'), res.headers.get('last-modified')])
    }
    const edited = await call('PATCH', `/v1/articles/${draft.id}`, {
      json: { dek: 'A secret change' },
      headers: { 'if-match': `"${draft.id}.r1"` },
    })
    expect(edited.status, await edited.clone().text()).toBe(200)
    for (const path of paths) {
      const res = await call('GET', path, anon)
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200)
      expect([res.headers.get('etag'), res.headers.get('last-modified')], path).toEqual(
        before.get(path)
      )
    }
  })
})

/** Runs a request, failing with its path when it does not answer in time (a hang). */
async function within(
  ms: number,
  path: string,
  run: () => Promise<number>
): Promise<{ path: string; status: number | 'hang' }> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), ms)))
  const status = await Promise.race([run(), hang])
  if (timer !== undefined) clearTimeout(timer)
  return { path, status }
}

describe('no shared state one request can poison', () => {
  it('answers concurrent mixed requests (unknown and known slugs, every widget route, pages, feeds), and later ones', async () => {
    const known = await createArticle({
      section: uniqueSlug('mixed'),
      headline: 'Known story for widgets',
    })
    const paths = [
      '/v1/widgets/articles/no-such-story',
      '/v1/widgets/related/no-such-story',
      '/v1/widgets/latest',
      `/v1/widgets/articles/${known.slug}`,
      `/v1/widgets/related/${known.slug}`,
      `/v1/widgets/latest?section=${known.section.slug}`,
      '/v1/widgets/articles/no-such-story?missing=empty',
      '/v1/widgets/related/no-such-story?missing=empty',
      '/articles/no-such-story',
      `/articles/${known.slug}`,
      '/',
      `/sections/${known.section.slug}`,
      '/feeds/latest.rss',
      '/feeds/sections/no-such-desk.rss',
      `/embed/articles/${known.slug}`,
      `/embed/articles/no-such-story`,
      `/embed`,
    ]
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        [...paths, ...paths].map((path) =>
          within(30_000, path, async () => {
            const res = await call('GET', path, anon)
            await res.arrayBuffer()
            return res.status
          })
        )
      )
      for (const { path, status } of results)
        expect([200, 404], `${path}: ${status}`).toContain(status)
    }
    // Later requests still answer, with the right content.
    const later = await expectJson(await call('GET', '/v1/widgets/latest', anon), 200)
    expect(Array.isArray(later.items)).toBe(true)
    await expectJson(await call('GET', `/v1/widgets/related/${known.slug}`, anon), 200)
    await expectProblem(
      await call('GET', '/v1/widgets/related/no-such-story', anon),
      404,
      'not_found'
    )
  }, 120_000)
})
