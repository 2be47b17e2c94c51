/**
 * @module Benchmark: CPU time per extraction, in-process. A generated 1,000-word plain-text article
 * (median, p95; target ≤ 10 ms), the WCXB dev pages when ../shared/data is present (median ≤ 25
 * ms), time per KB across input sizes (growth must be linear) and the hostile inputs from the
 * tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { extractFromHtml, extractFromText } from '../../src/extract/index'
import { longArticle } from '../extract/fixtures'

/** CPU milliseconds (user + system) one call takes: other processes on the machine do not count. */
function cpu(run: () => unknown): number {
  const t0 = process.cpuUsage()
  run()
  const d = process.cpuUsage(t0)
  return (d.user + d.system) / 1000
}

/**
 * CPU milliseconds of this thread alone (Linux: nanoseconds on the CPU from schedstat), or null
 * where the kernel does not say. The process figure above also counts V8's background threads
 * (optimising compiler, parallel GC), which run beside the extraction, not inside it.
 */
function threadMs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
  } catch {
    return null
  }
}

function time(run: () => unknown, rounds: number): number[] {
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) samples.push(cpu(run))
  return samples.sort((a, b) => a - b)
}

/** Process and thread CPU per call, each sorted. */
function timeBoth(run: () => unknown, rounds: number): { process: number[]; thread: number[] } {
  const process_: number[] = []
  const thread: number[] = []
  for (let i = 0; i < rounds; i++) {
    const t0 = threadMs()
    process_.push(cpu(run))
    const t1 = threadMs()
    if (t0 !== null && t1 !== null) thread.push(t1 - t0)
  }
  return { process: process_.sort((a, b) => a - b), thread: thread.sort((a, b) => a - b) }
}
const pick = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
const ms = (n: number) => n.toFixed(2)
const both = (s: { process: number[]; thread: number[] }, q: number) =>
  s.thread.length ? `${ms(pick(s.process, q))} / ${ms(pick(s.thread, q))}` : ms(pick(s.process, q))

console.log('| input | median ms | p95 ms | target |')
console.log('|---|---|---|---|')
const article = longArticle(1000)
const kb = (article.length / 1024).toFixed(1)
// A fresh isolate's first calls run while V8 still optimises the extractor on background threads:
// calls 51-350 show that phase, calls after 1,000 the steady state a busy Worker runs in.
time(() => extractFromText(article), 50)
const warming = timeBoth(() => extractFromText(article), 300)
time(() => extractFromText(article), 650)
const steady = timeBoth(() => extractFromText(article), 300)
const split = warming.thread.length ? ', process / extraction thread' : ''
console.log(
  `| 1,000-word plain-text article (${kb} KB), steady state (after 1,000 calls)${split} | ${both(steady, 0.5)} | ${both(steady, 0.95)} | ≤ 10 ms |`
)
console.log(
  `| the same, calls 51-350 while V8 optimises${split} | ${both(warming, 0.5)} | ${both(warming, 0.95)} | |`
)

console.log('\n**Growth with input size (plain text)**\n')
console.log('| size | median ms | µs per KB |')
console.log('|---|---|---|')
for (const words of [250, 1000, 4000, 16000]) {
  const text = longArticle(words)
  time(() => extractFromText(text), 5)
  const s = time(() => extractFromText(text), words > 4000 ? 15 : 40)
  const kb = text.length / 1024
  console.log(
    `| ${words.toLocaleString('en')} words (${kb.toFixed(0)} KB) | ${ms(pick(s, 0.5))} | ${((pick(s, 0.5) * 1000) / kb).toFixed(0)} |`
  )
}

// Last of the timed sections: the pages stay in memory and enlarge every collection after them.
console.log('\n**Web pages (HTML)**\n')
console.log('| input | median ms | p95 ms | target |')
console.log('|---|---|---|---|')
const data = process.env.EDGEWIRE_DATA
const dir = data ? join(data, 'extraction', 'wcxb-dev', 'html') : ''
if (dir && existsSync(dir)) {
  const gold = new Map(
    readFileSync(join(dir, '..', 'ground-truth.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; url: string })
      .map((g) => [g.id, g.url])
  )
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => ({
      id: f.slice(0, -8),
      html: gunzipSync(readFileSync(join(dir, f))).toString('utf8'),
    }))
  for (const p of pages.slice(0, 50)) extractFromHtml(p.html, gold.get(p.id))
  const samples: number[] = []
  for (const p of pages) samples.push(cpu(() => extractFromHtml(p.html, gold.get(p.id))))
  samples.sort((a, b) => a - b)
  const pageKb = pages.reduce((n, p) => n + p.html.length, 0) / pages.length / 1024
  console.log(
    `| WCXB dev pages (${pages.length}, mean ${pageKb.toFixed(0)} KB of HTML) | ${ms(pick(samples, 0.5))} | ${ms(pick(samples, 0.95))} | median ≤ 25 ms |`
  )
} else console.log('| WCXB dev pages | (no data: set EDGEWIRE_DATA) | | |')

console.log('\n**Hostile inputs (one run each)**\n')
console.log('| input | ms |')
console.log('|---|---|')
const hostile: [string, () => unknown][] = [
  ['100,000 straight quote marks', () => extractFromText('"'.repeat(100_000))],
  ['100,000 curly quote marks, unbalanced', () => extractFromText('“'.repeat(100_000))],
  [
    '1 MB single line of prose',
    () => extractFromText('The Mayor Told Anna Smith, “Yes.” '.repeat(30_000).slice(0, 1_000_000)),
  ],
  [
    'HTML nested 10,000 deep',
    () => extractFromHtml(`${'<div>'.repeat(10_000)}<p>Deep.</p>${'</div>'.repeat(10_000)}`),
  ],
  [
    'a page of only scripts (1 MB)',
    () =>
      extractFromHtml(
        `<html><body>${'<script>var x = "<p>no</p>";</script>'.repeat(28_000)}</body></html>`
      ),
  ],
]
for (const [name, run] of hostile) console.log(`| ${name} | ${ms(time(run, 3)[1]!)} |`)
