/**
 * @module Item 12 (and the idempotency size cap of item 7): bodies within the documented limit that
 * grow past D1's value limit once escaped, or once `rel` is added to links, are a 413 (or stored),
 * never a 500; a refused PATCH leaves the story as it was.
 */
import { uid } from '../lib.mjs'
import { createStory, fingerprint, readStory } from '../support.mjs'

export async function run(m) {
  const grows = [
    ['900,000 "&" (plain text, escaped 5×)', '&'.repeat(899_000)],
    ['900,000 "<" (no tag: plain text, escaped 4×)', '<'.repeat(899_000)],
    ['"&" inside a paragraph', `<p>${'&amp;'.repeat(179_000)}</p>`],
    [
      'quotes in attributes',
      `<p>${'<a href="x?a=1&amp;b=2" title="&quot;&quot;&quot;&quot;">q</a>'.repeat(14_000)}</p>`,
    ],
    ['60,000 short links (rel added)', '<a href=x>y</a>'.repeat(59_000)],
    ['60,000 short links in a paragraph', `<p>${'<a href=/a>b</a>'.repeat(55_000)}</p>`],
    ['non-ASCII text (3 bytes a character)', `<p>${'潮'.repeat(299_000)}</p>`],
  ]
  for (const [label, body] of grows) {
    const create = {
      key: 'write',
      body: { headline: `Oversize ${uid('')}`, body },
      headers: { 'idempotency-key': uid('big-') },
    }
    const res = await m.req('POST', '/v1/articles', { ...create, timeout: 20_000 })
    m.check(
      `a create whose body grows past D1's limit (${label}) is 201 or 413`,
      [201, 413].includes(res.status),
      `curl -X POST $BASE/v1/articles -H 'authorization: Bearer $WRITE_KEY' -H 'idempotency-key: …' -d '{"body":"<${label}, ${body.length} chars>"}' → ${res.status} ${res.json()?.code ?? ''}`
    )
    const story = await createStory(m, { status: 'published' })
    const before = fingerprint(await readStory(m, story.slug))
    const patch = await m.req('PATCH', `/v1/articles/${story.slug}`, {
      key: 'write',
      body: { body },
      headers: { 'if-match': story.etag },
      timeout: 20_000,
    })
    m.check(
      `a PATCH whose body grows past D1's limit (${label}) is 200 or 413`,
      [200, 413].includes(patch.status),
      `curl -X PATCH $BASE/v1/articles/${story.slug} -H 'authorization: Bearer $WRITE_KEY' -d '{"body":"<${label}>"}' → ${patch.status} ${patch.json()?.code ?? ''}`
    )
    if (patch.status !== 200) {
      m.integrity(
        'a refused PATCH leaves the story unchanged',
        fingerprint(await readStory(m, story.slug)) === before,
        `PATCH /v1/articles/${story.slug} with <${label}> → ${patch.status}; the story changed`
      )
    }
  }
  // Over the documented limit: 413 before anything is parsed.
  const tooBig = { key: 'write', body: { headline: 'Too big', body: 'x'.repeat(1_100_000) } }
  const res = await m.req('POST', '/v1/articles', tooBig)
  m.check(
    'a body over 1 MiB is a 413',
    res.status === 413,
    `POST /v1/articles with a 1.1 MB body → ${res.status}`
  )
  const batch = {
    articles: Array.from({ length: 3 }, (_, i) => ({
      slug: uid(`big-batch-${i}-`),
      headline: 'Big batch',
      body: '&'.repeat(330_000),
    })),
  }
  const b = await m.req('POST', '/v1/articles/batch', {
    key: 'editor',
    body: batch,
    timeout: 20_000,
  })
  m.check(
    "a batch whose items grow past D1's limit is 200, 400 or 413",
    [200, 400, 413].includes(b.status),
    `POST /v1/articles/batch with 3 × 330,000 "&" → ${b.status} ${b.json()?.code ?? ''}`
  )
}
