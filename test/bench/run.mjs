/**
 * @module `npm run bench [-- name…]`: runs every test/bench/*.bench.ts and prints their tables.
 * Benchmarks that need ../shared/data say so and skip when it is absent.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runScripts } from '../support/run-scripts.mjs'
import { ROOT } from '../support/worker-process.mjs'

const data = resolve(process.env.EDGEWIRE_DATA ?? join(ROOT, '..', 'shared', 'data'))
if (!existsSync(data))
  console.log(`No data at ${data}: benchmarks that need ../shared/data will say so and skip.`)
process.exit(
  runScripts({
    dir: fileURLToPath(new URL('.', import.meta.url)),
    suffix: '.bench.ts',
    data,
    wanted: process.argv.slice(2),
    what: 'benchmark',
  })
)
