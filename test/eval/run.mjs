/**
 * @module `npm run eval [-- name…]`: runs every test/eval/*.eval.ts against ../shared/data and
 * prints their tables. Exits 0 with a message when the data folder is absent (a fresh clone has
 * none).
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runScripts } from '../support/run-scripts.mjs'
import { ROOT } from '../support/worker-process.mjs'

const data = resolve(process.env.EDGEWIRE_DATA ?? join(ROOT, '..', 'shared', 'data'))
if (!existsSync(data)) {
  console.log(
    `No evaluation data at ${data}: nothing to evaluate. Set EDGEWIRE_DATA to the folder of ../shared/data to run.`
  )
  process.exit(0)
}
process.exit(
  runScripts({
    dir: fileURLToPath(new URL('.', import.meta.url)),
    suffix: '.eval.ts',
    data,
    wanted: process.argv.slice(2),
    what: 'evaluation',
  })
)
