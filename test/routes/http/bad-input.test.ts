import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/domain/article'
import { saveArticles } from '../../../src/services/article-writes'
import { call, createArticle, expectJson, expectProblem } from '../../helpers'

describe('bad input gets a clear answer', () => {
  it('malformed JSON is 400 invalid_json', async () => {
    await expectProblem(
      await call('POST', '/v1/articles', {
        body: '{"headline": ',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'invalid_json'
    )
  })

  it('a wrong content type is 415', async () => {
    await expectProblem(
      await call('POST', '/v1/articles', {
        body: 'headline=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      415,
      'unsupported_media_type'
    )
  })

  it('a body over 1 MiB is 413 and writes nothing', async () => {
    const huge = JSON.stringify({ headline: 'Huge', body: 'x'.repeat(1024 * 1024 + 10) })
    await expectProblem(
      await call('POST', '/v1/articles', {
        body: huge,
        headers: { 'content-type': 'application/json' },
      }),
      413,
      'payload_too_large'
    )
  })

  it('invalid UTF-8 is refused, not stored as mojibake', async () => {
    const bytes = new Uint8Array([
      0x7b, 0x22, 0x68, 0x65, 0x61, 0x64, 0x6c, 0x69, 0x6e, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe,
      0x22, 0x7d,
    ])
    await expectProblem(
      await call('POST', '/v1/articles', {
        body: bytes,
        headers: { 'content-type': 'application/json' },
      }),
      422,
      'unprocessable'
    )
  })

  it.each([
    ['<img src=x onerror=alert(1)>', /onerror/],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', /javascript|jav&#x09;ascript/i],
    ['<a href=" JAVASCRIPT:alert(1)">x</a>', /javascript/i],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', /data:/],
    ['<svg onload=alert(1)><script>alert(1)</script></svg>', /svg|script|onload/],
    ['<style>body{display:none}</style><p style="x">t</p>', /style/],
    ['<iframe src="https://evil.example"></iframe>', /iframe/],
    ['<p><scr<script>ipt>alert(1)</script></p>', /<script/],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /onerror|<style|<math/],
    ['<form action="/x"><input name="a"></form>', /<form|<input/],
    ['<!-- <script>alert(1)</script> -->', /script/],
  ])('sanitizes %s', async (payload, forbidden) => {
    const a = await createArticle({ body: `<p>ok</p>${payload}` })
    expect(a.body).not.toMatch(forbidden)
  })

  it('keeps safe markup and links', async () => {
    const a = await createArticle({
      body: '<h2>Sub</h2><p>Read <a href="https://example.org/x" onclick="x">this</a> &amp; <em>that</em>.</p>',
    })
    expect(a.body).toContain('<h2>Sub</h2>')
    expect(a.body).toContain('<a href="https://example.org/x" rel="noopener nofollow ugc">this</a>')
    expect(a.bodyText).toBe('Sub\n\nRead this & that.')
  })

  it('turns plain text into escaped paragraphs', async () => {
    const a = await createArticle({ body: 'First: 3 < 4 & "more".\n\nSecond para.' })
    expect(a.body).toBe('<p>First: 3 &#60; 4 &#38; &#34;more&#34;.</p>\n<p>Second para.</p>')
    expect(a.bodyText).toBe('First: 3 < 4 & "more".\n\nSecond para.')
  })

  it('a failed multi-statement write leaves no partial rows', async () => {
    const existing = await createArticle()
    const now = new Date().toISOString()
    const clash: Article = {
      ...existing,
      id: 'art_partialwritecheck01',
      slug: existing.slug, // the articles row insert (a later statement) violates UNIQUE(slug)...
      tags: [{ slug: 'only-in-the-failed-batch', name: 'Only in the failed batch' }],
      revision: 1,
      createdAt: now,
      updatedAt: now,
    }
    // ...after the revision snapshot and the new tag have already been inserted earlier in the
    // batch.
    await expect(saveArticles(env.DB, [clash], 'test')).rejects.toMatchObject({
      name: 'ArticleConflict',
      kind: 'slug',
    })
    const revision = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM article_revisions WHERE article_id = ?1'
    )
      .bind(clash.id)
      .first<{ n: number }>()
    expect(revision?.n).toBe(0)
    const tag = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM tags WHERE slug = 'only-in-the-failed-batch'"
    ).first<{ n: number }>()
    expect(tag?.n).toBe(0)
    const generationBefore = await env.DB.prepare(
      "SELECT value FROM site_state WHERE key = 'generation'"
    ).first<{ value: number }>()
    expect(generationBefore?.value).toBeGreaterThan(0)
  })

  it('returns a D1 bookmark so a client can read its own writes', async () => {
    const res = await call('POST', '/v1/articles', { json: { headline: 'Bookmark check' } })
    await expectJson(res, 201)
    const bookmark = res.headers.get('x-d1-bookmark')
    expect(bookmark).toBeTruthy()
    const read = await call('GET', '/v1/articles?limit=1', {
      headers: { 'x-d1-bookmark': bookmark! },
    })
    expect(read.status).toBe(200)
  })
})
