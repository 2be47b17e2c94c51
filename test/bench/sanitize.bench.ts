/**
 * @module `npm run bench sanitize`: the body sanitizer and the plain-text derivation on hostile and
 * ordinary inputs of 0.5 and 1 MB: median milliseconds of 5 runs, throughput, and the ratio between
 * the two sizes (about 2 for linear time; a quadratic parser would show about 4).
 */
import { htmlToText, sanitizeHtml } from '../../src/domain/html'

const CASES: [string, (bytes: number) => string][] = [
  ['nested <div>', (b) => '<div>'.repeat(b / 5)],
  ['unclosed <p>x', (b) => '<p>x'.repeat(b / 4)],
  ['unclosed <li>x', (b) => '<ul>' + '<li>x'.repeat(b / 5)],
  ['unclosed <a href=x>', (b) => '<a href=x>'.repeat(b / 10)],
  ['short links', (b) => '<a href=x>y</a>'.repeat(b / 15)],
  ['table cells', (b) => '<table>' + '<td>x'.repeat(b / 5)],
  ['raw-text wrappers', (b) => '<xmp><svg/onload=alert(1)></xmp>'.repeat(b / 32)],
  ['comments', (b) => '<!--x-->'.repeat(b / 8)],
  ['lone <', (b) => '<'.repeat(b)],
  [
    'article markup',
    (b) =>
      '<p>The <a href="https://news.example/x">ferry</a> ran <em>late</em> &amp; the tide rose.</p>\n'.repeat(
        b / 90
      ),
  ],
]

function median(run: () => void): number {
  const times: number[] = []
  for (let k = 0; k < 5; k++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[2] as number
}

console.log(
  '| input | sanitize 0.5 MB | sanitize 1 MB | ratio | MB/s | text 1 MB | output of 1 MB |'
)
console.log('|---|---:|---:|---:|---:|---:|---:|')
for (const [name, make] of CASES) {
  const half = make(500_000)
  const full = make(1_000_000)
  sanitizeHtml(half) // warm up
  const a = median(() => sanitizeHtml(half))
  const b = median(() => sanitizeHtml(full))
  const t = median(() => htmlToText(full))
  const out = sanitizeHtml(full).length
  console.log(
    `| ${name} | ${a.toFixed(0)} ms | ${b.toFixed(0)} ms | ${(b / a).toFixed(2)} | ${(full.length / 1e6 / (b / 1000)).toFixed(1)} | ${t.toFixed(0)} ms | ${(out / 1e6).toFixed(2)} MB |`
  )
}
