import { env } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compactChanges } from '../../../src/storage/changes'
import { call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

interface Change {
  cursor: string
  type: string
  articleId: string
  revision: number
  status: string
  tombstone: boolean
  article: Record<string, unknown> | null
}

/** Reads the feed from `cursor` to its end, page by page. */
async function readFeed(key: string | null, cursor?: string, limit = 7) {
  const changes: Change[] = []
  for (let pages = 0; pages < 500; pages++) {
    const q = new URLSearchParams({ limit: String(limit), ...(cursor && { cursor }) })
    const body = await expectJson(await call('GET', `/v1/changes?${q}`, { key }), 200)
    changes.push(...body.changes)
    cursor = body.meta.cursor as string
    if (!body.meta.hasMore) return { changes, cursor }
  }
  throw new Error('the feed never ended')
}

/** A mirror: article id → the last state the feed gave, tombstones removing it. */
class Mirror {
  readonly items = new Map<string, Record<string, unknown>>()
  cursor: string | undefined
  constructor(readonly key: string | null) {}

  async sync(): Promise<void> {
    const { changes, cursor } = await readFeed(this.key, this.cursor)
    for (const change of changes) {
      if (change.article) this.items.set(change.articleId, change.article)
      else this.items.delete(change.articleId)
    }
    this.cursor = cursor
  }
}

const FIELDS = 'id,slug,headline,status,revision,updatedAt,corrections'
/** Every article GET /v1/articles lists for the caller in a status, with FIELDS. */
async function listAll(key: string | null, status: string) {
  const out = new Map<string, Record<string, unknown>>()
  let cursor: string | undefined
  do {
    const q = new URLSearchParams({
      status,
      fields: FIELDS,
      limit: '100',
      ...(cursor && { cursor }),
    })
    if (status === 'published' && key === null) q.delete('status')
    const body = await expectJson(await call('GET', `/v1/articles?${q}`, { key }), 200)
    for (const a of body.articles) out.set(a.id, a)
    cursor = body.meta.nextCursor ?? undefined
  } while (cursor)
  return out
}

function pick(a: Record<string, unknown>) {
  return Object.fromEntries(FIELDS.split(',').map((f) => [f, a[f]]))
}

async function expectMirrorMatches(mirror: Mirror, statuses: string[]) {
  for (const status of statuses) {
    const listed = await listAll(mirror.key, status)
    const mirrored = [...mirror.items.values()].filter((a) => a.status === status)
    const want = [...listed.values()]
      .map(pick)
      .sort((x, y) => String(x.id).localeCompare(String(y.id)))
    const got = mirrored.map(pick).sort((x, y) => String(x.id).localeCompare(String(y.id)))
    expect(got, `status ${status}`).toEqual(want)
  }
  // The anonymous mirror holds nothing but published stories.
  if (mirror.key === null)
    expect([...mirror.items.values()].every((a) => a.status === 'published')).toBe(true)
}

const etag = (a: { id: string; revision: number }) => ({ 'if-match': `"${a.id}.r${a.revision}"` })

describe('GET /v1/changes', () => {
  it('logs created, published, updated, corrected, unpublished and archived, in order', async () => {
    const a = await createArticle({ status: 'draft' })
    const start = (await readFeed('test-admin-key')).cursor
    const anonStart = (await readFeed(null)).cursor
    let cur = (await expectJson(await call('POST', `/v1/articles/${a.id}/publish`), 200)).article
    cur = (
      await expectJson(
        await call('PATCH', `/v1/articles/${a.id}`, {
          json: { dek: 'New dek' },
          headers: etag(cur),
        }),
        200
      )
    ).article
    const corrections = [{ text: 'An earlier version misnamed the ferry.' }]
    cur = (
      await expectJson(
        await call('PATCH', `/v1/articles/${a.id}`, { json: { corrections }, headers: etag(cur) }),
        200
      )
    ).article
    cur = (await expectJson(await call('POST', `/v1/articles/${a.id}/unpublish`), 200)).article
    cur = (
      await expectJson(await call('DELETE', `/v1/articles/${a.id}`, { headers: etag(cur) }), 200)
    ).article

    const full = (await readFeed('test-admin-key', start)).changes.filter(
      (c) => c.articleId === a.id
    )
    expect(full.map((c) => c.type)).toEqual([
      'published',
      'updated',
      'corrected',
      'unpublished',
      'archived',
    ])
    expect(full.map((c) => c.revision)).toEqual([2, 3, 4, 5, 6])
    expect(full.every((c) => c.article !== null)).toBe(true)
    expect(full[2]!.article!.corrections).toHaveLength(1)
    expect(full[3]!.tombstone).toBe(true)

    // Anonymous readers see the public part: the story while published, then one tombstone.
    const anon = (await readFeed(null, anonStart)).changes.filter((c) => c.articleId === a.id)
    expect(anon.map((c) => [c.type, c.tombstone])).toEqual([
      ['published', false],
      ['updated', false],
      ['corrected', false],
      ['unpublished', true],
    ])
    expect(anon[3]!.article).toBeNull()
    expect(anon[0]!.article!.url).toBe(`https://news.example/articles/${a.slug}`)
    expect(JSON.stringify(anon)).not.toContain('previousStatus')
  })

  it('hides drafts from anonymous callers and answers no-store with a resumable cursor', async () => {
    const before = await readFeed(null)
    const draft = await createArticle({ status: 'draft', headline: 'A private draft for the feed' })
    const res = await call('GET', `/v1/changes?cursor=${before.cursor}`, { key: null })
    const body = await expectJson(res, 200)
    expect(body.changes.map((c: Change) => c.articleId)).not.toContain(draft.id)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(body.meta).toMatchObject({ hasMore: false, retentionDays: 30 })
    // The cursor moved past the hidden event, so the next read starts after it.
    expect(body.meta.cursor).not.toBe(before.cursor)
    const keyed = await readFeed('test-admin-key', before.cursor)
    expect(keyed.changes.find((c) => c.articleId === draft.id)?.type).toBe('created')
  })

  it('pages with a Link header and a cursor that resumes exactly where the page ended', async () => {
    const start = (await readFeed('test-admin-key')).cursor
    const made = []
    for (let i = 0; i < 5; i++) made.push(await createArticle())
    const res = await call('GET', `/v1/changes?cursor=${start}&limit=2`)
    const page = await expectJson(res, 200)
    expect(page.changes.map((c: Change) => c.articleId)).toEqual(made.slice(0, 2).map((a) => a.id))
    expect(page.meta.hasMore).toBe(true)
    expect(res.headers.get('link')).toBe(
      `<https://news.example/v1/changes?cursor=${page.meta.cursor}&limit=2>; rel="next"`
    )
    const rest = await readFeed('test-admin-key', page.meta.cursor)
    expect(rest.changes.map((c) => c.articleId)).toEqual(made.slice(2).map((a) => a.id))
  })

  it('caps a page by the bytes of its articles, never skipping an event', async () => {
    const start = (await readFeed('test-admin-key')).cursor
    const body = `<p>${'Tide tables for the harbour pilots. '.repeat(22_000)}</p>`
    const made = []
    for (let i = 0; i < 3; i++) made.push(await createArticle({ body }))
    const page = await expectJson(await call('GET', `/v1/changes?cursor=${start}&limit=100`), 200)
    expect(page.changes.length).toBeGreaterThanOrEqual(1)
    expect(page.changes.length).toBeLessThan(3)
    expect(page.meta.hasMore).toBe(true)
    const rest = await readFeed('test-admin-key', page.meta.cursor, 100)
    expect([...page.changes, ...rest.changes].map((c: Change) => c.articleId)).toEqual(
      made.map((a) => a.id)
    )
  }, 60_000)

  it('refuses forged, tampered, oversized and future cursors with a 400 problem', async () => {
    const { cursor } = await readFeed('test-admin-key')
    const [, seq, sum] = cursor.split('.')
    const [mode] = cursor.split('.')
    const tampered = `${mode}.${(parseInt(seq!, 36) + 1).toString(36)}.${sum}`
    for (const bad of [
      '0',
      'abc',
      tampered,
      `${mode}.${seq}.000000000000`,
      `cr.${seq}.${sum}`,
      `${cursor}x`,
    ]) {
      const problem = await expectProblem(
        await call('GET', `/v1/changes?cursor=${encodeURIComponent(bad)}`),
        400,
        'bad_request'
      )
      expect(problem.errors?.[0]?.path).toBe('cursor')
    }
    await expectProblem(
      await call('GET', `/v1/changes?cursor=${'c'.repeat(200_000)}`),
      400,
      'validation_failed'
    )
    // A well-formed cursor for a position the log has not reached.
    const { encodeChangeCursor } = await import('../../../src/domain/changes')
    const ahead = await encodeChangeCursor({ seq: parseInt(seq!, 36) + 1000, replay: false })
    const problem = await expectProblem(
      await call('GET', `/v1/changes?cursor=${ahead}`),
      400,
      'bad_request'
    )
    expect(problem.detail).toContain('ahead')
  })

  it('names unknown, repeated and out-of-range parameters', async () => {
    const unknown = await expectProblem(
      await call('GET', '/v1/changes?since=1'),
      400,
      'validation_failed'
    )
    expect(unknown.errors).toEqual([
      { field: 'since', path: 'since', message: 'Unknown parameter "since"' },
    ])
    await expectProblem(await call('GET', '/v1/changes?limit=1&limit=2'), 400, 'validation_failed')
    const limit = await expectProblem(
      await call('GET', '/v1/changes?limit=101'),
      400,
      'validation_failed'
    )
    expect(limit.errors?.[0]?.path).toBe('limit')
  })

  it('compacts old superseded events, answers 410 to cursors older than that, and a replay still rebuilds', async () => {
    const old = (await readFeed('test-admin-key')).cursor
    const a = await createArticle({ headline: 'Compaction story' })
    const b = await expectJson(
      await call('PATCH', `/v1/articles/${a.id}`, { json: { dek: 'Second' }, headers: etag(a) }),
      200
    )
    // Age the first event past the window; the newest event of the story is never compacted.
    await env.DB.prepare(
      `UPDATE article_changes SET at = '2000-01-01T00:00:00.000Z' WHERE article_id = ?1`
    )
      .bind(a.id)
      .run()
    const removed = await compactChanges(
      env.DB,
      new Date(Date.now() - 30 * 86_400_000).toISOString()
    )
    expect(removed).toBeGreaterThanOrEqual(1)
    const left = await env.DB.prepare('SELECT revision FROM article_changes WHERE article_id = ?1')
      .bind(a.id)
      .all()
    expect(left.results).toEqual([{ revision: 2 }])

    const problem = await expectProblem(
      await call('GET', `/v1/changes?cursor=${old}`),
      410,
      'cursor_expired'
    )
    expect(problem.detail).toContain('without a cursor')
    const replay = await readFeed('test-admin-key', undefined, 100)
    const last = replay.changes.filter((c) => c.articleId === a.id)
    expect(last.map((c) => c.revision)).toEqual([b.article.revision])
  })

  it('a mirror replaying the feed from empty, interleaved with random writes, equals GET /v1/articles', async () => {
    const anon = new Mirror(null)
    const keyed = new Mirror('test-admin-key')
    type Op = { kind: string; pick: number; text: string }
    const op = fc.record({
      kind: fc.constantFrom(
        'create-draft',
        'create-published',
        'create-scheduled',
        'edit',
        'correct',
        'publish',
        'unpublish',
        'archive',
        'sync',
        'concurrent-edits'
      ),
      pick: fc.nat(50),
      text: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
    })
    const ids: string[] = []
    const apply = async ({ kind, pick: n, text }: Op) => {
      if (kind === 'sync') return Promise.all([anon.sync(), keyed.sync()])
      if (kind.startsWith('create-')) {
        const status = kind.slice(7)
        const extra = status === 'scheduled' ? { publishAt: '2099-01-01T00:00:00Z' } : {}
        const a = await createArticle({
          slug: uniqueSlug('mirror'),
          status,
          headline: `Mirror ${text}`,
          ...extra,
        })
        return ids.push(a.id)
      }
      if (ids.length === 0) return
      const id = ids[n % ids.length]!
      const cur = (await expectJson(await call('GET', `/v1/articles/${id}`), 200)).article
      const h = { headers: etag(cur) }
      if (kind === 'edit') return call('PATCH', `/v1/articles/${id}`, { json: { dek: text }, ...h })
      if (kind === 'correct')
        return call('PATCH', `/v1/articles/${id}`, {
          json: { corrections: [...cur.corrections, { text }] },
          ...h,
        })
      if (kind === 'publish') return call('POST', `/v1/articles/${id}/publish`, h)
      if (kind === 'unpublish') return call('POST', `/v1/articles/${id}/unpublish`, h)
      if (kind === 'archive') return call('DELETE', `/v1/articles/${id}`, h)
      // Two writers race on the same revision: one wins (200), the other gets 412; the feed logs
      // one.
      const [x, y] = await Promise.all([
        call('PATCH', `/v1/articles/${id}`, { json: { dek: `${text} x` }, ...h }),
        call('PATCH', `/v1/articles/${id}`, { json: { dek: `${text} y` }, ...h }),
      ])
      expect([x.status, y.status].sort(), await x.text()).toEqual(
        cur.status === 'archived' ? [409, 409] : [200, 412]
      )
    }
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        for (const o of ops) await apply(o)
        await Promise.all([anon.sync(), keyed.sync()])
        await expectMirrorMatches(anon, ['published'])
        await expectMirrorMatches(keyed, ['draft', 'scheduled', 'published', 'archived'])
      }),
      { numRuns: 6, seed: 20261203 }
    )
  }, 120_000)
})
