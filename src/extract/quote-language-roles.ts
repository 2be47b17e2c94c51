/**
 * @module Role words bound to their holders in French, German, Spanish, Italian and Portuguese,
 * so a later description credits the person it stands for: a title before the name
 * ("Verkehrsminister Klaus Berger", "la ministra Giulia Ferri"), a role fronted before a name in
 * apposition ("La maire de Lowmere, Claire Dubois,") or an apposition after it ("Paul Garnier,
 * ministre des Transports,"). The holders go into the same `Roles` map the English coreference
 * fills, and `boundHolder` reads them back for "a ajouté la maire" or "sagte der Minister".
 */
import { bindRole, type Roles } from './quote-roles'
import type { QuoteRules } from './quote-language-rules'
import type { EntityRef } from './entities'

const alternation = (list: string) =>
  list
    .split(/\s+/)
    .sort((a, b) => b.length - a.length)
    .join('|')
/** Articles and possessives that open a description ("la maire", "der Minister", "su portavoz"). */
const DETERMINER = String.raw`(?:[lL]['’]\s*|(?:${alternation(
  'le la der die el il lo o a son sa sein seine ihr ihre su Le La Der Die El Il Lo O A Son Sa ' +
    'Sein Seine Ihr Ihre Su'
)})\s+(?:(?:suo|sua|seu)\s+)?)`
/** Words that join a role to what it is a role of ("de Lowmere", "des Bürgervereins"). */
const OF = String.raw`(?:d['’]|(?:${alternation(
  'de du des von vom der dem zur zum für del della dello delle dei degli di da do das dos na no'
)})(?![\p{L}]))`
const LEADING_OF = new RegExp(String.raw`^${OF}\s*`, 'u')
/**
 * A role word: one word, letters and hyphens ("porte-parole", "Bürgermeisterin"), or an age
 * ("47-Jährige", "34enne").
 */
const ROLE = String.raw`(?:\d{1,3}-?)?[\p{L}][\p{L}-]{2,30}`
/** The digits of an age before a noun ("47-" of "47-Jährige"). */
const AGE = /^\d{1,3}-?/
/**
 * A role with a modifier before it ("la nouvelle maire", "die neue Bürgermeisterin") or after it
 * ("la maire actuelle"): whichever of the two words is a role word.
 */
const MODIFIER = String.raw`(?:(?<mod>\p{Ll}[\p{L}-]{1,20})\s+)?`
/** The complement of a role, to the end of its clause ("de la cofradía de pescadores"). */
const COMPLEMENT = String.raw`(?:\s+${OF}\s*[^,.;:!?\n«»“”„"]{1,80}?)?`

/** A lower-case tail after it, to the end of the clause ("am Donnerstag", "à imprensa"). */
const TAIL = String.raw`(?:\s+\p{Ll}[^,.;:!?\n«»“”„"]{0,60})?`
/**
 * "…», a ajouté la maire.", "…“, sagte der Minister für Verkehr.", "…», dijo el alcalde a los
 * periodistas.": a description as the subject of the cue, ending its clause.
 */
const AFTER = new RegExp(
  String.raw`^\s+(?<desc>${DETERMINER}${MODIFIER}(?<role>${ROLE})(?<of>${COMPLEMENT}))` +
    String.raw`${TAIL}\s*(?:[,.;:!?\n]|$)`,
  'u'
)
/** A lower-case word an adverbial may open with before a description ("el jueves", "ieri"). */
const LEADING_WORD = /^\s+\p{Ll}[\p{L}'’-]{0,15}(?=\s)/u
/** "La maire de Lowmere a ajouté :": the role as subject, ending the words before the cue. */
const BEFORE = new RegExp(
  String.raw`(?:^|[.!?:;]\s+|\n)${DETERMINER}${MODIFIER}(?<role>${ROLE})(?<of>${COMPLEMENT})\s+$`,
  'u'
)
/** "La maire de Lowmere, Claire Dubois,": a role fronted before the name in apposition. */
const FRONTED = new RegExp(
  String.raw`(?:^|[.!?:;]\s+|\n|\s)${DETERMINER}${MODIFIER}(?<role>${ROLE})${COMPLEMENT},\s*$`,
  'u'
)
/** An honorific ending the words before a name ("Me ", "Dr. ", "Frau "). */
const HONORIFIC = /(?<![\p{L}])(\p{Lu}\p{Ll}{0,8}\.?)\s+$/u
/** "Paul Garnier, ministre des Transports,", "Klaus Berger, der Verkehrsminister,". */
const APPOSED = new RegExp(String.raw`^,\s+${DETERMINER}?(?<role>${ROLE})(?=[\s,.;])`, 'u')
/** "Verkehrsminister Klaus Berger", "la ministra Giulia Ferri": a title right before the name. */
const TITLE = new RegExp(String.raw`(?<![\p{L}])(?<role>${ROLE})\s+$`, 'u')
/** Endings of nouns for a person by what they do ("directrice", "portavoz", "Sprecherin"). */
const AGENT =
  /(?:eur|euse|rice|iste|ista|ier|ière|ant|ante|(?<!m)ent|ente|or|ora|ore|ero|era|ario|aria|ário|ária)$/
/** German agent nouns ("Sprecher", "Sprecherin", "Vorsitzende"). */
const GERMAN_AGENT = /(?:er|erin|ent|entin|ende|ist|istin)$/

/** A description found where a credit was expected. */
export interface RoleMention {
  /** The description as written ("la maire de Lowmere"). */
  mention: string
  /** The role word, lower case ("maire"). */
  role: string
  /** What the role is of, as written ("Lowmere"), or ''. */
  of: string
  /**
   * A description of what someone does ("le dirigeant", "der Gewerkschafter") rather than an
   * office of the lexicon ("le préfet"): unbound, it may describe the person just named.
   */
  descriptive: boolean
  /** The head names a kind of organisation ("la mairie", "el ayuntamiento"), not a person. */
  organisation: boolean
}

/**
 * Whether `word` names a person by role in this language: a title of the lexicon, a German
 * compound ending in one ("Verkehrsminister"), or a noun for an agent ("directrice").
 */
export function isRoleWord(word: string, rules: QuoteRules): boolean {
  return roleStrength(word, rules) > 0
}

/** 2 for a title of the lexicon, 1 for a noun with an agent's ending, 0 for no role. */
function roleStrength(word: string, rules: QuoteRules): number {
  const aged = AGE.exec(word)
  const w = word.slice(aged ? aged[0].length : 0).toLowerCase()
  const { lex } = rules
  // "der 47-Jährige", "la 34enne", "el joven": a person described, not an office.
  if (rules.words.personNouns?.includes(w)) return 1
  if (aged) return 0
  if (w.length < 3 || lex.functionWords.has(w) || lex.places.has(w) || lex.orgWords.has(w)) return 0
  if (lex.titles.has(w) || rules.words.titleEndings?.test(w) || rules.words.roleAliases?.[w])
    return 2
  // German nouns are capitalised; elsewhere a role is lower case ("la maire", not "La Rochelle").
  if (/^\p{Lu}/u.test(word) && !rules.words.capitalisedNouns) return 0
  const german = rules.words.capitalisedNouns === true && GERMAN_AGENT.test(w)
  return AGENT.test(w) || german ? 1 : 0
}

/** The role words of `word`: itself, and for a German compound its title head ("minister"). */
function roleKeys(word: string, rules: QuoteRules): string[] {
  const w = word.toLowerCase()
  const keys = [w]
  if (rules.words.capitalisedNouns)
    for (let i = 1; i <= w.length - 5; i++)
      if (rules.words.titles.includes(w.slice(i))) {
        keys.push(w.slice(i))
        break
      }
  return keys
}

/** A role ending the clause after a cue ("…», a ajouté la maire."), or null. */
export function roleAfter(rest: string, rules: QuoteRules): RoleMention | null {
  // "dijo el jueves el alcalde", "ha detto ieri il sindaco": past up to three words of an adverbial.
  for (let k = 0; k < 4; k++) {
    const role = roleOf(AFTER.exec(rest), rules)
    const skip = LEADING_WORD.exec(rest)
    if (role || !skip) return role
    rest = rest.slice(skip[0].length)
  }
  return null
}

/** A role as the subject ending the words before a cue ("Le ministre a déclaré"), or null. */
export function roleBefore(left: string, rules: QuoteRules): RoleMention | null {
  return roleOf(BEFORE.exec(left), rules)
}

function roleOf(m: RegExpExecArray | null, rules: QuoteRules): RoleMention | null {
  const kind = orgNounIn(m, rules)
  const role = kind ?? roleIn(m, rules)
  if (!m?.groups || !role) return null
  const of = (m.groups.of ?? '').trim().replace(LEADING_OF, '')
  let desc = m.groups.desc ?? m[0]
  // "la maire jeudi": the role came before a word that is none; the description ends with it.
  if (role === m.groups.mod && role !== m.groups.role)
    desc = desc.slice(0, desc.indexOf(role) + role.length)
  const mention = desc.replace(/^[\s.!?:;]+|[\s,.;:!?]+$/g, '')
  const descriptive = !kind && roleStrength(role, rules) === 1
  return { mention, role, of, descriptive, organisation: kind !== null }
}

/** A lower-case organisation noun heading a match ("la mairie", "el ayuntamiento"), or null. */
function orgNounIn(m: RegExpExecArray | null, rules: QuoteRules): string | null {
  const g = m?.groups
  const org = (w: string | undefined) =>
    !!w && /^\p{Ll}/u.test(w) && rules.words.orgWords.includes(w)
  if (org(g?.role)) return g!.role!
  return org(g?.mod) && roleStrength(g!.role!, rules) === 0 ? g!.mod! : null
}

/** The role word of a match: the head, or the word before it when the head is an adjective. */
function roleIn(m: RegExpExecArray | null, rules: QuoteRules): string | null {
  const g = m?.groups
  if (!g?.role) return null
  // "la prima cittadina": a two-word alias of a role ("sindaca").
  const pair = g.mod ? `${g.mod} ${g.role}`.toLowerCase() : ''
  if (pair && rules.words.roleAliases?.[pair]) return pair
  // "El inversor Jorge de la Vega": outside German a capitalised head is a name, not a role.
  if (!rules.words.capitalisedNouns && /^\p{Lu}/u.test(g.role)) return null
  // "le maire socialiste": a title before an adjective with an agent's ending is the role.
  const head = roleStrength(g.role, rules)
  const mod = g.mod ? roleStrength(g.mod, rules) : 0
  if (head === 0 && mod === 0) return null
  return head >= mod ? g.role : g.mod!
}

/**
 * Binds the role words written around one mention of a named holder: a title before it, a role
 * fronted before it in apposition, an apposition after it. `before` and `after` are the text
 * around the mention at `start`.
 *
 * @example
 * bindLanguageRoles('La maire de Lowmere, ', ', a défendu…', ref, 21, roles, rules)
 * // roles.get('maire') holds ref
 */
export function bindLanguageRoles(
  before: string,
  after: string,
  ref: EntityRef,
  start: number,
  roles: Roles,
  rules: QuoteRules
): void {
  const bind = (word: string | null) => {
    if (!word) return
    for (const key of roleKeys(word, rules)) bindRole(roles, key, { ref, start, words: [] })
  }
  bind(roleIn(TITLE.exec(before), rules))
  // "L'avocat de la défense, Me Octave Brunel,": an honorific between the role and the name.
  const title = HONORIFIC.exec(before)
  const titled = title && rules.lex.titles.has(title[1]!.toLowerCase().replace(/\./g, ''))
  bind(roleIn(FRONTED.exec(titled ? before.slice(0, title.index) : before), rules))
  bind(roleIn(APPOSED.exec(after), rules))
}

/**
 * The keys a description's role word is looked up by: itself (a German compound also by its
 * head), then the roles it stands for ("el regidor" for "alcalde").
 */
export function roleLookup(role: string, rules: QuoteRules): string[] {
  return [...roleKeys(role, rules), ...(rules.words.roleAliases?.[role.toLowerCase()] ?? [])]
}
