/**
 * @module Benchmark: CPU time of the extraction work in a `text/plain` article create, in-process.
 * Before, the whole engine ran on the copy for the article's fields and again on the stored text
 * for its derived data; now the copy's layout gives the fields and the analysis runs once, in the
 * derive step. Copy with a headline and a credited source (no fallback analysis needed).
 */
import { deriveArticles } from '../../src/domain/derived'
import { htmlToText } from '../../src/domain/html'
import type { Article } from '../../src/domain/article'
import {
  createFieldsFromCopy,
  runExtraction,
  type ExtractInput,
} from '../../src/domain/article-copy'
import { longArticle } from '../extract/fixtures'

/** CPU milliseconds (user + system) one call takes: other processes on the machine do not count. */
function cpu(run: () => unknown): number {
  const t0 = process.cpuUsage()
  run()
  const d = process.cpuUsage(t0)
  return (d.user + d.system) / 1000
}

function median(run: () => unknown, rounds: number): number {
  for (let i = 0; i < 20; i++) run()
  const samples = Array.from({ length: rounds }, () => cpu(run)).sort((a, b) => a - b)
  return samples[Math.floor(rounds / 2)]!
}

const input: ExtractInput = {
  html: false,
  content: `${longArticle(1000)}\n\n(With input from Meridian)`,
}
const fields = createFieldsFromCopy(input, {}) as {
  headline: string
  dek: string | null
  body: string
}
const article: Article = {
  id: 'art_bench',
  slug: 'bench',
  headline: fields.headline,
  dek: fields.dek,
  body: fields.body,
  bodyText: htmlToText(fields.body),
  section: null,
  tags: [],
  bylines: [],
  status: 'draft',
  publishAt: null,
  publishedAt: null,
  createdAt: '2031-01-01T00:00:00.000Z',
  updatedAt: '2031-01-01T00:00:00.000Z',
  revision: 1,
  canonicalUrl: null,
  language: 'en',
  image: null,
  source: 'Meridian',
  corrections: [],
}
const before = median(() => {
  runExtraction(input)
  deriveArticles([article])
}, 100)
const after = median(() => {
  createFieldsFromCopy(input, {})
  deriveArticles([article])
}, 100)
console.log('| text/plain create, 1,000 words | median CPU ms |')
console.log('|---|---|')
console.log(`| engine on the copy, then derive (before) | ${before.toFixed(2)} |`)
console.log(`| copy layout, then derive once (now) | ${after.toFixed(2)} |`)
