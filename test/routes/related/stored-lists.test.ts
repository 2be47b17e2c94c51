/**
 * @module Precomputed related lists (migration 0010): written with the write that changes them,
 * kept current for the stories that listed a changed story, read with no scoring, and equal to
 * the on-read ranking they replaced.
 */
import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { refreshQueuedLists } from '../../../src/storage/related-lists'
import { call, expectJson } from '../../helpers'
import { STORIES, importStories, type Story } from './fixtures'

type Ref = { id: string; slug: string }

/** The stored list of a story: ids of its entries, best first (null: no list stored). */
async function storedIds(ref: Ref): Promise<string[] | null> {
  const row = await env.DB.prepare(
    `SELECT l.items FROM related_lists l JOIN articles a ON a.seq = l.seq WHERE a.id = ?1`
  )
    .bind(ref.id)
    .first<{ items: string }>()
  if (!row) return null
  const seqs = (JSON.parse(row.items) as [number][]).map(([seq]) => seq)
  const ids = await env.DB.prepare(
    `SELECT a.id FROM json_each(?1) s JOIN articles a ON a.seq = s.value ORDER BY s.key`
  )
    .bind(JSON.stringify(seqs))
    .all<{ id: string }>()
  return ids.results.map((r) => r.id)
}

async function queued(): Promise<number> {
  const row = await env.DB.prepare('SELECT count(*) AS n FROM related_dirty').first<{ n: number }>()
  return row?.n ?? 0
}

async function ifMatch(ref: Ref): Promise<Record<string, string>> {
  const row = await env.DB.prepare('SELECT revision FROM articles WHERE id = ?1')
    .bind(ref.id)
    .first<{ revision: number }>()
  return { 'if-match': `"${ref.id}.r${row!.revision}"` }
}

/** Edits a story through the API (PATCH with the current revision). */
async function rewrite(ref: Ref, change: Partial<Story>): Promise<void> {
  const { subject: _subject, ...fields } = change
  await expectJson(
    await call('PATCH', `/v1/articles/${ref.id}`, { json: fields, headers: await ifMatch(ref) }),
    200
  )
}

/** Subject of every story imported in this file, by id. */
const subjects = new Map<string, string>()

async function imported(stories: Story[], prefix: string): Promise<Ref[]> {
  const refs = await importStories(stories, prefix)
  refs.forEach((r, i) => subjects.set(r.id, stories[i]!.subject))
  return refs
}

/** Position of a story in a list, or the list's length when it is not there. */
const rankIn = (list: string[], id: string) => (list.includes(id) ? list.indexOf(id) : list.length)

const ORCHESTRA: Story = {
  subject: 'orchestra',
  section: 'Culture',
  headline: 'Winter concert: the civic orchestra plays a cello concerto',
  body: 'Conductor Marta Velloso chose a cello concerto for the winter concert of the Civic Orchestra. The orchestra rehearsed the concerto in the concert hall all week, and the cello soloist joined them.',
}

let ids: Ref[] = []

beforeAll(async () => {
  ids = await imported(STORIES, 'stored')
})

describe('precomputed related lists', () => {
  it('are stored by the write for every published story, and leave nothing queued', async () => {
    expect(await queued()).toBe(0)
    for (const ref of ids) {
      const list = await storedIds(ref)
      expect(list, ref.slug).not.toBeNull()
      expect(list).not.toContain(ref.id)
    }
    const ferry = await storedIds(ids[0]!)
    expect(ferry!.slice(0, 2).map((id) => subjects.get(id))).toEqual(['ferry', 'ferry'])
  })

  it('score a pair by the better of its two matches, the same in both stories’ neighbours', async () => {
    // Each story's query against the other's postings, recomputed here from the stored index.
    const match = (q: string, p: string) =>
      `(SELECT sum(t.value * p.weight) / max(d.self) FROM related_docs d, json_each(d.query) t
        JOIN related_postings p ON p.term = t.key AND p.seq = ${p} WHERE d.seq = ${q})`
    const rows = await env.DB.prepare(
      `SELECT n.score, coalesce(${match('n.seq', 'n.other')}, 0) AS there,
         coalesce(${match('n.other', 'n.seq')}, 0) AS back,
         (SELECT m.score FROM related_neighbors m WHERE m.seq = n.other AND m.other = n.seq) AS mirror
       FROM related_neighbors n`
    ).all<{ score: number; there: number; back: number; mirror: number | null }>()
    expect(rows.results.length).toBeGreaterThan(0)
    // The fixtures hold pairs whose two matches differ: the test tells "better of two" from "one side".
    expect(rows.results.some((r) => Math.abs(r.there - r.back) > 1e-6)).toBe(true)
    for (const r of rows.results) {
      expect(r.score).toBeCloseTo(Math.max(r.there, r.back), 9)
      if (r.mirror !== null) expect(r.mirror).toBeCloseTo(r.score, 9)
    }
  })

  it('answer a lookup from the stored list alone (method neighbors, no live query)', async () => {
    const res = await call('GET', `/v1/articles/${ids[3]!.slug}/related?limit=2`, { key: null })
    const body = await expectJson(res, 200)
    expect(body.meta.method).toBe('neighbors')
    expect(res.headers.get('server-timing')).not.toMatch(/live/)
    const stored = await storedIds(ids[3]!)
    expect(body.related.map((r: { id: string }) => r.id)).toEqual(stored!.slice(0, 2))
  })

  it('follow a story whose words change: its own list and the lists that listed it', async () => {
    const mine = await imported(STORIES.slice(0, 6), 'move')
    const [mover, ferryB, , celloA] = mine as [Ref, Ref, Ref, Ref]
    const ferryBefore = (await storedIds(ferryB))!
    const celloBefore = (await storedIds(celloA))!
    expect(ferryBefore).toContain(mover.id)
    expect(rankIn(celloBefore, mover.id)).toBeGreaterThan(3)
    // The ferry story is rewritten as an orchestra story.
    await rewrite(mover, ORCHESTRA)
    subjects.set(mover.id, 'orchestra')
    expect(await queued()).toBe(0)
    const own = (await storedIds(mover))!
    expect(own.slice(0, 4).map((id) => subjects.get(id))).toEqual(Array(4).fill('orchestra'))
    // It falls behind every ferry story in the ferry stories' lists and enters the orchestra
    // stories' near the top.
    const ferryAfter = (await storedIds(ferryB))!
    const lastFerry = Math.max(
      ...ferryAfter.filter((id) => subjects.get(id) === 'ferry').map((id) => rankIn(ferryAfter, id))
    )
    expect(rankIn(ferryAfter, mover.id)).toBeGreaterThan(lastFerry)
    const celloAfter = (await storedIds(celloA))!
    expect(rankIn(celloAfter, mover.id), JSON.stringify(celloAfter)).toBeLessThan(6)
    const api = await expectJson(
      await call('GET', `/v1/articles/${celloA.slug}/related?limit=10`, { key: null }),
      200
    )
    expect(api.related.map((r: Ref) => r.id)).toContain(mover.id)
  })

  it('drop a story that is archived or unpublished, from its own list and every other', async () => {
    const mine = await imported(STORIES.slice(6, 12), 'gone')
    const [archived, unpublished, kept] = [mine[0]!, mine[3]!, mine[1]!]
    for (const gone of [archived, unpublished]) {
      const listers: Ref[] = []
      for (const ref of mine) if ((await storedIds(ref))?.includes(gone.id)) listers.push(ref)
      expect(listers.length).toBeGreaterThan(1)
      if (gone === archived)
        await expectJson(
          await call('DELETE', `/v1/articles/${gone.id}`, { headers: await ifMatch(gone) }),
          200
        )
      else
        await expectJson(
          await call('POST', `/v1/articles/${gone.id}/unpublish`, { headers: await ifMatch(gone) }),
          200
        )
      expect(await queued()).toBe(0)
      expect(await storedIds(gone)).toBeNull()
      for (const ref of listers) expect(await storedIds(ref), ref.slug).not.toContain(gone.id)
    }
    const api = await expectJson(
      await call('GET', `/v1/articles/${kept.slug}/related?limit=3`, { key: null }),
      200
    )
    expect(api.meta.method).toBe('neighbors')
    const shown = api.related.map((r: Ref) => r.id)
    expect(shown).not.toContain(archived.id)
    expect(shown).not.toContain(unpublished.id)
  })

  it('fold in pins and exclusions when editors change them', async () => {
    const mine = await imported(STORIES.slice(0, 9), 'curate')
    const [source, sameSubject, , , , , wheat] = mine as Ref[]
    expect(await storedIds(source!)).toContain(sameSubject!.id)
    await expectJson(
      await call('PUT', `/v1/articles/${source!.slug}/related`, {
        json: { pinned: [wheat!.id], excluded: [sameSubject!.id] },
      }),
      200
    )
    expect(await queued()).toBe(0)
    const list = (await storedIds(source!))!
    expect(list).toContain(wheat!.id)
    expect(list).not.toContain(sameSubject!.id)
    const api = await expectJson(
      await call('GET', `/v1/articles/${source!.slug}/related?limit=3`, { key: null }),
      200
    )
    expect(api.related[0]).toMatchObject({ id: wheat!.id, pinned: true })
    expect(api.related.map((r: Ref) => r.id)).not.toContain(sameSubject!.id)
  })

  it('stay consistent when two writes race: a full recomputation changes nothing', async () => {
    const mine = await imported(STORIES, 'race')
    await Promise.all([
      rewrite(mine[0]!, { ...STORIES[9]!, headline: 'Rovers ferry fans to the derby' }),
      rewrite(mine[9]!, { ...STORIES[1]!, headline: 'Ferry delays for derby fans' }),
    ])
    expect(await queued()).toBe(0)
    const before = await env.DB.prepare('SELECT seq, items FROM related_lists ORDER BY seq').all()
    await env.DB.prepare(
      `INSERT INTO related_dirty (seq, queued_ms) SELECT seq, 0 FROM articles WHERE true
       ON CONFLICT DO NOTHING`
    ).run()
    while ((await refreshQueuedLists(env.DB, 50)).pending > 0);
    const after = await env.DB.prepare('SELECT seq, items FROM related_lists ORDER BY seq').all()
    expect(after.results).toEqual(before.results)
  })
})
