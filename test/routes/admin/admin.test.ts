import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

async function searchIds(q: string): Promise<string[]> {
  const body = await expectJson(
    await call('GET', `/v1/articles?q=${encodeURIComponent(q)}&limit=100`),
    200
  )
  return body.articles.map((a: any) => a.id)
}

describe('POST /v1/admin/reindex', () => {
  it('rebuilds lost derived indexes slice by slice without touching content or revisions', async () => {
    const word = `quillwort${uniqueSlug().replace(/-/g, '')}`
    const made: any[] = []
    const bodies = [
      `Botanists from the Fenmoor Trust found ${word} growing again in the drained marsh near the sluice gates.`,
      `Volunteers counted ${word} plants along the marsh dykes; the Fenmoor Trust wants the water table raised.`,
      `A school project mapped ${word} in three ponds, and the marsh warden asked visitors to keep to the boardwalk.`,
    ]
    for (const [i, text] of bodies.entries())
      made.push(
        await createArticle({ headline: `Marsh plant ${word} report ${i}`, body: `<p>${text}</p>` })
      )
    const before = await searchIds(word)
    expect(before).toHaveLength(3)
    const extraction = await expectJson(
      await call('GET', `/v1/articles/${made[0].id}/extraction`),
      200
    )
    const related = async () =>
      (
        await expectJson(await call('GET', `/v1/articles/${made[0].id}/related?limit=5`), 200)
      ).related.map((r: any) => [r.id, r.score])
    const relatedBefore = await related()
    expect(relatedBefore.length).toBeGreaterThan(0)

    // A database that existed before an index did: the derived rows are missing.
    await env.DB.prepare('DELETE FROM articles_fts').run()
    expect(await searchIds(word)).toHaveLength(0)

    let after = 0
    let calls = 0
    for (;;) {
      const res = await expectJson(
        await call('POST', '/v1/admin/reindex', { json: { after, limit: 2 } }),
        200
      )
      calls += 1
      if (res.next === null) break
      after = res.next
    }
    expect(calls).toBeGreaterThan(1)
    expect((await searchIds(word)).sort()).toEqual([...before].sort())
    const again = await expectJson(await call('GET', `/v1/articles/${made[0].id}`), 200)
    expect(again.article.revision).toBe(1)
    const revisions = await expectJson(
      await call('GET', `/v1/articles/${made[0].id}/revisions`),
      200
    )
    expect(revisions.revisions).toHaveLength(1)
    expect(
      await expectJson(await call('GET', `/v1/articles/${made[0].id}/extraction`), 200)
    ).toEqual(extraction)
    // Running the writers again on unchanged articles leaves the related-stories index as it was.
    expect(await related()).toEqual(relatedBefore)
  })

  it('re-derives the plain text of stored HTML, so rows written by an older derivation are searchable again', async () => {
    const word = `sandwort${uniqueSlug().replace(/-/g, '')}`
    const made = await createArticle({
      headline: 'Dune survey',
      body: `Rangers found ${word} on the <b>north</b> dunes.`,
    })
    // An older release stored the plain text without the words outside any element.
    await env.DB.prepare(`UPDATE articles SET body_text = 'north' WHERE id = ?1`)
      .bind(made.id)
      .run()
    await env.DB.prepare(
      'DELETE FROM articles_fts WHERE rowid = (SELECT seq FROM articles WHERE id = ?1)'
    )
      .bind(made.id)
      .run()
    expect(await searchIds(word)).toEqual([])
    const seq = await env.DB.prepare('SELECT seq FROM articles WHERE id = ?1')
      .bind(made.id)
      .first<number>('seq')
    await expectJson(
      await call('POST', '/v1/admin/reindex', { json: { after: (seq as number) - 1, limit: 1 } }),
      200
    )
    expect(await searchIds(word)).toEqual([made.id])
    const row = await env.DB.prepare('SELECT body_text, revision FROM articles WHERE id = ?1')
      .bind(made.id)
      .first<{ body_text: string; revision: number }>()
    expect(row).toEqual({ body_text: `Rangers found ${word} on the north dunes.`, revision: 1 })
  })

  it('needs the admin scope and validates its body', async () => {
    await expectProblem(await call('POST', '/v1/admin/reindex', { key: null }), 401, 'unauthorized')
    const problem = await expectProblem(
      await call('POST', '/v1/admin/reindex', { json: { limit: 1000 } }),
      400,
      'validation_failed'
    )
    expect(problem.errors?.map((e) => e.path)).toContain('limit')
    const empty = await expectJson(
      await call('POST', '/v1/admin/reindex', { json: { after: 1e9 } }),
      200
    )
    expect(empty).toEqual({ reindexed: 0, next: null })
  })
})

describe('POST /v1/admin/related/refresh', () => {
  it('computes the related lists left queued, in slices, until none is pending', async () => {
    const word = `sandwort${uniqueSlug().replace(/-/g, '')}`
    const bodies = [
      `Wardens counted ${word} on the dunes behind the lighthouse; the colony has doubled since spring.`,
      `A storm flattened the ${word} colony on the dunes, and the wardens fenced the lighthouse path.`,
      `Schoolchildren planted ${word} seedlings on the dunes, watched by the wardens from the lighthouse.`,
    ]
    const made: any[] = []
    for (const [i, text] of bodies.entries())
      made.push(
        await createArticle({ headline: `Dune plant ${word} survey ${i}`, body: `<p>${text}</p>` })
      )
    // A database whose lists were never computed (written before migration 0010, or queued by a
    // bulk import beyond what the write itself computes).
    await env.DB.prepare('DELETE FROM related_lists').run()
    await env.DB.prepare(
      `INSERT INTO related_dirty (seq, queued_ms) SELECT seq, 0 FROM articles WHERE true
       ON CONFLICT DO NOTHING`
    ).run()
    const queued = await env.DB.prepare('SELECT count(*) AS n FROM related_dirty').first<{
      n: number
    }>()
    expect(queued!.n).toBeGreaterThan(2)
    const first = await expectJson(
      await call('POST', '/v1/admin/related/refresh', { json: { limit: 2 } }),
      200
    )
    expect(first).toEqual({ refreshed: 2, pending: queued!.n - 2 })
    const rest = await expectJson(await call('POST', '/v1/admin/related/refresh'), 200)
    expect(rest).toEqual({ refreshed: queued!.n - 2, pending: 0 })
    // The last story written: its own query knew every word the three share.
    const res = await call('GET', `/v1/articles/${made[2].id}/related?limit=2`, { key: null })
    const body = await expectJson(res, 200)
    expect(body.meta.method).toBe('neighbors')
    expect(
      body.related
        .slice(0, 2)
        .map((r: any) => r.id)
        .sort()
    ).toEqual([made[0].id, made[1].id].sort())
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('needs the admin scope and validates its body', async () => {
    await expectProblem(
      await call('POST', '/v1/admin/related/refresh', { key: null }),
      401,
      'unauthorized'
    )
    const problem = await expectProblem(
      await call('POST', '/v1/admin/related/refresh', { json: { limit: 0 } }),
      400,
      'validation_failed'
    )
    expect(problem.errors?.map((e) => e.path)).toContain('limit')
  })
})
