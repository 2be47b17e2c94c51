/**
 * @module Item 14: concurrent PATCHes (and archives) with one If-Match: exactly one 200, the rest
 * 412, never 409 or 5xx; the story's revision moves by exactly one.
 */
import { createStory, readStory } from '../support.mjs'

export async function run(m) {
  for (let round = 0; round < 6; round++) {
    const story = await createStory(m, { status: round % 2 ? 'draft' : 'published' })
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        m.req('PATCH', `/v1/articles/${story.slug}`, {
          key: 'editor',
          body: { dek: `Dek number ${i}` },
          headers: { 'if-match': story.etag },
        })
      )
    )
    const ok = results.filter((r) => r.status === 200).length
    const other = results.filter((r) => r.status !== 200 && r.status !== 412)
    const repro = `PATCH /v1/articles/${story.slug} -H 'if-match: ${story.etag}' ×10 at once`
    m.check(
      'concurrent PATCHes with one If-Match: exactly one 200',
      ok === 1,
      `${repro} → ${ok} × 200`
    )
    m.check(
      'concurrent PATCHes with one If-Match: the losers get 412 (never 409)',
      other.length === 0,
      `${repro} → ${other.map((r) => `${r.status} ${r.json()?.code ?? ''}`).join(', ')}`
    )
    const after = await readStory(m, story.slug)
    m.integrity(
      'the revision moved by exactly one',
      after?.revision === story.revision + 1,
      `${repro}; revision ${story.revision} → ${after?.revision}`
    )
  }
  const story = await createStory(m, {})
  const mixed = await Promise.all([
    ...Array.from({ length: 4 }, () =>
      m.req('PATCH', `/v1/articles/${story.slug}`, {
        key: 'editor',
        body: { dek: 'x' },
        headers: { 'if-match': story.etag },
      })
    ),
    ...Array.from({ length: 4 }, () =>
      m.req('DELETE', `/v1/articles/${story.slug}`, {
        key: 'editor',
        headers: { 'if-match': story.etag },
      })
    ),
  ])
  const wins = mixed.filter((r) => r.status === 200).length
  m.check(
    'concurrent PATCH and DELETE with one If-Match: exactly one wins, the rest 412',
    wins === 1 && mixed.every((r) => [200, 412].includes(r.status)),
    `PATCH ×4 and DELETE ×4 /v1/articles/${story.slug} with if-match ${story.etag} at once → ${mixed.map((r) => r.status).join(',')}`
  )
}
