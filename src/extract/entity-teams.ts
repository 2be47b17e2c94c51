/**
 * @module Sides in a match report: a country (or any name) written beside a score ("Ghana 2 – 1
 * Peru", "Peru beat Ghana 2-1") is a team in that story, an organisation rather than a place.
 */

/** A score "2 – 1", "3-0" between two small numbers (not a year range, a time or a date). */
const SCORE = /(?<![\d:.,/])\d{1,2}[ \u00a0]*[–—-][ \u00a0]*\d{1,2}(?![\d:.,/]?\d)/gu
/** The capitalised name (one to three words) that ends right before a score... */
const NAME_BEFORE =
  /(\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,2})[ \u00a0]+$/u
/** ...and the one that starts right after it. */
const NAME_AFTER =
  /^[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,2})/u

/**
 * Lower-case names that stand next to a match score somewhere in `text`: the teams of a match
 * report.
 *
 * @example
 * findTeams('Group B — Ghana 2 – 1 Peru. Ghana led early.') // Set { 'ghana', 'peru' }
 */
export function findTeams(text: string): Set<string> {
  const teams = new Set<string>()
  for (const m of text.matchAll(SCORE)) {
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 100), m.index))?.[1]
    const after = NAME_AFTER.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 100)
    )?.[1]
    for (const side of [before, after])
      if (side) teams.add(side.replace(/['’]s$/, '').toLowerCase())
    if (teams.size >= 100) break
  }
  return teams
}
