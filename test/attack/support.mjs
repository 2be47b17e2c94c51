/**
 * @module Setup shared by the attack modules: keys with each scope set, created through the API,
 * and story factories that go through the admin key (never the storage underneath).
 */
import { uid } from './lib.mjs'

/** Scope sets of the keys every module may use (plus `admin`, `anon` and a `revoked` key). */
export const KEY_SCOPES = {
  write: ['articles:write'],
  drafts: ['articles:read-drafts'],
  publish: ['articles:publish'],
  editor: ['articles:write', 'articles:publish', 'articles:read-drafts'],
  keys: ['keys:manage'],
  revoked: ['articles:write', 'articles:read-drafts'],
}

/** Creates the keys through `POST /v1/keys` and revokes the `revoked` one. */
export async function createKeys(m) {
  for (const [name, scopes] of Object.entries(KEY_SCOPES)) {
    const res = await m.req('POST', '/v1/keys', {
      key: 'admin',
      body: { name: `attack-${name}`, scopes },
    })
    if (res.status !== 201) throw new Error(`creating key ${name}: ${res.status} ${res.text}`)
    const key = res.json().key
    m.ctx.keys[name] = key.secret
    if (name === 'revoked') {
      const del = await m.req('DELETE', `/v1/keys/${key.id}`, { key: 'admin' })
      if (del.status !== 200) throw new Error(`revoking: ${del.status} ${del.text}`)
    }
  }
}

/**
 * Creates a story with the admin key; throws when the API refuses (setup must not fail quietly).
 */
export async function createStory(m, fields = {}, opts = {}) {
  const body = {
    headline: `Harbour notes ${uid('')}`,
    body: '<p>The tide came in at dusk over the harbour wall.</p>',
    section: 'Harbour',
    tags: ['Tides'],
    bylines: ['Ada Quill'],
    status: 'published',
    ...fields,
  }
  const res = await m.req('POST', '/v1/articles', { key: 'admin', body, timeout: opts.timeout })
  if (res.status !== 201)
    throw new Error(`seed ${body.slug ?? body.headline}: ${res.status} ${res.text.slice(0, 300)}`)
  return { ...res.json().article, etag: res.headers.etag }
}

/** Reads a story with the admin key (sees every status); null when it is gone. */
export async function readStory(m, ref) {
  const res = await m.req('GET', `/v1/articles/${encodeURIComponent(ref)}`, { key: 'admin' })
  if (res.status !== 200) return null
  return { ...res.json().article, etag: res.headers.etag }
}

/** A story's fields that an attack must not change. */
export function fingerprint(a) {
  return a
    ? JSON.stringify([
        a.status,
        a.revision,
        a.body,
        a.headline,
        a.publishAt ?? null,
        a.publishedAt ?? null,
      ])
    : 'missing'
}

/** Seeds one story in every status (published, draft, scheduled, archived). */
export async function seedStatuses(m, tag) {
  const published = await createStory(m, { slug: `${tag}-published`, status: 'published' })
  const draft = await createStory(m, { slug: `${tag}-draft`, status: 'draft' })
  const scheduled = await createStory(m, {
    slug: `${tag}-scheduled`,
    status: 'scheduled',
    publishAt: '2035-01-01T08:00:00Z',
  })
  const toArchive = await createStory(m, { slug: `${tag}-archived`, status: 'published' })
  const del = await m.req('DELETE', `/v1/articles/${toArchive.slug}`, {
    key: 'admin',
    headers: { 'if-match': toArchive.etag },
  })
  if (del.status !== 200) throw new Error(`archive: ${del.status} ${del.text}`)
  return { published, draft, scheduled, archived: { ...toArchive, status: 'archived' } }
}
