/**
 * @module Prints an evaluation table: measured | target | published.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Prints a markdown table with a title line. */
export function printTable(title: string, rows: [string, string, string, string][]): void {
  console.log(`**${title}**\n`)
  console.log('| metric | measured | target | published |')
  console.log('|---|---|---|---|')
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  console.log('')
}

/**
 * The path of a file or folder under `$EDGEWIRE_DATA`; when it is not there, says so and exits 0 (a
 * fresh clone has no shared data, and an evaluation without its data has nothing to measure).
 */
export function dataPathOrSkip(label: string, ...parts: string[]): string {
  const root = process.env.EDGEWIRE_DATA
  const path = join(root ?? '', ...parts)
  if (!root || !existsSync(path)) {
    console.log(`No ${label}: set EDGEWIRE_DATA to the shared data folder. Skipping.`)
    process.exit(0)
  }
  return path
}
