/**
 * @module Feeds read back by parsers we did not write: feedsmith, @extractus/feed-extractor and
 * rss-parser from npm, Debian's python3-feedparser, and xmllint for well-formedness, on invented
 * articles full of hostile text. Also WebSub pings to a local stub hub, including a failing hub.
 */
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFeed } from 'feedsmith'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanText } from '../../src/render/feeds/xml'
import { freePort, startWorker } from '../support/worker-process.mjs'

interface ApiArticle {
  id: string
  slug: string
  headline: string
  body: string
  publishedAt: string
  updatedAt: string
  bylines: { name: string }[]
}

const HOSTILE = `Fish & "chips" <b>'bold'</b> ]]> \u0001\u001f\u007f end: שלום עולם 😀👩🏽‍💻`
const MARKER = 'Lighthouse keepers counted 4,096 gulls'

/** A stub WebSub hub: records every ping; `mode` decides how it answers. */
function startHub(): Promise<{
  server: Server
  url: string
  pings: URLSearchParams[]
  mode: { value: 'ok' | 'fail' | 'reset' }
}> {
  const pings: URLSearchParams[] = []
  const mode = { value: 'ok' as 'ok' | 'fail' | 'reset' }
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      pings.push(new URLSearchParams(body))
      if (mode.value === 'reset') return void req.socket.destroy()
      res.writeHead(mode.value === 'ok' ? 204 : 500).end()
    })
  })
  return freePort().then(
    (port) =>
      new Promise((resolve) =>
        server.listen(port, '127.0.0.1', () =>
          resolve({ server, url: `http://127.0.0.1:${port}/hub`, pings, mode })
        )
      )
  )
}

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** A Python with feedparser: the pyenv shim first, then Debian's own interpreter. */
function findFeedparserPython(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import feedparser'], { encoding: 'utf8' }).status === 0)
      return python
  }
  return null
}

describe('feeds through independent parsers', () => {
  let worker: { url: string; adminKey: string; stop: () => Promise<void> }
  let hub: Awaited<ReturnType<typeof startHub>>
  let hostile: ApiArticle
  let plain: ApiArticle
  const docs: Record<string, string> = {}
  const dir = mkdtempSync(join(tmpdir(), 'edgewire-feeds-'))

  const api = async (method: string, path: string, json?: unknown) => {
    const res = await fetch(`${worker.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${worker.adminKey}`,
        ...(json ? { 'content-type': 'application/json' } : {}),
      },
      body: json ? JSON.stringify(json) : undefined,
    })
    const text = await res.text()
    return { status: res.status, text, json: text ? JSON.parse(text) : null }
  }

  beforeAll(async () => {
    hub = await startHub()
    worker = await startWorker({ vars: { WEBSUB_HUB_URL: hub.url } })
    const made = await api('POST', '/v1/articles', {
      headline: HOSTILE,
      dek: `Standfirst ${HOSTILE}`,
      status: 'published',
      section: 'Coast',
      tags: ['Seabirds', 'Émigrés'],
      bylines: ['Ada Quill', 'Bo Ren'],
      image: {
        url: 'https://img.example/gulls.jpg',
        caption: 'Gulls at dawn',
        credit: 'Photo: C. Lens',
      },
      body: `<p>${MARKER}. ${HOSTILE.replace(/[<>&]/g, '')} ]]&gt; <a href="/articles/earlier-count">earlier</a></p><p>\u0002 control ۝ عربى</p>`,
      publishedAt: '2026-11-27T09:15:00.000Z',
    })
    expect(made.status, made.text).toBe(201)
    // the stored text is what feeds render: read it back (lone surrogates are refused with a 400
    // now)
    hostile = (await api('GET', `/v1/articles/${made.json.article.id}`)).json.article
    const second = await api('POST', '/v1/articles', {
      headline: 'Harbour ferry timetable changes',
      status: 'published',
      section: 'Coast',
      bylines: ['Ada Quill'],
      body: '<p>Ferries run hourly.</p>',
    })
    expect(second.status, second.text).toBe(201)
    plain = second.json.article
    for (const path of [
      'feeds/latest.rss',
      'feeds/latest.atom',
      'feeds/latest.json',
      'feeds/sections/coast.rss',
      'feeds.opml',
      'sitemap.xml',
      'sitemap-news.xml',
    ]) {
      const res = await fetch(`${worker.url}/${path}`)
      docs[path] = await res.text()
      expect(res.status, docs[path]).toBe(200)
      writeFileSync(join(dir, path.replace(/\//g, '_')), docs[path])
    }
  }, 180_000)

  afterAll(async () => {
    await worker?.stop()
    await new Promise((r) => hub?.server.close(r))
    rmSync(dir, { recursive: true, force: true })
  })

  const title = () => cleanText(hostile.headline)
  // Unicode slugs (this headline has Hebrew words) travel percent-encoded
  const link = (a: ApiArticle) => `${worker.url}/articles/${encodeURIComponent(a.slug)}`
  const seconds = (date: string | Date | undefined) =>
    Math.floor(new Date(date as string).getTime() / 1000)

  it('every XML document is well-formed per xmllint', () => {
    if (spawnSync('xmllint', ['--version']).error) {
      console.warn(
        'xmllint is not installed (Debian: libxml2-utils): the well-formedness check DID NOT RUN'
      )
      return
    }
    for (const name of [
      'feeds_latest.rss',
      'feeds_latest.atom',
      'feeds_sections_coast.rss',
      'feeds.opml',
      'sitemap.xml',
      'sitemap-news.xml',
    ]) {
      const run = spawnSync('xmllint', ['--noout', join(dir, name)], { encoding: 'utf8' })
      expect(run.status, `${name}: ${run.stderr}`).toBe(0)
    }
  })

  it('feedsmith reads titles, links, dates, authors and content from RSS, Atom and JSON Feed', () => {
    const rss = parseFeed(docs['feeds/latest.rss'] as string)
    expect(rss.format).toBe('rss')
    const rssItem = (rss.feed as any).items.find((i: any) => i.link === link(hostile))
    expect(rssItem.title).toBe(title())
    expect(seconds(rssItem.pubDate)).toBe(seconds(hostile.publishedAt))
    expect(rssItem.dc.creators).toEqual(['Ada Quill', 'Bo Ren'])
    expect(rssItem.content.encoded).toContain(MARKER)
    expect(rssItem.content.encoded).toContain('שלום עולם 😀')
    expect(rssItem.content.encoded).toContain(`href="${worker.url}/articles/earlier-count"`)
    expect(rssItem.guid).toEqual({
      value: expect.stringMatching(/^tag:127\.0\.0\.1,\d{4}-\d\d-\d\d:articles\/art_/),
      isPermaLink: false,
    })
    expect(rssItem.media.contents[0].url).toBe('https://img.example/gulls.jpg')
    expect((rss.feed as any).atom.links.map((l: any) => l.rel)).toEqual(
      expect.arrayContaining(['self', 'first', 'hub'])
    )

    const atom = parseFeed(docs['feeds/latest.atom'] as string)
    expect(atom.format).toBe('atom')
    const entry = (atom.feed as any).entries.find((e: any) =>
      e.links.some((l: any) => l.href === link(hostile))
    )
    expect(entry.title.value).toBe(title())
    expect(entry.published).toBe(hostile.publishedAt)
    expect(entry.updated).toBe(hostile.updatedAt)
    expect(entry.authors.map((a: any) => a.name)).toEqual(['Ada Quill', 'Bo Ren'])
    expect(entry.content.type).toBe('html')
    expect(entry.content.value).toContain(MARKER)
    expect(entry.id).toBe(rssItem.guid.value)

    const json = parseFeed(JSON.parse(docs['feeds/latest.json'] as string))
    expect(json.format).toBe('json')
    const item = (json.feed as any).items.find((i: any) => i.url === link(hostile))
    expect(item.title).toBe(title())
    expect(item.date_published).toBe(hostile.publishedAt)
    expect(item.authors.map((a: any) => a.name)).toEqual(['Ada Quill', 'Bo Ren'])
    expect(item.content_html).toContain(MARKER)
    expect(item.id).toBe(entry.id)
  })

  it('@extractus/feed-extractor reads the same items from all three formats', () => {
    const extra = (entry: any) => ({
      authors: entry['dc:creator'] ?? entry.author ?? entry.authors,
      content: entry['content:encoded'] ?? entry.content ?? entry.content_html,
    })
    const results = [
      extractFromXml(docs['feeds/latest.rss'] as string, {
        descriptionMaxLen: 0,
        getExtraEntryFields: extra,
      }),
      extractFromXml(docs['feeds/latest.atom'] as string, {
        descriptionMaxLen: 0,
        getExtraEntryFields: extra,
      }),
      extractFromJson(JSON.parse(docs['feeds/latest.json'] as string), {
        descriptionMaxLen: 0,
        getExtraEntryFields: extra,
      }),
    ]
    // feed-extractor reports an Atom entry's <updated> as its date (its choice), RSS and JSON
    // Feed's publication date
    const dates = [hostile.publishedAt, hostile.updatedAt, hostile.publishedAt]
    for (const [index, result] of results.entries()) {
      const entries = result.entries as any[]
      expect(entries.map((e) => e.link)).toEqual([link(plain), link(hostile)])
      const entry = entries[1]
      expect(entry.title).toBe(title())
      expect(seconds(entry.published)).toBe(seconds(dates[index]))
      expect(JSON.stringify(entry.content)).toContain(MARKER)
      expect(JSON.stringify(entry.authors)).toContain('Ada Quill')
    }
  })

  it('rss-parser reads RSS and Atom', async () => {
    const parser = new Parser()
    const rss = await parser.parseString(docs['feeds/latest.rss'] as string)
    const item = rss.items.find((i) => i.link === link(hostile))!
    expect(item.title).toBe(title())
    expect(seconds(item.isoDate)).toBe(seconds(hostile.publishedAt))
    expect(item.creator).toBe('Ada Quill')
    expect(item['content:encoded']).toContain(MARKER)
    expect(rss.feedUrl).toBe(`${worker.url}/feeds/latest.rss`)
    const atom = await parser.parseString(docs['feeds/latest.atom'] as string)
    const entry = atom.items.find((i) => i.link === link(hostile))!
    expect(entry.title).toBe(title())
    expect(entry.isoDate).toBe(hostile.publishedAt)
    expect(entry.author).toBe('Ada Quill')
    expect(entry.content).toContain(MARKER)
  })

  it('python3-feedparser reads RSS and Atom without a bozo flag', () => {
    const python = findFeedparserPython()
    if (!python) {
      console.warn(
        'python3-feedparser is not installed (Debian: apt-get install python3-feedparser): the feedparser round trip DID NOT RUN'
      )
      return
    }
    const script = `
import feedparser, json, sys, calendar
out = []
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out.append({'version': d.version, 'bozo': bool(d.bozo), 'error': str(d.get('bozo_exception', '')),
      'links': [l.get('rel') for l in d.feed.get('links', [])],
      'entries': [{'title': e.get('title'), 'link': e.get('link'), 'id': e.get('id'),
        'published': calendar.timegm(e.published_parsed) if e.get('published_parsed') else None,
        'authors': [a.get('name') for a in e.get('authors', [])],
        'content': ' '.join(c.get('value', '') for c in e.get('content', []))} for e in d.entries]})
print(json.dumps(out))
`
    const run = spawnSync(
      python,
      ['-c', script, join(dir, 'feeds_latest.rss'), join(dir, 'feeds_latest.atom')],
      { encoding: 'utf8' }
    )
    expect(run.status, run.stderr).toBe(0)
    const [rss, atom] = JSON.parse(run.stdout)
    expect(rss.version).toBe('rss20')
    expect(atom.version).toBe('atom10')
    for (const feed of [rss, atom]) {
      expect(feed.bozo, feed.error).toBe(false)
      expect(feed.links).toEqual(expect.arrayContaining(['self', 'hub']))
      const entry = feed.entries.find((e: any) => e.link === link(hostile))
      expect(entry.title).toBe(title())
      expect(entry.published).toBe(seconds(hostile.publishedAt))
      expect(entry.authors).toEqual(['Ada Quill', 'Bo Ren'])
      expect(entry.content).toContain(MARKER)
      expect(entry.content).toContain('שלום עולם 😀')
    }
  })

  it('pings the hub after publish, update and unpublish with every affected feed', async () => {
    const tidePings = () =>
      hub.pings.filter((p) => p.getAll('hub.url').includes(`${worker.url}/feeds/tags/tides.rss`))
    const made = await api('POST', '/v1/articles', {
      headline: 'Tide tables revised',
      status: 'published',
      section: 'Coast',
      tags: ['Tides'],
      bylines: ['Ada Quill'],
    })
    expect(made.status, made.text).toBe(201)
    const ping = await waitFor('a publish ping', () => tidePings()[0])
    expect(ping.get('hub.mode')).toBe('publish')
    expect(ping.getAll('hub.url')).toEqual(
      expect.arrayContaining([
        `${worker.url}/feeds/latest.rss`,
        `${worker.url}/feeds/latest.atom`,
        `${worker.url}/feeds/latest.json`,
        `${worker.url}/feeds/sections/coast.rss`,
        `${worker.url}/feeds/tags/tides.atom`,
        `${worker.url}/feeds/authors/ada-quill.json`,
      ])
    )
    // an edit that moves the story to another tag pings the old tag's feeds and the new one's
    const current = await fetch(`${worker.url}/v1/articles/${made.json.article.id}`, {
      headers: { authorization: `Bearer ${worker.adminKey}` },
    })
    const edited = await fetch(`${worker.url}/v1/articles/${made.json.article.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ tags: ['Currents'] }),
      headers: {
        authorization: `Bearer ${worker.adminKey}`,
        'content-type': 'application/json',
        'if-match': current.headers.get('etag') as string,
      },
    })
    expect(edited.status, await edited.text()).toBe(200)
    const update = await waitFor('an update ping', () => tidePings()[1])
    expect(update.getAll('hub.url')).toContain(`${worker.url}/feeds/tags/currents.json`)
    const unpublished = await api('POST', `/v1/articles/${made.json.article.id}/unpublish`)
    expect(unpublished.status, unpublished.text).toBe(200)
    const last = await waitFor('an unpublish ping', () =>
      hub.pings.find(
        (p) =>
          p !== update &&
          p.getAll('hub.url').includes(`${worker.url}/feeds/tags/currents.rss`) &&
          !p.getAll('hub.url').includes(`${worker.url}/feeds/tags/tides.rss`)
      )
    )
    expect(last.getAll('hub.url')).toContain(`${worker.url}/feeds/latest.rss`)
    // the feeds advertise the same hub
    expect(docs['feeds/latest.rss']).toContain(`<atom:link rel="hub" href="${hub.url}"/>`)
  })

  it('a failing or unreachable hub never fails a publish', async () => {
    for (const mode of ['fail', 'reset'] as const) {
      hub.mode.value = mode
      const before = hub.pings.length
      const made = await api('POST', '/v1/articles', {
        headline: `Hub is ${mode}`,
        status: 'published',
        bylines: ['Bo Ren'],
      })
      expect(made.status, made.text).toBe(201)
      await waitFor(`a ping to the ${mode} hub`, () => hub.pings[before])
      const feed = await fetch(`${worker.url}/feeds/authors/bo-ren.json`)
      expect(feed.status).toBe(200)
      expect((await feed.json()).items.map((i: any) => i.url)).toContain(link(made.json.article))
    }
    hub.mode.value = 'ok'
  })
})
