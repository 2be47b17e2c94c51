/**
 * @module Sums what test/contract-check.ts printed per test file (`[contract] {…}` lines in a
 * vitest log): responses validated, and every declared route × status no test reached.
 * Usage: npx vitest run --config test/vitest.config.ts > run.log; npx tsx
 * test/client/contract-coverage.ts run.log
 */
import { readFileSync } from 'node:fs'
import { OPERATIONS } from '../../src/routes/contract/operations'
import { responsesOf } from '../../src/routes/contract/operation'

const log = readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8').replace(/\x1b\[[0-9;]*m/g, '')
const covered = new Map<string, number>()
let validated = 0
let unrouted = 0
let files = 0
for (const match of log.matchAll(/\[contract\] (\{.*\})/g)) {
  const report = JSON.parse(match[1]!) as {
    validated: number
    unrouted: number
    covered: Record<string, number>
  }
  files += 1
  validated += report.validated
  unrouted += report.unrouted
  for (const [key, n] of Object.entries(report.covered))
    covered.set(key, (covered.get(key) ?? 0) + n)
}
const declared = OPERATIONS.flatMap((op) =>
  Object.keys(responsesOf(op)).map((status) => `${op.method.toUpperCase()} ${op.path} ${status}`)
)
const missing = declared.filter((key) => !covered.has(key))
const routes = new Set(OPERATIONS.map((op) => `${op.method} ${op.path}`))
const reached = new Set(
  [...covered.keys()].map((k) => k.split(' ').slice(0, 2).join(' ').toLowerCase())
)
console.log(
  `${files} test files; ${validated} responses validated against their declared schema; ${unrouted} unrouted 401/404/405`
)
console.log(
  `${OPERATIONS.length} operations, ${declared.length} declared route × status pairs; ${declared.length - missing.length} covered`
)
console.log(
  `operations never reached: ${[...routes].filter((r) => !reached.has(r.toLowerCase())).join(', ') || 'none'}`
)
console.log(`uncovered route × status (${missing.length}):\n  ${missing.join('\n  ')}`)
