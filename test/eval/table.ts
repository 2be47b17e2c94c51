/**
 * @module Prints an evaluation table: measured | target | published.
 */

/** Prints a markdown table with a title line. */
export function printTable(title: string, rows: [string, string, string, string][]): void {
  console.log(`**${title}**\n`)
  console.log('| metric | measured | target | published |')
  console.log('|---|---|---|---|')
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  console.log('')
}
