/**
 * @module Relatives named by a given name alone ("Her sister Nadia"): the pattern and the sentence
 * before it, where the person whose surname they share is named.
 */

/** "Her sister Nadia", "his son, Theo": a possessive, a kin noun and a given name alone. */
export const KIN =
  /\b(?:[Hh]er|[Hh]is|[Tt]heir)[ \u00a0]+(sister|brother|wife|husband|son|daughter|mother|father),?[ \u00a0]+(\p{Lu}\p{Ll}+)\b(?![ \u00a0]+\p{Lu})/gu

/**
 * The offset where the sentence before the one holding `at` begins (at most 400 characters back).
 */
export function sentenceBefore(text: string, at: number): number {
  const start = Math.max(0, at - 400)
  const ends = [...text.slice(start, at).matchAll(/[.!?]["”’]?\s+/g)].map(
    (e) => start + e.index + e[0].length
  )
  return ends.length >= 2 ? ends[ends.length - 2]! : start
}
