/**
 * @module Item 3: the exact two-request sequence (unknown card, then unknown related within a
 * second), its variants, and concurrent mixed widget/page/feed requests with unknown and known
 * slugs. Every later anonymous request must answer within the timeout.
 */
import { outcome, pool } from '../lib.mjs'
import { createStory } from '../support.mjs'

const QUICK = 5_000

export async function run(m) {
  const known = await createStory(m, { section: 'Widget Desk', tags: ['Widgets'] })
  await createStory(m, { section: 'Widget Desk', tags: ['Widgets'] })
  const after = async (label) => {
    const probes = [
      '/v1/widgets/latest',
      `/v1/widgets/latest?section=widget-desk&limit=3`,
      `/v1/widgets/related/${known.slug}`,
      `/v1/widgets/articles/${known.slug}`,
      '/v1/widgets/related/no-such-story',
    ]
    const results = await Promise.all(probes.map((p) => m.req('GET', p, { timeout: QUICK })))
    results.forEach((r, i) =>
      m.check(
        `widgets answer within ${QUICK / 1000} s after ${label}`,
        !r.hang && r.status > 0 && r.status < 500,
        `${label}; then GET ${probes[i]} → ${outcome(r)}`
      )
    )
  }
  const seq = 'GET /v1/widgets/articles/no-such-story then GET /v1/widgets/related/no-such-story'
  await m.req('GET', '/v1/widgets/articles/no-such-story', { timeout: QUICK })
  await m.req('GET', '/v1/widgets/related/no-such-story', { timeout: QUICK })
  await after(seq)
  await new Promise((r) => setTimeout(r, 1100))
  const variants = [
    ['/v1/widgets/related/no-such-story', '/v1/widgets/articles/no-such-story'],
    ['/v1/widgets/articles/other-missing', '/v1/widgets/latest?section=no-such-section'],
    [
      '/v1/widgets/related/other-missing?limit=20',
      '/v1/widgets/related/no-such-story?missing=empty',
    ],
    ['/v1/widgets/articles/no-such-story?missing=empty', '/v1/widgets/latest'],
  ]
  for (const [a, b] of variants) {
    await Promise.all([m.req('GET', a, { timeout: QUICK }), m.req('GET', b, { timeout: QUICK })])
    await after(`GET ${a} and GET ${b} at once`)
  }
  const mixed = []
  const paths = [
    '/v1/widgets/latest',
    '/v1/widgets/latest?limit=2',
    `/v1/widgets/related/${known.slug}`,
    '/v1/widgets/related/no-such-story',
    `/v1/widgets/articles/${known.slug}`,
    '/v1/widgets/articles/nope',
    `/embed/articles/${known.slug}`,
    '/embed/articles/nope',
    `/articles/${known.slug}`,
    '/articles/nope',
    '/feeds/latest.json',
    '/feeds/tags/widgets.rss',
    '/',
    '/healthz',
  ]
  for (let i = 0; i < 6; i++) mixed.push(...paths)
  const results = await pool(mixed, 16, (p) => m.req('GET', p, { timeout: QUICK }))
  results.forEach((r, i) =>
    m.check(
      `concurrent mixed widget/page/feed requests answer within ${QUICK / 1000} s`,
      !r.hang && r.status > 0 && r.status < 500,
      `${mixed.length} GETs at once (unknown and known slugs); GET ${mixed[i]} → ${outcome(r)}`
    )
  )
  await after('concurrent mixed requests')
}
