/** @module The word-list literal helper every lexicon and gazetteer file builds its sets with. */

/** A set of the white-space separated words of a word-list literal. */
export const wordSet = (text: string): Set<string> => new Set(text.trim().split(/\s+/))

/** The white-space separated words of a word-list literal, in order. */
export const wordList = (text: string): string[] => text.trim().split(/\s+/)
