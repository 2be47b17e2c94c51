/**
 * @module Typing one capitalised phrase as a person, organisation or place (or nothing) from its
 * words, its titles and speech verbs, and what the rest of the story says about its words.
 */
import {
  COUNTRIES,
  DEMONYMS,
  ENGLISH,
  FRENCH_NAME_JOINS,
  FRENCH_ORG_HEADS,
  NEWSPAPER_WORDS,
  NOT_NAME_FIRST,
  ORG_ENDINGS,
  ORG_HEADS,
  OUTLETS,
  PAPER_WORDS,
  PLACE_WORDS,
  THING_WORDS,
  type Lexicon,
} from './lexicon'
import {
  PLACE_JOINS,
  PLACE_PREFIX,
  PLACE_UTILITIES,
  placeDemonym,
  SAINT_WORDS,
  clubAfterPlace,
  fieldsBeforeCountry,
  lower,
  peopleOfATrade,
  phraseText,
  surnameFirst,
  type Phrase,
} from './entity-phrases'
import type { EntityType } from './types'

/** Words written in capitals that are no acronym of a name ("shaken but OK", "at 10 PM"). */
/** Places written as dotted initials ("D.C.", "N.S.", "B.C.", "P.E.I."). */
const DOTTED_PLACES = new Set(['dc', 'ns', 'nb', 'bc', 'pei', 'nl', 'nwt', 'nsw', 'nz'])
const COMMON_CAPITALS = new Set(
  'ok am pm tv id ps vs aka faq diy asap fyi lol omg ceo cfo coo cto'.split(' ')
)

/** What the whole story says about words and names, used to type each phrase. */
export interface StoryContext {
  /** One-word names that recur mid-sentence and are no one's surname ("NASA"). */
  repeated: Set<string>
  /** Words also written in lower case somewhere ("internet", "match"). */
  common: Set<string>
  /** Names written with a version number somewhere ("navigator 6"). */
  things: Set<string>
  /** Last words of multi-word names (possible surnames). */
  surnames: Set<string>
  /** First words of multi-word names (the given names the story's people go by). */
  givens?: Set<string>
  /**
   * Names the words around one of their mentions call an organisation ("Marrow Power's chief
   * executive"): every mention of the name is the organisation's.
   */
  organisations?: Set<string>
  /**
   * Names the words around one of their mentions call a place ("the Glenmoor subdivision",
   * "Lindmere Mayor Ann Roe"): every mention of the name is the place's.
   */
  places?: Set<string>
  /** First words of two-word street names ("weller" of "Weller Avenue"). */
  streets?: Set<string>
  /** One-word names written after "in", "near" … at least half the times they appear. */
  placed?: Set<string>
  /** In a game story, names written after "the" somewhere ("the Harbour Hawks"). */
  definite?: Set<string>
  /** One-word names that speak somewhere ("Park said"): a surname, not a place's head word. */
  spokeAlone?: Set<string>
  /** The story speaks of companies ("Corp.", "Ltd.", "the company", "shares of"). */
  companies?: boolean
}

/**
 * Not a given name, place, title, demonym ("Australian", "Afghans") or other common capitalised
 * word.
 */
const standalone = (w: string, lex: Lexicon) =>
  !lex.givenNames.has(w) &&
  !lex.places.has(w) &&
  !lex.titles.has(w) &&
  !lex.functionWords.has(w) &&
  !/(?:ans?|ese|ish|ic|is|s)$/.test(w)

/**
 * Words between "the" and a title that name the office's field ("the Home Secretary", "the Foreign
 * Minister").
 */
const TITLE_FIELDS = new Set([
  'home',
  'foreign',
  'shadow',
  'interior',
  'finance',
  'defence',
  'defense',
  'health',
  'education',
  'environment',
  'justice',
  'trade',
  'energy',
  'transport',
  'labor',
  'labour',
  'treasury',
  'crown',
  'supreme',
  'managing',
  'executive',
])

/** "the President", "The Home Secretary": a title standing for the person who holds it. */
export const isTitleOnly = (p: Phrase, lex: Lexicon = ENGLISH) =>
  p.definite &&
  p.tokens.length <= 3 &&
  lex.titles.has(lower(p.tokens[p.tokens.length - 1]!.text)) &&
  p.tokens.every((t) => lex.titles.has(lower(t.text)) || TITLE_FIELDS.has(lower(t.text)))

/** Words before a street's name ("on Weller", "along Weller"). */
const STREET_BEFORE = new Set(['on', 'along', 'off'])

/** Offices named "… General" ("Attorney General", "Auditor General", "Surgeon General"). */
const OFFICES_GENERAL = new Set(
  `attorney auditor solicitor secretary governor surgeon inspector consul postmaster director
  accountant receiver registrar adjutant paymaster advocate vicar procurator provost comptroller
  commissary chaplain quartermaster`.split(/\s+/)
)

/** The phrase ends in (or opens with) an organisation word ("Stadtwerke", "Ministerium"). */
const ORG_WORDS_END = (words: string[], lex: Lexicon) =>
  lex.orgWords.has(words[words.length - 1]!) || lex.orgWords.has(words[0]!)

/** The type of phrase `p` in a story described by `story`, or null when it names nothing typed. */
export function classify(
  p: Phrase,
  story: StoryContext,
  lex: Lexicon = ENGLISH
): EntityType | null {
  const { repeated, common, things, surnames } = story
  const words = p.tokens.map((t) => lower(t.text).replace(/\.$/, ''))
  const last = words[words.length - 1]!
  const text = phraseText(p)
  // ("MP", "MLA": a title written in capitals names no one on its own.)
  if (words.length === 1 && /^[\p{Lu}]{2,6}$/u.test(text))
    // ("ST. ALDRIC, ONT. —": a province's abbreviation in a dateline's capitals names no body.)
    return COMMON_CAPITALS.has(last) || lex.titles.has(last) || LONE_ABBREVIATIONS.has(last)
      ? null
      : lex.places.has(last)
        ? 'place'
        : 'organization'
  // "The Auditor General said": an office, no one's name; "Kestrel Bay General", "Vancouver
  // General": a hospital by its short name.
  if (last === 'general' && words.length >= 2 && lex === ENGLISH)
    return OFFICES_GENERAL.has(words[words.length - 2]!) ? null : 'organization'
  // "Feb. 3", "Oct. 12": a month's abbreviation names nothing ("Jan", "Mar" are also names).
  if (words.length === 1 && /^(?:feb|apr|aug|sept?|oct|nov|dec)$/.test(last)) return null
  // "Guelph, Ont. The crowd …": a province's or state's abbreviation alone (its full stop taken
  // for the sentence's) is part of the town's dateline, no name of its own.
  if (words.length === 1 && LONE_ABBREVIATIONS.has(last)) return null
  // ("Park Ji-hoon", "Le Thi Huong": a name written surname first, whatever its first word.)
  // ("Park Ji-hoon", "Le Thi Huong": a name written surname first, whatever its first word.)
  if (surnameFirst(p.tokens.map((t) => t.text)) && !words.some((w) => lex.orgWords.has(w)))
    return 'person'
  // "Labour", "Liberal Democrats", "the Tories": a party, never a person.
  if (words.every((w) => PARTY_WORDS.has(w))) return 'organization'
  // "the Progressive Conservatives", "the Social Democrats": a party's name with its qualifier.
  if (words.length === 2 && PARTY_QUALIFIERS.has(words[0]!) && PARTY_WORDS.has(last))
    return 'organization'
  // ("R. v. Grant", "Plan B."): one initial alone names nothing.
  if (/^\p{Lu}\.?$/u.test(text)) return null
  if (/^(?:\p{Lu}\.){2,}$/u.test(text)) {
    const letters = text.replace(/\./g, '').toLowerCase()
    return lex.places.has(letters) || DOTTED_PLACES.has(letters) ? 'place' : 'organization'
  }
  // "Hospital wait times grow", "Council voted": an organisation word alone, capitalised only by
  // its place at the start of a sentence or a headline, is a common noun, not a name.
  if (words.length === 1 && p.tokens[0]!.initial && lex.orgWords.has(last) && !repeated.has(last))
    return null
  // "Lisbon Star", "Leeds Mail": a newspaper named after its town. ("the Harbour Ledger": a
  // newspaper's word after "the"; "Calder & Finch": partners' names joined by an ampersand.)
  if (
    words.length >= 2 &&
    ((PAPER_WORDS.has(last) && lex.places.has(words[words.length - 2]!)) ||
      (p.definite && NEWSPAPER_WORDS.has(last)) ||
      words.includes('&'))
  )
    return 'organization'
  if (
    lex.orgWords.has(last) ||
    OUTLETS.has(last) ||
    // "Dryden Regional Health Centre", "Tarrow Cancer Research Center": an institution's centre.
    (words.length > 2 &&
      (last === 'centre' || last === 'center') &&
      INSTITUTE_CENTRES.has(words[words.length - 2]!)) ||
    // "Unifor Local 2217", "Local 88": a union local.
    (words.length > 1 && words[words.length - 2] === 'local' && /^\d+$/.test(last)) ||
    (words.length > 1 && ORG_ENDINGS.has(last)) ||
    // "Allied Food Workers", "Harbour Nurses": a union or an association named for its members
    // (not "Peter Sellers": a given name opens a person's name).
    (words.length > 1 && peopleOfATrade(last) && !lex.givenNames.has(words[0]!)) ||
    (words.length > 2 && ORG_HEADS.has(words[0]!) && words[1] === 'of') ||
    // ("Institute for Northern Policy", "Foundation for Coastal Arts": or before "for".)
    (words.length > 2 &&
      (ORG_HEADS.has(words[0]!) || lex.orgWords.has(words[0]!)) &&
      words[1] === 'for') ||
    // "Parole Board of Canada", "Bank of Valdoria": an organisation word before "of".
    // ("Dairy Farmers of Ontario": its members.)
    // ("U.S. District Court for the Middle District": or before "for".)
    words.some(
      (w, i) =>
        i > 0 &&
        (words[i + 1] === 'of' || words[i + 1] === 'for') &&
        (lex.orgWords.has(w) || peopleOfATrade(w))
    )
  )
    return 'organization'
  // "Halcyon Air said", "Tarrow Mountain Air": an airline named by a word or two before "Air" (not
  // "National Air and Space …", whose name runs on, nor a person's given name before it).
  if (
    last === 'air' &&
    words.length >= 2 &&
    words.length <= 3 &&
    p.after !== 'and' &&
    !lex.givenNames.has(words[0]!)
  )
    return 'organization'
  // "Rue Sainte-Catherine", "Chemin du Lac": a French street's word comes first.
  if (words.length > 1 && FRENCH_STREET_HEADS.test(words[0]!)) return 'place'
  // "Fédération des enseignants de l'Estrie", "Hôpital Sainte-Anne de Lévis": a French body's
  // name in English copy, its organisation word first.
  if (
    words.length > 2 &&
    FRENCH_ORG_HEADS.has(fold(words[0]!)) &&
    (FRENCH_NAME_JOINS.has(words[1]!) || words.slice(2).some((w) => FRENCH_NAME_JOINS.has(w)))
  )
    return 'organization'
  // "Banque de Lorvane", "Universidade de Coimbra": other languages put the organisation word
  // first.
  if (lex.words && words.length > 1 && lex.words.orgWords.includes(words[0]!)) return 'organization'
  // "L'association Vélo Lowmere": the organisation word behind an elided article.
  const elided = /^[ld]['’]/.test(words[0]!) ? words[0]!.slice(2) : ''
  if (lex.words && words.length > 1 && lex.words.orgWords.includes(elided)) return 'organization'
  // "la empresa Navieras Unidas", "la società Costruzioni Adriatiche": named after its kind.
  // ("il pubblico ministero Ilaria Sestini": a role before a given name and a surname is a person.)
  if (
    p.adjacent &&
    lex.words?.orgWords.includes(p.adjacent) &&
    !(words.length > 1 && lex.givenNames.has(words[0]!))
  )
    return 'organization'
  // "Edmonton Oilers", "Ontario Liberals": a club, a party or an agency named after its place.
  if (clubAfterPlace(p.tokens, lex)) return 'organization'
  // "Nova Scotia Power", "Manitoba Hydro": a place's name and a utility's word.
  if (
    words.length > 1 &&
    PLACE_UTILITIES.has(last) &&
    words.slice(0, -1).every((w) => lex.places.has(w) || PLACE_PREFIX.has(w))
  )
    return 'organization'
  // "Lowmere Power", "Ridgefield Steel" in a story about companies, or "Harbour Power": a trade
  // word that is also a surname, after a word no one is named, is a company's name ("Samantha
  // Power" has a given name).
  if (
    words.length === 2 &&
    TRADE_SURNAMES.has(last) &&
    !p.titled &&
    !lex.givenNames.has(words[0]!) &&
    /^\p{Lu}\p{Ll}+$/u.test(p.tokens[0]!.text) &&
    (story.companies === true || PLACE_WORDS.has(words[0]!))
  )
    return 'organization'
  if (
    words.every((w) => lex.places.has(w) || PLACE_PREFIX.has(w) || PLACE_JOINS.has(w)) &&
    words.some((w) => lex.places.has(w))
  )
    return 'place'
  // "Councillor Mia Park", "Grace Hill said": a given name with a title or a verb of speech
  // before a place word is a person's name.
  // ("By Leona Hill": a byline names its author, whatever the last word of the name.)
  const personal =
    (lex.givenNames.has(words[0]!) && (p.titled || p.speaker)) ||
    (p.byline === true && words.length <= 4 && !lex.places.has(words[0]!)) ||
    // "Maeve Park thanked volunteers." then "Park said": a place's head word never speaks alone.
    (words.length === 2 &&
      story.spokeAlone?.has(last) === true &&
      !lex.places.has(words[0]!) &&
      !THING_WORDS.has(words[0]!))
  // "Kestrel Bay School District", "Lowmere Fire District": a district that runs a service is a
  // body (it hires, votes, speaks), not an area.
  if (last === 'district' && SERVICE_DISTRICT.has(words[words.length - 2] ?? ''))
    return 'organization'
  if (words.length > 1 && PLACE_WORDS.has(last) && !personal) return 'place'
  // "on Parliament Hill", "Senate Hill": a hill named after an institution is a place, not a
  // person surnamed Hill.
  if (words.length === 2 && last === 'hill' && lex.orgWords.has(words[0]!) && !p.titled)
    return 'place'
  if (isTitleOnly(p, lex)) return null
  // "a store on Weller" after "Weller Avenue": the street by its first word.
  if (words.length === 1 && STREET_BEFORE.has(p.before) && story.streets?.has(last)) return 'place'
  // Where every noun is capitalised, a name needs a given name, a title or a known surname.
  if (lex.words?.capitalisedNouns && !p.titled) {
    if (ORG_WORDS_END(words, lex)) return 'organization'
    const named =
      lex.givenNames.has(words[0]!) || (words.length > 2 && lex.givenNames.has(words[1]!))
    if (
      !named &&
      !(words.length === 1 && surnames.has(last)) &&
      !words.every((w) => lex.places.has(w))
    )
      return null
  }
  // "Health Canada", "Public Safety Canada", "Air France", "Fisheries and Oceans Canada": common
  // words before a country's name are an agency or a company, never a person ("Fan Expo Canada" is
  // an event).
  if (fieldsBeforeCountry(p.tokens, lex)) return 'organization'
  // "Keelworks, the maker of the Tallyo app, said": a company however it speaks.
  if (
    (p.organisationCue || story.organisations?.has(text.toLowerCase())) &&
    words.length <= 3 &&
    !lex.givenNames.has(words[0]!)
  )
    return 'organization'
  // "Lake Tallis", "Mount Averill", "Fort Vermeer": a lake, a mountain or a fort by its name.
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    NATURE_FIRST.has(words[0]!) &&
    !p.titled &&
    !THING_WORDS.has(last) &&
    !THING_WORDS.has(p.after)
  )
    return 'place'
  // "St. Louis", "Sault Ste. Marie", "St. Ann's": a saint's name is a place's or a church's.
  if (
    words.length <= 4 &&
    p.tokens.some((t) => SAINT_WORDS.has(t.text.toLowerCase())) &&
    !THING_WORDS.has(last) &&
    // ("St. Patrick's Day" is a day.)
    !THING_WORDS.has(p.after)
  )
    return 'place'
  // ("Separately, a team at …": an adverb opening a sentence is no one, whatever follows.)
  if (
    words.length === 1 &&
    p.tokens[0]!.initial &&
    /.{4}ly$/.test(last) &&
    !lex.givenNames.has(last) &&
    !surnames.has(last)
  )
    return null
  if (p.titled && words.length <= 4) return 'person'
  if (
    (p.placeCue || story.places?.has(text.toLowerCase())) &&
    words.length <= 3 &&
    !lex.givenNames.has(words[0]!) &&
    !p.speaker
  )
    return 'place'
  // "Veteran Tory strategist …", "Senior Liberal officials": a word capitalised only by opening
  // the sentence, then a party's adjective, describes someone; it is no one's name.
  if (
    words.length === 2 &&
    p.tokens[0]!.initial &&
    PARTY_WORDS.has(last) &&
    !lex.givenNames.has(words[0]!) &&
    !lex.places.has(words[0]!)
  )
    return null
  // Peoples named by their plural demonym ("Afghans", "Muslims", "Texans") count as people.
  // ("Nova Scotians", "British Columbians": so do a two-word place's.)
  if (
    words.length === 2 &&
    !p.titled &&
    placeDemonym(last, lex) &&
    (lex.places.has(words[0]!) || PLACE_PREFIX.has(words[0]!) || DEMONYMS.has(words[0]!))
  )
    return 'person'
  if (
    words.length === 1 &&
    ((/(?:ans|ists)$/.test(last) && !p.tokens[0]!.initial) ||
      DEMONYMS.has(last.slice(0, -1)) ||
      placeDemonym(last, lex)) &&
    !common.has(last)
  )
    return 'person'
  // "published in The Lancet", "told The Harbour Ledger": "The" in capitals inside a sentence
  // is part of a publication's or an organisation's name, seldom of a place's.
  if (p.capitalThe && words.length <= 3 && !words.every((w) => lex.places.has(w)))
    return 'organization'
  if (
    words.length <= 2 &&
    !p.speaker &&
    !p.tokens[0]!.initial &&
    lex.locatives.has(p.before) &&
    !lex.givenNames.has(words[0]!) &&
    !/(?:an|ish|ese)$/.test(last)
  )
    return 'place'
  // "A wildfire near Oliver", "evacuees in Grant": a town named like a person, alone after "in" or
  // "near", when nobody in the story goes by that given name, nor by it as a surname.
  if (
    words.length === 1 &&
    !p.speaker &&
    !p.titled &&
    !p.tokens[0]!.initial &&
    lex.locatives.has(p.before) &&
    lex.givenNames.has(last) &&
    !story.givens?.has(last) &&
    !surnames.has(last) &&
    !/^['’]/.test(p.after)
  )
    return 'place'
  // ("Mohammed bin Rashid Al Maktoum": surname particles do not count as words of the name.)
  const particles = words.filter((w, i) => i > 0 && SURNAME_PARTICLES.has(w)).length
  if (
    words.length - particles <= 4 &&
    lex.givenNames.has(words[0]!) &&
    (words.length > 1 || !p.tokens[0]!.initial) &&
    !words.some((w) => lex.connectors.has(w) && !SURNAME_PARTICLES.has(w))
  )
    return 'person'
  // A name written with a version or a letter ("Navigator 6", "Group H") is a thing, not a person.
  // So is one that ends in a thing's head word or opens with an adjective ("World Cup", "Global
  // Fleet").
  const thing =
    things.has(text.toLowerCase()) ||
    (words.length > 1 &&
      (/^\p{Lu}$/u.test(p.tokens[p.tokens.length - 1]!.text) ||
        THING_WORDS.has(last) ||
        NOT_NAME_FIRST.has(words[0]!) ||
        DEMONYMS.has(words[0]!)))
  // A lone word that speaks is a person only where it can be a surname: "Partners said" opening a
  // sentence, or "Portwire observed" recurring alone and never after a first name, is not one.
  const lone =
    words.length === 1 &&
    (common.has(last) || repeated.has(last) || (p.tokens[0]!.initial && !surnames.has(last)))
  // "BC Hydro said", "UFCW Local 832 said": a name that opens with an acronym is an institution;
  // people's initials are written with full stops ("J.R. Roe") or stand alone.
  const acronymFirst =
    words.length > 1 && /^\p{Lu}{2,5}$/u.test(p.tokens[0]!.text) && !lex.givenNames.has(words[0]!)
  // "the Harbour Hawks host the Pinecrest Owls" in a game story: a person's name never follows
  // "the", a club's plural name does.
  const club =
    words.length >= 2 &&
    words.length <= 3 &&
    !p.titled &&
    story.definite?.has(text.toLowerCase()) === true &&
    !lex.givenNames.has(words[0]!) &&
    /^\p{Lu}\p{Ll}+[^s\W]s$/u.test(p.tokens[p.tokens.length - 1]!.text)
  // "The World Food Programme said": a programme that speaks is the agency that runs it.
  if (p.speaker && words.length >= 2 && words.length <= 5 && SPEAKING_THINGS.has(last))
    return 'organization'
  if (p.speaker && !thing && words.length <= 4 && !lone && !p.office)
    return acronymFirst || club ? 'organization' : 'person'
  // ("Route 9", "Highway 401" twice are a road's number, not an organisation.)
  if (words.length === 1 && repeated.has(last) && standalone(last, lex) && !things.has(last)) {
    // "Crews reach Kingsport … arrived in Kingsport": a recurring word written after "in" or
    // "near" at least half the times it appears is a town ("in Scientology" once in ten is not).
    if (story.placed?.has(last) && !p.speaker && !p.organisationCue) return 'place'
    return 'organization'
  }
  // "the Church", "the House": an institution named by its head word.
  if (words.length === 1 && p.before === 'the' && ORG_HEADS.has(last) && !p.tokens[0]!.initial)
    return 'organization'
  const acronym = p.tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text))
  // Untyped two- and three-word names are people unless a word of them is also used in lower case
  // in the text: "Space Shuttle", "World Cup", "Tide Tracker" are things.
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    !acronym &&
    !thing &&
    // ("Minister of Foreign Affairs": the office's field.)
    !p.office &&
    !words.some(
      (w, i) =>
        (lex.connectors.has(w) && !(i === 1 && words.length === 3 && SURNAME_PARTICLES.has(w))) ||
        lex.functionWords.has(w) ||
        lex.places.has(w) ||
        lex.titles.has(w) ||
        OUTLETS.has(w) ||
        common.has(w)
    )
  )
    return club ? 'organization' : 'person'
  if (words.length >= 3 && !p.tokens[0]!.initial && words.some((w) => w === 'of' || w === 'for'))
    return 'organization'
  return null
}

/** Words before "Centre" that make it an institution's, not a building's or a mall's. */
/** Trades that are also surnames ("Power", "Steel"): a company's last word, or a person's. */
const TRADE_SURNAMES = new Set([...PLACE_UTILITIES, 'steel', 'oil', 'energy'])

const INSTITUTE_CENTRES = new Set(
  'health medical sciences research cancer treatment policy studies care rehabilitation addiction trauma'.split(
    ' '
  )
)

/** Abbreviations of provinces and states that are no word or name of their own ("Man" is). */
const LONE_ABBREVIATIONS = new Set(
  `ont que sask alta nfld calif fla ariz colo conn okla tenn minn mich neb nev wis wyo`.split(' ')
)

/** Things that speak as agencies ("the World Food Programme said"). */
const SPEAKING_THINGS = new Set(['programme', 'program', 'initiative', 'project'])

/** Parties' names, alone or together ("Liberal Democrats", "Labour", "Tories"). */
const PARTY_WORDS = new Set(
  'labour labor tory tories liberal liberals conservative conservatives democrat democrats republican republicans ndp greens'.split(
    ' '
  )
)

/** Words that qualify a party's name ("Progressive Conservative", "Social Democrats"). */
const PARTY_QUALIFIERS = new Set(['progressive', 'social', 'christian', 'new', 'united'])

/** First words of the names of lakes, mountains and forts ("Lake Tallis", "Mt. Ida"). */
const NATURE_FIRST = new Set(['lake', 'lac', 'mount', 'mt', 'fort', 'ft', 'cape', 'isle'])

/**
 * Particles inside a person's surname ("Fouzia Al Hashish", "Lena van Dijk"): between a first name
 * and a surname they do not make the name an organisation's or a place's.
 */
const SURNAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'van',
  'von',
  'de',
  'da',
  'del',
  'der',
  'du',
  'la',
  'le',
  'do',
  'dos',
  'das',
  'di',
  'della',
  'den',
])

/** Services whose district is a public body ("School District", "Water District"). */
const SERVICE_DISTRICT = new Set([
  'school',
  'schools',
  'fire',
  'water',
  'health',
  'library',
  'transit',
  'hospital',
  'irrigation',
  'conservation',
  'sanitation',
  'sewer',
  'drainage',
  'park',
  'parks',
  'utility',
  'improvement',
])

/** A word in lower case with its accents folded ("hôpital" → "hopital"). */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
}

/** Words that open a French street's name. */
const FRENCH_STREET_HEADS = /^(?:rue|chemin|rang|montée|boulevard|boul)$/
