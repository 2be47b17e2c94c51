/**
 * @module A reindex chooses each story's related query and neighbours again, even where its stems
 * did not move (an ordinary write that keeps them rewrites nothing of the related index).
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createArticle, expectJson, uniqueSlug } from '../../helpers'

async function docOf(id: string) {
  return env.DB.prepare(
    'SELECT d.seq, d.query, d.self FROM related_docs d JOIN articles a ON a.seq = d.seq WHERE a.id = ?1'
  )
    .bind(id)
    .first<{ seq: number; query: string; self: number }>()
}

describe('a reindex of the related index', () => {
  it('chooses the query and neighbours again where the stems did not move; an edit that keeps them does not', async () => {
    const word = `brinewort${uniqueSlug().replace(/-/g, '')}`
    const made = []
    for (const [i, text] of [
      `Saltmarsh wardens found ${word} along the creek banks after the spring tides.`,
      `The creek banks hold ${word} again, the saltmarsh wardens told the parish council.`,
      `Parish volunteers mapped ${word} on the saltmarsh creek before the tides returned.`,
    ].entries())
      made.push(await createArticle({ headline: `Saltmarsh ${word} ${i}`, body: `<p>${text}</p>` }))
    // The last one written: its query was chosen when the others already shared its words.
    const id = made[2].id as string
    const related = async () =>
      (await expectJson(await call('GET', `/v1/articles/${id}/related?limit=5`), 200)).related.map(
        (r: { id: string; score: number }) => [r.id, r.score]
      )
    const before = await related()
    expect(before.length).toBeGreaterThan(0)
    const chosen = await docOf(id)
    expect(chosen!.self).toBeGreaterThan(0)

    // A query chosen by an older release (as if the choice of stems had changed since).
    const bogus = JSON.stringify({ [`zz${word}`]: 1 })
    await env.DB.prepare('UPDATE related_docs SET query = ?1 WHERE seq = ?2')
      .bind(bogus, chosen!.seq)
      .run()
    // An ordinary edit that keeps the stems keeps the stored query.
    const current = await call('GET', `/v1/articles/${id}`)
    const res = await call('PATCH', `/v1/articles/${id}`, {
      json: { bylines: ['Ada Quell'] },
      headers: { 'if-match': current.headers.get('etag') as string },
    })
    expect(res.status, await res.clone().text()).toBe(200)
    expect((await docOf(id))!.query).toBe(bogus)

    const seq = chosen!.seq
    const reindex = await call('POST', '/v1/admin/reindex', { json: { after: seq - 1, limit: 1 } })
    expect(reindex.status, await reindex.clone().text()).toBe(200)
    expect(await docOf(id)).toEqual(chosen)
    await expectJson(await call('POST', '/v1/admin/related/refresh', { json: { limit: 100 } }), 200)
    const ids = (list: [string, number][]) => list.map(([id]) => id).sort()
    expect(ids(await related())).toEqual(ids(before))
  })
})
