import { describe, expect, it } from 'vitest'
import { call, expectJson, expectProblem } from '../../helpers'
import { STORIES, importStories } from './fixtures'

describe('POST /v1/related', () => {
  it('matches content that is not stored, as JSON or plain text', async () => {
    const ids = await importStories(STORIES, 'post')
    const ferries = ids.slice(0, 3).map((x) => x.id)
    const json = await expectJson(
      await call('POST', '/v1/related?limit=3', {
        key: null,
        json: {
          headline: 'Partner page: ferry timetable changes',
          body: '<p>The harbour ferry to Quayside wharf runs every ten minutes.</p>',
        },
      }),
      200
    )
    expect(json.related.map((r: any) => r.id).sort()).toEqual([...ferries].sort())
    expect(json.related[0].explanation.terms).toEqual(expect.arrayContaining(['ferry']))
    const named = await expectJson(
      await call('POST', '/v1/related?limit=3', {
        key: null,
        json: {
          headline: 'Conductor Marta Velloso to leave',
          body: 'Marta Velloso will leave the Civic Orchestra after the concert season, the orchestra said.',
        },
      }),
      200
    )
    const entities = named.related.flatMap((r: any) => [
      ...r.explanation.people,
      ...r.explanation.organizations,
      ...r.explanation.places,
    ])
    expect(entities, JSON.stringify(named.related)).toContain('Civic Orchestra')

    const text = await expectJson(
      await call('POST', '/v1/related?limit=2', {
        key: null,
        body: 'Cello concerto review\nThe orchestra and its conductor filled the concert hall.',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      }),
      200
    )
    expect(text.related).toHaveLength(2)
    for (const r of text.related) expect(ids.slice(3, 6).map((x) => x.id)).toContain(r.id)
  })

  it('treats FTS5 query syntax in the text as plain words', async () => {
    for (const body of [
      '"ferry',
      'ferry*',
      'ferry NEAR harbour',
      'ferry AND wharf',
      '-ferry -harbour',
      'NEAR(ferry harbour, 2)',
      'ferry OR NOT "',
      '^ferry + {harbour} : wharf',
    ]) {
      const res = await call('POST', '/v1/related', { key: null, json: { body } })
      const answer = await expectJson(res, 200)
      expect(answer.related.length, body).toBeGreaterThan(0)
    }
  })

  it('answers an empty text with a clear 422 and a 1 MB text within budget', async () => {
    for (const json of [
      {},
      { headline: '', body: '' },
      { body: '   \n\t ' },
      { body: '!!! ??? ---' },
    ]) {
      const problem = await expectProblem(
        await call('POST', '/v1/related', { key: null, json }),
        422,
        'unprocessable'
      )
      expect(problem.detail).toMatch(/no words/)
    }
    await expectProblem(
      await call('POST', '/v1/related', {
        key: null,
        body: '',
        headers: { 'content-type': 'text/plain' },
      }),
      422,
      'unprocessable'
    )
    const big = 'harbour ferry wharf commuters '.repeat(34_000).slice(0, 1_000_000)
    const res = await call('POST', '/v1/related', {
      key: null,
      body: big,
      headers: { 'content-type': 'text/plain' },
    })
    const body = await expectJson(res, 200)
    expect(body.meta.truncated).toBe(true)
    await expectProblem(
      await call('POST', '/v1/related', {
        key: null,
        body: 'x'.repeat(1_100_000),
        headers: { 'content-type': 'text/plain' },
      }),
      413,
      'payload_too_large'
    )
  })

  it('validates the body and the query', async () => {
    const problem = await expectProblem(
      await call('POST', '/v1/related', { key: null, json: { headline: 5, bogus: true } }),
      400,
      'validation_failed'
    )
    expect(problem.errors!.map((e) => e.path).sort()).toEqual(['bogus', 'headline'])
    await expectProblem(
      await call('POST', '/v1/related?limit=99', { key: null, json: { body: 'ferry' } }),
      400,
      'validation_failed'
    )
    await expectProblem(
      await call('POST', '/v1/related', {
        key: null,
        body: '<p>x</p>',
        headers: { 'content-type': 'text/html' },
      }),
      415,
      'unsupported_media_type'
    )
    await expectProblem(
      await call('POST', '/v1/related', {
        key: null,
        body: '{',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'invalid_json'
    )
  })
})
