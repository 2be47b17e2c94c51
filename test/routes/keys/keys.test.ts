import { describe, expect, it } from 'vitest'
import { call, createArticle, expectJson, expectProblem } from '../../helpers'

describe('/v1/keys and scopes', () => {
  it('creates a key whose secret is shown once and works with its scopes only', async () => {
    const created = await expectJson(
      await call('POST', '/v1/keys', { json: { name: 'desk', scopes: ['articles:write'] } }),
      201
    )
    const secret: string = created.key.secret
    expect(secret).toMatch(/^ew_key_[a-z0-9]{16}_/)
    const listed = await expectJson(await call('GET', '/v1/keys'), 200)
    const row = listed.keys.find((k: any) => k.id === created.key.id)
    expect(row).toBeTruthy()
    expect(JSON.stringify(listed)).not.toContain(secret.slice(-20))

    const draft = await expectJson(
      await call('POST', '/v1/articles', {
        key: secret,
        json: { headline: 'Written with a desk key' },
      }),
      201
    )
    expect(draft.article.status).toBe('draft')
    await expectProblem(
      await call('POST', '/v1/articles', {
        key: secret,
        json: { headline: 'x', status: 'published' },
      }),
      403,
      'forbidden'
    )
    await expectProblem(
      await call('POST', `/v1/articles/${draft.article.id}/publish`, { key: secret }),
      403,
      'forbidden'
    )
    await expectProblem(await call('GET', '/v1/keys', { key: secret }), 403, 'forbidden')
    // Without read-drafts the key sees its own draft as the public does: not at all.
    await expectProblem(
      await call('GET', `/v1/articles/${draft.article.id}`, { key: secret }),
      404,
      'not_found'
    )

    await expectJson(await call('DELETE', `/v1/keys/${created.key.id}`), 200)
    await expectProblem(
      await call('POST', '/v1/articles', { key: secret, json: { headline: 'After revoke' } }),
      401,
      'unauthorized'
    )
  })

  it('401s anonymous and invalid keys, 404s unknown key ids, validates the body', async () => {
    await expectProblem(
      await call('POST', '/v1/articles', { key: null, json: { headline: 'anon' } }),
      401,
      'unauthorized'
    )
    const bad = await call('GET', '/v1/articles', {
      key: 'ew_key_0000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    })
    await expectProblem(bad, 401, 'unauthorized')
    await expectProblem(
      await call('GET', '/v1/articles', { key: 'wrong-admin-key' }),
      401,
      'unauthorized'
    )
    await expectProblem(await call('GET', '/v1/keys', { key: null }), 401, 'unauthorized')
    await expectProblem(await call('DELETE', '/v1/keys/key_0000000000000000'), 404, 'not_found')
    const problem = await expectProblem(
      await call('POST', '/v1/keys', { json: { name: '', scopes: ['root'] } }),
      400,
      'validation_failed'
    )
    expect(problem.errors?.map((e) => e.path)).toEqual(expect.arrayContaining(['name', 'scopes.0']))
  })

  it('a read-drafts key sees drafts', async () => {
    const created = await expectJson(
      await call('POST', '/v1/keys', {
        json: { name: 'reader', scopes: ['articles:read-drafts'] },
      }),
      201
    )
    const draft = await createArticle({ status: 'draft' })
    expect(
      (await call('GET', `/v1/articles/${draft.id}`, { key: created.key.secret })).status
    ).toBe(200)
  })
})
