/**
 * @module Names joined by "and": "Roe and Lakeland University researcher Ann Lund" is the person
 * Roe and the university when Roe is the surname of someone the story names in full; "Penticton
 * and Kelowna" are two places when one is.
 */
import { ORG_ENDINGS, type Lexicon } from './lexicon'
import { lower, phraseText, type Phrase } from './entity-phrases'
import type { EntityType } from './types'

/**
 * The phrases with each "Surname and X Y University" parted into the surname and the
 * organisation. A surname is the last word of a two- to four-word name with a given name, a title
 * or a verb of speech; an organisation's name ends in an organisation or industry word.
 *
 * @example
 * partSurnames(phrases(tokens, 'Dr. Ben Roe said. Roe and Lakeland University staff…'), lex)
 * // … 'Roe', 'Lakeland University'
 */
export function partSurnames(found: Phrase[], lex: Lexicon): Phrase[] {
  const joined = found.filter(
    (p) =>
      p.tokens.length >= 4 &&
      p.tokens[1]!.text === 'and' &&
      (lex.orgWords.has(lower(p.tokens[p.tokens.length - 1]!.text)) ||
        ORG_ENDINGS.has(lower(p.tokens[p.tokens.length - 1]!.text)))
  )
  if (joined.length === 0) return found
  const surnames = new Set<string>()
  for (const p of found) {
    const n = p.tokens.length
    if (
      n >= 2 &&
      n <= 4 &&
      (p.titled || p.speaker || lex.givenNames.has(lower(p.tokens[0]!.text))) &&
      !p.tokens.some((t) => lex.connectors.has(t.text))
    )
      surnames.add(lower(p.tokens[n - 1]!.text))
  }
  return found.flatMap((p) => {
    const first = lower(p.tokens[0]!.text)
    if (!joined.includes(p) || !surnames.has(first) || lex.givenNames.has(first)) return [p]
    const person: Phrase = { ...p, tokens: p.tokens.slice(0, 1), after: 'and', title: '' }
    const rest: Phrase = {
      ...p,
      tokens: p.tokens.slice(2),
      titled: false,
      speaker: false,
      before: 'and',
      definite: false,
      adjacent: '',
    }
    return [person, rest]
  })
}

/**
 * "in Penticton and Kelowna", "from Osoyoos to Oroville": an untyped name of one or two words
 * joined to a place by "and", "or" (or "to" after "from …") is a place too, everywhere the story
 * writes it untyped.
 */
export function joinPlaces(
  typed: { p: Phrase; type: EntityType | null }[],
  text: string,
  lex: Lexicon
): void {
  const joined = new Set<string>()
  for (let n = 1; n < typed.length; n++) {
    const { p, type } = typed[n]!
    const prev = typed[n - 1]!
    if (type || prev.type !== 'place' || p.tokens.length > 2 || p.tokens[0]!.initial) continue
    if (lex.givenNames.has(lower(p.tokens[0]!.text))) continue
    const gap = text.slice(prev.p.tokens[prev.p.tokens.length - 1]!.end, p.tokens[0]!.start)
    if (gap === ' and ' || gap === ' or ' || (gap === ' to ' && prev.p.before === 'from'))
      joined.add(phraseText(p).toLowerCase())
  }
  if (joined.size === 0) return
  for (const x of typed) if (!x.type && joined.has(phraseText(x.p).toLowerCase())) x.type = 'place'
}
