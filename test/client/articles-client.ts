/**
 * @module A small client of the articles API, typed only by the types openapi-typescript generates
 * from /openapi.json (test-artifacts/client/edgewire-api.d.ts): it lists, reads, creates and
 * patches articles with no casts. `test/node/typed-client.test.ts` type-checks it and runs it.
 */
import createClient from 'openapi-fetch'
import type { paths } from '../../test-artifacts/client/edgewire-api'

/** What the tour saw, for the test to check. */
export interface TourResult {
  listed: string[]
  total: number | undefined
  created: { id: string; slug: string; revision: number; url: string }
  read: string
  patchedDek: string | null
  limitProblem: string | undefined
}

/** Creates a story, finds it in the list, reads it, patches it, and provokes one problem. */
export async function tour(baseUrl: string, key: string, slug: string): Promise<TourResult> {
  const client = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${key}` } })

  const create = await client.POST('/v1/articles', {
    params: { header: { 'Idempotency-Key': `tour-${slug}` } },
    body: {
      slug,
      headline: 'Typed client tour',
      body: '<p>Invented copy.</p>',
      status: 'published',
    },
  })
  if (!create.data) throw new Error(`create failed: ${create.error?.detail}`)
  const { article } = create.data

  const list = await client.GET('/v1/articles', { params: { query: { limit: 5, total: true } } })
  if (!list.data) throw new Error(`list failed: ${list.error?.code}`)
  const listed = list.data.articles.map((a) => a.slug ?? a.id)

  const read = await client.GET('/v1/articles/{ref}', { params: { path: { ref: article.slug } } })
  if (!read.data) throw new Error(`read failed: ${read.error?.title}`)
  const etag = read.response.headers.get('etag') ?? ''

  const patch = await client.PATCH('/v1/articles/{ref}', {
    params: { path: { ref: article.id }, header: { 'If-Match': etag } },
    body: { dek: 'Patched by the typed client' },
  })
  if (!patch.data) throw new Error(`patch failed: ${patch.error?.detail}`)

  const invalid = await client.GET('/v1/articles', { params: { query: { limit: 500 } } })
  return {
    listed,
    total: list.data.meta.total,
    created: { id: article.id, slug: article.slug, revision: article.revision, url: article.url },
    read: read.data.article.headline,
    patchedDek: patch.data.article.dek,
    limitProblem: invalid.error?.errors?.[0]?.message,
  }
}
