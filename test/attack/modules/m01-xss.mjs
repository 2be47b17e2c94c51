/**
 * @module Item 1, stored XSS: every payload is written with a write-only key (PATCH), saved back
 * unchanged (an editor's round trip), and then read from every channel (API, page, RSS, Atom, JSON
 * Feed, widget JSON, iframe card, oEmbed) with htmlparser2, and in real Chromium (DOMParser walk
 * and the live article pages, counting dialogs).
 */
import { existsSync } from 'node:fs'
import {
  DANGEROUS_ELEMENTS,
  URL_ATTRS,
  countElements,
  findScriptable,
  newFindings,
  xmlTexts,
} from '../html-check.mjs'
import { pool, uid } from '../lib.mjs'
import { xssPayloads } from '../payloads.mjs'
import { createStory } from '../support.mjs'

const inBody = (tag, attrs) => tag === 'div' && /(^|\s)body(\s|$)/.test(attrs.class ?? '')
const tagLinks = (tag, attrs) => tag === 'a' && attrs.rel === 'tag'

/** Findings in every string of a JSON value that contains markup. */
function jsonFindings(value) {
  if (typeof value === 'string')
    return value.includes('<') || /script:|data:/i.test(value) ? findScriptable(value) : []
  if (Array.isArray(value)) return value.flatMap(jsonFindings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonFindings)
  return []
}

async function channels(m, story, tagSlug, base, baseline, payload) {
  const fail = (channel, f, path) =>
    m.check(
      `no script-capable markup in ${channel}`,
      f.length === 0,
      `${m.repro('PATCH', `/v1/articles/${story.slug}`, { key: 'write', body: { body: payload } })}; GET ${path} → ${f.slice(0, 3).join(' ')}`
    )
  const page = await m.req('GET', `/articles/${story.slug}`)
  if (page.status === 200) {
    fail('the article page body', findScriptable(page.text, inBody), `/articles/${story.slug}`)
    fail(
      'the article page (against a clean page)',
      newFindings(baseline.page, findScriptable(page.text)),
      `/articles/${story.slug}`
    )
    m.check(
      'the page keeps its structure (footer, tag links)',
      countElements(page.text, (t) => t === 'footer') >= baseline.footers &&
        countElements(page.text, tagLinks) >= 1,
      `${m.repro('PATCH', `/v1/articles/${story.slug}`, { key: 'write', body: { body: payload } })}; GET /articles/${story.slug} lost its footer or tag links`
    )
  } else m.check('article page answers 200', false, `GET /articles/${story.slug} → ${page.status}`)
  const rss = await m.req('GET', `/feeds/tags/${tagSlug}.rss`)
  fail(
    'RSS content:encoded',
    xmlTexts(rss.text, ['content:encoded', 'description']).flatMap((h) => findScriptable(h)),
    `/feeds/tags/${tagSlug}.rss`
  )
  const atom = await m.req('GET', `/feeds/tags/${tagSlug}.atom`)
  fail(
    'Atom content',
    xmlTexts(atom.text, ['content', 'summary']).flatMap((h) => findScriptable(h)),
    `/feeds/tags/${tagSlug}.atom`
  )
  const json = await m.req('GET', `/feeds/tags/${tagSlug}.json`)
  const items = json.json()?.items ?? []
  fail(
    'JSON Feed content_html',
    items.flatMap((i) => findScriptable(i.content_html ?? '')),
    `/feeds/tags/${tagSlug}.json`
  )
  const widget = await m.req('GET', `/v1/widgets/articles/${story.slug}`)
  fail('widget JSON', jsonFindings(widget.json()), `/v1/widgets/articles/${story.slug}`)
  const card = await m.req('GET', `/embed/articles/${story.slug}`)
  fail(
    'the iframe card',
    newFindings(baseline.card, findScriptable(card.text)),
    `/embed/articles/${story.slug}`
  )
  const oembedPath = `/oembed?url=${encodeURIComponent(`${base}/articles/${story.slug}`)}&format=json`
  const oembed = await m.req('GET', oembedPath)
  fail(
    'oEmbed html',
    newFindings(baseline.oembed, findScriptable(oembed.json()?.html ?? '')),
    oembedPath
  )
  return items.map((i) => i.content_html ?? '')
}

async function baselineOf(m) {
  const tag = `Clean ${uid('')}`
  const story = await createStory(m, { tags: [tag] })
  const page = await m.req('GET', `/articles/${story.slug}`)
  const card = await m.req('GET', `/embed/articles/${story.slug}`)
  const oembed = await m.req(
    'GET',
    `/oembed?url=${encodeURIComponent(`${m.ctx.base}/articles/${story.slug}`)}&format=json`
  )
  return {
    page: findScriptable(page.text),
    footers: countElements(page.text, (t) => t === 'footer'),
    card: findScriptable(card.text),
    oembed: findScriptable(oembed.json()?.html ?? ''),
  }
}

/** Creates one published story per payload through the batch endpoint (100 a request). */
async function seedStories(m, run, count) {
  const stories = []
  for (let from = 0; from < count; from += 100) {
    const articles = []
    for (let i = from; i < Math.min(count, from + 100); i++) {
      articles.push({
        slug: `xss-${run}-${i}`,
        headline: `Attack story ${i}`,
        body: '<p>The tide came in at dusk.</p>',
        section: 'Harbour',
        tags: [`Xss ${run} ${i}`],
        bylines: ['Ada Quill'],
        status: 'published',
      })
    }
    const res = await m.req('POST', '/v1/articles/batch', {
      key: 'admin',
      body: { articles },
      timeout: 60_000,
    })
    if (res.status !== 200)
      throw new Error(`seeding the XSS stories: ${res.status} ${res.text.slice(0, 300)}`)
    stories.push(...res.json().articles)
  }
  return stories
}

/** Runs the corpus: API, every channel, the round trip, and Chromium on the live pages. */
export async function run(m) {
  const run = uid('').slice(-6)
  const baseline = await baselineOf(m)
  const payloads = xssPayloads()
  const stories = await seedStories(m, run, payloads.length)
  const browser = await openBrowser(m)
  const bodies = []
  try {
    await pool(payloads, 6, async (payload, i) => {
      const slug = stories[i].slug
      const tagSlug = `xss-${run}-${i}`
      const write = { key: 'write', body: { body: payload } }
      const etag = `"${stories[i].id}.r${stories[i].revision}"`
      let patched = await m.req('PATCH', `/v1/articles/${slug}`, {
        ...write,
        headers: { 'if-match': etag },
      })
      if (patched.status === 412) {
        const current = await m.req('GET', `/v1/articles/${slug}`, { key: 'write' })
        patched = await m.req('PATCH', `/v1/articles/${slug}`, {
          ...write,
          headers: { 'if-match': current.headers.etag },
        })
      }
      m.check(
        'PATCH of a hostile body is stored sanitized or refused (200/400/413/422)',
        [200, 400, 413, 422].includes(patched.status),
        `${m.repro('PATCH', `/v1/articles/${slug}`, write)} → ${patched.status}`
      )
      const first = await m.req('GET', `/v1/articles/${slug}`)
      const body1 = first.json()?.article?.body ?? ''
      m.check(
        'no script-capable markup in the stored body (API)',
        findScriptable(body1).length === 0,
        `${m.repro('PATCH', `/v1/articles/${slug}`, write)}; GET /v1/articles/${slug} → ${findScriptable(body1).slice(0, 3).join(' ')}`
      )
      const feedHtml = await channels(m, { slug }, tagSlug, m.ctx.base, baseline, payload)
      bodies.push({ payload, html: body1 }, ...feedHtml.map((html) => ({ payload, html })))
      if (browser) await browser.visit(m, slug, payload)
      // The editor's round trip: save the stored body back unchanged.
      const again = await m.req('PATCH', `/v1/articles/${slug}`, {
        key: 'write',
        body: { body: body1 },
        headers: { 'if-match': first.headers.etag },
      })
      const second = await m.req('GET', `/v1/articles/${slug}`)
      const body2 = second.json()?.article?.body ?? ''
      m.check(
        'sanitizing is idempotent (a round trip of the stored body changes nothing)',
        again.status === 200 && body2 === body1,
        `PATCH /v1/articles/${slug} with its own stored body ${JSON.stringify(body1.slice(0, 80))} → ${again.status}, now ${JSON.stringify(body2.slice(0, 80))}`
      )
      m.check(
        'no script-capable markup after a round trip',
        findScriptable(body2).length === 0,
        `PATCH {"body": <stored body of ${JSON.stringify(payload.slice(0, 60))}>} → ${findScriptable(body2).slice(0, 3).join(' ')}`
      )
      if (body2 !== body1) bodies.push({ payload: `round trip of ${payload}`, html: body2 })
    })
    if (browser) await browser.walk(m, bodies)
  } finally {
    if (browser) await browser.close()
  }
}

/**
 * Real Chromium: the live article pages (dialogs fired) and a DOMParser walk of every sanitized
 * output.
 */
async function openBrowser(m) {
  const executablePath = process.env.EDGEWIRE_CHROMIUM ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) {
    m.note = `Chromium not found at ${executablePath}: the browser check did not run`
    return null
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  const context = await browser.newContext({ javaScriptEnabled: true })
  await context.route(
    (url) => !url.href.startsWith(m.ctx.base),
    (route) => route.abort()
  )
  const idle = await Promise.all([0, 1, 2].map(() => context.newPage()))
  const waiting = []
  let dialogs = 0
  let visited = 0
  return {
    async visit(mod, slug, payload) {
      const p = idle.pop() ?? (await new Promise((r) => waiting.push(r)))
      let fired = 0
      const onDialog = (d) => {
        fired++
        d.dismiss().catch(() => {})
      }
      p.on('dialog', onDialog)
      await p
        .goto(`${mod.ctx.base}/articles/${slug}`, { waitUntil: 'load', timeout: 8000 })
        .catch(() => {})
      await p.waitForTimeout(100)
      p.off('dialog', onDialog)
      const next = waiting.shift()
      if (next) next(p)
      else idle.push(p)
      dialogs += fired
      visited++
      mod.check(
        'no dialog fires on an article page in Chromium',
        fired === 0,
        `payload ${JSON.stringify(payload.slice(0, 80))}: open /articles/${slug} → ${fired} dialog(s)`
      )
    },
    async walk(mod, bodies) {
      const page = await context.newPage()
      await page.goto(`${mod.ctx.base}/ping`)
      const flagged = await page.evaluate(walkInPage, {
        htmls: bodies.map((b) => b.html),
        dangerous: [...DANGEROUS_ELEMENTS],
        urlAttributes: [...URL_ATTRS],
      })
      await page.close()
      mod.checks += bodies.length - flagged.length
      for (const [i, why] of flagged)
        mod.check(
          'Chromium DOMParser finds no script-capable markup in sanitized output',
          false,
          `payload ${JSON.stringify(bodies[i].payload.slice(0, 80))} → ${why}`
        )
      mod.note = `Chromium: ${bodies.length} outputs walked with DOMParser, ${visited} pages opened, ${dialogs} dialogs fired`
    },
    close: () => browser.close(),
  }
}

/** Runs in the page: parses each output as a browser does and walks the live DOM. */
function walkInPage({ htmls, dangerous, urlAttributes }) {
  // Runs in the page, so the lists arrive as arrays (html-check.mjs holds them, for both sides).
  const bad = new Set(dangerous)
  const urlAttrs = new Set(urlAttributes)
  const out = []
  htmls.forEach((html, i) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html')
    for (const el of doc.body.querySelectorAll('*')) {
      const why = []
      if (bad.has(el.localName)) why.push(`element ${el.localName}`)
      for (const a of el.attributes) {
        if (a.name.startsWith('on')) why.push(`attribute ${a.name}`)
        if (!urlAttrs.has(a.name)) continue
        for (const part of a.name === 'srcset'
          ? a.value.split(',').map((s) => s.trim().split(/\s+/)[0])
          : [a.value]) {
          try {
            const p = new URL(part, 'https://news.example/').protocol
            if (['javascript:', 'vbscript:', 'data:'].includes(p)) why.push(`${a.name}=${p}`)
          } catch {
            /* not a URL: inert */
          }
        }
      }
      if (why.length) {
        out.push([i, why.join(', ')])
        break
      }
    }
  })
  return out
}
