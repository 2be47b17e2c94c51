/**
 * @module Context that marks a capitalised phrase as a person: an apposition that describes who
 * they are ("Ann Roe, 19, …", "Ann Roe, a nurse from Leeds, …", "Ann Roe, the band's drummer"),
 * or as a company ("Keelworks, the maker of …", "shares of Keelworks").
 */
import { INDUSTRY_DESCRIPTORS, PERSON_NOUNS, TITLES } from './lexicon'

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

/**
 * Nouns that describe a company or another organisation in an apposition. Descriptors that are also people's trades
 * ("developer", "producer", "publisher", "builder", "operator", "miner", "grocer", "broadcaster")
 * are left out: "Ann Roe, a developer in Leeds" is a person.
 */
const ORGANISATION_NOUNS = new Set([
  'company',
  'firm',
  'maker',
  'startup',
  'start-up',
  'chain',
  'conglomerate',
  'subsidiary',
  'multinational',
  // ... and an organisation of any kind ("…, an advocacy group,", "…, a local charity,").
  'group',
  'organization',
  'organisation',
  'charity',
  'nonprofit',
  'non-profit',
  'coalition',
  'association',
  'foundation',
  'agency',
  ...[...INDUSTRY_DESCRIPTORS].filter(
    (w) =>
      !/^(?:developer|producer|publisher|builder|operator|miner|grocer|broadcaster|carrier|brewer|distiller)$/.test(
        w
      )
  ),
])

/**
 * "the advocacy group ", "the union ", "the Ottawa-based charity ", "the journal " right before a
 * name: the story says what kind of organisation the name is.
 */
const KIND_BEFORE =
  /\bthe\s+(?:[\p{L}-]+\s+){0,2}(?:group|charity|union|company|firm|agency|coalition|association|organi[sz]ation|non-?profit|foundation|alliance|society|co-?operative|co-op|journal|newspaper|magazine|airline|website)\s+$/iu
/** The head nouns KIND_BEFORE ends in (checked first: most windows end in none). */
const KIND_NOUNS = new Set(
  `group charity union company firm agency coalition association organisation organization
  nonprofit non-profit foundation alliance society cooperative co-operative co-op journal
  newspaper magazine airline website`.split(/\s+/)
)

/**
 * "told the ", "in an interview with the ": a listener written after "the" is a newspaper, a
 * station or another organisation ("told the Ladner Bay Record"); a person takes no article.
 */
const TOLD_THE =
  /\b(?:told|tells|telling|spoke\s+(?:to|with)|speaking\s+(?:to|with)|interview\s+with)\s+the\s+$/i

/**
 * The last word of `s`, lower case ("" when none).
 *
 * @example
 * lastWord('residents of ') // 'of'
 */
export function lastWord(s: string): string {
  const end = s.trimEnd()
  return end.slice(end.lastIndexOf(' ') + 1).toLowerCase()
}

/** "… Ann Roe founded", "… Roe runs": the person who made or runs the organisation just named. */
const MAKER_AFTER =
  /^[ \u00a0]+(?:founded|co-founded|started|runs|ran|owns|owned|leads|led|heads|headed|created|built|joined|left|launched|set|bought|sold|chairs|chaired|manages|managed|works|worked)\b/

/** Verbs of a speech tag (", the company said"). */
const SPEECH_TAG =
  /^(?:said|says|added|adds|announced|confirmed|told|stated|wrote|noted|explained|reported)$/

/** "shares of ", "stock in " right before a name: only a company has them. */
const SHARES_OF = /\b(?:shares|stock|stake)\s+(?:of|in)\s+$/i
/** "'s shares", "'s chief executive" right after a name: only a company has them. */
const COMPANY_OWNS =
  /^['’]s?\s+(?:shares|stock|share price|chief executive|ceo|cfo|board of directors|headquarters|subsidiary)\b/i

/** "X shares fell", "X stock rose": a name whose shares trade is a company's. */
const SHARES_MOVED =
  /^[ \u00a0]+(?:shares|stock)[ \u00a0]+(?:fell|rose|jumped|climbed|dropped|slipped|gained|tumbled|plunged|surged|soared|sank|slid|closed|ended|edged|were|have|had)\b/
/**
 * "X, which makes marine pumps,": a name a relative "which" describes by its trade is no
 * person's (people take "who").
 */
const WHICH_TRADES =
  /^,[ \u00a0]+which[ \u00a0]+(?:makes|made|operates|operated|owns|runs|sells|employs|builds|provides|produces|manufactures|supplies|distributes|develops|publishes)\b/

/** "X said Monday it would …": a name that speaks of itself as "it"… */
const SAID_IT =
  /^[ \u00a0]+(?:said|says|announced|confirmed)(?:[ \u00a0]+(?:on[ \u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?[ \u00a0]+(?:that[ \u00a0]+)?it[ \u00a0]+(?:would|will|is|was|has|had|plans|expects|intends|could)\b[^.!?]{0,200}[.!?]["”’]?[ \u00a0\n]+The[ \u00a0]+(?:company|firm|utility|airline|carrier|retailer|grocer|insurer|lender|bank|chain|operator|manufacturer|maker|developer|producer|miner|brewery|publisher|broadcaster)\b/

/**
 * "X said crews had restored power. The utility expects …": a name that speaks, and the next
 * sentence opens with "The utility" (or another word only a service or a company is called).
 * People are never called that, unlike "the company" (whose spokesperson may have spoken).
 */
const SAID_UTILITY =
  /^[ \u00a0]+(?:said|says|announced|confirmed|reported|added)\b[^.!?]{0,200}[.!?]["”’]?[ \u00a0\n]+The[ \u00a0]+(?:utility|airline|carrier|retailer|insurer|lender|automaker|grocer|chain|brewery|broadcaster|manufacturer|railway|operator)\b/

/**
 * True when a name speaks of itself as "it" and the next sentence opens with "The company" (or
 * another company noun): "Pellew Link said Monday it would shut its plant. The company employs
 * 300 people." Either alone is also said of people ("Roe said it would take months").
 *
 * @example
 * speaksAsCompany(' said it would close. The company employs 300.') // true
 * speaksAsCompany(' said the plant mattered. The company employs 300.') // false
 */
export const speaksAsCompany = (after: string): boolean =>
  SAID_IT.test(after) || SAID_UTILITY.test(after)

/**
 * "X chief executive Ann Roe", "X spokesperson Ann Roe": a name, then an officer's role in lower
 * case and the officer's name. Only organisations have their officers written after their name
 * without a possessive (a person's spokesperson is written "Roe's spokesperson").
 */
const OFFICER_AFTER =
  /^[ \u00a0]+(?:chief executive(?: officer)?|CEO|CFO|president and CEO|spokesperson|spokesman|spokeswoman|board chair)[ \u00a0]+\p{Lu}/u

/**
 * True when a name of two or more words is followed by an officer's role and name ("Harbour Link
 * chief executive Wendell Ostrander"): it is an organisation's name.
 *
 * @example
 * namesItsOfficer(' chief executive Ann Roe said') // true
 * namesItsOfficer(' said Tuesday') // false
 */
export const namesItsOfficer = (after: string): boolean => OFFICER_AFTER.test(after)

/**
 * True when the words around a name say it is an organisation: an apposition whose first words hold a
 * company or organisation noun ("…, the maker of the Tallyo app,", "…, an advocacy group,"), "shares of" or
 * "the advocacy group" before it, or "'s shares" / "'s chief executive" / " shares fell" / ", which makes …" after it. `before` and `after` are the text around it.
 *
 * @example
 * describesOrganisation('', ', the maker of the Tallyo app, said') // true
 * describesOrganisation('', ', a developer in Leeds, said') // false
 */
export function describesOrganisation(before: string, after: string): boolean {
  if (
    SHARES_OF.test(before) ||
    (lastWord(before) === 'the' && TOLD_THE.test(before)) ||
    (KIND_NOUNS.has(lastWord(before)) && KIND_BEFORE.test(before) && !MAKER_AFTER.test(after)) ||
    COMPANY_OWNS.test(after) ||
    SHARES_MOVED.test(after) ||
    WHICH_TRADES.test(after)
  )
    return true
  const m = APPOSITION.exec(after.slice(0, 80))
  const phrase = m?.[1]
  if (!phrase) return false
  const words = phrase.toLowerCase().split(/\s+/)
  // "… its bakery in Lindmere, the company said": a speech tag after the name, no apposition.
  if (SPEECH_TAG.test(words[2] ?? '') || SPEECH_TAG.test(words[1] ?? '')) return false
  const head = words.findIndex((w) => /^(?:of|that|which|who|based|in|with|for)$/.test(w))
  return words
    .slice(0, head < 0 ? 4 : Math.min(head, 4))
    .some((w) => ORGANISATION_NOUNS.has(w) || /.maker$/.test(w))
}
