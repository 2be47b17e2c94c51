/**
 * @module Quoted terms: a few quoted words used inside a noun phrase ("October’s “harbour fever”
 * season", "patients with “mild and stable” symptoms") name or qualify a thing; they are not
 * someone's speech, even in a sentence with a reporting verb.
 */
import { FUNCTION_WORDS } from './lexicon'

/** What opens a noun phrase right before the quote: a possessive, an article, a preposition. */
const NOUN_PHRASE_OPENER =
  /(?:\p{L}['’]s|(?<![\p{L}'’])(?:a|an|the|his|her|its|their|our|my|your|with|of|for|in|on|at|by|from|about|into|against))\s+$/iu

/**
 * The quoted words `start..end` (inside the marks) are a term inside a noun phrase: at most four
 * words with no punctuation closing them, after a possessive, article or preposition, and followed
 * by a lower-case word that is not a function word or an adverb (the noun they qualify).
 *
 * @example
 * const text = 'They saw October’s “harbour fever” season.'
 * isQuotedTerm(text, 20, 33) // true: “harbour fever” qualifies “season”
 */
export function isQuotedTerm(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end)
  if (end - start > 60 || /[.,;:!?]$/.test(words) || words.split(/\s+/).length > 4) return false
  if (!NOUN_PHRASE_OPENER.test(text.slice(Math.max(0, start - 40), Math.max(0, start - 1))))
    return false
  const next = /^[\s]+(\p{Ll}+)(?![\p{L}'’-])/u.exec(text.slice(end + 1, end + 40))
  return next !== null && !FUNCTION_WORDS.has(next[1]!) && !/ly$/.test(next[1]!)
}
