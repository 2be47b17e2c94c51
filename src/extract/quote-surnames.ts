/**
 * @module Bare surnames the recogniser left unlinked: "Ann Roe scored twice. … Roe has four goals"
 * links the second "Roe" to Ann Roe only when her given name is a known one or a title came with
 * it. For attribution a person's later sentences matter most ("Roe has four goals. The
 * 26-year-old said …"), so the quote engine links a surname that stands alone to the one person
 * of the story who has it.
 */
import type { EntityAnalysis } from './entities'
import { FUNCTION_WORDS, TITLES } from './lexicon'
import type { EntityMention } from './types'

/** A letter, or a mark that joins letters into one word ("Roe's", "Roe-Lee"). */
const LETTER = /[\p{L}\p{M}'’-]/u

/**
 * Mentions (sorted by start) of a person by their surname alone where the entities have none: a
 * two- or three-word person's last word, held by no other person or organisation, never written
 * in lower case in the text ("Major", "Bishop" as words stay words) and not a title, found where
 * no entity mention covers it and no capitalised word follows it.
 *
 * @example
 * surnameMentions('Nico Varga scored. Varga said …', entities) // [{ text: 'Varga', start: 19, … }]
 */
export function surnameMentions(text: string, entities: EntityAnalysis): EntityMention[] {
  const owners = new Map<string, number>()
  const taken = new Set<string>()
  entities.people.forEach((p, index) => {
    const words = p.name.split(/\s+/)
    const last = words[words.length - 1]!
    if (words.length < 2 || words.length > 3 || last.length < 3) return
    const key = last.toLowerCase()
    if (owners.has(key)) taken.add(key)
    owners.set(key, index)
  })
  for (const o of entities.organizations)
    for (const w of o.name.split(/\s+/)) taken.add(w.toLowerCase())
  for (const p of entities.places) taken.add(p.name.toLowerCase())
  for (const key of owners.keys()) if (TITLES.has(key) || FUNCTION_WORDS.has(key)) taken.add(key)
  // A surname also written as a plain word ("a major change") is that word when capitalised too.
  for (const key of owners.keys()) if (!taken.has(key) && writtenPlain(text, key)) taken.add(key)
  if ([...owners.keys()].every((k) => taken.has(k))) return []
  const covered = entities.mentions
    .map((m) => [m.start, m.end] as const)
    .sort((a, b) => a[0] - b[0])
  const found: EntityMention[] = []
  for (const [key, index] of owners) {
    if (taken.has(key)) continue
    const written = entities.people[index]!.name.split(/\s+/).pop()!
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const end = at + written.length
      if (LETTER.test(text[at - 1] ?? ' ') || LETTER.test(text[end] ?? ' ')) continue
      if (isCovered(covered, at, end) || /^\s+\p{Lu}/u.test(text.slice(end, end + 2))) continue
      found.push({ type: 'person', text: written, start: at, end, entity: index })
      if (found.length >= 2000) break
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Whether `word` (lower case) is written on its own in `text`, letters not running into it. */
function writtenPlain(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' '
    const after = text[at + word.length] ?? ' '
    if (!LETTER.test(before) && !LETTER.test(after)) return true
  }
  return false
}

/** Whether an entity mention (sorted by start) overlaps [start, end). */
function isCovered(covered: (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0
  let hi = covered.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (covered[mid]![0] < end) lo = mid + 1
    else hi = mid
  }
  // Mentions start before `end`: the ones nearest it are checked (nested mentions sit inside).
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (covered[i]![1] > start) return true
  return false
}
