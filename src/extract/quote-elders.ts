/**
 * @module "the elder Sorensen", "the younger Roe": of the people of a story who share a surname,
 * the older or the younger one, by the ages the story gives them ("Harald Sorensen, 78,") or by
 * the family word that introduces them ("his son, Nils Sorensen"; "her mother, Marta Roe").
 */
import type { EntityAnalysis } from './entities'
import { givenNameGender } from './gazetteer-gender'

/** "the elder Sorensen": the comparative and the surname it picks among. */
export const ELDER_OR_YOUNGER = /^(?:[Tt]he\s+)?(elder|older|younger)\s+(\p{Lu}[\p{L}\p{M}'’-]+)$/u

const OLDER_KIN =
  /\b(?:father|mother|dad|mom|mum|grandfather|grandmother|grandpa|grandma|uncle|aunt|(?:older|elder|big)\s+(?:brother|sister))\b,?\s*$/
const YOUNGER_KIN =
  /\b(?:son|daughter|grandson|granddaughter|nephew|niece|child|boy|girl|(?:younger|little|baby|kid)\s+(?:brother|sister))\b,?\s*$/

/**
 * The person of `entities` whose name ends in `surname` and who is the elder (or the younger) of
 * those who do, or null when the story does not tell them apart.
 *
 * @example
 * // 'Harald Sorensen, 78, … His son, Nils Sorensen, …'
 * elderOrYounger(text, entities, 'Sorensen', false) // index of Nils Sorensen
 */
export function elderOrYounger(
  text: string,
  entities: EntityAnalysis,
  surname: string,
  elder: boolean
): number | null {
  const kin = entities.people.flatMap((p, index) => (p.name.endsWith(` ${surname}`) ? [index] : []))
  if (kin.length < 2) return null
  // Ages first: each person's first age given after their full name ("Ann Roe, 78,").
  const ages = new Map<number, number>()
  // Then the family word before the name: +1 a parent's, -1 a child's.
  const rank = new Map<number, number>()
  for (const m of entities.mentions) {
    if (m.type !== 'person' || !kin.includes(m.entity) || !/\s/.test(m.text)) continue
    const age = /^,\s+(\d{1,3}),/.exec(text.slice(m.end, m.end + 8))
    if (age && !ages.has(m.entity)) ages.set(m.entity, Number(age[1]))
    const lead = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase()
    const word = OLDER_KIN.test(lead) ? 1 : YOUNGER_KIN.test(lead) ? -1 : 0
    if (word !== 0 && !rank.has(m.entity)) rank.set(m.entity, word)
  }
  const pick = (score: Map<number, number>): number | null => {
    if (score.size === 0) return null
    const sign = elder ? 1 : -1
    const sorted = [...score].sort((a, b) => sign * (b[1] - a[1]))
    // A tie tells nothing; one known rank among two kin places the other by it.
    if (sorted.length > 1 && sorted[0]![1] === sorted[1]![1]) return null
    if (sorted.length === 1 && kin.length === 2) {
      const [index, value] = sorted[0]!
      const other = kin.find((k) => k !== index)!
      return value * sign > 0 ? index : other
    }
    return sorted.length > 1 ? sorted[0]![0] : null
  }
  return ages.size >= 2 ? pick(ages) : pick(rank)
}

/**
 * The person a bare surname means when two or more people of the story have it ("Ruth Roe … her
 * son, Tom Roe, … Roe taught for 40 years"): news style calls the story's subject by the surname
 * and the family by their given names, so the first of them named in full. Null when fewer than
 * two people have the surname.
 *
 * @example
 * // 'Ruth Roe died on Sunday. Her son, Tom Roe, said … Roe was born in 1932.'
 * firstOfSurname(entities, 'Roe') // index of Ruth Roe
 */
export function firstOfSurname(entities: EntityAnalysis, surname: string): number | null {
  // (Asked for every bare surname a story credits: answered once per story and surname.)
  let known = FIRST_OF.get(entities)
  if (!known) FIRST_OF.set(entities, (known = new Map()))
  const cached = known.get(surname)
  if (cached !== undefined) return cached
  const found = firstNamedOf(entities, surname)
  known.set(surname, found)
  return found
}

const FIRST_OF = new WeakMap<EntityAnalysis, Map<string, number | null>>()

function firstNamedOf(entities: EntityAnalysis, surname: string): number | null {
  const kin = entities.people.flatMap((p, index) => (p.name.endsWith(` ${surname}`) ? [index] : []))
  if (kin.length < 2) return null
  let first: { index: number; start: number } | null = null
  for (const m of entities.mentions)
    if (m.type === 'person' && kin.includes(m.entity) && /\s/.test(m.text))
      if (!first || m.start < first.start) first = { index: m.entity, start: m.start }
  return first?.index ?? null
}

const MALE_KIN =
  /\b(?:husband|father|dad|son|grandson|brother|uncle|nephew|grandfather|grandpa|boyfriend)\b,?\s*$/
const FEMALE_KIN =
  /\b(?:wife|mother|mom|mum|daughter|granddaughter|sister|aunt|niece|grandmother|grandma|girlfriend)\b,?\s*$/

/** A courtesy title right before a surname: "Mr." is a man's, "Ms.", "Mrs." and "Miss" a woman's. */
export const COURTESY_BEFORE = /\b(?:(Mr)|Ms|Mrs|Miss)\.?\s+$/

/**
 * The one person of `entities` whose name ends in `surname` and who is of the gender a courtesy
 * title gives ("Harold Roe … his daughter, Lena Roe … Ms. Roe says"): the given name or the family
 * word before the full name tells each one's gender, and the one whose gender is untold fits when
 * all the others are of the other gender. Null when fewer than two people have the surname or not
 * exactly one of them fits.
 *
 * @example
 * // 'Harold Roe drives. His daughter, Lena Roe, rides along. … Ms. Roe says'
 * kinByTitle(text, entities, 'Roe', 'f') // index of Lena Roe
 */
export function kinByTitle(
  text: string,
  entities: EntityAnalysis,
  surname: string,
  gender: 'm' | 'f'
): number | null {
  const kin = entities.people.flatMap((p, index) => (p.name.endsWith(` ${surname}`) ? [index] : []))
  if (kin.length < 2) return null
  const genders = new Map<number, 'm' | 'f' | null>()
  for (const index of kin) genders.set(index, givenNameGender(entities.people[index]!.name))
  for (const m of entities.mentions) {
    if (
      m.type !== 'person' ||
      !genders.has(m.entity) ||
      genders.get(m.entity) ||
      !/\s/.test(m.text)
    )
      continue
    const lead = text.slice(Math.max(0, m.start - 30), m.start).toLowerCase()
    genders.set(m.entity, MALE_KIN.test(lead) ? 'm' : FEMALE_KIN.test(lead) ? 'f' : null)
  }
  const fits = kin.filter((index) => genders.get(index) === gender)
  if (fits.length === 1) return fits[0]!
  // "Anselm Roe … his daughter, Wilhelmina Roe": the one left when the others are not of it.
  const open = kin.filter((index) => genders.get(index) === null)
  return fits.length === 0 && open.length === 1 ? open[0]! : null
}
