/**
 * @module Quoted words that the sentence around them makes someone's own: a verb of expression
 * before them ("voiced her “anger and sadness”", "expressed “grave concern”") or "in X's words"
 * ("It had, in her words, become “too heavy”"). Such words are a quote however short, unlike a
 * label, a title or a scare quote, which no such clue introduces.
 */
import { FUNCTION_WORDS } from './lexicon'
import { sentenceSubject, type Attribution } from './quote-attribution'

/**
 * A verb of expression ending the words before a quote, with at most three lower-case words
 * between ("expressed deep concern over “…”"). Verb forms only, and not after a determiner:
 * "the express", "a voice" are nouns.
 */
const EXPRESSED =
  /(?<![-\p{L}])(?<!\b(?:the|a|an|his|her|its|their|our|my)\s+)(express(?:es|ed|ing)?|voic(?:ed|ing)|utter(?:s|ed|ing)?)\s+(?:\p{Ll}+\s+){0,3}$/u

/** "in her words", "in Roe’s own words", "in the mayor’s words": the possessor speaks. */
const WORDS_OF =
  /(?<![\p{L}\p{N}])[Ii]n\s+(his|her|their|its|(?:the\s+)?[\p{L}\p{M}.-]+(?:\s+[\p{Lu}][\p{L}\p{M}.-]*){0,2}['’]s?)\s+(?:own\s+)?words\b/u

/** "its rousing motto, “…”", "Roe’s advice: “…”": words that belong to their possessor. */
const OWN_WORDS =
  /(?<![\p{L}\p{N}])(his|her|their|its|[\p{Lu}][\p{L}\p{M}.-]*(?:\s+[\p{Lu}][\p{L}\p{M}.-]*){0,2}['’]s?)\s+(?:\p{Ll}+\s+){0,2}(?:motto|slogan|mantra|catchphrase|refrain|advice|message|reply|response|answer|words(?=\s*:))\s*[,:—–]?\s*$/u

/** "In the words of Ann Roe, “…”", "in the words of union president Ann Roe": the name speaks. */
const WORDS_OF_NAME =
  /(?<![\p{L}\p{N}])[Ii]n\s+the\s+(?:\p{Ll}+\s+)?words\s+of\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*)\s*[,:—–]?\s*$/u

/**
 * "As Ann Roe put it, “…”", "as the union's president, Ann Roe, put it bluntly:": the one who put
 * it speaks. A name, or a description followed by the name set off by commas.
 */
const AS_PUT_IT =
  /(?<![\p{L}\p{N}])[Aa]s\s+(?:[^,.;:“”"]{1,60},\s+|(?:\p{Ll}[\p{L}-]*\s+){1,3}?)?((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*|he|she|they),?\s+(?:(?:once|later|has|had|so)\s+)?(?:put|puts)\s+it(?:\s+\p{Ll}+ly)?\s*[,:—–]?\s*$/u

const POSSESSIVE_PRONOUN: Record<string, string> = {
  his: 'he',
  her: 'she',
  their: 'they',
  its: 'it',
}

/**
 * Who quoted words are credited to by a verb of expression or an "in X's words" in `before` (the
 * sentence up to the quote), or null when neither is there (or, for a verb, when the sentence has
 * no subject that can speak).
 *
 * @example
 * expressedBy('Ann Roe voiced her ') // { mention: 'Ann Roe', cue: 'voiced' }
 * expressedBy('It had, in her words, become ') // { mention: 'she', cue: 'in her words' }
 */
export function expressedBy(before: string): Attribution | null {
  // Bounded slices keep the end-anchored pattern linear however long the sentence is.
  const verb = EXPRESSED.exec(before.slice(-80))
  if (verb) {
    const mention = sentenceSubject(before)
    return mention ? { mention, cue: verb[1]! } : null
  }
  const named = WORDS_OF_NAME.exec(before.slice(-120)) ?? AS_PUT_IT.exec(before.slice(-140))
  if (named && !FUNCTION_WORDS.has(named[1]!.toLowerCase()))
    return { mention: named[1]!, cue: named[0].trim().replace(/\s+/g, ' ') }
  const words = WORDS_OF.exec(before.slice(-200)) ?? OWN_WORDS.exec(before.slice(-120))
  if (!words) return null
  const owner = words[1]!
  const mention = POSSESSIVE_PRONOUN[owner.toLowerCase()] ?? owner.replace(/['’]s?$/, '')
  return { mention, cue: words[0].replace(/\s+/g, ' ') }
}
