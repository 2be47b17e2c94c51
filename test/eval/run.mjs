/**
 * @module `npm run eval [-- name…]`: runs every test/eval/*.eval.ts against ../shared/data and prints
 * their tables. Exits 0 with a message when the data folder is absent (a fresh clone has none).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = resolve(here, '../..')
const data = resolve(process.env.EDGEWIRE_DATA ?? join(root, '..', 'shared', 'data'))
if (!existsSync(data)) {
  console.log(`No evaluation data at ${data}: nothing to evaluate. Set EDGEWIRE_DATA to the folder of ../shared/data to run.`)
  process.exit(0)
}
const wanted = process.argv.slice(2)
const files = readdirSync(here).filter((f) => f.endsWith('.eval.ts')).sort()
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
let failed = 0
for (const file of files) {
  console.log(`\n## ${file.replace('.eval.ts', '')}\n`)
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(here, file)], {
    cwd: root, stdio: 'inherit', env: { ...process.env, EDGEWIRE_DATA: data },
  })
  if (run.status !== 0) failed += 1
}
if (failed) {
  console.error(`\n${failed} evaluation(s) failed to run.`)
  process.exit(1)
}
