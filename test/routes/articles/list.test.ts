import { describe, expect, it } from 'vitest'
import { call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

describe('GET /v1/articles', () => {
  it('filters by section, tag, author and status, newest first', async () => {
    const section = uniqueSlug('desk')
    const older = await createArticle({ section, tags: ['Harbours'], bylines: ['Mira Okafor'] })
    const newer = await createArticle({
      section,
      tags: ['Harbours', 'Ferries'],
      bylines: ['Tomas Reyes'],
    })
    const draft = await createArticle({ section, status: 'draft' })

    const bySection = await expectJson(
      await call('GET', `/v1/articles?section=${section}`, { key: null }),
      200
    )
    expect(bySection.articles.map((a: any) => a.id)).toEqual([newer.id, older.id])
    expect(bySection.meta.nextCursor).toBeNull()

    const byTag = await expectJson(
      await call('GET', `/v1/articles?section=${section}&tag=ferries`, { key: null }),
      200
    )
    expect(byTag.articles.map((a: any) => a.id)).toEqual([newer.id])
    const byAuthor = await expectJson(
      await call('GET', `/v1/articles?section=${section}&author=mira-okafor`, { key: null }),
      200
    )
    expect(byAuthor.articles.map((a: any) => a.id)).toEqual([older.id])

    const drafts = await expectJson(
      await call('GET', `/v1/articles?section=${section}&status=draft`),
      200
    )
    expect(drafts.articles.map((a: any) => a.id)).toEqual([draft.id])
    await expectProblem(
      await call('GET', `/v1/articles?status=draft`, { key: null }),
      401,
      'unauthorized'
    )
    const editorView = await expectJson(await call('GET', `/v1/articles?section=${section}`), 200)
    expect(editorView.articles).toHaveLength(3)
  })

  it('searches full text in relevance order with escaped, highlighted snippets', async () => {
    const section = uniqueSlug('search')
    const strong = await createArticle({
      section,
      headline: 'Lighthouse keeper retires',
      body: '<p>The lighthouse keeper &lt;b&gt; retires after forty years at the lighthouse.</p>',
    })
    const weak = await createArticle({
      section,
      headline: 'Coastal walk reopens',
      body: '<p>The walk passes an old lighthouse.</p>',
    })
    const res = await expectJson(
      await call('GET', `/v1/articles?section=${section}&q=lighthouse`, { key: null }),
      200
    )
    expect(res.articles.map((a: any) => a.id)).toEqual([strong.id, weak.id])
    expect(res.articles[0].snippet).toContain('<mark>')
    expect(res.articles[0].snippet).not.toContain('<b>')
    expect(res.articles[0].snippet).toContain('&#60;b&#62;')
  })

  it('never breaks on FTS5 syntax in q', async () => {
    for (const q of [
      '"',
      '*',
      'NEAR(',
      'AND',
      '-',
      'a OR',
      '"unbalanced',
      '^x',
      ':',
      '(((',
      '🙂',
    ]) {
      const res = await call('GET', `/v1/articles?q=${encodeURIComponent(q)}`, { key: null })
      expect(res.status, `${q}: ${await res.clone().text()}`).toBe(200)
    }
  })

  it('pages with an opaque cursor that stays stable while new stories arrive', async () => {
    const section = uniqueSlug('paging')
    const made = []
    for (let i = 0; i < 5; i++)
      made.push(await createArticle({ section, headline: `Paging story ${i}` }))
    const page1 = await expectJson(
      await call('GET', `/v1/articles?section=${section}&limit=2`, { key: null }),
      200
    )
    expect(page1.articles.map((a: any) => a.id)).toEqual([made[4].id, made[3].id])
    expect(typeof page1.meta.nextCursor).toBe('string')
    await createArticle({ section, headline: 'Breaking: arrives mid-pagination' })
    const page2 = await expectJson(
      await call('GET', `/v1/articles?section=${section}&limit=2&cursor=${page1.meta.nextCursor}`, {
        key: null,
      }),
      200
    )
    expect(page2.articles.map((a: any) => a.id)).toEqual([made[2].id, made[1].id])
    const page3 = await expectJson(
      await call('GET', `/v1/articles?section=${section}&limit=2&cursor=${page2.meta.nextCursor}`, {
        key: null,
      }),
      200
    )
    expect(page3.articles.map((a: any) => a.id)).toEqual([made[0].id])
    expect(page3.meta.nextCursor).toBeNull()
  })

  it('filters by date range', async () => {
    const section = uniqueSlug('dates')
    const a = await createArticle({ section })
    const today = a.publishedAt.slice(0, 10)
    const inRange = await expectJson(
      await call('GET', `/v1/articles?section=${section}&from=${today}&to=${today}`, { key: null }),
      200
    )
    expect(inRange.articles).toHaveLength(1)
    const before = await expectJson(
      await call('GET', `/v1/articles?section=${section}&to=2001-01-01`, { key: null }),
      200
    )
    expect(before.articles).toHaveLength(0)
  })

  it('rejects bad limits, cursors and dates with field paths', async () => {
    for (const [query, path] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=abc', 'limit'],
      ['cursor=garbage', 'cursor'],
      ['from=yesterday', 'from'],
      ['status=lost', 'status'],
    ]) {
      const problem = await expectProblem(
        await call('GET', `/v1/articles?${query}`),
        400,
        'validation_failed'
      )
      expect(problem.errors?.map((e) => e.path)).toContain(path)
    }
  })
})

describe('taxonomy', () => {
  it('lists sections, authors and tags with published article counts', async () => {
    const section = `Count Desk ${uniqueSlug()}`
    await createArticle({ section, bylines: ['Counted Writer'], tags: ['Counted Tag'] })
    await createArticle({
      section,
      bylines: ['Counted Writer'],
      tags: ['Counted Tag'],
      status: 'draft',
    })
    const sections = await expectJson(await call('GET', '/v1/sections', { key: null }), 200)
    expect(sections.sections.find((s: any) => s.name === section)?.articleCount).toBe(1)
    const editor = await expectJson(await call('GET', '/v1/sections'), 200)
    expect(editor.sections.find((s: any) => s.name === section)?.articleCount).toBe(2)
    const authors = await expectJson(await call('GET', '/v1/authors', { key: null }), 200)
    expect(authors.authors.find((a: any) => a.slug === 'counted-writer')?.articleCount).toBe(1)
    const tags = await expectJson(await call('GET', '/v1/tags', { key: null }), 200)
    expect(tags.tags.find((t: any) => t.slug === 'counted-tag')?.articleCount).toBe(1)
  })
})
