import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { isSafeDecodedUrl } from '../../../src/domain/html-sanitize'
import { tokenize } from '../../../src/domain/html-tokenizer'
import { BASE, call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

/** The issue's payloads: each was served live by the stream rewriter this sanitizer replaces. */
const PAYLOADS = [
  '<p>b</p><xmp><svg/onload=alert(document.domain)></xmp>',
  '<p>b</p><XMP><svg/onload=alert(document.domain)></XMP>',
  '<p><xmp><svg/onload=alert(document.domain)></xmp></p>',
  '<p>b</p><noembed><svg/onload=alert(document.domain)></noembed>',
  '<p>b</p><noframes><svg/onload=alert(document.domain)></noframes>',
  '<p>b</p><plaintext><svg/onload=alert(document.domain)>',
  '<p><a href="&#0000000106;avascript:alert(1)">x</a></p>',
  '<p><a href="jav&#x000000009;ascript:alert(1)">x</a></p>',
  '<p><a href="javascript&#00000058;alert(1)">x</a></p>',
  '<noembed><noembed><img src=x onerror=alert(1)>',
  '<p title="x>swallowed',
  // every tag dropped: only escaped text is left, which a round trip must not escape again
  '<xmp><img src=x onerror=alert(3)></xmp>',
]

/**
 * Live script in an HTML document or fragment: handlers, foreign or embedding elements, script
 * URLs.
 */
function liveScript(html: string): string[] {
  const found: string[] = []
  let inScript = false
  tokenize(html, {
    start(name, attributes) {
      // (no iframe here: the oEmbed html is the card's own iframe)
      if (['svg', 'math', 'object', 'embed', 'base'].includes(name)) found.push(`<${name}>`)
      if (name === 'script') inScript = true
      for (const { name: attr, value } of attributes) {
        if (attr.startsWith('on')) found.push(`${attr} on <${name}>`)
        if (
          ['href', 'src', 'cite', 'action', 'formaction'].includes(attr) &&
          !isSafeDecodedUrl(value)
        )
          found.push(`${attr}=${value}`)
      }
    },
    end(name) {
      if (name === 'script') inScript = false
    },
    text(text) {
      if (inScript && text.includes('alert(')) found.push('script text')
    },
  })
  return found
}

/** The HTML carried by a feed: content:encoded (RSS), content (Atom) are XML-escaped HTML. */
function feedHtml(xml: string): string {
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
  return [...xml.matchAll(/<(content:encoded|content)[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) => unescape(m[2] as string))
    .join('\n')
}

async function everyChannel(slug: string): Promise<Record<string, string>> {
  const anon = { key: null }
  const got: Record<string, string> = {}
  const page = await call('GET', `/articles/${slug}`, { ...anon, headers: { accept: 'text/html' } })
  expect(page.status, await page.clone().text()).toBe(200)
  got.page = await page.text()
  for (const ext of ['rss', 'atom']) {
    const res = await call('GET', `/feeds/latest.${ext}?limit=100`, anon)
    expect(res.status, await res.clone().text()).toBe(200)
    got[ext] = feedHtml(await res.text())
  }
  const json = await expectJson(await call('GET', '/feeds/latest.json?limit=100', anon), 200)
  got.json = json.items.map((i: { content_html?: string }) => i.content_html ?? '').join('\n')
  got.widget = JSON.stringify(
    await expectJson(await call('GET', `/v1/widgets/articles/${slug}`, anon), 200)
  )
  const card = await call('GET', `/embed/articles/${slug}`, anon)
  expect(card.status, await card.clone().text()).toBe(200)
  got.card = await card.text()
  const oembed = await expectJson(
    await call('GET', `/oembed?url=${encodeURIComponent(`${BASE}/articles/${slug}`)}`, anon),
    200
  )
  got.oembed = oembed.html
  return got
}

describe('stored bodies on every channel', () => {
  it('serves the issue payloads inert on the page, the feeds, the widget, the card and oEmbed', async () => {
    const made = await createArticle({
      headline: 'Pier repairs begin',
      body: '<p>Harbour crews start work on the pier.</p>',
    })
    for (const payload of PAYLOADS) {
      const current = await expectJson(await call('GET', `/v1/articles/${made.id}`), 200)
      const patched = await expectJson(
        await call('PATCH', `/v1/articles/${made.id}`, {
          json: { body: payload },
          headers: { 'if-match': `"${made.id}.r${current.article.revision}"` },
        }),
        200
      )
      expect(liveScript(patched.article.body), payload).toEqual([])
      const channels = await everyChannel(made.slug)
      for (const [channel, html] of Object.entries(channels))
        expect(liveScript(html), `${channel}: ${payload}`).toEqual([])
      // the page's own footer and tag links survive an unterminated attribute
      expect(channels.page).toContain('</footer>')
      // an editor's round trip of the stored body stores the same body
      const round = await expectJson(
        await call('PATCH', `/v1/articles/${made.id}`, {
          json: { body: patched.article.body },
          headers: { 'if-match': `"${made.id}.r${patched.article.revision}"` },
        }),
        200
      )
      expect(round.article.body).toBe(patched.article.body)
    }
  }, 60_000)

  it('answers 413 when a body within the request limit grows past the stored limit', async () => {
    const body = '<a href=x>y</a>'.repeat(59_000)
    const created = await call('POST', '/v1/articles', {
      json: { slug: uniqueSlug('links'), headline: 'Many links', body },
    })
    const problem = await expectProblem(created, 413, 'payload_too_large')
    expect(problem.errors?.[0]?.path).toBe('body')
    const made = await createArticle({ headline: 'Small first' })
    const patched = await call('PATCH', `/v1/articles/${made.id}`, {
      json: { body },
      headers: { 'if-match': `"${made.id}.r1"` },
    })
    await expectProblem(patched, 413, 'payload_too_large')
    const unchanged = await expectJson(await call('GET', `/v1/articles/${made.id}`), 200)
    expect(unchanged.article.revision).toBe(1)
  }, 30_000)

  it('re-sanitizes rows an older release stored: at render time, and for good on reindex', async () => {
    const made = await createArticle({
      headline: 'Ferry timetable',
      body: '<p>Ferries run hourly.</p>',
    })
    // what the stream rewriter this sanitizer replaces stored for two of the issue's payloads
    const legacy = '<p>b</p><a href="javascript:alert(1)">x</a><svg/onload=alert(document.domain)>'
    await env.DB.prepare('UPDATE articles SET body_html = ?1 WHERE id = ?2')
      .bind(legacy, made.id)
      .run()
    const page = await call('GET', `/articles/${made.slug}`, {
      key: null,
      headers: { accept: 'text/html' },
    })
    expect(page.status, await page.clone().text()).toBe(200)
    expect(liveScript(await page.text())).toEqual([])

    const seq = await env.DB.prepare('SELECT seq FROM articles WHERE id = ?1')
      .bind(made.id)
      .first<number>('seq')
    await expectJson(
      await call('POST', '/v1/admin/reindex', { json: { after: (seq as number) - 1, limit: 1 } }),
      200
    )
    const row = await env.DB.prepare('SELECT body_html, revision FROM articles WHERE id = ?1')
      .bind(made.id)
      .first<{ body_html: string; revision: number }>()
    expect(row?.body_html).toBe('<p>b</p><a>x</a>')
    expect(row?.revision).toBe(1)
    for (const [channel, html] of Object.entries(await everyChannel(made.slug)))
      expect(liveScript(html), channel).toEqual([])
  }, 30_000)

  it('converts hostile HTML to text for POST /v1/related without a 500 (20,000 unclosed links, 300,000 divs)', async () => {
    for (const body of [
      '<a href=x>'.repeat(20_000) + 'harbour ferry timetable',
      '<div>'.repeat(150_000) + 'harbour ferry timetable',
    ]) {
      const res = await call('POST', '/v1/related?limit=3', {
        key: null,
        json: { headline: 'Ferry timetable', body },
      })
      expect(res.status, await res.clone().text()).toBe(200)
      expect(((await res.json()) as { related: unknown }).related).toBeInstanceOf(Array)
    }
  }, 30_000)
})
