/**
 * @module Context that marks a capitalised phrase as a person: an apposition that describes who
 * they are ("Ann Roe, 19, …", "Ann Roe, a nurse from Leeds, …", "Ann Roe, the band's drummer").
 */
import { TITLES } from './lexicon'
import { wordSet } from './text'

/** Nouns that describe a person in an apposition (besides the titles of the lexicon). */
export const PERSON_NOUNS = wordSet(`
  woman man boy girl teenager teen child kid baby mother father mum mom dad son daughter wife husband
  widow widower brother sister grandmother grandfather aunt uncle cousin partner girlfriend boyfriend
  fiancee fiance resident member student pupil graduate citizen national native veteran survivor
  victim witness worker employee volunteer activist campaigner protester demonstrator fan artist
  musician designer photographer filmmaker producer player athlete footballer cricketer boxer
  swimmer runner cyclist driver soldier priest nun monk doctor nurse surgeon teacher lecturer
  engineer politician chef farmer fisherman businessman businesswoman entrepreneur investor
  owner pilot comedian poet blogger curator historian expert specialist official officials
  mother-of-two father-of-two father-of-three mother-of-three grandmother-of-five patient
  passenger driver suspect defendant prisoner inmate refugee migrant pilgrim tourist
  scientologist christian muslim jew catholic
`)

/** ", 19," or ", a …" / ", the …" with up to five words after the article (the text is cut to 80 characters). */
const APPOSITION = /^,\s+(?:(?:aged\s+)?\d{1,3}\s*[,.)]|(?:a|an|the)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}))/u

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
  return phrase.toLowerCase().split(/\s+/).slice(0, 5).some((w) => PERSON_NOUNS.has(w.replace(/['’]s$/, '')) || TITLES.has(w.replace(/['’]s$/, '')))
}
