/**
 * @module Names inside names: "Ada Quill Foundation" also mentions the person it is named for,
 * "University of Ohio at Lima" and "United States Coast Guard" the places.
 */
import { PLACE_END, PLACE_START, PLACES } from './lexicon'
import type { EntityMention, EntityType } from './types'

/** A word of a phrase with its offsets in the text. */
export interface NestedToken {
  text: string
  start: number
  end: number
}

const key = (t: NestedToken) =>
  t.text
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\./g, '')
const mention = (type: EntityType, run: NestedToken[]): EntityMention => ({
  type,
  text: run.map((t) => t.text).join(' '),
  start: run[0]!.start,
  end: run[run.length - 1]!.end,
  entity: -1,
})

/**
 * The mentions nested in a phrase of type `type` (null when untyped): the longest leading part that
 * names a known person, and, inside an organisation's name, each run of place words.
 * `lookup` gives the type of a known name or alias (lower case).
 *
 * @example
 * nestedMentions(tokensOf('Ann Roe Photo Trust'), 'organization', lookup) // [{ type: 'person', text: 'Ann Roe', … }]
 */
export function nestedMentions(
  tokens: NestedToken[],
  type: EntityType | null,
  lookup: (name: string) => EntityType | undefined
): EntityMention[] {
  const out: EntityMention[] = []
  for (let n = tokens.length - 1; type !== 'person' && n >= 2; n--) {
    if (
      lookup(
        tokens
          .slice(0, n)
          .map((t) => t.text)
          .join(' ')
          .toLowerCase()
      ) !== 'person'
    )
      continue
    out.push(mention('person', tokens.slice(0, n)))
    break
  }
  if (type !== 'organization' || tokens.length < 2) return out
  let run: NestedToken[] = []
  const flush = () => {
    const named =
      run.some((t) => PLACES.has(key(t)) || lookup(key(t)) === 'place') ||
      (run.length > 1 && PLACE_END.has(key(run[run.length - 1]!)))
    // ("Health Canada", "Air France": a two-word name made of a word and a country is the
    // agency's or the company's own, not a mention of the country.)
    const ownCountry = tokens.length === 2 && run.length === 1 && run[0] === tokens[1]
    if (named && run.length < tokens.length && !ownCountry) out.push(mention('place', run))
    run = []
  }
  for (const t of tokens) {
    const k = key(t)
    if (
      PLACES.has(k) ||
      lookup(k) === 'place' ||
      (PLACE_START.has(k) && run.length === 0) ||
      (PLACE_END.has(k) && run.length > 0)
    )
      run.push(t)
    else flush()
  }
  flush()
  return out
}
