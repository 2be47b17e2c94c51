/**
 * @module Context that marks a capitalised phrase as a person: an apposition that describes who
 * they are ("Ann Roe, 19, …", "Ann Roe, a nurse from Leeds, …", "Ann Roe, the band's drummer").
 */
import { PERSON_NOUNS, TITLES } from './lexicon'

export { PERSON_NOUNS }

/**
 * ", 19," or ", a …" / ", the …" with up to five words after the article (the text is cut to 80
 * characters).
 */
const APPOSITION =
  /^,\s+(?:(?:aged\s+)?\d{1,3}\s*[,.)]|(?:a|an|the)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}))/u

/**
 * True when `after` (the text right after a name) opens an apposition that describes a person:
 * an age, or "a/an/the …" whose first few words include a person noun or a title.
 *
 * @example
 * describesPerson(', a retired nurse from Leeds, said') // true
 * describesPerson(', the software company, said') // false
 */
export function describesPerson(after: string): boolean {
  const m = APPOSITION.exec(after.slice(0, 80))
  if (!m) return false
  const phrase = m[1]
  if (phrase === undefined) return true
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .slice(0, 5)
    .some((w) => PERSON_NOUNS.has(w.replace(/['’]s$/, '')) || TITLES.has(w.replace(/['’]s$/, '')))
}
