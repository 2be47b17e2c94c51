import { describe, expect, it } from 'vitest'
import { BASE, call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

function page(path: string, headers: Record<string, string> = {}) {
  return call('GET', path, { key: null, headers: { accept: 'text/html', ...headers } })
}

async function expectHtml(res: Response, status = 200): Promise<string> {
  const html = await res.text()
  expect(res.status, html.slice(0, 500)).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^text\/html/)
  return html
}

/** Headlines of the stories listed on a page, in order. */
function headlines(html: string): string[] {
  return [...html.matchAll(/<h2><a href="[^"]*">([^<]*)<\/a><\/h2>/g)].map((m) => m[1] as string)
}

function nextLink(html: string): string | null {
  const m = /<a href="([^"]*)" rel="next">/.exec(html)
  return m ? (m[1] as string).replace(BASE, '').replaceAll('&amp;', '&') : null
}

describe('the front page', () => {
  it('lists published stories newest first, with feed links, and never drafts', async () => {
    const older = await createArticle({
      headline: 'Front older story',
      publishedAt: '2026-01-01T08:00:00Z',
    })
    const newer = await createArticle({ headline: 'Front newer story' })
    await createArticle({ headline: 'Front draft story', status: 'draft' })
    const res = await page('/')
    const html = await expectHtml(res)
    const listed = headlines(html)
    expect(listed.indexOf(newer.headline)).toBeLessThan(listed.indexOf(older.headline))
    expect(listed.indexOf(older.headline)).toBeGreaterThan(-1)
    expect(html).not.toContain('Front draft story')
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml" title="`)
    expect(html).toContain(`href="${BASE}/feeds/latest.atom"`)
    expect(html).toContain(`<link rel="canonical" href="${BASE}/"/>`)
    expect(res.headers.get('cache-control')).toMatch(/^public.*s-maxage=/)
    expect(res.headers.get('etag')).toMatch(/^"i\.front\./)
    expect(res.headers.get('last-modified')).toBeTruthy()
  })

  it('changes on the very next request after a publish, and revalidates with 304 until then', async () => {
    const first = await page('/')
    await expectHtml(first)
    const etag = first.headers.get('etag') as string
    const again = await page('/')
    await expectHtml(again)
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect((await page('/', { 'if-none-match': etag })).status).toBe(304)
    expect(
      (await page('/', { 'if-modified-since': again.headers.get('last-modified') as string }))
        .status
    ).toBe(304)
    const fresh = await createArticle({ headline: 'Breaking: just published' })
    const after = await page('/', { 'if-none-match': etag })
    const html = await expectHtml(after)
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(html).toContain(fresh.headline)
    await expectJson(await call('POST', `/v1/articles/${fresh.id}/unpublish`), 200)
    expect(await expectHtml(await page('/'))).not.toContain(fresh.headline)
  })
})

describe('section, tag and author pages', () => {
  it('list only their own stories, with scoped feed links', async () => {
    const mine = await createArticle({
      headline: 'Tide tables updated',
      section: 'Coast Desk',
      tags: ['Tides'],
      bylines: ['Dora Finch'],
    })
    await createArticle({ headline: 'Unrelated story', section: 'Inland Desk' })
    const section = await expectHtml(await page('/sections/coast-desk'))
    expect(section).toContain('<h1>Coast Desk</h1>')
    expect(headlines(section)).toEqual([mine.headline])
    expect(section).toContain(`href="${BASE}/feeds/sections/coast-desk.rss"`)
    const tag = await expectHtml(await page('/tags/tides'))
    expect(headlines(tag)).toEqual([mine.headline])
    expect(tag).toContain(`href="${BASE}/feeds/tags/tides.json"`)
    const author = await expectHtml(await page('/authors/dora-finch'))
    expect(author).toContain('<h1>Stories by Dora Finch</h1>')
    expect(author).toContain(`href="${BASE}/feeds/authors/dora-finch.atom"`)
  })

  it('paginate with cursors, and every story appears exactly once', async () => {
    const section = `Paged ${uniqueSlug('desk')}`
    const made: string[] = []
    for (let i = 0; i < 23; i++)
      made.push((await createArticle({ headline: `Paged story ${i}`, section })).headline)
    const path = `/sections/${section.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
    const p1 = await expectHtml(await page(path))
    expect(headlines(p1)).toHaveLength(20)
    const next = nextLink(p1)
    expect(next).toMatch(/\?cursor=/)
    const p2res = await page(next as string)
    const p2 = await expectHtml(p2res)
    expect(headlines(p2)).toHaveLength(3)
    expect(nextLink(p2)).toBeNull()
    expect(p2).toContain('<meta name="robots" content="noindex"/>')
    expect(p2res.headers.get('x-cache')).toBe('BYPASS')
    expect(new Set([...headlines(p1), ...headlines(p2)])).toEqual(new Set(made))
  })

  it('are 404 for unknown terms and for terms with no public story', async () => {
    await expectHtml(await page(`/sections/${uniqueSlug('nowhere')}`), 404)
    await expectHtml(await page(`/tags/${uniqueSlug('nothing')}`), 404)
    await createArticle({ status: 'draft', tags: ['Secret Plans'] })
    await expectHtml(await page('/tags/secret-plans'), 404)
    await expectProblem(
      await call('GET', `/authors/${uniqueSlug('nobody')}`, {
        key: null,
        headers: { accept: 'application/json' },
      }),
      404,
      'not_found'
    )
  })

  it('reject a forged cursor with 400 (HTML for browsers, a problem for API clients)', async () => {
    await createArticle({ section: 'Cursor Desk' })
    const html = await expectHtml(await page('/sections/cursor-desk?cursor=not-a-cursor'), 400)
    expect(html).toContain('That page link is not valid')
    const problem = await expectProblem(
      await call('GET', `/?cursor=${'x'.repeat(600)}`, {
        key: null,
        headers: { accept: 'application/json' },
      }),
      400,
      'bad_request'
    )
    expect(problem.detail).toMatch(/page link/)
  })

  it('are private and uncached for a caller with a key', async () => {
    const res = await call('GET', '/', { headers: { accept: 'text/html' } })
    await expectHtml(res)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('x-cache')).toBe('BYPASS')
  })
})
