/**
 * @module Related-story ranking: request schemas, query-term selection by tf-idf, the recency
 * half-life, near-duplicate collapsing, editors' pins, and the explanation of each answer. Pure:
 * storage supplies the candidates, this decides the order.
 */
import * as v from 'valibot'
import { hamming } from './related-text'

const LIMIT_MESSAGE = 'a whole number from 1 to 50'
const HALF_LIFE_MESSAGE = 'a number of days from 1 to 36500'

/** Default recency half-life, in days: a story loses half its recency bonus per half-life. */
export const DEFAULT_HALF_LIFE_DAYS = 365
/**
 * Share of a story's score that depends on recency: a very old story needs 1 / (1 - share) times
 * the match.
 */
export const RECENCY_SHARE = 0.3
/**
 * Two stories whose signatures differ in at most this many of 64 bits are the same story. Measured
 * on a news corpus: copies of one story differ in 0-8 bits, different stories in 12 or more.
 */
export const DUPLICATE_BITS = 8

/** Query of the related endpoints. */
export const RelatedQuerySchema = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, LIMIT_MESSAGE),
      v.transform(Number),
      v.minValue(1, LIMIT_MESSAGE),
      v.maxValue(50, LIMIT_MESSAGE)
    ),
    '10'
  ),
  since: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(40),
      v.check(
        (s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)),
        'a date YYYY-MM-DD or an ISO timestamp'
      )
    )
  ),
  section: v.optional(v.pipe(v.string(), v.maxLength(120, 'at most 120 characters'))),
  halfLife: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,5}(?:\.\d{1,3})?$/, HALF_LIFE_MESSAGE),
      v.transform(Number),
      v.minValue(1, HALF_LIFE_MESSAGE),
      v.maxValue(36500, HALF_LIFE_MESSAGE)
    )
  ),
})
export type RelatedQuery = v.InferOutput<typeof RelatedQuerySchema>

/** JSON body of `POST /v1/related`: content that is not stored. */
export const RelatedTextSchema = v.strictObject({
  headline: v.optional(v.pipe(v.string(), v.maxLength(1000, 'at most 1,000 characters')), ''),
  body: v.optional(v.pipe(v.string(), v.maxLength(1_000_000, 'at most 1,000,000 characters')), ''),
})

const Ref = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'at most 200 characters')
)

/** Body of `PUT /v1/articles/{id}/related`: the complete list of pins and exclusions. */
export const CurationSchema = v.strictObject({
  pinned: v.optional(v.pipe(v.array(Ref), v.maxLength(20, 'at most 20 pinned stories')), []),
  excluded: v.optional(v.pipe(v.array(Ref), v.maxLength(200, 'at most 200 excluded stories')), []),
})

/**
 * Damping of inverse document frequency: `idf = ln(1 + docs / df) ^ IDF_EXPONENT`. Below 1, a rare
 * stem (a name, a one-off word) outweighs a common topical one by less, so a story that shares the
 * subject's vocabulary beats one that shares a single rare name. Measured offline on BBC and
 * Reuters (both halves of each): 1 -> 0.75 raised P@5 by 0.004 / 0.005; 0.5 helped BBC more and
 * Reuters less; 1.5 and 2 lowered both.
 */
export const IDF_EXPONENT = 0.75

/** Inverse document frequency, smoothed so a term in every story still counts a little. */
export function idf(df: number, docs: number): number {
  return Math.pow(Math.log(1 + Math.max(docs, 1) / Math.max(df, 1)), IDF_EXPONENT)
}

/**
 * How much a query may read: its strongest `maxTerms` stems, none in more than `maxDf` stories, and
 * stems taken in order only while their posting lists add up to `maxPostings`. This bounds the work
 * of a lookup however large the archive grows. The write-time neighbour computation uses
 * `NEIGHBOR_BUDGET`.
 */
export interface QueryBudget {
  maxTerms: number
  maxDf: number
  maxPostings: number
}
export const DEFAULT_BUDGET: QueryBudget = { maxTerms: 60, maxDf: 2000, maxPostings: 8000 }
/**
 * The budget of the neighbour computation in the write batch: paid once per write, not per lookup,
 * so it reads more postings than a live query. Measured offline on Reuters-21578 with the support
 * re-rank: P@5 0.873 with the live budget, 0.879 with 12,000 postings, 0.881 with stems in up to
 * 3,000 stories too. Then 100 stems (BBC P@5 +0.008: short stories' queries were cut before their
 * subject words) within 20,000 postings (Reuters +0.006; 30,000 added nothing more).
 */
export const NEIGHBOR_BUDGET: QueryBudget = { maxTerms: 100, maxDf: 3000, maxPostings: 20_000 }
/** Nearest neighbours stored per story at write time. */
export const STORED_NEIGHBORS = 40
/**
 * Second-stage re-rank over stored neighbours (pseudo-relevance feedback): a candidate's support is
 * its mean score (weighted, SUPPORT_SHARPNESS) in the stored lists of the source's best
 * SUPPORT_FROM matches, and it adds
 * SUPPORT_WEIGHT times that to the text score. A story the best matches also match is on the
 * subject; one that shares a few rare words with the source only is not. Measured offline on
 * Reuters-21578 (stored lists as the write path builds them): P@5 0.854 -> 0.873 with 20 and 2 (10
 * and 1: 0.867; 40 and 2: 0.868).
 */
export const SUPPORT_FROM = 20
export const SUPPORT_WEIGHT = 2
/**
 * The support mean is weighted: each best match's list counts with that match's score against the
 * source raised to this power, so the closest matches vouch for a candidate more than the 20th
 * does. Measured offline (replica of the write path; P@5 on the hash halves 0 / 1): 1 -> BBC
 * +0.000 / +0.001, Reuters +0.001 / +0.001; 2 -> BBC +0.001 / +0.002, Reuters +0.004 / +0.003 (0
 * is the plain mean of before; 3 was no better on the tuning half).
 */
export const SUPPORT_SHARPNESS = 2
/**
 * A second signal from the same neighbour graph: `linked`, the share of the source's SUPPORT_FROM
 * best matches whose stored lists hold the candidate at all (shared nearest neighbours: many weak
 * links count, not only strong ones), added with this weight. Measured offline on top of the damped
 * idf and the larger neighbour budget, P@5 on the two hash halves of each set: weight 0.5 gave BBC
 * +0.003 / +0.003 and Reuters +0.000 / +0.005; weight 1 gave Reuters -0.002 on the half it was
 * tuned on, 0.25 less everywhere. The source's score in the lists of the candidate's own best
 * matches added about 0.002 on Reuters, but a list could not be kept current with it (its inputs
 * change without any row the list reads changing), so it is left out.
 */
export const LINK_WEIGHT = 0.5
/**
 * Headline overlap: the share of the source's query weight on its own headline stems that the
 * candidate's headline also has, added to the text score with this weight. Two stories whose
 * headlines name the same deal or event are on one subject more often than two whose bodies share
 * a company's boilerplate (a takeover story and that company's results). Measured with the offline
 * copy of the list stage, together with numbers kept in SimHash: Reuters P@5 0.8988 -> 0.9002
 * (halves 0.8926 / 0.9050 -> 0.8946 / 0.9058), BBC 0.9535 (0.9568 / 0.9503); weights 0.2 / 0.4
 * gave Reuters 0.8997 / 0.9001.
 */
export const HEADLINE_OVERLAP_WEIGHT = 0.3

/**
 * The headline overlap of a candidate (0..1): the query weight of the source's headline stems that
 * the candidate's headline shares, over the query weight of all the source's headline stems; 0 when
 * no headline stem is in the query.
 *
 * @example
 * headlineOverlap({ rail: 2, strike: 1, pay: 1 }, ['rail', 'strike'], ['rail', 'fare']) // 2 / 3
 */
export function headlineOverlap(
  weights: Readonly<Record<string, number>>,
  sourceHeadline: readonly string[],
  candidateHeadline: readonly string[]
): number {
  const theirs = new Set(candidateHeadline)
  let all = 0
  let shared = 0
  for (const term of new Set(sourceHeadline)) {
    const w = Object.hasOwn(weights, term) ? (weights[term] ?? 0) : 0
    all += w
    if (theirs.has(term)) shared += w
  }
  return all > 0 ? shared / all : 0
}

/**
 * Picks the query's terms: the story's stems by tf-idf, strongest first, skipping stems no other
 * story has, within the budget. Returns stem → query weight and the query's score against itself,
 * which scales answers to 0..1.
 *
 * @example
 * selectQueryTerms({ rail: 0.5 }, { rail: 12 }, 1000).weights.rail > 0 // true
 */
export function selectQueryTerms(
  vector: Record<string, number>,
  df: Record<string, number>,
  docs: number,
  budget: QueryBudget = DEFAULT_BUDGET,
  selfInIndex = false
): { weights: Record<string, number>; selfScore: number } {
  const ranked = Object.entries(vector)
    .map(([term, w]) => ({ term, w, df: df[term] ?? 0 }))
    .filter((t) => t.df > (selfInIndex ? 1 : 0) && t.df <= budget.maxDf)
    .map((t) => ({ ...t, qw: t.w * idf(t.df, docs) }))
    .sort((a, b) => b.qw - a.qw || (a.term < b.term ? -1 : 1))
  const weights: Record<string, number> = {}
  let reach = 0
  let selfScore = 0
  for (const t of ranked.slice(0, budget.maxTerms)) {
    reach += t.df
    if (reach > budget.maxPostings) break
    weights[t.term] = t.qw
    selfScore += t.qw * t.w
  }
  return { weights, selfScore }
}

/**
 * The recency multiplier: `1 - share + share * 0.5^(age / halfLife)`. Yesterday's story keeps its
 * full score, a story many half-lives old keeps `1 - share` of it.
 */
export function recencyFactor(
  publishedAt: string | null,
  now: Date,
  halfLifeDays: number,
  share = RECENCY_SHARE
): number {
  const at = publishedAt ? Date.parse(publishedAt) : NaN
  if (Number.isNaN(at)) return 1 - share
  const ageDays = Math.max(0, (now.getTime() - at) / 86_400_000)
  return 1 - share + share * Math.pow(0.5, ageDays / halfLifeDays)
}

/** A candidate as storage returns it. */
export interface RelatedCandidate {
  seq: number
  id: string
  slug: string
  headline: string
  publishedAt: string | null
  section: { slug: string; name: string } | null
  tags: { slug: string; name: string }[]
  simhash: string
  /**
   * Raw text score (sum of query weight × story weight); 0 for pinned stories that did not match.
   */
  score: number
  /**
   * Mean score of this story in the stored lists of the source's best matches, each list weighted
   * by its story's score against the source to the power SUPPORT_SHARPNESS (0..1; 0 for live
   * queries).
   */
  support?: number
  /** Share of the source's best matches whose stored lists hold this story (0..1; 0 live). */
  linked?: number
  /** The query stems this story contains. */
  matched: string[]
  /** The distinct stems of its headline (`headlineStems`), for `headlineOverlap`. */
  headlineStems?: readonly string[]
  /** People, organisations and places both stories mention. */
  entities: { type: EntityType; name: string }[]
  pinned?: boolean
}

export type EntityType = 'person' | 'organization' | 'place'

/** What the answer is being computed for. */
export interface RelatedSource {
  section: string | null
  tags: string[]
  simhash: string | null
  /** When the story was published (`null` for drafts and posted text): for `proximityBonus`. */
  publishedAt?: string | null
  /** stem → readable word, for explanations. */
  labels: Record<string, string>
  /** stem → query weight, to order the shared terms. */
  weights: Record<string, number>
  /** The distinct stems of its headline (`headlineStems`), for `headlineOverlap`. */
  headlineStems?: readonly string[]
  selfScore: number
}

/** One answer with its explanation. */
export interface RelatedStory {
  id: string
  slug: string
  headline: string
  publishedAt: string | null
  section: { slug: string; name: string } | null
  score: number
  pinned: boolean
  explanation: {
    people: string[]
    organizations: string[]
    places: string[]
    terms: string[]
    section: string | null
    tags: string[]
  }
  /** Ids of near-duplicates of this story (the same copy filed again) folded into it. */
  duplicates: string[]
}

/** Score bonuses for editorial signals, added to the 0..1 text similarity. */
export const SECTION_BONUS = 0.03
export const TAG_BONUS = 0.04
export const MAX_TAG_BONUS = 0.12
export const ENTITY_BONUS = 0.02
export const MAX_ENTITY_BONUS = 0.06
/**
 * Publication-time proximity: follow-ups of one event are filed close together, so a matching
 * story gets `PROXIMITY_BONUS * exp(-|days apart| / PROXIMITY_DAYS)` added (0.1 the same day,
 * 0.037 a month apart, nothing to speak of after a few months). A prior between the two stories,
 * not an age: it is computed when the list is stored, unlike the read-time recency, and it does
 * not make an old story's list favour new stories or the reverse. Measured offline (replica of the
 * write path, P@5 on the hash halves 0 / 1): Reuters +0.0012 / +0.0017; BBC unchanged (its stories
 * carry no dates, so they are all loaded at one time). `npm run eval -- related`: Reuters 0.898 ->
 * 0.899 (0.892 / 0.904 -> 0.893 / 0.905), BBC 0.954 (0.958 / 0.950) unchanged. Weights 0.05-0.1
 * at 10-45 days gained 0.0003-0.0019 on both Reuters halves offline; 0.2 lost a little.
 */
export const PROXIMITY_BONUS = 0.1
export const PROXIMITY_DAYS = 30

/**
 * The proximity bonus of two publication times (ISO strings); 0 when either story has none (a
 * draft, text posted for matching).
 *
 * @example
 * proximityBonus('2031-03-01T00:00:00Z', '2031-03-01T00:00:00Z') // 0.1
 */
export function proximityBonus(a: string | null | undefined, b: string | null | undefined): number {
  const at = a ? Date.parse(a) : NaN
  const bt = b ? Date.parse(b) : NaN
  if (Number.isNaN(at) || Number.isNaN(bt)) return 0
  return PROXIMITY_BONUS * Math.exp(-Math.abs(at - bt) / 86_400_000 / PROXIMITY_DAYS)
}

/**
 * Entries kept in a story's precomputed list (migration 0010): at least the largest `limit` the API
 * allows (50), with room for near-duplicates to fold and stories to be unpublished.
 */
export const STORED_LIST_SIZE = 60

/**
 * A candidate from a precomputed list: `score` already holds the text match, the support and the
 * editorial bonuses (everything but recency); `pin` is its position among the editors' pins.
 */
export interface StoredCandidate extends Omit<RelatedCandidate, 'support' | 'linked' | 'pinned'> {
  pin: number | null
}

/**
 * Orders candidates: pinned first (in the editors' order), then by text similarity plus editorial
 * signals times recency; near-duplicates of the source or of a better answer are folded in. The
 * live path: `scoreCandidates` then `orderRelated`.
 */
export function rankRelated(
  source: RelatedSource,
  candidates: readonly RelatedCandidate[],
  options: { limit: number; now: Date; halfLifeDays: number; pinned: readonly number[] }
): RelatedStory[] {
  const pinOrder = new Map(options.pinned.map((seq, i) => [seq, i]))
  const unique = new Map<number, RelatedCandidate>()
  for (const c of candidates) {
    const seen = unique.get(c.seq)
    if (!seen || c.score > seen.score) unique.set(c.seq, c)
  }
  const scored = [...unique.values()].map((c): StoredCandidate => ({
    ...c,
    score: baseScore(source, c),
    pin: pinOrder.get(c.seq) ?? null,
  }))
  return orderRelated(source, scored, options)
}

/**
 * A candidate's score before recency: text similarity (0..1, plus SUPPORT_WEIGHT times its
 * support, LINK_WEIGHT times its `linked` share and HEADLINE_OVERLAP_WEIGHT times its headline
 * overlap, those three only for a candidate that matches) and, when it matches at all, the section,
 * tag, entity and publication-time proximity bonuses. The write path makes the same sum in SQL when
 * it stores a list (storage/related-lists.ts).
 */
export function baseScore(source: RelatedSource, c: RelatedCandidate): number {
  const shared = c.tags.filter((t) => source.tags.includes(t.slug)).length
  const sameSection = source.section !== null && c.section?.slug === source.section
  const graph =
    c.score > 0
      ? SUPPORT_WEIGHT * (c.support ?? 0) +
        LINK_WEIGHT * (c.linked ?? 0) +
        HEADLINE_OVERLAP_WEIGHT *
          headlineOverlap(source.weights, source.headlineStems ?? [], c.headlineStems ?? [])
      : 0
  const text = source.selfScore > 0 ? c.score / source.selfScore + graph : 0
  const bonus =
    (sameSection ? SECTION_BONUS : 0) +
    Math.min(MAX_TAG_BONUS, TAG_BONUS * shared) +
    Math.min(MAX_ENTITY_BONUS, ENTITY_BONUS * c.entities.length) +
    proximityBonus(source.publishedAt, c.publishedAt)
  return text + (text > 0 ? bonus : 0)
}

/**
 * Orders scored candidates (a stored list, or live ones through `baseScore`): pinned first in the
 * editors' order, then by score times recency; near-duplicates of the source or of a better answer
 * are folded in, and each answer is explained. No matching happens here: the read path of a stored
 * list is this and nothing more.
 *
 * @example
 * orderRelated(source, storedCandidates, { limit: 5, now: new Date(), halfLifeDays: 365 })
 */
export function orderRelated(
  source: Omit<RelatedSource, 'selfScore'>,
  candidates: readonly StoredCandidate[],
  options: { limit: number; now: Date; halfLifeDays: number }
): RelatedStory[] {
  const scored = candidates.map((c) => {
    const shared = c.tags.filter((t) => source.tags.includes(t.slug))
    const sameSection = source.section !== null && c.section?.slug === source.section
    const score = c.score * recencyFactor(c.publishedAt, options.now, options.halfLifeDays)
    return { c, score, shared, sameSection, pin: c.pin ?? undefined }
  })
  scored.sort(
    (a, b) => (a.pin ?? Infinity) - (b.pin ?? Infinity) || b.score - a.score || a.c.seq - b.c.seq
  )
  const out: (RelatedStory & { simhash: string })[] = []
  for (const { c, score, shared, sameSection, pin } of scored) {
    if (out.length >= options.limit) break
    if (pin === undefined && score <= 0) continue
    if (pin === undefined && source.simhash && hamming(source.simhash, c.simhash) <= DUPLICATE_BITS)
      continue
    const twin =
      pin === undefined
        ? out.find((o) => hamming(o.simhash, c.simhash) <= DUPLICATE_BITS)
        : undefined
    if (twin) {
      twin.duplicates.push(c.id)
      continue
    }
    out.push({
      id: c.id,
      slug: c.slug,
      headline: c.headline,
      publishedAt: c.publishedAt,
      section: c.section,
      score: Math.round(score * 1000) / 1000,
      pinned: pin !== undefined,
      explanation: {
        people: namesOf(c, 'person'),
        organizations: namesOf(c, 'organization'),
        places: namesOf(c, 'place'),
        terms: [...c.matched]
          .sort((a, b) => (source.weights[b] ?? 0) - (source.weights[a] ?? 0))
          .slice(0, 8)
          .map((t) => source.labels[t] ?? t),
        section: sameSection ? (c.section?.name ?? null) : null,
        tags: shared.map((t) => t.name),
      },
      duplicates: [],
      simhash: c.simhash,
    })
  }
  return out.map(({ simhash: _s, ...story }) => story)
}

function namesOf(c: { entities: RelatedCandidate['entities'] }, type: EntityType): string[] {
  return [...new Set(c.entities.filter((e) => e.type === type).map((e) => e.name))].slice(0, 8)
}
