/**
 * @module The extraction lexicon, one place for every word list the extractors read: the English
 * lists (re-exported as named sets, as the English stages always read them) and, per language, the
 * lists the other languages add (`lexiconFor`).
 */
export * from './en'
