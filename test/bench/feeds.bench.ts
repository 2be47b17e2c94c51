/**
 * @module `npm run bench feeds`: CPU time to render a 50-item full-content feed in each format, in
 * this Node process with the Worker's own render code (article model → feed model → string). Pure
 * CPU, no I/O: what a KV miss costs on top of its D1 query. Invented articles of about 5 KB of HTML
 * each.
 */
import { availableParallelism, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { Article } from '../../src/domain/article'
import { renderAtomFeed } from '../../src/render/feeds/atom'
import { renderJsonFeed } from '../../src/render/feeds/json-feed'
import { dominantLanguage, toFeedItem, type FeedModel } from '../../src/render/feeds/model'
import { renderRssFeed } from '../../src/render/feeds/rss'
import { renderNewsSitemap, renderSitemap } from '../../src/render/feeds/sitemap'

const ORIGIN = 'https://news.example'
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 400)
const TARGET_MS = 5
const PARAGRAPH =
  'Council officers in the invented harbour town of Lowmere said the repaired pier would carry foot traffic again from next week, after months of storm damage & inspections, and a long argument about who should pay for the "new" pilings. '

function article(i: number): Article {
  const at = new Date(Date.UTC(2026, 10, 1) - i * 3_600_000).toISOString()
  return {
    id: `art_${String(i).padStart(20, '0')}`,
    slug: `lowmere-pier-${i}`,
    headline: `Lowmere pier reopens to walkers & cyclists, part ${i}`,
    dek: 'Repairs to the invented pier are finished, the council says.',
    body: Array.from(
      { length: 20 },
      (_, p) => `<p>${PARAGRAPH} <a href="/articles/lowmere-pier-${p}">Earlier</a></p>`
    ).join(''),
    bodyText: PARAGRAPH.repeat(20),
    section: { slug: 'city', name: 'City' },
    tags: [
      { slug: 'transport', name: 'Transport' },
      { slug: 'harbour', name: 'Harbour' },
    ],
    bylines: [{ slug: 'ada-quill', name: 'Ada Quill' }],
    status: 'published',
    publishAt: null,
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
    revision: 2,
    canonicalUrl: null,
    language: 'en',
    image: {
      url: 'https://img.example/pier.jpg',
      caption: 'The pier at low tide.',
      credit: 'Edgewire',
    },
    source: null,
    corrections: i % 5 === 0 ? [{ at, text: 'An earlier version misnamed the harbour.' }] : [],
  }
}

const articles = Array.from({ length: 50 }, (_, i) => article(i))

function feed(): FeedModel {
  const items = articles.map((a) => toFeedItem(a, ORIGIN, true))
  return {
    id: 'tag:news.example,2026:feeds/latest',
    title: 'Edgewire',
    description: 'The latest stories',
    language: dominantLanguage(items),
    homeUrl: `${ORIGIN}/`,
    selfUrl: `${ORIGIN}/feeds/latest.rss`,
    firstUrl: `${ORIGIN}/feeds/latest.rss`,
    nextUrl: `${ORIGIN}/feeds/latest.rss?cursor=x`,
    hubUrl: 'https://hub.example/',
    updated: articles[0]!.updatedAt,
    siteName: 'Edgewire',
    items,
  }
}

const encoder = new TextEncoder()

const sitemapRows = Array.from({ length: 1000 }, (_, i) => ({
  url: `${ORIGIN}/articles/story-${i}`,
  lastModified: '2026-11-01T00:00:00.000Z',
  title: `Story ${i} & more`,
  published: '2026-11-01T00:00:00.000Z',
  language: 'en',
}))

const CASES: [string, () => string, number][] = [
  ['RSS 2.0, 50 items, full content', () => renderRssFeed(feed()), TARGET_MS],
  ['Atom 1.0, 50 items, full content', () => renderAtomFeed(feed()), TARGET_MS],
  ['JSON Feed 1.1, 50 items, full content', () => renderJsonFeed(feed()), TARGET_MS],
  ['sitemap, 1,000 URLs', () => renderSitemap(`${ORIGIN}/`, sitemapRows), Number.NaN],
  ['Google News sitemap, 1,000 URLs', () => renderNewsSitemap('Edgewire', sitemapRows), Number.NaN],
]

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

console.log(
  `Render cost per document (Node ${process.version}, ${ITERATIONS} renders each after 50 warm-up; includes building the feed model).`
)
console.log(
  'Renderers return strings that may be ropes (as JSON.stringify\'s are); the "incl. UTF-8 encode" column adds turning the document into the bytes KV stores and the response sends.'
)
console.log(
  "CPU time is this process's user+system time per render (process.cpuUsage, µs resolution): it is what the target means, and unlike wall time it does not grow when other processes share the cores.\n"
)
console.log(
  '| document | size KiB | CPU median ms | CPU p95 ms | wall median ms | CPU median incl. UTF-8 encode | target (CPU) | verdict |'
)
console.log('|---|---:|---:|---:|---:|---:|---|---|')
let missed = 0
for (const [name, render, target] of CASES) {
  for (let i = 0; i < 50; i++) render()
  const times: number[] = []
  let size = 0
  const wall: number[] = []
  const withEncode: number[] = []
  for (let i = 0; i < ITERATIONS; i++) {
    const cpu = process.cpuUsage()
    encoder.encode(render())
    const used = process.cpuUsage(cpu)
    withEncode.push((used.user + used.system) / 1000)
  }
  withEncode.sort((a, b) => a - b)
  for (let i = 0; i < ITERATIONS; i++) {
    const cpu = process.cpuUsage()
    const start = performance.now()
    const out = render()
    wall.push(performance.now() - start)
    const used = process.cpuUsage(cpu)
    times.push((used.user + used.system) / 1000)
    size = out.length
  }
  wall.sort((a, b) => a - b)
  times.sort((a, b) => a - b)
  const p95 = percentile(times, 95)
  const median = percentile(times, 50)
  const mark = (v: number) => (v <= target ? '✔' : '✘')
  const verdict = Number.isNaN(target) ? '' : `median ${mark(median)} / p95 ${mark(p95)}`
  if (!Number.isNaN(target) && median > target) missed += 1
  console.log(
    `| ${name} | ${(size / 1024).toFixed(1)} | ${median.toFixed(3)} | ${p95.toFixed(3)} | ${percentile(wall, 50).toFixed(3)} | ${percentile(withEncode, 50).toFixed(3)} | ${Number.isNaN(target) ? '—' : `≤ ${target} ms`} | ${verdict} |`
  )
}
console.log(
  missed
    ? `\n${missed} render target(s) missed at the median.`
    : "\nAll render targets met at the median (p95 shown beside: on shared cores it carries the neighbours' noise)."
)
console.log(
  `Load average while measuring: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} on ${availableParallelism()} cores.`
)
