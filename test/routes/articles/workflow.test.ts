import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import worker from '../../../src/index'
import { publishDueArticles } from '../../../src/scheduled'
import { call, createArticle, expectJson, expectProblem } from '../../helpers'

describe('publishing workflow', () => {
  it('publishes, unpublishes and refuses illegal transitions with 409', async () => {
    const a = await createArticle({ status: 'draft' })
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/unpublish`),
      409,
      'invalid_transition'
    )
    const pub = await expectJson(await call('POST', `/v1/articles/${a.id}/publish`), 200)
    expect(pub.article.status).toBe('published')
    expect(pub.article.publishedAt).toBeTruthy()
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/publish`),
      409,
      'invalid_transition'
    )
    expect((await call('GET', `/v1/articles/${a.id}`, { key: null })).status).toBe(200)
    const unpub = await expectJson(await call('POST', `/v1/articles/${a.id}/unpublish`), 200)
    expect(unpub.article.status).toBe('draft')
    await expectProblem(await call('GET', `/v1/articles/${a.id}`, { key: null }), 404, 'not_found')
  })

  it('honours a stale If-Match on publish with 412', async () => {
    const a = await createArticle({ status: 'draft' })
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/publish`, { headers: { 'if-match': '"nope"' } }),
      412,
      'precondition_failed'
    )
  })

  it('schedules with a future publishAt and the cron handler publishes when due', async () => {
    const a = await createArticle({ status: 'draft' })
    const soon = new Date(Date.now() + 60_000).toISOString()
    const res = await call('POST', `/v1/articles/${a.id}/publish`, { json: { publishAt: soon } })
    const scheduled = await expectJson(res, 200)
    expect(scheduled.article.status).toBe('scheduled')
    expect(scheduled.article.publishAt).toBe(soon)
    await expectProblem(await call('GET', `/v1/articles/${a.id}`, { key: null }), 404, 'not_found')

    // Not yet due: the handler leaves it alone.
    const early = await publishDueArticles(env, () => undefined, new Date())
    expect(early.published).not.toContain(a.id)

    // Run the real scheduled handler with the clock past publishAt.
    const later = await publishDueArticles(env, () => undefined, new Date(Date.now() + 120_000))
    expect(later.published).toContain(a.id)
    const after = await expectJson(await call('GET', `/v1/articles/${a.id}`, { key: null }), 200)
    expect(after.article.status).toBe('published')
    expect(after.article.publishedAt).toBe(soon)
  })

  it('runs the exported scheduled handler', async () => {
    const a = await createArticle({ status: 'draft' })
    // Scheduled in the past relative to the handler's clock: create as scheduled a moment ahead,
    // then wait.
    const due = new Date(Date.now() + 1500).toISOString()
    await expectJson(
      await call('POST', `/v1/articles/${a.id}/publish`, { json: { publishAt: due } }),
      200
    )
    await new Promise((r) => setTimeout(r, 1600))
    const ctx = createExecutionContext()
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }),
      env,
      ctx
    )
    await waitOnExecutionContext(ctx)
    const after = await expectJson(await call('GET', `/v1/articles/${a.id}`, { key: null }), 200)
    expect(after.article.status).toBe('published')
  })

  it('creates a scheduled article directly, and needs a future publishAt for that', async () => {
    const past = await call('POST', '/v1/articles', {
      json: { headline: 'Too late', status: 'scheduled', publishAt: '2001-01-01T00:00:00Z' },
    })
    const problem = await expectProblem(past, 400, 'validation_failed')
    expect(problem.errors?.[0]?.path).toBe('publishAt')
  })
})

describe('idempotent POST', () => {
  it('replays the first response for a retry and refuses a different body with 422', async () => {
    const headers = { 'idempotency-key': `idem-${crypto.randomUUID()}` }
    const json = { headline: 'Ferry timetable changes', body: 'New times from Monday.' }
    const first = await call('POST', '/v1/articles', { json, headers })
    const a = await expectJson(first, 201)
    const again = await call('POST', '/v1/articles', { json, headers })
    const b = await expectJson(again, 201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(b.article.id).toBe(a.article.id)
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
    const list = await expectJson(
      await call('GET', '/v1/articles?q=ferry%20timetable&limit=100'),
      200
    )
    expect(list.articles.filter((x: any) => x.headline === 'Ferry timetable changes')).toHaveLength(
      1
    )
    await expectProblem(
      await call('POST', '/v1/articles', { json: { ...json, headline: 'Other' }, headers }),
      422,
      'idempotency_key_reused'
    )
  })
})

describe('publish body', () => {
  it('accepts an empty body with a JSON content type, and validates a present one', async () => {
    const a = await createArticle({ status: 'draft' })
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/publish`, { json: { publishAt: 'soon' } }),
      400,
      'validation_failed'
    )
    const res = await call('POST', `/v1/articles/${a.id}/publish`, {
      body: '',
      headers: { 'content-type': 'application/json' },
    })
    expect((await expectJson(res, 200)).article.status).toBe('published')
  })
})
