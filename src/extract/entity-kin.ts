/**
 * @module Relatives named by a given name alone ("Her sister Nadia"): the pattern and the sentence
 * before it, where the person whose surname they share is named.
 */

/**
 * "Her sister Nadia", "his son, Theo", "Beck's mother, Anne": a possessive (a pronoun, or a name
 * whose surname the relative shares, group 1), a kin noun (2) and a given name alone (3).
 */
export const KIN =
  /\b(?:[Hh]er|[Hh]is|[Tt]heir|(\p{Lu}\p{Ll}+)['’]s)[ \u00a0]+(sister|brother|wife|husband|son|daughter|mother|father|grandson|granddaughter|grandfather|grandmother),?[ \u00a0]+(\p{Lu}\p{Ll}+)\b(?![ \u00a0]+\p{Lu})/gu

/**
 * The offset where the `back`-th sentence before the one holding `at` begins (1: the sentence just
 * before; at most 600 characters back).
 *
 * @example
 * sentenceBefore('Ann Roe died. She was 91. Her son Tim spoke.', 26, 2) // 0
 */
export function sentenceBefore(text: string, at: number, back = 1): number {
  const start = Math.max(0, at - 600)
  const ends = [...text.slice(start, at).matchAll(/[.!?]["”’]?\s+/g)].map(
    (e) => start + e.index + e[0].length
  )
  return ends.length >= back + 1 ? ends[ends.length - back - 1]! : start
}

/** A kin noun right before a name that makes its bearer the younger ("his son, Tim Roe"). */
const YOUNGER_KIN =
  /\b(?:son|daughter|grandson|granddaughter|nephew|niece|sons|daughters)[,:]?[ \u00a0]+$/
/** A kin noun right before a name that makes its bearer the elder ("her father, Mark Roe"). */
const ELDER_KIN =
  /\b(?:father|mother|dad|mom|mum|grandfather|grandmother|uncle|aunt|parents)[,:]?[ \u00a0]+$/
/** ", 78," right after a name: the bearer's age. */
const AGE_AFTER = /^,[ \u00a0]+(\d{1,3})[ \u00a0]*[,.)]/

/**
 * Which of the people sharing a surname "the elder" and "the younger" stand for ("Arne Sorensen,
 * 78, … his son Erik Sorensen, 51"): by the ages written after their full names, else by a kin
 * noun before one of two ("his son, Tim Roe" is the younger, the other the elder). Indexes into
 * `names`; null when the story does not tell.
 *
 * @example
 * elderAndYounger('Mark Roe, 70, and his son Tim Roe, 41, …', ['Mark Roe', 'Tim Roe']) // { elder: 0, younger: 1 }
 */
export function elderAndYounger(
  text: string,
  names: readonly string[]
): { elder: number; younger: number } | null {
  const ages: number[] = []
  const kin: number[] = []
  names.forEach((name, n) => {
    const at = text.indexOf(name)
    if (at < 0) return
    const age = AGE_AFTER.exec(text.slice(at + name.length, at + name.length + 8))
    if (age) ages[n] = Number(age[1])
    const before = text.slice(Math.max(0, at - 24), at)
    kin[n] = YOUNGER_KIN.test(before) ? -1 : ELDER_KIN.test(before) ? 1 : 0
  })
  const aged = names.map((_, n) => n).filter((n) => ages[n] !== undefined)
  if (aged.length >= 2) {
    aged.sort((a, b) => ages[b]! - ages[a]!)
    const [elder, younger] = [aged[0]!, aged[aged.length - 1]!]
    return ages[elder] === ages[younger] ? null : { elder, younger }
  }
  if (names.length !== 2 || kin[0] === kin[1]) return null
  return (kin[0] ?? 0) > (kin[1] ?? 0) ? { elder: 0, younger: 1 } : { elder: 1, younger: 0 }
}
