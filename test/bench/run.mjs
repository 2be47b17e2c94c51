/**
 * @module `npm run bench [-- name…]`: runs every test/bench/*.bench.ts and prints
 * their tables. Benchmarks that need ../shared/data say so and skip when it is absent.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = resolve(here, '../..')
const data = resolve(process.env.EDGEWIRE_DATA ?? join(root, '..', 'shared', 'data'))
if (!existsSync(data)) console.log(`No data at ${data}: benchmarks that need ../shared/data will say so and skip.`)
const wanted = process.argv.slice(2)
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
let failed = 0
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}\n`)
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(here, file)], {
    cwd: root, stdio: 'inherit', env: { ...process.env, EDGEWIRE_DATA: data },
  })
  if (run.status !== 0) failed += 1
}
if (failed) {
  console.error(`\n${failed} benchmark(s) failed to run.`)
  process.exit(1)
}
