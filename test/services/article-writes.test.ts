/**
 * @module The write path derives once: a create, from JSON or from copy, and a patch each run the
 * extraction engine's analysis exactly once (counted in this isolate through the app built here),
 * and a copy create takes the same fields it took when it ran the whole engine on the copy.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app'
import { escapeHtml } from '../../src/domain/html'
import { analysisCountForTests } from '../../src/extract/index'
import {
  createFieldsFromCopy,
  runExtraction,
  type ExtractInput,
} from '../../src/domain/article-copy'
import { HARBOUR_PAGE, HARBOUR_STORY } from '../extract/fixtures'
import { ADMIN, BASE, uniqueSlug } from '../helpers'

const app = createApp()

/** Sends a request to an app instance of this test's module graph, counting the analyses it ran. */
async function counted(
  method: string,
  path: string,
  init: { body: string; type: string; headers?: Record<string, string> }
) {
  const headers = { authorization: `Bearer ${ADMIN}`, 'content-type': init.type, ...init.headers }
  const before = analysisCountForTests()
  const ctx = createExecutionContext()
  const res = await app.fetch(
    new Request(`${BASE}${path}`, { method, headers, body: init.body }),
    env,
    ctx
  )
  await waitOnExecutionContext(ctx)
  return { res, analyses: analysisCountForTests() - before }
}

/** What a copy create took before: every field read from the whole engine's result on the copy. */
function fieldsFromFullExtraction(input: ExtractInput, q: Record<string, string>) {
  const x = runExtraction(input)
  const headline =
    q.headline ?? x.headline ?? x.summary.split(/(?<=[.!?])\s/)[0]?.slice(0, 300) ?? ''
  const image = x.images.find((i) => i.url && /^https?:/i.test(i.url))
  return {
    headline,
    dek: x.dek?.slice(0, 1000) ?? null,
    body: x.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    bylines: x.bylines.filter((b) => b.length <= 120).slice(0, 20),
    language: /^[a-z]{2,3}$/.test(x.language) ? x.language : 'en',
    source: x.sources[0]?.slice(0, 200) ?? null,
    image: image
      ? {
          url: image.url,
          caption: image.caption?.slice(0, 1000) ?? null,
          credit: image.credit?.slice(0, 200) ?? null,
        }
      : null,
    ...(q.slug !== undefined && { slug: q.slug }),
    ...(q.section !== undefined && { section: q.section }),
    ...(q.status !== undefined && { status: q.status }),
  }
}

const NO_HEADLINE = `The ferry to Lunnholm ran late on Tuesday because of fog, the harbour office said.

“We waited for the fog to lift before we let the ferry leave,” said Pia Strand, who runs the office.

According to Coast Radio, the next sailing left on time.`

describe('one analysis per write', () => {
  it('a text/plain create with a headline and a credit runs the analysis once, for the stored extraction', async () => {
    const slug = uniqueSlug('copy-once')
    const { res, analyses } = await counted('POST', `/v1/articles?slug=${slug}&status=published`, {
      body: HARBOUR_STORY,
      type: 'text/plain',
    })
    expect(res.status, await res.clone().text()).toBe(201)
    expect(analyses).toBe(1)
    const { article } = (await res.json()) as { article: { id: string; source: string } }
    expect(article.source).toBe('Meridian')
    const row = await env.DB.prepare(
      'SELECT e.revision FROM article_extractions e JOIN articles a ON a.seq = e.article_seq WHERE a.id = ?1'
    )
      .bind(article.id)
      .first<{ revision: number }>()
    expect(row?.revision).toBe(1)
  })

  it('a text/html create runs it once too', async () => {
    const { res, analyses } = await counted(
      'POST',
      `/v1/articles?slug=${uniqueSlug('page-once')}`,
      { body: HARBOUR_PAGE, type: 'text/html' }
    )
    expect(res.status, await res.clone().text()).toBe(201)
    expect(analyses).toBe(1)
  })

  it('copy without a headline or a credited source is analysed for them as well (twice in all)', async () => {
    const { res, analyses } = await counted(
      'POST',
      `/v1/articles?slug=${uniqueSlug('copy-twice')}`,
      { body: NO_HEADLINE, type: 'text/plain' }
    )
    expect(res.status, await res.clone().text()).toBe(201)
    expect(analyses).toBe(2)
    const { article } = (await res.json()) as { article: { headline: string; source: string } }
    expect(article.headline).toMatch(/^The ferry to Lunnholm/)
    expect(article.source).toBe('Coast Radio')
  })

  it('a JSON create and a PATCH run it once each', async () => {
    const slug = uniqueSlug('json-once')
    const json = JSON.stringify({
      slug,
      headline: 'Pier reopens',
      body: '<p>“It is open,” said Pia Strand.</p>',
    })
    const created = await counted('POST', '/v1/articles', { body: json, type: 'application/json' })
    expect(created.res.status, await created.res.clone().text()).toBe(201)
    expect(created.analyses).toBe(1)
    const { article } = (await created.res.json()) as { article: { id: string } }
    const patch = JSON.stringify({ dek: 'Traffic returns' })
    const patched = await counted('PATCH', `/v1/articles/${slug}`, {
      body: patch,
      type: 'application/json',
      headers: { 'if-match': `"${article.id}.r1"` },
    })
    expect(patched.res.status, await patched.res.clone().text()).toBe(200)
    expect(patched.analyses).toBe(1)
  })
})

describe('copy create fields', () => {
  const cases: [string, ExtractInput, Record<string, string>][] = [
    ['plain copy', { html: false, content: HARBOUR_STORY }, {}],
    [
      'plain copy with overrides',
      { html: false, content: HARBOUR_STORY },
      { headline: 'Pier talks', slug: 'pier', status: 'draft' },
    ],
    [
      'a page',
      { html: true, content: HARBOUR_PAGE, url: 'https://news.example/2031/03/04/pier' },
      { section: 'City' },
    ],
    ['copy without headline or credit', { html: false, content: NO_HEADLINE }, {}],
    ['copy in a declared language', { html: false, content: NO_HEADLINE, lang: 'fr-CA' }, {}],
  ]
  for (const [name, input, query] of cases) {
    it(`are those the whole engine gave: ${name}`, () => {
      expect(createFieldsFromCopy(input, query)).toEqual(fieldsFromFullExtraction(input, query))
    })
  }

  it('are those the whole engine gave, for generated copy', () => {
    const line = fc.constantFrom(
      'Harbour talks resume',
      'By Ann Roe',
      'Monday, 4 March 2031',
      '(With input from Meridian)',
      'According to Harbour Wire, the pier is safe.',
      '“We will reopen,” said Tomas Brennick.',
      'The council met in Portavel on Monday.',
      'ALSO READ | Fishers return',
      '— ENDS —',
      'Pia Strand, who runs the office, told reporters the ferry was late.',
      ''
    )
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const input = { html: false, content: lines.join('\n\n') }
        expect(createFieldsFromCopy(input, {})).toEqual(fieldsFromFullExtraction(input, {}))
      }),
      { numRuns: 60 }
    )
  })
})
