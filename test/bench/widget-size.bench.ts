/**
 * @module `npm run bench widget-size`: the bytes of `widget.js` as the Worker serves them (the file
 * verbatim), raw, gzipped (level 9, and level 6 as CDNs typically compress) and brotli, against the
 * issue's target of ≤ 6 KB gzipped.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { ROOT } from '../support/worker-process.mjs'

const TARGET_GZIP_BYTES = 6 * 1024

const source = readFileSync(join(ROOT, 'src/widget/edgewire.widget.js'))
const gzip9 = gzipSync(source, { level: 9 }).length
const gzip6 = gzipSync(source, { level: 6 }).length
const brotli = brotliCompressSync(source, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`

console.log('| asset | raw | gzip -9 | gzip -6 | brotli 11 | target |')
console.log('|---|---:|---:|---:|---:|---|')
const ok = gzip9 <= TARGET_GZIP_BYTES && gzip6 <= TARGET_GZIP_BYTES
console.log(
  `| widget.js | ${source.length} B (${kb(source.length)}) | ${gzip9} B (${kb(gzip9)}) | ${gzip6} B | ${brotli} B | ≤ 6 KB gzipped ${ok ? '✔ met' : '✘ missed'} |`
)
console.log(ok ? '\nTarget met.' : '\n1 target missed.')
