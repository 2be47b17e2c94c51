/**
 * @module Who a quote in another language is credited to: the words right after it ("…», a déclaré
 * X", "…“, sagte sie", "…», selon X", "…», añadió"), else the sentence before it ("X a déclaré :
 * « … »", "Laut Weber „…“", "Landrätin Petra Schulte hält dagegen: „…“"). Each function reads a
 * bounded slice around one quote.
 */
import { roleAfter, roleBefore, type RoleMention } from './quote-language-roles'
import type { QuoteRules } from './quote-language-rules'

/** A credit as written. */
export interface Credit {
  /** The name as written, a pronoun, or '' for a verb without a subject ("…», añadió."). */
  mention: string
  cue: string
  /** Titles and articles written before the name, lower case ("mme", "la"). */
  markers: string[]
  /** A pronoun or an implied subject: the speaker is found by position and gender. */
  pronoun: boolean
  /** A description ("la maire", "der Minister"): the speaker is the holder bound to its role. */
  role?: RoleMention
  /** Someone left unnamed ("dijo una vecina", "sagte ein Sprecher"): no one to credit. */
  anonymous?: boolean
}

/** Articles and determiners: a role after them is a description, not a missing subject. */
const DETERMINERS = new Set(
  `le la les un une l' l’ der die das ein eine einen el los las una il
  lo gli uno o a os as um uma son sa ses sein seine ihr ihre su sus suo sua seu`.split(/\s+/)
)
/** Indefinite articles: "…», dijo una vecina" is someone new and unnamed. */
const INDEFINITE = /^\s*(?:un|une|ein|eine|einer|una|uno|um|uma)\s+\p{Ll}/u
const ABBREVIATED = /^\p{Lu}\p{Ll}{0,3}\.(?:\p{Ll}{2,3}\.?)?$/u
const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean)
const pronounCredit = (mention: string, cue: string): Credit => ({
  mention,
  cue,
  markers: [],
  pronoun: true,
})

/** The credit right after a quote (`after` starts at the closing mark). */
export function creditAfter(after: string, rules: QuoteRules): Credit | null {
  const tail = after.replace(/^\s*[»«“”"’‘」』›‹]/u, '')
  const m = rules.after.exec(tail)
  if (!m?.groups) return /^\s*,/.test(tail) ? unknownVerbCredit(tail, rules) : null
  const g = m.groups
  if (g.p1 || g.p2) return pronounCredit((g.p1 ?? g.p2)!, (g.v1 ?? g.v2)!)
  if (g.subj) return nameCredit(g.subj, g.v5!, [], rules)
  const cue = (g.v3 ?? g.v4)!
  const rest = g.rest ?? g.rest2 ?? ''
  if (g.v3 && INDEFINITE.test(rest)) {
    // "…», a raconté une habitante de 34 ans, Nadia Ferhat.": named after all, in apposition.
    const named = rules.apposition.exec(tail.slice(tail.indexOf(cue) + cue.length))
    const person = named ? nameCredit(named[1]!, cue, words(rest), rules) : null
    return person ?? { mention: rest.trim(), cue, markers: [], pronoun: false, anonymous: true }
  }
  const credit = creditInRest(` ${rest.trimStart()}`, cue, rules)
  const lead = credit?.markers[credit.markers.length - 1] ?? ''
  // "…», ha spiegato il presidente della Regione, Stefano Gallo": after "della", a complement;
  // "…», a dit la porte-parole, Léa Roux": a role, then the name in apposition.
  const complement = rules.lex.connectors.has(lead)
  const place = credit !== null && rules.lex.places.has(credit.mention.toLowerCase())
  if (credit?.pronoun || (credit && !complement && !place)) return credit
  const named = rules.apposition.exec(tail.slice(tail.indexOf(cue) + cue.length))
  if (named) return nameCredit(named[1]!, cue, words(rest), rules)
  // "…», a ajouté la maire.", "…“, sagte die Bürgermeisterin.", "…», dijo el alcalde de Valdemora.":
  // a description, not the place its complement names.
  const role = roleAfter(` ${rest.trimStart()}`, rules)
  if (role) return roleCredit(role, cue)
  if (credit) return credit
  // A verb without a subject ("…», añadió.", "…», ha raccontato emozionata"): an implied subject.
  const first = words(rest)[0] ?? ''
  if (g.v3 && !/\p{Lu}/u.test(rest) && !DETERMINERS.has(first)) return pronounCredit('', cue)
  return null
}

const roleCredit = (role: RoleMention, cue: string): Credit => ({
  mention: role.mention,
  cue,
  markers: [],
  pronoun: false,
  role,
})

/** A verb the lexicon lacks after the comma, then a name ending the clause ("…», soupire X."). */
function unknownVerbCredit(tail: string, rules: QuoteRules): Credit | null {
  const m = rules.unknownVerb.exec(tail)
  if (!m?.groups || rules.lex.functionWords.has(m.groups.verb!)) return null
  if (m.groups.pron) return pronounCredit(m.groups.pron, m.groups.verb!)
  return nameCredit(m.groups.name!, m.groups.verb!, [], rules)
}

/** The speaker after a cue: a pronoun ("sagte sie") or a name behind articles and roles. */
function creditInRest(rest: string, cue: string, rules: QuoteRules): Credit | null {
  const m = rules.nameAfter.exec(rest)
  if (!m?.groups) return null
  if (m.groups.pron) return pronounCredit(m.groups.pron, cue)
  const lead = words(rest.slice(0, m.index + m[0].length - m.groups.name!.length))
  return nameCredit(m.groups.name!, cue, lead, rules)
}

/**
 * The credit in the sentence before a quote. `isPerson` tells a known person's name, for a
 * sentence that leads into the quote with a colon and no reporting verb.
 */
export function creditBefore(
  before: string,
  rules: QuoteRules,
  isPerson: (name: string) => boolean
): Credit | null {
  let cue: RegExpExecArray | null = null
  rules.cue.lastIndex = 0
  for (let m = rules.cue.exec(before); m; m = rules.cue.exec(before)) cue = m
  if (!cue)
    return /:\s*$/.test(before)
      ? sentenceSubject(before, ':', rules, isPerson)
      : viewpointCredit(before, rules, isPerson)
  const right = before.slice(cue.index + cue[0].length)
  if (rules.words.accordingTo.includes(cue[0].toLowerCase())) {
    // "Según la concejala de Urbanismo, Marta Salinas, «…»": the name in apposition.
    const credit = creditInRest(right, cue[0], rules)
    const lead = credit?.markers[credit.markers.length - 1] ?? ''
    const named = !credit || rules.lex.connectors.has(lead) ? rules.apposition.exec(right) : null
    return named ? nameCredit(named[1]!, cue[0], words(right), rules) : credit
  }
  const left = before.slice(Math.max(0, cue.index - 160), cue.index)
  // "La maire de Lowmere a ajouté : « … »": a description as the subject.
  const role = roleBefore(left, rules)
  if (role) return roleCredit(role, cue[0])
  const subject = rules.subjectBefore.exec(left)
  if (subject) {
    const mention = subject[1]!
    if (rules.pronouns.has(mention.toLowerCase())) return pronounCredit(mention, cue[0])
    // "Do lado do Santa Luzia, o técnico Leonel Vaz lamentou": a known person after the comma is
    // the subject; the name before it ended a fronted phrase, not an apposition.
    const rest = left.slice(subject.index + mention.length)
    const later = /^\s*,/.test(rest) ? sentenceSubject(rest, cue[0], rules, isPerson) : null
    if (later) return later
    const lead = words(left.slice(Math.max(0, subject.index - 12), subject.index))
    const named = nameCredit(mention, cue[0], lead, rules)
    if (named) return named
  }
  // Verb first ("Dann sagte Weber: „…“"): the name right after the cue, ending the clause.
  const ends = /^\s+(?:\S+\s+){0,6}?\S+\s*[:,]?\s*$/.test(right)
  const inverted = ends ? creditInRest(right, cue[0], rules) : null
  return inverted ?? sentenceSubject(before.slice(0, cue.index), cue[0], rules, isPerson)
}

/**
 * A sentence opening on whose view the quote gives ("Pour la maire, Josiane Carradec, « … »",
 * "Para la fiscal, «…»", "Per il presidente, Arturo Ghezzi, «…»"): kept only for a pronoun, a
 * role or a known person, since the same preposition opens "Pour la première fois, …".
 */
function viewpointCredit(
  before: string,
  rules: QuoteRules,
  isPerson: (name: string) => boolean
): Credit | null {
  const m = rules.viewpoint.exec(before)
  if (!m) return null
  const cue = m[1]!
  const source = ` ${m[2]!.replace(/,\s*$/, '')}`
  const credit = creditInRest(source, cue, rules)
  const lead = credit?.markers[credit.markers.length - 1] ?? ''
  const named = !credit || rules.lex.connectors.has(lead) ? rules.apposition.exec(source) : null
  const person = named ? nameCredit(named[1]!, cue, words(source), rules) : credit
  if (person?.pronoun) return /^\s*\S+\s*$/.test(source) ? person : null
  if (person && isPerson(person.mention)) return person
  const role = named ? null : roleAfter(source, rules)
  // An office only: "la première fois" has an agent's ending too.
  return role && !role.organisation && !role.descriptive ? roleCredit(role, cue) : null
}

/** The first known person named in a sentence ("Une habitante, Nathalie Roux, se montre…"). */
function sentenceSubject(
  sentence: string,
  cue: string,
  rules: QuoteRules,
  isPerson: (name: string) => boolean
): Credit | null {
  rules.runs.lastIndex = 0
  let n = 0
  for (let m = rules.runs.exec(sentence); m && n < 8; m = rules.runs.exec(sentence), n++) {
    const lead = words(sentence.slice(Math.max(0, m.index - 12), m.index))
    const credit = nameCredit(m[0], cue, lead, rules)
    if (credit && isPerson(credit.mention)) return credit
  }
  return null
}

/** A credited name without its titles ("Mme Claire Martin" → "Claire Martin"), kept as markers. */
export function nameCredit(
  raw: string,
  cue: string,
  lead: string[],
  rules: QuoteRules
): Credit | null {
  const parts = raw.split(/\s+/)
  const markers = lead.slice(-2)
  const key = (w: string) => w.toLowerCase().replace(/\./g, '')
  // "Finanzvorstand Carsten Ulbrich": a German compound title is no part of the name.
  const compound = (w: string) =>
    parts.length > 1 && rules.words.capitalisedNouns === true && !!rules.words.titleEndings?.test(w)
  const titled = (w: string) =>
    rules.lex.titles.has(key(w)) ||
    rules.lex.functionWords.has(key(w)) ||
    ABBREVIATED.test(w) ||
    compound(key(w))
  while (parts.length > 0 && titled(parts[0]!)) markers.push(key(parts.shift()!))
  // "Sprecher der Stadtwerke": a role of an organisation, not a name.
  if (parts.length === 0 || !/^\P{Ll}/u.test(parts[0]!)) return null
  return { mention: parts.join(' '), cue, markers, pronoun: false }
}
