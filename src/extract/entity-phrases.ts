/**
 * @module Capitalised phrases of a text: words with offsets and sentence starts, runs of
 * capitalised words with their connectors ("Bank of England"), titles ("US President …"), speakers
 * ("…, Roe said") and the word before and after. Linear in the length of the text.
 */
import {
  describesOrganisation,
  describesPerson,
  lastWord,
  namesItsOfficer,
  speaksAsCompany,
} from './entity-cues'
import {
  GROUP_NOUNS,
  GROUP_PREPOSITIONS,
  GROUP_WHERE_WORDS,
  COUNTRIES,
  CUE_VERBS,
  ENGLISH,
  FRENCH_NAME_JOINS,
  FRENCH_ORG_HEADS,
  INDUSTRY_DESCRIPTORS,
  ORG_ENDINGS,
  ORG_HEADS,
  PAPER_WORDS,
  PLACE_JOINS,
  PLACE_PREFIX,
  PLACE_WORDS,
  PERSON_NOUNS,
  PLAYER_ROLES,
  STATES,
  THING_WORDS,
  type Lexicon,
} from './lexicon'
import { STATE_ABBREVIATIONS } from './gazetteer-places'

/** A word with its offsets. */
export interface Token {
  text: string
  start: number
  end: number
  /** First word of a sentence or heading: capitalised by position, not by name. */
  initial: boolean
}

/** A run of capitalised words and what surrounds it. */
export interface Phrase {
  tokens: Token[]
  /** Tokens that are titles before the name ("Russian President"). */
  titled: boolean
  /** The phrase is the subject of a reporting verb ("Putin said", "said Putin"). */
  speaker: boolean
  /** Lower-case word before the phrase ("in", "minister"). */
  before: string
  /** Lower-case word after the phrase ("said", "beat"). */
  after: string
  /** `before` when only a space parts it from the name ("empresa" of "la empresa Obras Sur"). */
  adjacent?: string
  /** The last title word before the name ("president" of "US President Ann Roe"), or ''. */
  title: string
  /** Written after "the" ("the President", "The Home Secretary"). */
  definite: boolean
  /** The words around it say it is a place ("the town of X", "X region", "X, Texas"). */
  placeCue: boolean
  /** Written on a byline ("By Ann Roe", "By Ann Roe and Bo Lund"): the author's name. */
  byline?: boolean
  /** The words around it say it is an organisation ("X, the maker of …", "X, an advocacy group,", "shares of X"). */
  organisationCue?: boolean
  /** Written after a title and "of" or "for" ("Minister of Foreign Affairs"): an office's field. */
  office?: boolean
  /** Written after "The" in capitals inside a sentence ("published in The Lancet"). */
  capitalThe?: boolean
}

export { CONNECTORS, LOCATIVE, PLACE_JOINS, PLACE_PREFIX, PREPOSITIONS, PRONOUNS } from './lexicon'

export const ACTS =
  /^(?:said|says|beat|beats|won|wins|lost|loses|drew|scored|scores|faced|plays|played|will|would|has|have|had|\p{Ll}+ed)$/u
/** A pronoun or pointer with its verb ("I've", "It's", "They'd"): capitalised, never a name. */
const CONTRACTION =
  /^(?:I|You|We|They|He|She|It|That|There|Here|What|Who|Where|Let)['’]\p{Ll}{1,2}$/u
// ("Omar al-Rashid", "al-Rashid said": an Arabic article joined to a surname by a hyphen is
// written in lower case, and the name is capitalised after it.)
export const isCap = (t: string) =>
  (/^[\p{Lu}]/u.test(t) || /^(?:al|el)-\p{Lu}\p{Ll}/u.test(t)) && !CONTRACTION.test(t)
export const lower = (t: string) => t.toLowerCase().replace(/['’]s$/, '')

/** The words of `text` (at most `limit`), each marked when it opens a sentence or a heading. */
export function tokenize(text: string, limit: number, lex: Lexicon = ENGLISH): Token[] {
  const tokens: Token[] = []
  const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu
  let last = 0
  let endsSentence = false
  for (let m = re.exec(text); m && tokens.length < limit; m = re.exec(text)) {
    let word = m[0]
    // Keep the dot of initials and abbreviations ("U.S.", "J."), drop a sentence's full stop.
    // ("Inc.'s": the full stop before a possessive goes too.)
    word = trimWordEnd(word)
    if (
      word.endsWith('.') &&
      !/^(?:\p{L}\.)+$/u.test(word) &&
      !lex.titles.has(word.slice(0, -1).toLowerCase()) &&
      !PLACE_ABBREVIATIONS.has(word)
    )
      word = word.replace(/\.+$/, '')
    // "Dunmere-area", "Tarrow-based": the place, and the rest read as what follows it.
    const place = word.includes('-') ? PLACE_HYPHEN.exec(word) : null
    if (place && /^\p{Lu}/u.test(word)) word = word.slice(0, place.index)
    if (!word) continue
    // Most words follow a single space, which starts nothing.
    const spaced = m.index - last === 1 && text.charCodeAt(last) === 32
    const initial =
      tokens.length === 0 ||
      endsSentence ||
      (!spaced && /[.!?:;"“”‘\n•|(]|^\s*[-–—]|\s'$/.test(text.slice(last, m.index)))
    // A word that ends with a full stop ends the sentence unless it is an initial or an
    // abbreviation.
    endsSentence =
      m[0].endsWith('.') &&
      !/^(?:\p{L}\.)+$/u.test(m[0]) &&
      !lex.titles.has(m[0].slice(0, -1).toLowerCase()) &&
      !PLACE_ABBREVIATIONS.has(m[0])
    tokens.push({ text: word, start: m.index, end: m.index + word.length, initial })
    last = m.index + m[0].length
  }
  return tokens
}

/** The hyphenated ending of "Dunmere-area", "Tarrow-based", "Leeds-born" after a capital. */
const PLACE_HYPHEN = /-(?:area|based|born|raised)$/
/** The same ending read in the text right after a name's last word. */
const PLACE_HYPHEN_AFTER = /^-(?:area|based|born|raised)\b/

/**
 * Abbreviations inside places' names ("Sault Ste. Marie", "Mt. Ida", "Ft. Erie"), no full stop.
 * (A dateline writes them in capitals: "SAULT STE. MARIE, Ont. —".)
 */
const PLACE_ABBREVIATIONS = new Set(['Ste.', 'Mt.', 'Ft.', 'STE.', 'MT.', 'FT.', 'ST.'])
/** Words that open a saint's name ("St. Louis", "Saint John", "Sault Ste. Marie"), no title. */
export const SAINT_WORDS = new Set(['st', 'st.', 'saint', 'ste', 'ste.'])

const isApostrophe = (c: string | undefined) => c === "'" || c === '’'

/**
 * A word without its possessive or closing apostrophes and trailing hyphens: "Roe's", "Roe''" (a
 * closing quote written as two apostrophes), "Roe-" all give "Roe". A loop, not a regex: a run of
 * apostrophes of any length costs linear time.
 */
function trimWordEnd(word: string): string {
  let end = word.length
  if (word[end - 1] === 's' && isApostrophe(word[end - 2])) end -= 2
  while (end > 0 && isApostrophe(word[end - 1])) end--
  while (end > 0 && word[end - 1] === '-') end--
  return end === word.length ? word : word.slice(0, end)
}

/**
 * "the town of …", "the community of …", "residents of …", "the mayor of …" or a compass word in
 * lower case ("northern …", "downtown …") right before a name.
 */
/**
 * "Ann Roe of", "Ann Roe, 42, of", "Residents of": what follows is where they are from (a first
 * name and a surname before "of", not "Centre for Control of").
 */
const AFTER_NAME_OF = /(?:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,?|\b\d{1,3},|\b[Rr]esidents)\s+of\s+$/u
const PLACE_BEFORE =
  /\b(?:(?:town|city|village|hamlet|community|township|neighbourhood|neighborhood|riding|province|region|district|county|suburb|island|port|municipality|(?:north|south|east|west)(?:east|west)?|outskirts|residents|mayor|reeve) of|\d{1,3}, of|(?:moved|moving|relocated|travelled|traveled|flew|drove|returned|evacuated) to|(?:flights?|trains?|buses|ferry|ferries|sailings?) (?:to|from|out of)|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|central|downtown|rural)\s+$/u
/** The prepositions GROUP_BEFORE ends in: a cheap test before the pattern. */
const GROUP_PREPOSITION_SET = new Set(GROUP_PREPOSITIONS)
/** People in the plural, then where they are, before a name ("officials in ", "police near "). */
const GROUP_BEFORE = new RegExp(
  String.raw`\b${GROUP_NOUNS.toLowerCase()}\s+${GROUP_WHERE_WORDS}\s+(?:the\s+)?$`
)
/**
 * "… region", "… neighbourhood" in lower case, or ", Texas" / ", Kenya" / ", Ont." / ", N.S."
 * right after a name.
 */
const PLACE_AFTER =
  /^(?:-(?:area|based|born|raised)\b|\s+(?:region|province|county|district|prefecture|governorate|oblast|village|town|neighbourhood|neighborhood|township|subdivision|suburb|hamlet|area|residents?)\b|['’]s\s+(?:mayor|reeve|city council|town council|downtown|waterfront)\b|,\s+(\p{Lu}\p{L}+|(?:\p{Lu}\.){2,3})(?=\s*(?:[,.;:)—–]|$)))/u
/** Per language: "la ville de ", "el barrio de ", "der Bürgermeister von " before a name. */
const placeBefore = new Map<string, RegExp | null>()
function languagePlaceBefore(lex: Lexicon): RegExp | null {
  const known = placeBefore.get(lex.language)
  if (known !== undefined) return known
  const nouns = lex.words?.placeNouns ?? []
  const re = nouns.length
    ? new RegExp(
        String.raw`(?<![\p{L}])(?:${nouns.join('|')})\s+` +
          String.raw`(?:de|d['’]|di|da|do|von|in)\s*$`,
        'iu'
      )
    : null
  placeBefore.set(lex.language, re)
  return re
}

/**
 * A line that opens with "By " up to the name ("By ", "By Ann Roe and "): a byline. The name is
 * its author's.
 */
const BYLINE = /(?:^|\n)[ \t]*By[ \t]+(?:[^\n.!?]{0,60}?(?:,|and|&)[ \t]+)?$/

/** "at 14 ", "at 221B " right before a name: a street address. */
const STREET_NUMBER = /\bat\s+\d{1,5}[A-Za-z]?\s+$/

/**
 * "DUNMERE — Council has …", "PORT ARDEN (Wire) -- …": a name in capitals opening a line before a
 * dash is the dateline's town (rubrics such as "BREAKING —" are not).
 */
function datelineAt(name: Token[], lead: string, after: string): boolean {
  const words = name.map((t) => t.text)
  return (
    /(?:^|\n)[ \t]*$/.test(lead) &&
    words.every((w) => w === w.toUpperCase() && /\p{Lu}{2}/u.test(w)) &&
    !words.some((w) => RUBRICS.has(w)) &&
    /^(?:,\s*[\p{L}.]{2,20}(?:\s[\p{L}.]{2,20})?)?\s*(?:\([^()\n]{1,24}\)\s*)?(?:—|–|--)\s/u.test(
      after
    )
  )
}

const RUBRICS = new Set(
  'BREAKING UPDATE UPDATED EXCLUSIVE OPINION ANALYSIS EDITORIAL WATCH LIVE VIDEO PHOTOS CORRECTION REVIEW COMMENT LETTERS NEWS SPORTS BUSINESS'.split(
    ' '
  )
)

function placeAfter(after: string): boolean {
  const m = PLACE_AFTER.exec(after)
  const where = m?.[1]?.toLowerCase()
  return (
    !!m &&
    (!where ||
      STATES.has(where) ||
      COUNTRIES.has(where) ||
      STATE_ABBREVIATIONS.has(where.replace(/\./g, '')))
  )
}

/** Capitalised phrases, with connectors kept inside ("Bank of England") and titles noted. */
export function phrases(tokens: Token[], text: string, lex: Lexicon = ENGLISH): Phrase[] {
  const out: Phrase[] = []
  let lowerWords: Set<string> | undefined
  const roleNoun = (word: string) => {
    const w = word.toLowerCase()
    if (PERSON_NOUNS.has(w)) return true
    if (!ROLE_ENDING.test(w)) return false
    lowerWords ??= new Set(tokens.filter((x) => !isCap(x.text)).map((x) => x.text))
    return lowerWords.has(w)
  }
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    if (
      !isCap(t.text) ||
      (t.initial &&
        t.text !== t.text.toUpperCase() &&
        lex.functionWords.has(t.text.toLowerCase()) &&
        !(
          tokens[i + 1] &&
          isCap(tokens[i + 1]!.text) &&
          !tokens[i + 1]!.initial &&
          t.text !== 'The'
        ))
    ) {
      i++
      continue
    }
    const run: Token[] = [t]
    let j = i + 1
    let joined = false
    // A French organisation's name that ends in a lower-case word keeps it.
    let frenchEnd = false
    // Eight words make a long name; two names joined by "and" may take twelve ("Bank of Valdoria
    // and Harbour Growth Fund"), parted below.
    while (j < tokens.length && run.length < (joined ? 12 : 8)) {
      const next = tokens[j]!
      const gap = text.slice(tokens[j - 1]!.end, next.start)
      // "Nurses' Association", "Teachers' Federation": a plural possessive inside a name keeps its
      // apostrophe.
      // ("the Otters' Ben Achebe" is a team's player: only an organisation word joins.)
      const possessive =
        /^['’][ \t\u00a0]$/.test(gap) &&
        /s$/.test(tokens[j - 1]!.text) &&
        isCap(next.text) &&
        lex.orgWords.has(lower(next.text))
      // 'Jamie "Jet" Roe', 'J.D. “Doc” Roe': a nickname in quotation marks between a given name
      // and a surname is left out of the name.
      if (nickname(run, tokens, j, text, lex)) {
        run.push(tokens[j + 1]!)
        j += 2
        continue
      }
      const owned = /^['’]s[ \t\u00a0]$/.test(gap) && ownedName(run, tokens, j, lex)
      const adjacent = /^[ \t\u00a0-]{0,2}$/.test(gap) || possessive || owned
      // "Calder & Finch", "Roe & Lund LLP": partners' names joined by an ampersand are one firm's.
      // ("Morrow Stanley & Co.", "Roe & Sons": a legal form after the partners' names.)
      // ("Keystone Tow & Recovery LLC": the name after "&" goes on to a legal form.)
      // ("Hollins Gas & Electric", "Tarrow Light & Power": two trades joined by "&" end a name.)
      const firm =
        gap === ' & ' &&
        run[run.length - 1] === tokens[j - 1] &&
        !next.initial &&
        (FIRM_TAIL.test(next.text) ||
          (run.length > 1 &&
            TRADES_JOINED.has(lower(tokens[j - 1]!.text)) &&
            TRADES_JOINED.has(lower(next.text))) ||
          (!lex.givenNames.has(lower(run[0]!.text)) && endsInLegalForm(tokens, j, text)))
      if (
        firm ||
        (gap === ' & ' &&
          FIRM_PARTNER.test(next.text) &&
          !next.initial &&
          FIRM_PARTNER.test(tokens[j - 1]!.text) &&
          run.length === 1 &&
          run[0] === tokens[j - 1] &&
          // ("Photo: Roe & Lund", "By Roe & Lund": a credit or a byline names people.)
          !CREDIT_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 16), run[0]!.start)) &&
          // ("Ann & Bo Roe" is a couple, "Aviation & Space Museum" one name: a firm's partners are
          // two single words, and only a legal form or an organisation word may follow.)
          !(
            lex.givenNames.has(lower(next.text)) && lex.givenNames.has(lower(tokens[j - 1]!.text))
          ) &&
          !(
            tokens[j + 1] &&
            isCap(tokens[j + 1]!.text) &&
            /^[ \t\u00a0]$/.test(text.slice(next.end, tokens[j + 1]!.start)) &&
            !lex.orgWords.has(lower(tokens[j + 1]!.text))
          ))
      ) {
        const at = tokens[j - 1]!.end + 1
        run.push({ text: '&', start: at, end: at + 1, initial: false }, next)
        j++
        continue
      }
      if (!adjacent || next.initial) break
      if ((possessive || owned) && run[run.length - 1] === tokens[j - 1]) {
        const prev = run[run.length - 1]!
        const mark = owned ? gap.slice(0, 2) : gap[0]!
        run[run.length - 1] = {
          ...prev,
          text: `${prev.text}${mark}`,
          end: prev.end + mark.length,
        }
      }
      const french = run.length === 1 ? frenchOrgTail(tokens, j, text, lex) : 0
      if (french > 0) {
        run.push(...tokens.slice(j, j + french))
        j += french
        frenchEnd = !isCap(run[run.length - 1]!.text)
        break
      }
      if (isCap(next.text)) run.push(next)
      // "Unifor Local 2217", "CUPE Local 88": a union local keeps its number.
      else if (/^\d{1,5}$/.test(next.text) && tokens[j - 1]!.text === 'Local') {
        run.push(next)
        j++
        break
      } else if (
        lex.connectors.has(next.text) &&
        next.text !== 'the' &&
        tokens[j + 1] &&
        isCap(tokens[j + 1]!.text) &&
        !tokens[j + 1]!.initial &&
        /^\s$/.test(text.slice(next.end, tokens[j + 1]!.start))
      ) {
        run.push(next)
        joined ||= next.text === 'and'
      }
      // Two joining words before a capitalised one: "Foundation for the Coastal Arts", "Friends of
      // the Harbour Museum", and two surname particles ("Maria van der Berg", "Ana de la Cruz").
      else if (
        (PARTICLE_PAIRS.has(`${next.text} ${tokens[j + 1]?.text ?? ''}`) ||
          ((next.text === 'of' || next.text === 'for') && tokens[j + 1]?.text === 'the')) &&
        tokens[j + 2] &&
        isCap(tokens[j + 2]!.text) &&
        !tokens[j + 2]!.initial &&
        /^\s$/.test(text.slice(next.end, tokens[j + 1]!.start)) &&
        /^\s$/.test(text.slice(tokens[j + 1]!.end, tokens[j + 2]!.start))
      ) {
        run.push(next, tokens[j + 1]!)
        j++
      } else break
      j++
    }
    // "Refugee Council Enver Solomon": an organisation's name ends where a given name begins.
    const cut = run.findIndex(
      (x, n) =>
        n > 0 &&
        n < run.length - 1 &&
        lex.orgWords.has(lower(x.text)) &&
        lex.givenNames.has(lower(run[n + 1]!.text))
    )
    if (cut > 0) {
      run.length = cut + 1
      j = i + cut + 1
    }
    // "Bea Lund of The Herald", "Gov. Ann Roe of Ohio": a name, then where it belongs.
    const of = run.findIndex((x) => x.text === 'of' || x.text === 'for')
    if (of >= 2 && personBeforeOf(run.slice(0, of), lex)) {
      run.length = of
      j = i + of
    }
    // "Google and Ann Roe" are two names; "Ministry of Trade and Industry" is one. So are
    // "Glenmore Steel and Torvik Systems": a company's name ends before "and".
    const and = run.findIndex((x) => x.text === 'and')
    // ("Fisheries and Oceans Canada": two fields of one national body stay one name.)
    if (
      !fieldsBeforeCountry(run, lex) &&
      ((and > 0 &&
        !run.slice(0, and).some((x) => x.text === 'of') &&
        (!lex.orgWords.has(lower(run[run.length - 1]!.text)) ||
          run.slice(0, and).every((x) => lex.places.has(lower(x.text))) ||
          // ("Police Chief Ann Roe and Harbour Hospital": a titled person before "and".)
          run
            .slice(0, and - 1)
            .some(
              (x, n) =>
                lex.titles.has(lower(x.text).replace(/\.$/, '')) &&
                lex.givenNames.has(lower(run[n + 1]!.text))
            ) ||
          (and >= 2 &&
            run.length - and > 2 &&
            (lex.orgWords.has(lower(run[and - 1]!.text)) ||
              ORG_ENDINGS.has(lower(run[and - 1]!.text)) ||
              // ("Dryden Health Centre and Lake Area Hospital")
              (and >= 3 && /^(?:centre|center)$/.test(lower(run[and - 1]!.text))))))) ||
        secondOrganisation(run, and, lex))
    ) {
      run.length = and
      j = i + and
    }
    while (
      run.length > 0 &&
      !frenchEnd &&
      !isCap(run[run.length - 1]!.text) &&
      // ("… de l'Estrie": a French name may end in an elided article and its place.)
      !/^[ld]['’]\p{Lu}/u.test(run[run.length - 1]!.text) &&
      !(run.length > 1 && run[run.length - 2]!.text === 'Local')
    )
      run.pop()
    // "Tory MPs", "Bloc Québécois MPs", "Liberal MLAs": elected members in the plural after their
    // party name no one; the party stays a name of its own.
    const party = run.length > 1 && MEMBERS_PLURAL.test(run[run.length - 1]!.text)
    if (party) run.pop()
    // "Shares of Keelworks fell", "Most of Harbour Link's riders": a quantity or a common plural
    // capitalised only by its place, then "of", is not part of the name after it.
    if (
      run.length > 2 &&
      run[0]!.initial &&
      PART_OF.has(run[0]!.text.toLowerCase()) &&
      lex.connectors.has(run[1]!.text) &&
      run[1]!.text === 'of'
    )
      run.splice(0, 2)
    // ("three First Nations", "The First Nation said": a kind of community, or the short form of
    // one named in full, which the quotes resolve by the end of its name; never "Nations".)
    if (
      run.length <= 3 &&
      run.at(-2)?.text === 'First' &&
      /^Nations?$/.test(run.at(-1)!.text) &&
      (run.length === 2 || lex.functionWords.has(run[0]!.text.toLowerCase()))
    ) {
      i = j
      continue
    }
    // Drop sentence-initial function words ("The", "In") from the front, and a word of industry
    // capitalised only by its place ("Developer Northline Properties says", "Carmaker Tidewater
    // Motors"). "New Zealand" and "New York" keep their "New".
    // ("Then I said": "I" without a full stop is the pronoun, never a name or an initial.)
    while (
      run.length > 1 &&
      (run[0]!.text === 'I' ||
        (lex.functionWords.has(run[0]!.text.toLowerCase()) &&
          !modalGivenName(run, text) &&
          !(
            PLACE_PREFIX.has(run[0]!.text.toLowerCase()) &&
            (lex.places.has(lower(run[1]!.text)) ||
              // ("New South Wales": a place of its own after "New".)
              (run.length === 3 &&
                PLACE_PREFIX.has(run[1]!.text.toLowerCase()) &&
                lex.places.has(lower(run[2]!.text))))
          )) ||
        !isCap(run[0]!.text) ||
        (run[0]!.initial && INDUSTRY_DESCRIPTORS.has(run[0]!.text.toLowerCase())) ||
        // ("Longtime Lindmere resident Ann Roe", "Veteran Tory strategist …": an adjective of
        // long standing, capitalised only by opening the sentence.)
        (run[0]!.initial && LONG_STANDING.has(run[0]!.text.toLowerCase())) ||
        // ("Near Brask, wells dried up": a locative opening the sentence.)
        (run[0]!.initial && lex.locatives.has(run[0]!.text.toLowerCase())))
    )
      run.shift()
    if (run.length === 1 && run[0]!.text === 'I') {
      i = j
      continue
    }
    let k = 0
    // ("King Street", "Queen Square": a title before a place word names the place.)
    // ("Julián Pastor Ruiz", "Ana Judge Roe": a title word right after a given name is a
    // surname.)
    for (let x = 0; x < run.length - 1; x++)
      if (
        lex.titles.has(run[x]!.text.toLowerCase().replace(/\.$/, '')) &&
        // ("Coun. Park Ji-hoon": a name written surname first, whatever its surname means.)
        (!PLACE_WORDS.has(lower(run[x + 1]!.text)) ||
          surnameFirst(run.slice(x + 1).map((t) => t.text))) &&
        // ("St. Louis", "St. Ann's": a saint names a place or an institution, not a person here.)
        !SAINT_WORDS.has(run[x]!.text.toLowerCase()) &&
        !(
          x === 1 &&
          lex.givenNames.has(lower(run[0]!.text)) &&
          !lex.functionWords.has(run[0]!.text.toLowerCase()) &&
          !lex.titles.has(lower(run[0]!.text))
        )
      )
        k = x + 1
    // "General Motors", "General Electric": a title before nothing but organisation words is part
    // of a company's name.
    // So is one before a name that ends in a company's trade ("Cardinal Forest Products").
    if (
      k > 0 &&
      (run.slice(k).every((x) => lex.orgWords.has(lower(x.text))) ||
        (run.length - k > 1 && ORG_ENDINGS.has(lower(run[run.length - 1]!.text))) ||
        // ("Queen Elizabeth Hospital", "Prince Albert Collegiate School": named after someone.)
        (run.length - k > 1 &&
          k === 1 &&
          lex.orgWords.has(lower(run[run.length - 1]!.text)) &&
          !run.some((x) => lex.connectors.has(x.text))))
    )
      k = 0
    // "Prince Halvard-area residents", "Queen Ostra-based crews": a title-like word before a name
    // written with "-area" or "-based" opens the place's name; no one is titled.
    if (
      k === 1 &&
      PLACE_HYPHEN_AFTER.test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 8))
    )
      k = 0
    // "Goaltender Ben Achebe made 31 saves", "Postmaster Edith Crane said": a word capitalised by
    // its place in the sentence, before a given name and a surname, is the person's role.
    // So is a noun for a person ("Tenant Mira Oyelowo, 77,", "Organizer Dev Brandt said"), or a
    // word with a role's ending the story also writes in lower case ("Steward … the steward").
    if (
      k === 0 &&
      run.length === 3 &&
      run[0]!.initial &&
      /^\p{Lu}\p{Ll}+$/u.test(run[0]!.text) &&
      !lex.givenNames.has(lower(run[0]!.text)) &&
      (lex.givenNames.has(lower(run[1]!.text)) ||
        ((PLAYER_ROLES.test(lower(run[0]!.text)) || roleNoun(run[0]!.text)) &&
          /^\p{Lu}\p{Ll}+$/u.test(run[1]!.text) &&
          !lex.orgWords.has(lower(run[2]!.text)) &&
          !PLACE_WORDS.has(lower(run[2]!.text)))) &&
      !lex.places.has(lower(run[0]!.text)) &&
      !lex.orgWords.has(lower(run[0]!.text))
    )
      k = 1
    // "Republican Travis Kline", "Labour's Ann Roe": a party before a given name and a surname
    // is the person's description.
    if (
      k === 0 &&
      run.length === 3 &&
      PARTY_ADJECTIVES.has(lower(run[0]!.text)) &&
      lex.givenNames.has(lower(run[1]!.text))
    )
      k = 1
    // ("In Garissa, …": a function word dropped from the front is the word before the name.)
    const lead = run[0] !== t && lex.locatives.has(t.text.toLowerCase()) ? t : tokens[i - 1]
    const before = lead?.text.toLowerCase() ?? ''
    // "Tsewen Dene Nation Chief Lorna Roe", "Kelsport Police Chief Ann Roe": an organisation's
    // name before the title block is a name of its own.
    let first = k - 1
    while (first > 0 && lex.titles.has(lower(run[first - 1]!.text).replace(/\.$/, ''))) first--
    if (k > 0 && first > 0) {
      const own = lower(run[first - 1]!.text)
      const organisation = lex.orgWords.has(own) || ORG_ENDINGS.has(own)
      // "Lindmere Mayor Ann Roe", "Tarn Governor Bo Lund": the town a mayor, a reeve, a premier
      // or a governor heads is a place ("Liberal Premier …" is a party's).
      const town =
        !organisation &&
        first <= 2 &&
        PLACE_HEADS.has(lower(run[first]!.text)) &&
        !lex.places.has(lower(run[0]!.text)) &&
        run
          .slice(0, first)
          .every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && !PARTIES.has(lower(x.text)))
      if (organisation || town)
        out.push({
          tokens: run.slice(0, first),
          titled: false,
          speaker: false,
          before,
          after: '',
          title: '',
          definite: organisation && (before === 'the' || t.text === 'The'),
          placeCue: town,
        })
    }
    const after = tokens[j]?.text.toLowerCase() ?? ''
    let name = run.slice(k)
    // "Co-founder of Harbourline", "Secretary of State": what follows the title's "of" is not the
    // person. An apposition that describes a person ("Ann Roe, 19,", "Ann Roe, a nurse,") counts as
    // a title.
    let titled =
      k > 0 ||
      (lex.titles.has(before) && !t.initial) ||
      describesPerson(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 80)) ||
      modalGivenName(run, text)
    let office = false
    if (k > 0 && lex.connectors.has(run[k]!.text)) {
      name = run.slice(k + 1)
      while (name.length > 0 && !isCap(name[0]!.text)) name = name.slice(1)
      titled = false
      // "Minister of Finance Ann Roe", "MP for Tarrow Valley Bo Lund": the office's field or riding,
      // then the person who holds it (from a given name on). A riding is a place.
      // (An organisation's name there, "Chair of the Harbour Board", is typed as it would be.)
      // A field alone has one or two words ("Finance Orla Roe" holds a person).
      office = name.length <= 2 && !name.some((x) => lex.orgWords.has(lower(x.text)))
      const holder = name.findIndex(
        (x, n) =>
          n > 0 &&
          n < name.length - 1 &&
          (lex.givenNames.has(lower(x.text)) ||
            (name.length - n === 2 && OFFICE_FIELDS.has(lower(name[n - 1]!.text))))
      )
      if (holder > 0) {
        const riding = RIDING_TITLES.has(lower(run[k - 1]!.text).replace(/\.$/, ''))
        if (riding)
          out.push({
            tokens: name.slice(0, holder),
            titled: false,
            speaker: false,
            before: run[k]!.text,
            after: '',
            title: '',
            definite: false,
            placeCue: true,
          })
        name = name.slice(holder)
        titled = true
        office = false
      }
    }
    // A country before a title or a name ("US President …", "US State Department") is a place of
    // its own.
    const head = lower(run[0]!.text).replace(/\./g, '')
    const placeOnly = () =>
      run.every(
        (x) =>
          lex.places.has(lower(x.text)) ||
          PLACE_PREFIX.has(lower(x.text)) ||
          PLACE_JOINS.has(x.text)
      )
    // ("Jordan Beck scored", "Victoria Hale said": a given name that is also a place's, then a
    // surname, is a person's name.)
    const givenThenSurname =
      k === 0 &&
      run.length === 2 &&
      lex.givenNames.has(head) &&
      /^\p{Lu}\p{Ll}+$/u.test(run[1]!.text) &&
      !notSurname(lower(run[1]!.text), lex)
    if (
      run.length > 1 &&
      lex.places.has(head) &&
      !PLACE_PREFIX.has(head) &&
      !placeOnly() &&
      !givenThenSurname &&
      !lex.places.has(lower(run[1]!.text)) &&
      // ("Nova Scotians": the people of a place whose name is two words.)
      !placeDemonym(lower(run[run.length - 1]!.text), lex) &&
      !PLACE_WORDS.has(lower(run[run.length - 1]!.text))
    ) {
      out.push({
        tokens: [run[0]!],
        titled: false,
        speaker: false,
        before: '',
        after: '',
        title: '',
        definite: false,
        placeCue: false,
      })
      // ...unless the run names an organisation after its place ("Shanghai Cooperation
      // Organisation", "Tokyo Stock Exchange"): then the place stays in the name and is also a
      // nested mention.
      const last = lower(run[run.length - 1]!.text)
      // ("Lakeland Institute of Technology": an organisation word before its "of".)
      const ofOrg = run.some(
        (x, n) => n > 0 && run[n + 1]?.text === 'of' && lex.orgWords.has(lower(x.text))
      )
      if (
        k === 0 &&
        (!(
          lex.orgWords.has(last) ||
          ofOrg ||
          clubAfterPlace(run, lex) ||
          ORG_ENDINGS.has(last) ||
          (run.length === 2 && PAPER_WORDS.has(last)) ||
          PLACE_UTILITIES.has(last)
        ) ||
          lex.connectors.has(run[1]!.text))
      )
        name = run.slice(1)
      // "Oslo for Aarhus": the rest after a connector is a name of its own.
      while (name.length > 0 && !isCap(name[0]!.text)) name = name.slice(1)
    } else if (
      run.length > 1 &&
      /^\p{Lu}{2,6}$/u.test(run[0]!.text) &&
      // ("MLA Tim Roe", "MP Ann Roe": an elected member's title, not an agency.)
      !lex.titles.has(run[0]!.text.toLowerCase()) &&
      (k > 1 || lex.givenNames.has(lower(run[1]!.text)))
    ) {
      // So is an agency's acronym before a title or a name ("NASA Administrator Ann Roe", "NASA Ann
      // Roe").
      out.push({
        tokens: [run[0]!],
        titled: false,
        speaker: false,
        before: '',
        after: '',
        title: '',
        definite: false,
        placeCue: false,
      })
      if (k === 0) name = run.slice(1)
    }
    // ("Ann Roe of Lindmere said", "Residents of Lindmere say": the name after "of" is where
    // the speaker is from, not the speaker.)
    const nameStart = (name[0] ?? t).start
    // ("The wife of Ann Roe said": after a role noun she is the one the role is of.)
    // (The word before the name: `before` unless words were dropped from the run's front.)
    const prev =
      (name[0] ?? t) === t ? before : lastWord(text.slice(Math.max(0, nameStart - 20), nameStart))
    const afterOf =
      prev === 'of' && AFTER_NAME_OF.test(text.slice(Math.max(0, nameStart - 40), nameStart))
    // ("Ann Roe, who lives at 14 Corran Lane, said": a street address is no speaker.)
    // ("Officials in Eastview said": the people in the place speak, not the place.)
    const amongGroup =
      (GROUP_PREPOSITION_SET.has(prev) || prev === 'the') &&
      GROUP_BEFORE.test(text.slice(Math.max(0, nameStart - 30), nameStart).toLowerCase())
    const speaker =
      (lex.cueVerbs.has(after) &&
        !amongGroup &&
        !afterOf &&
        !STREET_NUMBER.test(text.slice(Math.max(0, t.start - 12), t.start))) ||
      ((before === 'said' || before === 'says') &&
        !tokens[i - 1]!.initial &&
        !t.initial &&
        // ("… said Lakemouth residents were worried": the place of those the report is about.)
        !(
          name.length > 0 &&
          PLACE_PEOPLE_AFTER.test(
            text.slice(name[name.length - 1]!.end, name[name.length - 1]!.end + 12)
          )
        ))
    if (
      name.length > 0 &&
      !(
        name.length === 1 &&
        name[0]!.text !== name[0]!.text.toUpperCase() &&
        lex.functionWords.has(name[0]!.text.toLowerCase())
      ) &&
      !(
        name.length === 1 &&
        TICKER_BEFORE.test(text.slice(Math.max(0, name[0]!.start - 8), name[0]!.start))
      )
    ) {
      const title = k > 0 && titled ? lower(run[k - 1]!.text).replace(/\.$/, '') : ''
      const lead = text.slice(Math.max(0, name[0]!.start - 30), name[0]!.start)
      const placeCue =
        PLACE_BEFORE.test(lead.toLowerCase()) ||
        (amongGroup &&
          (!/\s(?:at|of|from)\s+$/.test(lead) ||
            // ("Families from Maple Crossing", "residents of Tarrow": people where they live.)
            /\b(?:residents|families|homeowners|commuters|tenants|neighbou?rs|villagers|evacuees)\s+(?:of|from)\s+$/i.test(
              lead
            ))) ||
        STREET_NUMBER.test(lead) ||
        languagePlaceBefore(lex)?.test(lead) === true ||
        placeAfter(text.slice(name[name.length - 1]!.end, name[name.length - 1]!.end + 30)) ||
        datelineAt(
          name,
          lead,
          text.slice(name[name.length - 1]!.end, name[name.length - 1]!.end + 30)
        )
      out.push({
        tokens: name,
        titled,
        speaker,
        byline: BYLINE.test(text.slice(Math.max(0, name[0]!.start - 80), name[0]!.start)),
        before,
        after,
        title,
        definite: before === 'the' || t.text === 'The',
        placeCue,
        organisationCue:
          !titled &&
          (party ||
            describesOrganisation(
              text.slice(Math.max(0, name[0]!.start - 48), name[0]!.start),
              text.slice(name[name.length - 1]!.end, name[name.length - 1]!.end + 80)
            ) ||
            (name.length > 1 &&
              (namesItsOfficer(
                text.slice(name[name.length - 1]!.end, name[name.length - 1]!.end + 40)
              ) ||
                speaksAsCompany(
                  text.slice(name[name.length - 1]!.end, name[name.length - 1]!.end + 300)
                )))),
        adjacent:
          i > 0 && name[0] === t && /^\s+$/.test(text.slice(tokens[i - 1]!.end, t.start))
            ? before
            : '',
        ...(office ? { office } : {}),
        ...(t.text === 'The' && !t.initial && name[0] !== t ? { capitalThe: true } : {}),
      })
    }
    i = j
  }
  return out
}

/**
 * Words that make a place's name before them something else than a person's surname: "Virginia
 * Tech", "Jordan Valley", "Victoria Day", "Alberta Health".
 */
function notSurname(word: string, lex: Lexicon): boolean {
  return (
    lex.titles.has(word) ||
    lex.orgWords.has(word) ||
    lex.places.has(word) ||
    lex.givenNames.has(word) ||
    ORG_ENDINGS.has(word) ||
    PAPER_WORDS.has(word) ||
    PLACE_WORDS.has(word) ||
    PLACE_UTILITIES.has(word) ||
    THING_WORDS.has(word) ||
    /^(?:tech|state|day|fc|university|college)$/.test(word)
  )
}

/**
 * Words that make a province's or a city's name a public utility or agency ("Nova Scotia Power",
 * "Manitoba Hydro", "Ontario Health").
 */
export const PLACE_UTILITIES = new Set(['power', 'hydro', 'health', 'post', 'gas', 'water'])

/**
 * True when `word` (lower case) is the plural demonym of a place the lexicon knows: "scotians"
 * (Scotia), "manitobans", "ontarians" (Ontario). "Nova Scotians" are people of a place, neither a
 * club named after "Nova" nor the place itself.
 *
 * @example
 * placeDemonym('manitobans', ENGLISH) // true
 * placeDemonym('oilers', ENGLISH) // false
 */
export function placeDemonym(word: string, lex: Lexicon): boolean {
  if (!word.endsWith('ans')) return false
  return (
    lex.places.has(word.slice(0, -2)) ||
    (word.endsWith('ians') && lex.places.has(`${word.slice(0, -4)}io`))
  )
}

/** Endings of nouns for what a person does ("organizer", "steward", "tenant", "florist"). */
const ROLE_ENDING = /(?:er|or|ant|ent|ist|ian|ard)$/

/**
 * "Edmonton Oilers", "Tarrow Blue Herons", "Ontario Liberals": a place, then one or two words
 * ending in a plural that names no kind of person ("Calgary Residents"): a club, a party or an
 * agency named after its place.
 */
export function clubAfterPlace(run: readonly { text: string }[], lex: Lexicon): boolean {
  if (run.length < 2 || run.length > 3 || !lex.places.has(lower(run[0]!.text))) return false
  const last = run[run.length - 1]!.text
  if (!/^\p{Lu}\p{Ll}+[^s\W]s$/u.test(last) || lex.places.has(lower(last))) return false
  const word = last.toLowerCase()
  if (placeDemonym(word, lex)) return false
  const one = [word.slice(0, -1), word.replace(/ies$/, 'y'), word.replace(/es$/, '')]
  return (
    run.slice(1).every((x) => /^\p{Lu}\p{Ll}/u.test(x.text) && !lex.connectors.has(x.text)) &&
    !one.some((w) => PERSON_NOUNS.has(w) || lex.titles.has(w))
  )
}

/** Fields of a ministry or a department ("Minister of Finance", "Secretary of Foreign Affairs"). */
const OFFICE_FIELDS = new Set(
  'finance health state defence defense justice education environment energy transport transportation labour labor trade agriculture fisheries immigration housing treasury interior affairs works'.split(
    ' '
  )
)

/** Titles of an elected member, written "… for" the riding they represent ("MP for …"). */
/** "… residents", "… families" right after a name: the people of the place it names. */
const PLACE_PEOPLE_AFTER = /^[ \t]+(?:residents|families|homeowners|voters|commuters)\b/

/** Trades a utility's or a company's name joins with "&" ("Gas & Electric", "Oil & Gas"). */
const TRADES_JOINED = new Set(
  'gas electric power light oil water energy heat telephone telegraph'.split(' ')
)

/** Adjectives of long standing that open a description before a place or a party. */
const LONG_STANDING = new Set(['longtime', 'long-time', 'lifelong', 'veteran'])

/** Elected members in the plural, written after their party ("Liberal MPs"). */
const MEMBERS_PLURAL = /^(?:MPs|MLAs|MPPs|MNAs|MHAs|Senators|Councillors|Councilors|Members)$/

const RIDING_TITLES = new Set(['mp', 'mla', 'mpp', 'mna', 'mha', 'member', 'councillor'])

/** Parties written before a member's name ("Republican Ann Roe", "Labour's Ann Roe"). */
const PARTY_ADJECTIVES = new Set(
  'republican democrat democratic liberal conservative labour labor tory ndp green'.split(' ')
)

/** Titles of the head of a town, a county, a province or a state. */
const PLACE_HEADS = new Set(['mayor', 'reeve', 'premier', 'governor'])
/** Parties and other words written before such a title that name no place. */
const PARTIES = new Set(
  'liberal conservative democratic democrat republican progressive green labour labor tory socialist independent former acting interim incoming outgoing then deputy new incumbent longtime longstanding veteran retiring current embattled popular beloved controversial'.split(
    ' '
  )
)

/** A photo or video credit, or a byline, right before a name ("Photo: ", "Video: ", "By "). */
const CREDIT_BEFORE = /(?:\b(?:photos?|videos?|images?|credit|illustration)\s*:|\bby)\s*$/i

/** Legal forms that end a company's name ("LLC", "Ltd", "Pty"). */
const LEGAL_ENDINGS = /^(?:Inc|Corp|Ltd|LLC|LLP|PLC|Plc|Pty|GmbH|AG|SA|NV|Limited)$/

/**
 * Whether the capitalised words from `tokens[j]` on, one space apart, reach a legal form within
 * three words ("Recovery LLC", "Gamble Co Ltd").
 */
function endsInLegalForm(tokens: Token[], j: number, text: string): boolean {
  for (let n = j; n < j + 3 && tokens[n] && isCap(tokens[n]!.text); n++) {
    if (n > j && text.slice(tokens[n - 1]!.end, tokens[n]!.start) !== ' ') return false
    if (n > j && LEGAL_ENDINGS.test(tokens[n]!.text)) return true
  }
  return false
}

/** What follows "&" to end a firm's name ("& Co.", "& Sons", "& Partners"). */
const FIRM_TAIL = /^(?:Co|Company|Sons|Daughters|Partners|Associates)$/

/** A stock exchange before a ticker ("(TSX: HFI)", "NYSE: ABC"): the ticker is no name. */
const TICKER_BEFORE =
  /\b(?:TSX|TSXV|TSX-V|NYSE|Nasdaq|NASDAQ|AMEX|ASX|LSE|AIM|BSE|NSE|CSE|JSE|OTC|SGX|HKEX|NZX)\s*:\s*$/

/** A partner's name in a firm's ("Calder" of "Calder & Finch"): no initial, no acronym. */
const FIRM_PARTNER = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u

/**
 * Whether a person's name is written surname first: before a romanised East Asian given name
 * of two syllables joined by a hyphen ("Park Ji-hoon", "Lee Soo-jin"), or before the Vietnamese
 * middle names "Thi" and "Van" ("Le Thi Huong", "Tran Van Minh").
 *
 * @example
 * surnameFirst(['Park', 'Ji-hoon']) // true
 */
export const surnameFirst = (words: readonly string[]) =>
  (words.length === 2 && /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u.test(words[1]!)) ||
  ((words.length === 3 || words.length === 4) &&
    (words[1] === 'Thi' || words[1] === 'Van') &&
    words.every((w) => /^\p{Lu}\p{Ll}{1,5}$/u.test(w)))

/**
 * Whether `run` is a given name that is also a modal verb and a surname ("Will Bishop", "May
 * Tran"), told from the question "Will Bishop stay?" by what follows: a reporting verb or an
 * apposition about a person ("Will Bishop, whose daughter plays, said", "May Tran, 41, …"), or
 * "Will" capitalised inside a sentence.
 */
function modalGivenName(run: Token[], text: string): boolean {
  if (run.length !== 2 || !MODAL_NAMES.has(run[0]!.text) || !/^\p{Lu}\p{Ll}+$/u.test(run[1]!.text))
    return false
  // ("Faith Roe and Will Bishop have …": the modal is never capitalised inside a sentence.)
  if (!run[0]!.initial && run[0]!.text === 'Will') return true
  const after = text.slice(run[1]!.end, run[1]!.end + 80)
  return /^(?:,\s+(?:who|whose)\s|\s+(?:said|says|told)\b)/.test(after) || describesPerson(after)
}
const MODAL_NAMES = new Set(['Will', 'May'])

/** Two surname particles in a row ("van der Berg", "de la Cruz", "von der Heide"). */
/**
 * How many tokens from `j` go on a French organisation's name whose head word is the token before
 * ("Association des ports du Nord-Est", "Conseil de la nation Wendake-Nord"): small French words
 * and lower-case words up to the last capitalised word (or "l'Estrie"), within eight words, with
 * a French joining word among them; 0 when there is no such tail.
 */
function frenchOrgTail(tokens: Token[], j: number, text: string, lex: Lexicon): number {
  const head = tokens[j - 1]!.text.normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  if (!FRENCH_ORG_HEADS.has(head)) return 0
  // ("Comité logement du Plateau": a word or two may come before the first joining word.)
  let end = 0
  let joined = false
  // ("Syndicat des employés de la fonction publique,": a name may end in a lower-case word where
  // punctuation closes it, with no capitalised word after its joining word.)
  let lower = 0
  for (let k = j; k < j + 8 && k < tokens.length; k++) {
    const t = tokens[k]!
    const gap = text.slice(tokens[k - 1]!.end, t.start)
    if (!/^ $/.test(gap) || t.initial) {
      if (end === 0 && lower === k - j && /^(?:[,.;:]|\s\()/.test(gap)) end = lower
      break
    }
    if (FRENCH_NAME_JOINS.has(t.text) || /^[ld]['’]/.test(t.text)) joined = true
    else if (!joined && k - j >= 2) break
    if (isCap(t.text) || /^[ld]['’]\p{Lu}/u.test(t.text)) {
      if (!joined) break
      end = k - j + 1
    } else if (joined && !FRENCH_NAME_JOINS.has(t.text) && /^\p{Ll}[\p{Ll}\p{M}-]+$/u.test(t.text))
      lower = lex.functionWords.has(t.text) || CUE_VERBS.has(t.text) ? lower : k - j + 1
    if (
      !isCap(t.text) &&
      !/^[ld]['’]\p{Lu}/u.test(t.text) &&
      !FRENCH_NAME_JOINS.has(t.text) &&
      !/^[ld]['’]\p{Ll}/u.test(t.text) &&
      (!/^\p{Ll}[\p{Ll}\p{M}-]+$/u.test(t.text) ||
        lex.functionWords.has(t.text) ||
        CUE_VERBS.has(t.text))
    )
      break
  }
  return end
}

const PARTICLE_PAIRS = new Set([
  'van der',
  'van den',
  'van de',
  'von der',
  'de la',
  'de los',
  'de las',
  'van het',
  'de le',
])

/** Sentence-initial words that take an "of" before a name without being part of it. */
const PART_OF = new Set(
  'shares stock most many some several half none each both one all members residents fans supporters critics employees customers'.split(
    ' '
  )
)

/**
 * Whether `tokens[j]` is a one-word nickname in quotation marks after a given name or initials and
 * before a capitalised surname ('Jamie "Jet" Roe', 'J.D. “Doc” Roe').
 */
function nickname(run: Token[], tokens: Token[], j: number, text: string, lex: Lexicon): boolean {
  const nick = tokens[j]!
  const surname = tokens[j + 1]
  const given = run[run.length - 1]!
  if (
    !surname ||
    run.length > 2 ||
    given !== tokens[j - 1] ||
    !/^[ \t\u00a0]["“'‘]$/.test(text.slice(given.end, nick.start)) ||
    !/^["”'’][ \t\u00a0]$/.test(text.slice(nick.end, surname.start)) ||
    !/^\p{Lu}[\p{L}.'’-]*$/u.test(nick.text) ||
    !/^\p{Lu}\p{L}/u.test(surname.text)
  )
    return false
  if (/^(?:\p{Lu}\.)+$/u.test(given.text) || lex.givenNames.has(lower(given.text))) return true
  const word = lower(given.text)
  return (
    run.length === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(given.text) &&
    !lex.functionWords.has(word) &&
    !lex.places.has(word) &&
    !lex.orgWords.has(word) &&
    !lex.titles.has(word)
  )
}

/** What a saint, a patron or a monarch names in the possessive ("St. Ann's Hospital"). */
const POSSESSED = new Set(
  'hospital university college school academy church cathedral chapel bench cove harbour harbor bay island landing park inn hall'.split(
    ' '
  )
)
/** Words before a possessive that name a saint or a mountain ("St. Ann's", "Mount Ida's"). */
const SAINTS = new Set(['st', 'st.', 'saint', 'ste', 'ste.', 'mount'])

/**
 * Whether the possessive after the run's last word ("King's", "Ann's") is inside a name: "Court
 * of King's Bench", "Peggy's Cove", "St. Ann's Hospital", "St. Ann's Anglican Church". The owner
 * is one word (the run's first, or after "of" or a saint's title) and no place ("Canada's
 * Parliament" is Canada's), and a word for what such names name follows, or comes within three
 * words after a saint's name.
 */
function ownedName(run: Token[], tokens: Token[], j: number, lex: Lexicon): boolean {
  const owner = tokens[j - 1]!
  const next = tokens[j]!
  if (run[run.length - 1] !== owner || !isCap(next.text) || next.initial) return false
  if (lex.places.has(lower(owner.text))) return false
  // ("Prime Minister's Office", "the Premier's Office": an office holder's staff, one body.)
  if (
    next.text === 'Office' &&
    run.every((x) => lex.titles.has(lower(x.text)) || lex.functionWords.has(x.text.toLowerCase()))
  )
    return true
  const saint = run.length >= 2 && SAINTS.has(run[run.length - 2]!.text.toLowerCase())
  if (run.length > 1 && !saint && run[run.length - 2]!.text !== 'of') return false
  if (POSSESSED.has(next.text.toLowerCase())) return true
  if (!saint) return false
  for (let n = j; n < j + 3 && tokens[n] && isCap(tokens[n]!.text); n++) {
    const w = tokens[n]!.text.toLowerCase()
    if (POSSESSED.has(w) || lex.orgWords.has(w)) return true
  }
  return false
}

/**
 * "Bank of Valdoria and Harbour Growth Fund", "Institute of Technology and Lakeland State
 * University": after an "X of Y" name, "and" opens a second organisation when what follows is an
 * organisation's name of its own (an organisation word after its first word, ending the name or
 * before "of") and either the "of" name ends in a place or the second name is no mere field ("Health
 * and Human Services", "Energy and Natural Resources" stay one ministry).
 */
function secondOrganisation(run: Token[], and: number, lex: Lexicon): boolean {
  if (and < 3 || !run.slice(1, and - 1).some((x) => x.text === 'of')) return false
  const rest = run.slice(and + 1)
  const head = rest.findIndex((x, n) => n > 0 && lex.orgWords.has(lower(x.text)))
  if (
    head < 0 ||
    (head < rest.length - 1 && rest[head + 1]!.text !== 'of') ||
    rest.slice(0, head).some((x) => x.text === 'and')
  )
    return false
  return (
    lex.places.has(lower(run[and - 1]!.text)) || head >= 2 || lex.places.has(lower(rest[0]!.text))
  )
}

/**
 * True for a national body named by its fields before its country: one to three capitalised common
 * words, with at most one "and" and one word before it, then the country ("Health Canada", "Public
 * Safety Canada", "Fisheries and Oceans Canada", "Environment and Climate Change Canada").
 *
 * @example
 * fieldsBeforeCountry(tokensOf('Fisheries and Oceans Canada'), ENGLISH) // true
 * fieldsBeforeCountry(tokensOf('Maple Leafs and Team Canada'), ENGLISH) // false
 */
export function fieldsBeforeCountry(run: readonly Token[], lex: Lexicon): boolean {
  if (run.length < 2 || run.length > 5 || !COUNTRIES.has(lower(run[run.length - 1]!.text)))
    return false
  const fields = run.slice(0, -1)
  const and = fields.findIndex((x) => x.text === 'and')
  // ("Germany and Canada" are two places; "Maple Leafs and Team Canada" two names.)
  if (and !== -1 && (and !== 1 || fields.length < 3)) return false
  if (and === -1 && fields.length > 2) return false
  return fields.every((x, n) => {
    if (n === and) return true
    const w = lower(x.text)
    return (
      /^\p{Lu}\p{Ll}+$/u.test(x.text) &&
      !lex.givenNames.has(w) &&
      !lex.places.has(w) &&
      !PLACE_PREFIX.has(w) &&
      !lex.titles.has(w) &&
      !THING_WORDS.has(w)
    )
  })
}

/** Members of an association, in the plural ("farmers", "growers", "nurses"): lower case. */
export const peopleOfATrade = (word: string): boolean =>
  /s$/.test(word) && (PERSON_NOUNS.has(word.slice(0, -1)) || MEMBERS.has(word.slice(0, -1)))
/** Trades that name associations besides the person nouns ("Grain Growers of …"). */
const MEMBERS = new Set(['grower', 'rancher', 'fisher', 'manufacturer', 'retailer', 'employer'])

/** Two or more capitalised words that read as a name rather than an institution's head ("Bank"). */
function personBeforeOf(left: Token[], lex: Lexicon): boolean {
  const words = left.map((t) => lower(t.text).replace(/\.$/, ''))
  const name = words.filter((w) => !lex.titles.has(w))
  // ("Dairy Farmers of Ontario", "Grain Growers of Tarrow": people of a kind, an association.)
  if (peopleOfATrade(name[name.length - 1] ?? '')) return false
  return (
    name.length >= 2 &&
    name.length <= 4 &&
    !ORG_HEADS.has(words[0]!) &&
    !/^\p{Lu}{2,}$/u.test(left[0]!.text) &&
    // ("Dr. Ann Roe of the …": the title is no function word of the name, "Dr" though it is one.)
    !name.some(
      (w) =>
        lex.orgWords.has(w) ||
        PLACE_WORDS.has(w) ||
        lex.places.has(w) ||
        lex.functionWords.has(w) ||
        lex.connectors.has(w)
    )
  )
}

/** The words of a phrase joined by single spaces. */
export const phraseText = (p: Phrase) => p.tokens.map((t) => t.text).join(' ')
