/**
 * @module The write rules of issue 11: concurrent writes lose with 412 (slug clashes with 409),
 * batch items follow the single-write rules (publish scope, ifRevision, hidden drafts), a write key
 * cannot take a story off the site or probe for drafts, and a key cannot mint a stronger key.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { saveArticles } from '../../../src/services/article-writes'
import { call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

async function keyWith(...scopes: string[]): Promise<string> {
  return (
    await expectJson(await call('POST', '/v1/keys', { json: { name: 'rules', scopes } }), 201)
  ).key.secret
}

/** Status and revision of a story as stored, read with the admin key. */
async function state(ref: string) {
  const { article } = await expectJson(await call('GET', `/v1/articles/${ref}`), 200)
  return {
    status: article.status,
    revision: article.revision,
    headline: article.headline,
    dek: article.dek,
  }
}

describe('concurrent writes', () => {
  it('10 PATCHes with the same If-Match: exactly one 200, nine 412, revision + 1', async () => {
    const a = await createArticle()
    const ifMatch = { 'if-match': `"${a.id}.r${a.revision}"` }
    // A body to sanitize keeps each request busy between its read and its write, so that the
    // requests overlap and the losers are refused by the conditional write itself, not only by the
    // If-Match read.
    const body = Array.from(
      { length: 400 },
      (_, p) => `<p>Paragraph ${p} about the <em>ferry</em>.</p>`
    ).join('')
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call('PATCH', `/v1/articles/${a.id}`, { json: { dek: `Dek ${i}`, body }, headers: ifMatch })
      )
    )
    const bodies = await Promise.all(responses.map((r) => r.text()))
    const statuses = responses.map((r) => r.status)
    const summary = bodies.map((b, i) => `${statuses[i]} ${b.slice(0, 160)}`).join('\n')
    expect(
      statuses.filter((s) => s === 200),
      summary
    ).toHaveLength(1)
    expect(
      statuses.filter((s) => s === 412),
      summary
    ).toHaveLength(9)
    for (const body of bodies.filter((_, i) => statuses[i] === 412))
      expect(JSON.parse(body).code).toBe('precondition_failed')
    const winner = JSON.parse(bodies[statuses.indexOf(200)]!).article
    expect(await state(a.id)).toMatchObject({ revision: a.revision + 1, dek: winner.dek })
  })

  it('PATCH and DELETE racing on one revision: one wins, the other gets 412', async () => {
    const a = await createArticle({ status: 'draft' })
    const ifMatch = { 'if-match': `"${a.id}.r${a.revision}"` }
    const [patch, del] = await Promise.all([
      call('PATCH', `/v1/articles/${a.id}`, { json: { dek: 'Racing dek' }, headers: ifMatch }),
      call('DELETE', `/v1/articles/${a.id}`, { headers: ifMatch }),
    ])
    expect(
      [patch.status, del.status].sort(),
      (await patch.clone().text()) + (await del.clone().text())
    ).toEqual([200, 412])
    expect((await state(a.id)).revision).toBe(a.revision + 1)
  })

  it('storage refuses a write built from a stale revision with a typed revision conflict', async () => {
    const a = await createArticle()
    const { article: current } = await expectJson(await call('GET', `/v1/articles/${a.id}`), 200)
    await expectJson(
      await call('PATCH', `/v1/articles/${a.id}`, {
        json: { dek: 'First' },
        headers: { 'if-match': `"${a.id}.r1"` },
      }),
      200
    )
    const stale = {
      ...current,
      dek: 'Stale',
      revision: current.revision + 1,
      updatedAt: new Date().toISOString(),
    }
    await expect(saveArticles(env.DB, [stale], 'test')).rejects.toMatchObject({
      name: 'ArticleConflict',
      kind: 'revision',
    })
    expect(await state(a.id)).toMatchObject({ revision: 2, dek: 'First' })
  })

  it('two stories racing for one slug: one 200, the other 409 slug_taken (not 412)', async () => {
    const [a, b] = [await createArticle(), await createArticle()]
    const slug = uniqueSlug('contested')
    const res = await Promise.all(
      [a, b].map((x) =>
        call('PATCH', `/v1/articles/${x.id}`, {
          json: { slug },
          headers: { 'if-match': `"${x.id}.r${x.revision}"` },
        })
      )
    )
    const texts = await Promise.all(res.map((r) => r.text()))
    expect(res.map((r) => r.status).sort(), texts.join('\n')).toEqual([200, 409])
    expect(JSON.parse(texts[res.findIndex((r) => r.status === 409)]!).code).toBe('slug_taken')
  })
})

describe('batch items follow the single-write rules', () => {
  const item = (slug: string, extra: Record<string, unknown> = {}) => ({
    slug,
    headline: `Pier ${slug}`,
    body: 'The pier reopened.',
    ...extra,
  })

  it('a write-only key cannot turn a published story into a draft, and nothing is written', async () => {
    const writer = await keyWith('articles:write')
    const a = await createArticle()
    // No status in the item means draft: the import would take the story off the site.
    const problem = await expectProblem(
      await call('POST', '/v1/articles/batch', {
        key: writer,
        json: { articles: [item(a.slug, { ifRevision: 1 })] },
      }),
      403,
      'forbidden'
    )
    expect(problem.errors).toEqual([
      {
        field: 'articles.0.status',
        path: 'articles.0.status',
        message: '"articles.0.status" needs the "articles:publish" scope',
      },
    ])
    expect(await state(a.id)).toMatchObject({ status: 'published', revision: 1 })
    // Keeping it published is an edit, which the key may make (with the revision it read).
    const ok = await expectJson(
      await call('POST', '/v1/articles/batch', {
        key: writer,
        json: { articles: [item(a.slug, { status: 'published', ifRevision: 1 })] },
      }),
      200
    )
    expect(ok.articles[0]).toMatchObject({ result: 'updated', status: 'published', revision: 2 })
  })

  it('a key without read-drafts cannot overwrite a draft: the slug is only taken, as for a create', async () => {
    const writer = await keyWith('articles:write')
    const draft = await createArticle({ status: 'draft' })
    const viaBatch = await expectProblem(
      await call('POST', '/v1/articles/batch', {
        key: writer,
        json: { articles: [item(draft.slug)] },
      }),
      409,
      'slug_taken'
    )
    expect(viaBatch.errors!.map((e) => e.path)).toEqual(['articles.0.slug'])
    // An update of the hidden draft answers exactly as an update of a slug no story has.
    const hidden = await call('POST', '/v1/articles/batch', {
      key: writer,
      json: { articles: [item(draft.slug, { ifRevision: 1 })] },
    })
    const missing = await call('POST', '/v1/articles/batch', {
      key: writer,
      json: { articles: [item(uniqueSlug('none'), { ifRevision: 1 })] },
    })
    const [h, m] = [
      await expectProblem(hidden, 412, 'precondition_failed'),
      await expectProblem(missing, 412, 'precondition_failed'),
    ]
    expect(h.errors!.map((e) => e.path)).toEqual(m.errors!.map((e) => e.path))
    await expectProblem(
      await call('POST', '/v1/articles', {
        key: writer,
        json: { slug: draft.slug, headline: 'x' },
      }),
      409,
      'slug_taken'
    )
    expect(await state(draft.id)).toMatchObject({
      status: 'draft',
      revision: 1,
      headline: draft.headline,
    })
  })

  it('an update needs ifRevision: missing 428, stale 412, equal content stays unchanged without it', async () => {
    const slug = uniqueSlug('rev')
    await expectJson(
      await call('POST', '/v1/articles/batch', { json: { articles: [item(slug)] } }),
      200
    )
    const again = await expectJson(
      await call('POST', '/v1/articles/batch', { json: { articles: [item(slug)] } }),
      200
    )
    expect(again.meta).toEqual({ created: 0, updated: 0, unchanged: 1 })
    const changed = item(slug, { headline: 'Pier closes again' })
    const missing = await expectProblem(
      await call('POST', '/v1/articles/batch', {
        json: { articles: [item(uniqueSlug('new')), changed] },
      }),
      428,
      'precondition_required'
    )
    expect(missing.errors!.map((e) => e.path)).toEqual(['articles.1.ifRevision'])
    const stale = await expectProblem(
      await call('POST', '/v1/articles/batch', {
        json: { articles: [{ ...changed, ifRevision: 3 }] },
      }),
      412,
      'precondition_failed'
    )
    expect(stale.errors!.map((e) => e.path)).toEqual(['articles.0.ifRevision'])
    const unknown = await expectProblem(
      await call('POST', '/v1/articles/batch', {
        json: { articles: [item(uniqueSlug('gone'), { ifRevision: 1 })] },
      }),
      412,
      'precondition_failed'
    )
    expect(unknown.errors!.map((e) => e.path)).toEqual(['articles.0.ifRevision'])
    expect(await state(slug)).toMatchObject({ revision: 1, headline: `Pier ${slug}` })
    const done = await expectJson(
      await call('POST', '/v1/articles/batch', {
        json: { articles: [{ ...changed, ifRevision: 1 }] },
      }),
      200
    )
    expect(done.articles[0]).toMatchObject({ result: 'updated', revision: 2 })
  })

  it('is all or nothing: a good create next to a refused item is not written', async () => {
    const writer = await keyWith('articles:write', 'articles:read-drafts')
    const live = await createArticle()
    const fresh = uniqueSlug('fresh')
    await expectProblem(
      await call('POST', '/v1/articles/batch', {
        key: writer,
        json: { articles: [item(fresh), item(live.slug, { status: 'draft', ifRevision: 1 })] },
      }),
      403,
      'forbidden'
    )
    await expectProblem(await call('GET', `/v1/articles/${fresh}`), 404, 'not_found')
    expect(await state(live.id)).toMatchObject({ status: 'published', revision: 1 })
  })
})

describe('single writes', () => {
  it('a write key cannot archive a live story; an editor archives a draft', async () => {
    const writer = await keyWith('articles:write', 'articles:read-drafts')
    const live = await createArticle()
    await expectProblem(
      await call('DELETE', `/v1/articles/${live.id}`, {
        key: writer,
        headers: { 'if-match': `"${live.id}.r1"` },
      }),
      403,
      'forbidden'
    )
    expect(await state(live.id)).toMatchObject({ status: 'published', revision: 1 })
    const draft = await createArticle({ status: 'draft' })
    const archived = await expectJson(
      await call('DELETE', `/v1/articles/${draft.id}`, {
        key: writer,
        headers: { 'if-match': `"${draft.id}.r1"` },
      }),
      200
    )
    expect(archived.article.status).toBe('archived')
  })

  it('a key without read-drafts gets the same 404 for a hidden draft as for nothing, on every write', async () => {
    const writer = await keyWith('articles:write', 'articles:publish')
    const draft = await createArticle({ status: 'draft' })
    const none = uniqueSlug('none')
    const probes: [string, string, Record<string, unknown>?][] = [
      ['PATCH', '', { dek: 'x' }],
      ['DELETE', ''],
      ['POST', '/publish'],
      ['POST', '/unpublish'],
      ['PUT', '/related', {}],
    ]
    for (const [method, suffix, json] of probes) {
      const headers = { 'if-match': `"${draft.id}.r1"` }
      const hidden = await expectProblem(
        await call(method, `/v1/articles/${draft.slug}${suffix}`, { key: writer, json, headers }),
        404,
        'not_found'
      )
      const missing = await expectProblem(
        await call(method, `/v1/articles/${none}${suffix}`, { key: writer, json, headers }),
        404,
        'not_found'
      )
      expect(hidden.detail.replace(draft.slug, '<ref>'), `${method} ${suffix}`).toBe(
        missing.detail.replace(none, '<ref>')
      )
    }
    // Pinning it is refusing an unknown story, too.
    const live = await createArticle()
    const pin = await expectProblem(
      await call('PUT', `/v1/articles/${live.id}/related`, {
        key: writer,
        json: { pinned: [draft.slug] },
      }),
      422,
      'unprocessable'
    )
    expect(pin.errors).toEqual([
      { field: 'pinned.0', path: 'pinned.0', message: `"pinned.0": no article "${draft.slug}"` },
    ])
    expect(await state(draft.id)).toMatchObject({ status: 'draft', revision: 1 })
  })
})

describe('keys', () => {
  it('a key cannot mint a key with scopes it does not hold', async () => {
    const manager = await keyWith('keys:manage')
    const problem = await expectProblem(
      await call('POST', '/v1/keys', {
        key: manager,
        json: { name: 'escalate', scopes: ['keys:manage', 'articles:publish'] },
      }),
      403,
      'forbidden'
    )
    expect(problem.errors).toEqual([
      { field: 'scopes.1', path: 'scopes.1', message: '"scopes.1" is not held by this key' },
    ])
    const listed = await expectJson(await call('GET', '/v1/keys'), 200)
    expect(listed.keys.some((k: { name: string }) => k.name === 'escalate')).toBe(false)
    await expectJson(
      await call('POST', '/v1/keys', {
        key: manager,
        json: { name: 'peer', scopes: ['keys:manage'] },
      }),
      201
    )
  })
})
