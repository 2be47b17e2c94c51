/**
 * @module One edit drops only the views whose visible content it changed (migration 0011): a view
 * that shows another story as a card or a link depends on that card or link, not on the story's
 * body; a related block depends on the head of the stored list it shows, not on its scores or tail.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import { BASE, call, createArticle, expectJson, uniqueSlug } from '../../helpers'

const HTML = { accept: 'text/html' }

interface Sent {
  status: number
  body: string
  cache: string | null
  timing: string
}

/** An anonymous read through a fresh app instance, waiting for its waitUntil work (the KV put). */
async function read(path: string, headers: Record<string, string> = HTML): Promise<Sent> {
  const ctx = createExecutionContext()
  const res = await createApp().fetch(new Request(`${BASE}${path}`, { headers }), env, ctx)
  const body = await res.text()
  await waitOnExecutionContext(ctx)
  const timing = res.headers.get('server-timing') ?? ''
  return { status: res.status, body, cache: res.headers.get('x-cache'), timing }
}

/** Reads a view until it is kept (a miss, then a hit), and returns the hit. */
async function cached(path: string, headers: Record<string, string> = HTML): Promise<Sent> {
  const first = await read(path, headers)
  expect(first.status, first.body.slice(0, 300)).toBe(200)
  const hit = await read(path, headers)
  expect(hit.cache, path).toBe('HIT')
  return hit
}

/** A conditional write of one article (PATCH, or a correction), as an editor. */
async function edit(id: string, json: unknown, what: 'patch' | 'correction' = 'patch') {
  const current = await call('GET', `/v1/articles/${id}`)
  const etag = current.headers.get('etag') as string
  const path = what === 'patch' ? `/v1/articles/${id}` : `/v1/articles/${id}/corrections`
  const res = await call(what === 'patch' ? 'PATCH' : 'POST', path, {
    json,
    headers: { 'if-match': etag },
  })
  return expectJson(res, what === 'patch' ? 200 : 201)
}

/** Dependencies the writes since `since` queued. */
async function queuedSince(since: number): Promise<string[]> {
  const rows = await env.DB.prepare('SELECT dep FROM view_outbox WHERE queued_ms >= ?1')
    .bind(since)
    .all<{ dep: string }>()
  return rows.results.map((r) => r.dep)
}

async function slugOf(seq: number): Promise<string> {
  const row = await env.DB.prepare('SELECT slug FROM articles WHERE seq = ?1')
    .bind(seq)
    .first<{ slug: string }>()
  return row!.slug
}

async function seqOf(id: string): Promise<number> {
  const row = await env.DB.prepare('SELECT seq FROM articles WHERE id = ?1')
    .bind(id)
    .first<{ seq: number }>()
  return row!.seq
}

/**
 * An invented cluster: a source story and six others on one subject, in words of its own (each
 * cluster's nouns are made from its town, so clusters in this file do not relate to each other).
 */
async function cluster(town: string) {
  const t = town.toLowerCase()
  // Every word carries the town: no two clusters share one.
  const own = (text: string) => text.replace(/[A-Za-z]+/g, (w) => `${t}${w.toLowerCase()}`)
  const texts: [string, string][] = [
    [
      'Depot reopens after flood',
      'The depot reopened after the spring flood. Drivers restored the wires, and the tram timetable returns on Monday.',
    ],
    [
      'Drivers return to depot',
      'Tram drivers returned to the depot this week and said the wires survived the flood.',
    ],
    [
      'Flood closes tram line',
      'The flood closed the tram line and reached the depot. Crews pumped water from the sheds overnight.',
    ],
    [
      'Tram orders arrive at depot',
      'Eight new tram cars arrived at the depot. Drivers will train before the timetable changes.',
    ],
    [
      'Wires replaced on tram route',
      'Crews replaced the wires on the tram route after the flood. The depot stored the old wires.',
    ],
    [
      'Timetable changes for winter',
      'The winter timetable adds late tram runs. Drivers at the depot agreed to it.',
    ],
    [
      'Depot crews honoured at gala',
      'Depot crews were honoured at the gala for their flood repairs to the sheds and wires.',
    ],
  ].map(([headline, body]) => [own(headline!), own(body!)])
  const stories = []
  for (const [headline, body] of texts) {
    stories.push(
      await createArticle({
        headline,
        body: `<p>${body}</p>`,
        section: `${t} lines`,
        slug: uniqueSlug(t),
      })
    )
  }
  const [source, ...others] = stories
  return { source: source!, others }
}

/** The slugs the page's related block links to, in order. */
function shownSlugs(page: string): string[] {
  const block = page.slice(page.indexOf('id="related-heading"'), page.indexOf('</aside>'))
  return [...block.matchAll(/href="https:\/\/news\.example\/articles\/([^"]+)"/g)].map((m) => m[1]!)
}

/** The stories of `others` the page's related block shows, in order. */
function shownIn<T extends { slug: string }>(page: string, others: T[]): T[] {
  return shownSlugs(page).flatMap((slug) => others.filter((o) => o.slug === slug))
}

describe('card and link dependencies', () => {
  it('keeps a page cached when a story its related block shows changes only its standfirst, body or corrections; drops it when the headline changes', async () => {
    const { source, others } = await cluster('Velmora')
    // Editors pin five: the block's order is theirs, so an edit that re-scores a story (any write
    // of it recomputes its neighbour scores) cannot reorder it, and only what a link shows counts.
    const pinned = others.slice(0, 5)
    const curation = { pinned: pinned.map((o) => o.slug), excluded: [] }
    const put = await call('PUT', `/v1/articles/${source.slug}/related`, { json: curation })
    await expectJson(put, 200)
    const path = `/articles/${source.slug}`
    const page = await cached(path)
    expect(shownSlugs(page.body)).toEqual(curation.pinned)
    const b = pinned[1]!

    const since = Date.now()
    await edit(b.id, { dek: 'A new standfirst for the depot story' })
    // The same words, set in italics: nothing a card, a link or the related index reads changes.
    const italic = (b.body as string).replace('<p>', '<p><em>').replace('</p>', '</em></p>')
    await edit(b.id, { body: italic })
    await edit(b.id, { text: 'An earlier version misspelt the depot.' }, 'correction')
    const kept = await read(path)
    expect(kept.status, kept.body.slice(0, 300)).toBe(200)
    expect(kept.cache).toBe('HIT')
    expect(kept.timing).toContain('db;desc="0 queries"')
    expect(kept.body).toBe(page.body)
    const deps = await queuedSince(since)
    expect(deps).toContain(`s:${b.id}`)
    expect(deps).toContain(`c:${b.id}`)
    expect(deps).not.toContain(`h:${b.id}`)
    expect(deps).not.toContain(`rh:${await seqOf(source.id)}`)
    // B's own page shows all of it: it did change.
    expect((await read(`/articles/${b.slug}`)).body).toContain('An earlier version misspelt')

    await edit(b.id, { headline: 'Renamed story of the depot' })
    const next = await read(path)
    expect(next.status, next.body.slice(0, 300)).toBe(200)
    expect(next.cache).toBe('MISS')
    expect(next.body).toContain('Renamed story of the depot')
    expect(next.body).not.toContain(b.headline)
  }, 60_000)

  it('drops the page when a story its block shows is unpublished, and shows the next one', async () => {
    const { source, others } = await cluster('Ostrevik')
    const path = `/articles/${source.slug}`
    const shown = shownIn((await cached(path)).body, others)
    const gone = shown[0]!
    const current = await call('GET', `/v1/articles/${gone.id}`)
    const res = await call('POST', `/v1/articles/${gone.id}/unpublish`, {
      headers: { 'if-match': current.headers.get('etag') as string },
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const next = await read(path)
    expect(next.cache).toBe('MISS')
    expect(next.body).not.toContain(gone.headline)
    expect(shownIn(next.body, others)).toHaveLength(5)
  }, 60_000)

  it('drops the views that show a card (index pages, widgets, embeds, oEmbed) on a card change, not on a body edit', async () => {
    const section = uniqueSlug('cards')
    const a = await createArticle({ headline: 'Card story one', dek: 'First standfirst', section })
    await createArticle({ headline: 'Card story two', section })
    const url = encodeURIComponent(`${BASE}/articles/${a.slug}`)
    // [address, shows the standfirst, shows the bylines]
    const views: [string, boolean, boolean][] = [
      [`/sections/${section}`, true, true],
      [`/v1/widgets/latest?section=${section}`, true, true],
      [`/v1/widgets/articles/${a.slug}`, true, true],
      [`/embed/articles/${a.slug}`, false, false],
      [`/oembed?url=${url}`, false, true],
    ]
    for (const [view] of views) await cached(view)
    await edit(a.id, { body: '<p>A longer body that no card shows.</p>' })
    for (const [view] of views) expect((await read(view)).cache, view).toBe('HIT')
    await edit(a.id, { dek: 'Second standfirst' })
    for (const [view, dek] of views) {
      const next = await read(view)
      expect(next.status, next.body.slice(0, 300)).toBe(200)
      expect(next.cache, view).toBe('MISS')
      if (dek) expect(next.body, view).toContain('Second standfirst')
    }
    for (const [view] of views) await cached(view)
    await edit(a.id, { bylines: ['Ines Brandvold'] })
    for (const [view, , bylines] of views) {
      const next = await read(view)
      expect(next.cache, view).toBe('MISS')
      if (bylines) expect(next.body, view).toContain('Ines Brandvold')
    }
  }, 60_000)
})

describe('related head dependencies', () => {
  it('stores the head a read shows, keeps the page when only the tail moves, and drops it when the head changes', async () => {
    const { source, others } = await cluster('Quenhaven')
    const seq = await seqOf(source.id)
    const path = `/articles/${source.slug}`
    const page = await cached(path)
    const shown = shownIn(page.body, others)
    expect(shown).toHaveLength(5)
    // The stored head is what the read shows, in order.
    const row = await env.DB.prepare('SELECT head FROM related_lists WHERE seq = ?1')
      .bind(seq)
      .first<{ head: string }>()
    const head = JSON.parse(row!.head) as number[]
    const shownSeqs = await Promise.all(shown.map((s) => seqOf(s.id as string)))
    expect(head.slice(0, 5)).toEqual(shownSeqs)
    const api = `/v1/articles/${source.slug}/related`
    await cached(api, {})
    const widget = `/v1/widgets/related/${source.slug}?limit=6`
    await cached(widget, {})

    // An editor leaves out the sixth: the list changed (the lookup and the wide widget, which show
    // it, are dropped), the first five did not (the page stays, the same bytes).
    const sixth = await slugOf(head[5]!)
    const since = Date.now()
    const curate = (json: { pinned: string[]; excluded: string[] }) =>
      call('PUT', `/v1/articles/${source.slug}/related`, { json })
    await expectJson(await curate({ pinned: [], excluded: [sixth] }), 200)
    const deps = await queuedSince(since)
    expect(deps).toContain(`r:${seq}`)
    expect(deps).toContain(`rw:${seq}`)
    expect(deps).not.toContain(`rh:${seq}`)
    const kept = await read(path)
    expect(kept.cache).toBe('HIT')
    expect(kept.body).toBe(page.body)
    for (const view of [api, widget]) {
      const next = await read(view, {})
      expect(next.status, next.body.slice(0, 300)).toBe(200)
      expect(next.cache, view).toBe('MISS')
      expect(next.body, view).not.toContain(sixth)
    }

    // An editor pins the fifth: the head changes, and the page shows it first on the next read.
    const fifth = await slugOf(head[4]!)
    await expectJson(await curate({ pinned: [fifth], excluded: [sixth] }), 200)
    const next = await read(path)
    expect(next.cache).toBe('MISS')
    expect(shownSlugs(next.body)[0]).toBe(fifth)
  }, 60_000)
})

/**
 * An invented cluster larger than a stored head: `n` stories on one subject, each with the shared
 * words and two of its own, so every one is in the others' lists.
 */
async function largeCluster(town: string, n: number) {
  const t = town.toLowerCase()
  const shared = ['ferry', 'harbour', 'pier', 'timetable', 'crossing']
  const extra = [
    'gull',
    'rope',
    'bell',
    'mast',
    'tide',
    'fog',
    'deck',
    'oar',
    'net',
    'buoy',
    'sail',
  ]
  const stories = []
  for (let i = 0; i < n; i++) {
    const own = [extra[i % extra.length]!, extra[(i * 3 + 1) % extra.length]!, `part${i}`]
    const words = [...shared, ...own].map((w) => `${t}${w}`)
    stories.push(
      await createArticle({
        headline: `${words[0]} ${words[5]} ${words[7]}`,
        body: `<p>${words.join(' ')}. ${words.slice(1, 6).join(' ')}.</p>`,
        section: `${t} lines`,
        slug: uniqueSlug(t),
      })
    )
  }
  const [source, ...others] = stories
  return { source: source!, others }
}

describe('related lookup dependencies', () => {
  it('keeps the lookup when only the tail of its list moves, and drops it when its head changes', async () => {
    const { source } = await largeCluster('Skarvik', 26)
    const seq = await seqOf(source.id)
    const row = await env.DB.prepare('SELECT head, items FROM related_lists WHERE seq = ?1')
      .bind(seq)
      .first<{ head: string; items: string }>()
    const head = JSON.parse(row!.head) as number[]
    const listed = (JSON.parse(row!.items) as [number][]).map((i) => i[0])
    expect(head).toHaveLength(20)
    const tail = listed.filter((s) => !head.includes(s))
    expect(tail.length).toBeGreaterThan(0)
    const api = `/v1/articles/${source.slug}/related`
    const lookup = await cached(api, {})
    const page = await cached(`/articles/${source.slug}`)
    const curate = (json: { pinned: string[]; excluded: string[] }) =>
      call('PUT', `/v1/articles/${source.slug}/related`, { json })

    // An editor leaves out a story of the tail: the list changed, what the lookup shows did not.
    const outOfHead = await slugOf(tail[0]!)
    let since = Date.now()
    await expectJson(await curate({ pinned: [], excluded: [outOfHead] }), 200)
    let deps = await queuedSince(since)
    expect(deps).toContain(`r:${seq}`)
    expect(deps).not.toContain(`rs:${seq}`)
    const kept = await read(api, {})
    expect(kept.cache).toBe('HIT')
    expect(kept.body).toBe(lookup.body)

    // One of the head's last stories (not in the page's five): the lookup and the widgets go, the
    // page stays.
    const inHead = await slugOf(head[8]!)
    since = Date.now()
    await expectJson(await curate({ pinned: [], excluded: [outOfHead, inHead] }), 200)
    deps = await queuedSince(since)
    expect(deps).toContain(`rs:${seq}`)
    expect(deps).not.toContain(`rh:${seq}`)
    const next = await read(api, {})
    expect(next.status, next.body.slice(0, 300)).toBe(200)
    expect(next.cache).toBe('MISS')
    expect(next.body).not.toContain(inHead)
    expect((await read(`/articles/${source.slug}`)).body).toBe(page.body)

    // Another half-life orders the list differently: that lookup depends on the whole list.
    const other = `${api}?halfLife=3`
    await cached(other, {})
    await expectJson(await curate({ pinned: [], excluded: [inHead] }), 200)
    expect((await read(other, {})).cache).toBe('MISS')
  }, 90_000)
})

/** Every neighbour row of the given stories (either end), in a stable order. */
async function rowsOf(seqs: number[]): Promise<string[]> {
  const json = JSON.stringify(seqs)
  const rows = await env.DB.prepare(
    `SELECT seq, other, score FROM related_neighbors
     WHERE seq IN (SELECT value FROM json_each(?1)) OR other IN (SELECT value FROM json_each(?1))
     ORDER BY seq, other`
  )
    .bind(json)
    .all<{ seq: number; other: number; score: number }>()
  return rows.results.map((r) => `${r.seq}>${r.other}=${r.score.toFixed(9)}`)
}

describe('neighbour rows a write leaves alone', () => {
  it('keeps every other page and every neighbour row when a write changes no word the index reads; a headline change still drops the pages that show it', async () => {
    const { source, others } = await cluster('Brennick')
    const stories = [source, ...others]
    const seqs = await Promise.all(stories.map((s) => seqOf(s.id as string)))
    const pages = new Map<string, string>()
    for (const s of stories) pages.set(s.slug, (await cached(`/articles/${s.slug}`)).body)
    const b = shownIn(pages.get(source.slug)!, others)[0]!
    const rows = await rowsOf(seqs)
    expect(rows.length).toBeGreaterThan(0)

    const since = Date.now()
    await edit(b.id, { bylines: ['Maren Solvik'] })
    await edit(b.id, { text: 'An earlier version misnamed the depot.' }, 'correction')
    const italic = (b.body as string).replace('<p>', '<p><em>').replace('</p>', '</em></p>')
    await edit(b.id, { body: italic })
    expect(await rowsOf(seqs)).toEqual(rows)
    const deps = await queuedSince(since)
    expect(deps.filter((d) => /^(r|rh|rw):/.test(d))).toEqual([])
    for (const s of stories.filter((s) => s.slug !== b.slug)) {
      const kept = await read(`/articles/${s.slug}`)
      expect(kept.status, kept.body.slice(0, 300)).toBe(200)
      expect(kept.cache, s.slug).toBe('HIT')
      expect(kept.body).toBe(pages.get(s.slug))
    }
    expect((await read(`/articles/${b.slug}`)).body).toContain('Maren Solvik')

    await edit(b.id, { headline: 'Brennick depot story renamed' })
    const next = await read(`/articles/${source.slug}`)
    expect(next.status, next.body.slice(0, 300)).toBe(200)
    expect(next.cache).toBe('MISS')
    expect(next.body).toContain('Brennick depot story renamed')
    expect(next.body).not.toContain(b.headline)
  }, 60_000)

  it('scores the rows naming a story by the better of the two matches when its words move, and leaves every other row', async () => {
    const { source, others } = await cluster('Torvanger')
    const seqs = await Promise.all([source, ...others].map((s) => seqOf(s.id as string)))
    const b = others[2]!
    const bSeq = await seqOf(b.id as string)
    // A's score of B: A's stored query against B's stems, over A's score of itself.
    const docs = async () => {
      const rows = await env.DB.prepare(
        'SELECT seq, terms, query, self FROM related_docs WHERE seq IN (SELECT value FROM json_each(?1))'
      )
        .bind(JSON.stringify(seqs))
        .all<{ seq: number; terms: string; query: string; self: number }>()
      return new Map(rows.results.map((r) => [r.seq, r]))
    }
    /** Checks each row naming B (in the cluster) holds the better of the pair's two scores. */
    const expectScoredFromB = async () => {
      const doc = await docs()
      const scoreOf = (a: number, b: number) => {
        const { query, self } = doc.get(a)!
        const terms = JSON.parse(doc.get(b)!.terms) as Record<string, number>
        const q = JSON.parse(query) as Record<string, number>
        const sum = Object.entries(q).reduce((acc, [t, w]) => acc + w * (terms[t] ?? 0), 0)
        return self > 0 ? sum / self : 0
      }
      const rows = await rowsOf(seqs)
      const namingB = rows
        .map((row) => /^(\d+)>(\d+)=(.+)$/.exec(row)!.slice(1).map(Number) as number[])
        .filter(([seq, other]) => doc.has(seq!) && doc.has(other!))
        .filter(([seq, other]) => seq === bSeq || other === bSeq)
      expect(namingB.length).toBeGreaterThan(0)
      for (const [seq, other, score] of namingB) {
        const fromB = seq === bSeq ? scoreOf(bSeq, other!) : scoreOf(bSeq, seq!)
        const fromOther = seq === bSeq ? scoreOf(other!, bSeq) : scoreOf(seq!, bSeq)
        const expected = Math.max(fromB, fromOther)
        expect(Math.abs(score! - expected), `${seq}>${other}`).toBeLessThan(1e-6)
      }
      return rows
    }
    const before = await rowsOf(seqs)
    // B's write moves its stems: the rows that name B are scored again, no other row moves.
    await edit(b.id, { dek: 'Torvangertram torvangerdepot crews torvangerflood overnight' })
    const after = await expectScoredFromB()
    const names = (row: string) => row.split('=')[0]!.split('>').includes(String(bSeq))
    expect(after.filter((r) => !names(r))).toEqual(before.filter((r) => !names(r)))
    // Written again with the same words (another story written in between): no row moves.
    await edit(others[3]!.id, { bylines: ['Maren Solvik'] })
    await edit(b.id, { bylines: ['Maren Solvik'] })
    expect(await rowsOf(seqs)).toEqual(after)
  }, 60_000)
})
