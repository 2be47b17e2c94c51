import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { dispatchWebhooks } from '../../../src/services/webhooks'
import { call, createArticle, expectJson, expectProblem } from '../../helpers'

describe('POST /v1/articles/{ref}/corrections', () => {
  it('propagates to the page, JSON-LD, the feeds, the change feed and webhooks', async () => {
    const hook = await expectJson(
      await call('POST', '/v1/webhooks', {
        json: { url: 'https://hooks.example/c', events: ['article.corrected'] },
      }),
      201
    )
    const a = await createArticle({ headline: 'Harbour ferry times change' })
    await dispatchWebhooks(env, 'https://news.example')
    const start = (await expectJson(await call('GET', '/v1/changes?limit=100'), 200)).meta.cursor
    // Warm every cache first: the correction must still show.
    expect((await call('GET', `/articles/${a.slug}`, { key: null })).status).toBe(200)
    expect((await call('GET', '/feeds/latest.json', { key: null })).status).toBe(200)

    const text = 'An earlier version gave the wrong departure time.'
    const res = await call('POST', `/v1/articles/${a.id}/corrections`, { json: { text } })
    const { article } = await expectJson(res, 201)
    expect(article.revision).toBe(2)
    expect(article.corrections).toEqual([{ at: article.updatedAt, text }])
    expect(res.headers.get('etag')).toBe(`"${a.id}.r2"`)

    const page = await (await call('GET', `/articles/${a.slug}`, { key: null })).text()
    expect(page).toContain('class="corrections"')
    expect(page).toContain(text)
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!)
    const graph = Array.isArray(ld['@graph']) ? ld['@graph'] : [ld]
    const news = graph.find((n: { correction?: unknown }) => n.correction)
    expect(news.correction).toEqual([
      { '@type': 'CorrectionComment', text, datePublished: article.updatedAt },
    ])

    const feed = await expectJson(await call('GET', '/feeds/latest.json', { key: null }), 200)
    const item = feed.items.find((i: { url: string }) => i.url.endsWith(`/articles/${a.slug}`))
    expect(item.date_modified).toBe(article.updatedAt)

    const changes = await expectJson(
      await call('GET', `/v1/changes?cursor=${start}`, { key: null }),
      200
    )
    expect(
      changes.changes.map((c: { type: string; articleId: string }) => [c.type, c.articleId])
    ).toEqual([['corrected', a.id]])

    await dispatchWebhooks(env, 'https://news.example')
    const log = await expectJson(
      await call('GET', `/v1/webhooks/${hook.webhook.id}/deliveries`),
      200
    )
    expect(
      log.deliveries
        .filter((d: { articleId: string }) => d.articleId === a.id)
        .map((d: { type: string }) => d.type)
    ).toEqual(['article.corrected'])
  })

  it('validates the body, honours a stale If-Match and needs articles:write', async () => {
    const a = await createArticle()
    const empty = await expectProblem(
      await call('POST', `/v1/articles/${a.id}/corrections`, { json: { text: ' ' } }),
      400,
      'validation_failed'
    )
    expect(empty.errors?.[0]?.path).toBe('text')
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/corrections`, { json: { text: 'x', extra: 1 } }),
      400,
      'validation_failed'
    )
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/corrections`, {
        json: { text: 'x' },
        headers: { 'if-match': `"${a.id}.r9"` },
      }),
      412,
      'precondition_failed'
    )
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/corrections`, { json: { text: 'x' }, key: null }),
      401,
      'unauthorized'
    )
    await expectProblem(
      await call('POST', '/v1/articles/no-such-story-here/corrections', { json: { text: 'x' } }),
      404,
      'not_found'
    )
  })
})
