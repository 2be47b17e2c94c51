/**
 * @module Runs every `*.<suffix>` TypeScript file of a folder with tsx, one after another, with
 * EDGEWIRE_DATA set: the shared engine of `npm run eval` and `npm run bench`.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './worker-process.mjs'

/**
 * @param {{ dir: string, suffix: string, data: string, wanted: string[], what: string }} options
 * @returns {number} the exit code: 1 when any script failed
 */
export function runScripts({ dir, suffix, data, wanted, what }) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  let failed = 0
  for (const file of files) {
    console.log(`\n## ${file.replace(suffix, '')}\n`)
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(dir, file)], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, EDGEWIRE_DATA: data },
    })
    if (run.status !== 0) failed += 1
  }
  if (failed) console.error(`\n${failed} ${what}(s) failed to run.`)
  return failed ? 1 : 0
}
