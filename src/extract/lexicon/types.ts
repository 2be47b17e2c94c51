/** @module The shape of a language's lexicon: the word lists every extraction stage reads. */

/** The word lists that type capitalised phrases as people, organisations and places. */
export interface EntityWords {
  /** Capitalised words that open sentences but never names ("The", "Le", "Die"). */
  functionWords: ReadonlySet<string>
  /** Titles and roles before a name, lower case, without a final dot ("president", "mme"). */
  titles: ReadonlySet<string>
  /** Common given names. */
  givenNames: ReadonlySet<string>
  /** Small words inside names ("of", "de", "von", "da"). */
  connectors: ReadonlySet<string>
  /** Countries, regions and cities, lower case. */
  places: ReadonlySet<string>
  /** Words that end (or head) an organisation's name. */
  orgWords: ReadonlySet<string>
  /** Prepositions before a place ("in", "near"; "à", "nach", "en" in other languages). */
  locatives: ReadonlySet<string>
  /** Reporting verbs, one word each: a phrase next to one is a speaker. */
  cueVerbs: ReadonlySet<string>
}

/** What a language adds to the English lists: written once per language in `lexicon/<code>.ts`. */
export interface LanguageWords {
  /** ISO 639-1 code. */
  language: string
  /** Quotation marks as [open, close] pairs, outermost first. */
  quoteMarks: readonly (readonly [string, string])[]
  /** Dialogue opened by a dash at the start of a paragraph ("— Nous partons, dit-elle."). */
  dialogueDash: boolean
  /** The one list of reporting verbs: every form that credits speech ("déclaré", "sagte"). */
  reportingVerbs: readonly string[]
  /** Auxiliaries of compound tenses before a participle ("a déclaré", "ha detto"). */
  auxiliaries: readonly string[]
  /** Prepositions that credit a source ("selon X", "laut X", "según X"). */
  accordingTo: readonly string[]
  /**
   * Prepositions that give whose view a quote right after them is ("Pour la maire, « … »",
   * "Para la fiscal, «…»"); they credit only a person or a role.
   */
  viewpoint?: readonly string[]
  /**
   * Words a story uses for a role already named, to the role words they stand for ("édile" for
   * "maire", "Rathauschef" for "Bürgermeister", "regidor" for "alcalde"), lower case.
   */
  roleAliases?: Readonly<Record<string, readonly string[]>>
  /**
   * Nouns that describe a person already named by age, sex or kinship rather than by office
   * ("le jeune", "die 47-Jährige" as "jährige", "el vecino", "la donna"), lower case: after a
   * definite article they stand, like a pronoun, for the nearest person of its gender.
   */
  personNouns?: readonly string[]
  /**
   * Nouns after which "de X" names a place ("la ville de", "el barrio de", "der Bürgermeister
   * von"): towns, districts, ports, and mayors, who are mayors of places.
   */
  placeNouns?: readonly string[]
  /** Words that open reported speech after a verb ("que", "dass", "che"); an apostrophe elides. */
  complementisers?: readonly string[]
  /** Subject pronouns by gender (for "sagte sie", "a-t-il ajouté"). */
  pronouns: { male: readonly string[]; female: readonly string[]; plural: readonly string[] }
  /** Honorifics and roles before a name, lower case without dots ("mme", "frau", "dottssa"). */
  titles: readonly string[]
  /** Titles, roles and articles before a name that mark a woman ("Mme", "Frau", "la") or a man. */
  femaleMarkers: readonly string[]
  maleMarkers: readonly string[]
  /** Particles inside surnames ("de", "von", "van", "da", "di"). */
  particles: readonly string[]
  /** Function words, days and other capitalised sentence openers that are never names. */
  functionWords: readonly string[]
  /** Given names common in the language's newsrooms, by gender. */
  femaleNames: readonly string[]
  maleNames: readonly string[]
  /** Place names as the language writes them ("Allemagne", "München", "Nueva York"). */
  places: readonly string[]
  /** Prepositions before a place ("à Lyon", "nach Köln", "en Sevilla"). */
  locatives: readonly string[]
  /** Words that head or end an organisation's name ("ministère", "Partei", "Universidad"). */
  orgWords: readonly string[]
  /**
   * Every noun is capitalised (German): a capitalised word is a name only with a given name, a
   * title or a surname seen with a given name. `titleEndings` matches compound titles
   * ("Innenministerin", "Innungsmeister").
   */
  capitalisedNouns?: boolean
  titleEndings?: RegExp
  /** Month names, January first: each entry lists the full name and its abbreviations. */
  months: readonly (readonly string[])[]
}

/** A language's complete lexicon: the English lists joined with what the language adds. */
export interface Lexicon extends EntityWords {
  language: string
  words: LanguageWords | null
}
