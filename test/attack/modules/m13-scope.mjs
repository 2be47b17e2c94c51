/**
 * @module Item 13 and the authorization matrix of single-story writes: a write-only key cannot
 * archive or unpublish a live story, and every probe of a hidden draft answers exactly like a
 * missing story.
 */
import { expectStatus, uid } from '../lib.mjs'
import { fingerprint, readStory, seedStatuses } from '../support.mjs'

export async function run(m) {
  const s = await seedStatuses(m, uid('scope'))
  const before = {}
  for (const [k, a] of Object.entries(s)) before[k] = fingerprint(await readStory(m, a.slug))
  const live = s.published
  const del = { key: 'write', headers: { 'if-match': live.etag } }
  const res = await m.req('DELETE', `/v1/articles/${live.slug}`, del)
  expectStatus(
    m,
    'a write-only key cannot archive a live story (403)',
    res,
    [403],
    m.repro('DELETE', `/v1/articles/${live.slug}`, del)
  )
  const sched = await m.req('DELETE', `/v1/articles/${s.scheduled.slug}`, {
    key: 'write',
    headers: { 'if-match': s.scheduled.etag },
  })
  expectStatus(
    m,
    'a write-only key cannot archive a scheduled story (403/404)',
    sched,
    [403, 404],
    `DELETE /v1/articles/${s.scheduled.slug} with $WRITE_KEY`
  )
  for (const action of ['publish', 'unpublish']) {
    const r = await m.req('POST', `/v1/articles/${live.slug}/${action}`, { key: 'write' })
    expectStatus(
      m,
      `a write-only key cannot ${action} (403)`,
      r,
      [403],
      `POST /v1/articles/${live.slug}/${action} with $WRITE_KEY`
    )
  }
  // Publishing moves a story on the site: read-drafts alone and revoked keys cannot.
  for (const key of ['drafts', 'revoked', 'anon']) {
    const r = await m.req('POST', `/v1/articles/${s.draft.slug}/publish`, { key })
    expectStatus(
      m,
      `${key} cannot publish a draft (401/403/404)`,
      r,
      [401, 403, 404],
      `POST /v1/articles/${s.draft.slug}/publish as ${key}`
    )
  }
  // Probing: the hidden draft and a missing slug give the same status and code, for every route.
  const missing = uid('no-such-')
  const probes = [
    ['GET', (ref) => `/v1/articles/${ref}`, {}],
    [
      'PATCH',
      (ref) => `/v1/articles/${ref}`,
      { body: { dek: 'probe' }, headers: { 'if-match': '"x"' } },
    ],
    ['PATCH', (ref) => `/v1/articles/${ref}`, { body: { dek: 'probe' } }],
    ['DELETE', (ref) => `/v1/articles/${ref}`, { headers: { 'if-match': '"x"' } }],
    ['DELETE', (ref) => `/v1/articles/${ref}`, {}],
    ['GET', (ref) => `/v1/articles/${ref}/revisions`, {}],
    ['GET', (ref) => `/v1/articles/${ref}/revisions/1`, {}],
    ['GET', (ref) => `/v1/articles/${ref}/extraction`, {}],
    ['GET', (ref) => `/v1/articles/${ref}/related`, {}],
    ['PUT', (ref) => `/v1/articles/${ref}/related`, { body: { pinned: [] } }],
    ['POST', (ref) => `/v1/articles/${ref}/publish`, {}],
    ['GET', (ref) => `/articles/${ref}`, {}],
    ['GET', (ref) => `/embed/articles/${ref}`, {}],
    ['GET', (ref) => `/v1/widgets/articles/${ref}`, {}],
  ]
  for (const key of ['write', 'anon', 'publish', 'revoked']) {
    for (const [method, path, opts] of probes) {
      for (const [hidden, gone] of [
        [s.draft.slug, missing],
        [s.draft.id, `art_${'0'.repeat(20)}`],
        [s.scheduled.slug, missing],
        [s.archived.slug, missing],
      ]) {
        const a = await m.req(method, path(hidden), { key, ...opts })
        const b = await m.req(method, path(gone), { key, ...opts })
        const same = a.status === b.status && (a.json()?.code ?? null) === (b.json()?.code ?? null)
        m.check(
          'a hidden story answers exactly like a missing one',
          same,
          `${method} ${path(hidden)} as ${key} → ${a.status} ${a.json()?.code ?? ''}; ${method} ${path(gone)} → ${b.status} ${b.json()?.code ?? ''}`
        )
      }
    }
  }
  for (const [k, a] of Object.entries(s)) {
    const now = fingerprint(await readStory(m, a.slug))
    m.integrity(
      `the ${k} story is unchanged by refused writes and probes`,
      now === before[k],
      `GET /v1/articles/${a.slug}: ${before[k].slice(0, 80)} → ${now.slice(0, 80)}`
    )
  }
}
