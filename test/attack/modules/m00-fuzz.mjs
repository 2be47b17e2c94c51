/**
 * @module General fuzz: seeded random methods, paths, headers and bodies against every route. Never
 * a 5xx (apart from the 501 oEmbed answers for an unknown format), never a hang. The seed is
 * printed so a failing run can be replayed (ATTACK_SEED).
 */
import { pool, prng } from '../lib.mjs'
import { createStory } from '../support.mjs'

const COUNT = Number(process.env.ATTACK_FUZZ ?? 500)

export async function run(m) {
  const seed = Number(process.env.ATTACK_SEED ?? Date.now() % 1_000_000)
  const rnd = prng(seed)
  const pick = (a) => a[Math.floor(rnd() * a.length)]
  const story = await createStory(m, {
    section: 'Fuzz Desk',
    tags: ['Fuzz'],
    bylines: ['Fuzz Writer'],
  })
  const draft = await createStory(m, { status: 'draft' })
  const refs = [
    story.slug,
    story.id,
    draft.slug,
    draft.id,
    'no-such-story',
    'UPPER',
    '..',
    '%2e%2e',
    '%00',
    'a'.repeat(300),
    '%F0%9F%98%80',
    '%C3%28',
    '%2F',
    'x%0d%0aset-cookie:a=b',
    '<script>',
    "'",
    '1',
    '-',
    'art_',
    'null',
    '%E2%80%AE',
  ]
  const routes = [
    '/',
    '/ping',
    '/healthz',
    '/docs',
    '/openapi.json',
    '/favicon.ico',
    '/embed',
    '/embed/widget.js',
    '/embed/widget.v0.js',
    '/embed/widget.vZZ.js',
    '/v1/articles',
    '/v1/articles/{r}',
    '/v1/articles/{r}/revisions',
    '/v1/articles/{r}/revisions/{n}',
    '/v1/articles/{r}/extraction',
    '/v1/articles/{r}/related',
    '/v1/articles/{r}/publish',
    '/v1/articles/{r}/unpublish',
    '/v1/articles/batch',
    '/v1/extract',
    '/v1/related',
    '/v1/sections',
    '/v1/tags',
    '/v1/authors',
    '/v1/keys',
    '/v1/keys/{r}',
    '/v1/admin/reindex',
    '/articles/{r}',
    '/sections/{r}',
    '/tags/{r}',
    '/authors/{r}',
    '/feeds/latest.{f}',
    '/feeds/sections/{r}.{f}',
    '/feeds/tags/{r}.{f}',
    '/feeds/authors/{r}.{f}',
    '/feeds/search.{f}',
    '/feeds.opml',
    '/sitemap.xml',
    '/sitemap-news.xml',
    '/v1/widgets/latest',
    '/v1/widgets/articles/{r}',
    '/v1/widgets/related/{r}',
    '/embed/articles/{r}',
    '/oembed',
    '/nowhere/{r}',
    // Sync (issue 15): change feed, webhooks, corrections, draft preview.
    '/v1/changes',
    '/v1/webhooks',
    '/v1/webhooks/{r}',
    '/v1/webhooks/{r}/deliveries',
    '/v1/webhooks/{r}/deliveries/{r}/redeliver',
    '/v1/articles/{r}/corrections',
    '/v1/articles/{r}/preview',
    '/preview/{r}',
  ]
  const queries = [
    '',
    '?limit=5',
    '?limit=0',
    '?limit=-1',
    '?limit=1e9',
    '?limit=abc',
    '?q=tide',
    '?q=%22',
    '?q=NEAR(a b)',
    '?q=' + 'x'.repeat(600),
    '?cursor=!!',
    '?section=fuzz-desk',
    '?status=draft',
    '?status=bogus',
    '?from=2026-13-45',
    '?to=x',
    '?summary=1',
    '?halfLife=-5',
    '?since=x',
    '?url=http%3A%2F%2F127.0.0.1%2Farticles%2Fx',
    '?url=javascript:alert(1)&format=xml',
    '?format=yaml',
    '?maxwidth=-1',
    '?person=%00',
    '?a=1&a=2',
    '?%ZZ',
  ]
  const methods = [
    'GET',
    'GET',
    'GET',
    'POST',
    'POST',
    'PUT',
    'PATCH',
    'DELETE',
    'HEAD',
    'OPTIONS',
    'TRACE',
    'FOO',
  ]
  const keys = ['anon', 'anon', 'write', 'drafts', 'publish', 'editor', 'keys', 'revoked', 'admin']
  const types = [
    'application/json',
    'text/plain',
    'text/html',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=latin1',
    'image/png',
    '',
  ]
  const bodies = [
    () => '',
    () => '{',
    () => 'null',
    () => '[]',
    () => '{"headline":""}',
    () =>
      JSON.stringify({
        headline: 'Fuzz',
        body: '<p>x</p>',
        status: pick(['draft', 'published', 'archived', 7]),
      }),
    () => JSON.stringify({ articles: [{ headline: 'F', slug: story.slug }] }),
    () => JSON.stringify({ pinned: [story.slug, 'x'], excluded: [1] }),
    () => JSON.stringify({ headline: 'x'.repeat(400), tags: Array(40).fill('t') }),
    () => JSON.stringify({ publishAt: '9999-99-99' }),
    () => JSON.stringify({ name: 'k', scopes: ['admin'] }),
    () => JSON.stringify({ after: -1, limit: 1e9 }),
    () => Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]),
    () => JSON.stringify({ text: '\u0000'.repeat(1000) }),
    () => `{"a":${'['.repeat(5000)}`,
    () => JSON.stringify({ html: '<div>'.repeat(5000) }),
    () => 'headline\n\n' + 'word '.repeat(2000),
    () => JSON.stringify({ headline: 'x', __proto__: { status: 'published' }, constructor: 1 }),
  ]
  const headerSets = [
    () => ({}),
    () => ({
      accept: pick([
        'application/json',
        'text/html',
        'application/ld+json',
        'image/png',
        '*/*;q=0',
        'text/html;q=abc',
      ]),
    }),
    () => ({ 'if-none-match': pick(['*', '"x"', 'W/"x"', '"' + 'a'.repeat(500) + '"']) }),
    () => ({ 'if-match': pick(['*', '"x"', story.etag ?? '"x"', 'garbage']) }),
    () => ({
      'if-modified-since': pick([
        'Thu, 01 Jan 1970 00:00:00 GMT',
        'garbage',
        'Fri, 31 Dec 9999 23:59:59 GMT',
      ]),
    }),
    () => ({ 'idempotency-key': pick(['k', 'ü', 'a'.repeat(300), 'fuzz-key']) }),
    () => ({ 'x-d1-bookmark': pick(['garbage', '0000', '']) }),
    () => ({ 'x-request-id': pick(['<script>', 'a'.repeat(200), 'ok-1']) }),
    () => ({
      authorization: pick([
        'Bearer',
        'Bearer ',
        'Basic YTpi',
        'Bearer ew_key_0000000000000000_x',
        'bearer ' + 'x'.repeat(2000),
      ]),
    }),
    () => ({ host: pick(['evil.example', 'localhost:1', '[::1]:9', 'a'.repeat(200)]) }),
    () => ({ 'accept-encoding': 'gzip, br, zstd' }),
    () => ({ origin: 'https://evil.example' }),
  ]
  const jobs = Array.from({ length: COUNT }, () => {
    const route = pick(routes)
      .replace(/\{r\}/g, () => pick(refs))
      .replace('{n}', pick(['1', '0', '-1', '99999', 'x']))
      .replace('{f}', pick(['rss', 'atom', 'json', 'xml', 'RSS', '']))
    const method = pick(methods)
    const headers = Object.assign({}, pick(headerSets)(), rnd() < 0.3 ? pick(headerSets)() : {})
    const withBody = ['POST', 'PUT', 'PATCH'].includes(method)
    if (withBody) headers['content-type'] ??= pick(types)
    if (headers['content-type'] === '') delete headers['content-type']
    if (route.startsWith('/v1/extract') || route.startsWith('/v1/related'))
      headers['cf-connecting-ip'] = `100.64.${Math.floor(rnd() * 250)}.${Math.floor(rnd() * 250)}`
    return {
      method,
      path: `${route}${pick(queries)}`,
      headers,
      body: withBody ? pick(bodies)() : undefined,
      key: pick(keys),
    }
  })
  await pool(jobs, 6, async (j) => {
    await m.req(j.method, j.path, {
      key: j.key,
      headers: j.headers,
      body: j.body,
      allow501: j.path.startsWith('/oembed'),
    })
  })
  m.note = `fuzz seed ${seed} (replay with ATTACK_SEED=${seed} ATTACK_ONLY=m00-fuzz), ${COUNT} requests`
}
