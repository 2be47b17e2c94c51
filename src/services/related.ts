/**
 * @module Related stories: the ranked list for a stored story (stored neighbours, else a live
 * query), for text that is not stored, and editors' pins and exclusions. Routes, pages and widgets
 * all call these.
 */
import { STATUSES } from '../domain/article'
import { canSee } from '../domain/authorization'
import { entityKey, extractArticle } from '../domain/derived'
import { ApiError, type FieldError } from '../domain/errors'
import {
  DEFAULT_BUDGET,
  DEFAULT_HALF_LIFE_DAYS,
  orderRelated,
  rankRelated,
  selectQueryTerms,
  type RelatedQuery,
  type RelatedSource,
} from '../domain/related'
import { headlineStems, MAX_ANALYSED_CHARS, simhash, termVector } from '../domain/related-text'
import { cacheKey } from '../storage/cache'
import type { Db } from '../storage/db'
import {
  findCandidates,
  getRelatedSource,
  getSourceWithStoredList,
  getStoredTermStats,
  getTermStats,
  idsForSeqs,
  replaceCuration,
  resolveRefs,
} from '../storage/related'
import type { ServiceDeps } from './deps'
import type { RenderedView } from './edge-views'
import { REQUEST_LISTS, refreshRelatedLists } from './related-lists'
import { flushViewOutbox } from './view-invalidation'
import {
  cardDep,
  linkDep,
  relatedHeadDep,
  relatedListDep,
  relatedScoresDep,
  storyDep,
} from './view-deps'

const ENTITY_TYPE = { people: 'person', organizations: 'organization', places: 'place' } as const

/** Candidates fetched per answer: room for duplicates to fold and bonuses to reorder. */
function candidateCount(limit: number): number {
  return limit * 2 + 20
}

/**
 * Ranks live candidates from the inverted index: drafts, narrow filters, content posted for
 * matching.
 */
async function liveAnswer(
  db: Db,
  query: RelatedQuery,
  source: RelatedSource,
  excluded: number[],
  pinned: number[],
  entities: { entitiesOf?: number; entityKeys?: [string, string][] }
) {
  const candidates = await findCandidates(db, {
    weights: source.weights,
    excluded,
    pinned,
    limit: candidateCount(query.limit),
    since: query.since,
    section: query.section,
    ...entities,
  })
  return rankRelated(source, candidates, rankOptions(query, pinned))
}

function rankOptions(query: RelatedQuery, pinned: readonly number[]) {
  return {
    limit: query.limit,
    now: new Date(),
    halfLifeDays: query.halfLife ?? DEFAULT_HALF_LIFE_DAYS,
    pinned,
  }
}

function meta(query: RelatedQuery, method: 'neighbors' | 'live') {
  return {
    limit: query.limit,
    halfLifeDays: query.halfLife ?? DEFAULT_HALF_LIFE_DAYS,
    since: query.since ?? null,
    section: query.section ?? null,
    method,
  }
}

function noArticle(ref: string): ApiError {
  return new ApiError('not_found', `No article "${ref.slice(0, 200)}".`)
}

/**
 * The related stories of a stored story as the caller may see them (404 for unknown or hidden),
 * ranked and explained: stored neighbours when there are enough, else a live query. `timing` is
 * where the time went (a `Server-Timing` value: D1 waits, the only time a Worker's clock shows).
 *
 * @example
 * const { article, related } = await findRelatedStories(deps, 'harbour-bridge', { limit: 5 })
 */
export async function findRelatedStories(
  deps: Pick<ServiceDeps, 'db' | 'principal'>,
  ref: string,
  options: Partial<RelatedQuery> & { limit: number }
) {
  const query: RelatedQuery = { ...options }
  const started = performance.now()
  const { source: found, list } =
    ref.length <= 200
      ? await getSourceWithStoredList(deps.db, ref, { since: query.since, section: query.section })
      : { source: null, list: [] }
  const timing = [`neighbors;dur=${(performance.now() - started).toFixed(1)}`]
  if (!found || !canSee(deps.principal, found.status)) throw noArticle(ref)
  const base = {
    section: found.section,
    tags: found.tags,
    simhash: found.simhash,
    labels: found.labels,
    publishedAt: found.publishedAt,
    headlineStems: found.headlineStems,
  }
  // A published story's precomputed list answers with no scoring (migration 0010: the write path
  // keeps it current). A live query is left for what has no list (a draft, a story whose list is
  // still queued) and for lists too short for the limit (a young archive: a story's own query is
  // fixed at its write, when few stories shared its words), unless the story has no words at all
  // (wire items with a headline only): nothing could match.
  let stories = orderRelated({ ...base, weights: found.query }, list, rankOptions(query, []))
  let method: 'neighbors' | 'live' = 'neighbors'
  const tooFew = !found.hasList || stories.length < query.limit
  if (tooFew && found.hasTerms) {
    const liveStarted = performance.now()
    const stats = await getStoredTermStats(deps.db, found.seq)
    const { weights, selfScore } = selectQueryTerms(
      stats.terms,
      stats.df,
      stats.docs,
      DEFAULT_BUDGET,
      true
    )
    stories = await liveAnswer(
      deps.db,
      query,
      { ...base, weights, selfScore },
      [found.seq, ...found.excluded],
      found.pinned,
      { entitiesOf: found.seq }
    )
    method = 'live'
    timing.push(`live;dur=${(performance.now() - liveStarted).toFixed(1)}`)
  }
  return {
    article: { id: found.id, slug: found.slug, headline: found.headline },
    related: stories,
    meta: meta(query, method),
    seq: found.seq,
    timing: timing.join(', '),
  }
}

/**
 * What a view showing a related answer depends on (migrations 0007, 0010, 0011, 0013), the source
 * story apart. The lookup (`card`) shows scores and explanations: with the default window, the
 * stored items of the head it shows (any change of the list with another half-life), and each
 * entry's card. A related block or widget (`link`) shows links in order: the head of the stored
 * list it shows, and each entry's link. A live answer (no stored list, or too short) can change
 * with any published write, and with the list's arrival.
 */
export function relatedDeps(
  found: {
    seq: number
    related: { id: string }[]
    meta: { method: string; limit: number; halfLifeDays: number; since: unknown; section: unknown }
  },
  shows: 'card' | 'link'
): string[] {
  const { meta, seq } = found
  const entries = found.related.map((r) => (shows === 'card' ? cardDep(r.id) : linkDep(r.id)))
  if (meta.method === 'live') return [relatedListDep(seq), 'l:site', ...entries]
  if (shows === 'link') return [relatedHeadDep(seq, meta.limit), ...entries]
  // A stored head is ordered with the default window (services/related-heads.ts).
  const headOrder =
    meta.halfLifeDays === DEFAULT_HALF_LIFE_DAYS && meta.since === null && meta.section === null
  return [headOrder ? relatedScoresDep(seq, meta.limit) : relatedListDep(seq), ...entries]
}

/**
 * The JSON answer of a related lookup as an edge view, with what it depends on; the lookup's
 * `Server-Timing` value goes to `onTiming` (the route reports it).
 */
export async function renderRelatedView(
  deps: Pick<ServiceDeps, 'db' | 'principal'>,
  ref: string,
  options: Partial<RelatedQuery> & { limit: number },
  onTiming: (timing: string) => void
): Promise<RenderedView> {
  const { timing, seq, ...body } = await findRelatedStories(deps, ref, options)
  onTiming(timing)
  return {
    body: JSON.stringify(body),
    type: 'application/json',
    deps: [storyDep(body.article.id), ...relatedDeps({ ...body, seq }, 'card')],
  }
}

/**
 * The edge-view key of an anonymous lookup with the default window, or null when the answer must
 * stay live (a key, a filter, an over-long ref).
 */
export function relatedViewKey(
  principal: ServiceDeps['principal'],
  ref: string,
  query: RelatedQuery
): string | null {
  const cacheable = principal.kind === 'anonymous' && ref.length <= 200
  if (!cacheable || query.since || query.section) return null
  return cacheKey('related', [encodeURIComponent(ref), query.limit, query.halfLife ?? '-'])
}

/**
 * Stories related to text that is not stored (a draft in another system): a live query on its
 * terms and entities. 422 when the text has no words to match on.
 */
export async function relatedToText(
  db: Db,
  text: { headline: string; body: string },
  query: RelatedQuery
) {
  const { headline, body } = text
  const vector = termVector(headline, body)
  if (Object.keys(vector.weights).length === 0) {
    throw new ApiError(
      'unprocessable',
      'The text has no words to match on: send a headline or body with some words.'
    )
  }
  const stats = await getTermStats(db, Object.keys(vector.weights))
  const { weights, selfScore } = selectQueryTerms(
    vector.weights,
    stats.df,
    stats.docs,
    DEFAULT_BUDGET,
    false
  )
  const source: RelatedSource = {
    section: null,
    tags: [],
    simhash: simhash(`${headline}\n${body}`),
    labels: vector.labels,
    weights,
    headlineStems: headlineStems(headline),
    selfScore,
  }
  const extraction = extractArticle({
    headline,
    dek: null,
    bodyText: body.slice(0, MAX_ANALYSED_CHARS),
  })
  const entityKeys = (['people', 'organizations', 'places'] as const)
    .flatMap((kind) =>
      extraction.entities[kind].map((e): [string, string] => [ENTITY_TYPE[kind], entityKey(e.name)])
    )
    .slice(0, 50)
  const stories = await liveAnswer(db, query, source, [], [], { entityKeys })
  return {
    related: stories,
    meta: {
      ...meta(query, 'live'),
      truncated: headline.length + body.length > MAX_ANALYSED_CHARS,
    },
  }
}

/**
 * The source story of a curation as the caller may see it: 404 for an unknown or hidden one
 * (checked before the body is read).
 */
export async function findCurationSource(deps: Pick<ServiceDeps, 'db' | 'principal'>, ref: string) {
  const found = ref.length <= 200 ? await getRelatedSource(deps.db, ref) : null
  // A story the key may not see, as source or as a pinned or excluded reference, is a missing one.
  if (!found || !canSee(deps.principal, found.status)) throw noArticle(ref)
  return found
}

/**
 * Replaces a story's pins and exclusions and drops the views they change. 422 lists references the
 * caller cannot use (unknown, hidden, the story itself); 400 a story both pinned and excluded.
 */
export async function curateRelated(
  deps: Pick<ServiceDeps, 'db' | 'cache' | 'principal'>,
  found: { id: string; slug: string; seq: number },
  input: { pinned: string[]; excluded: string[] }
) {
  const visible = STATUSES.filter((status) => canSee(deps.principal, status))
  const seqs = await resolveRefs(deps.db, [...input.pinned, ...input.excluded], visible)
  const errors: FieldError[] = []
  const check = (list: string[], name: string) =>
    list.map((r, i) => {
      const seq = seqs.get(r)
      if (seq === undefined)
        errors.push({ path: `${name}.${i}`, message: `no article "${r.slice(0, 200)}"` })
      else if (seq === found.seq)
        errors.push({ path: `${name}.${i}`, message: 'an article cannot be related to itself' })
      return seq ?? -1
    })
  const pinned = check(input.pinned, 'pinned')
  const excluded = check(input.excluded, 'excluded')
  if (errors.length) {
    const detail = `${errors.length} referenced article(s) cannot be used.`
    throw new ApiError('unprocessable', detail, { errors })
  }
  const both = pinned.filter((seq) => excluded.includes(seq))
  if (both.length) {
    throw new ApiError('validation_failed', 'A story cannot be both pinned and excluded.', {
      errors: both.map((seq) => ({
        path: `pinned.${pinned.indexOf(seq)}`,
        message: 'also in excluded',
      })),
    })
  }
  const unique = (list: number[]) => [...new Set(list)]
  await replaceCuration(deps.db, found.seq, unique(pinned), unique(excluded))
  await refreshRelatedLists(deps.db, REQUEST_LISTS)
  await flushViewOutbox({ db: deps.db, kv: deps.cache })
  const [pinnedIds, excludedIds] = await Promise.all([
    idsForSeqs(deps.db, unique(pinned)),
    idsForSeqs(deps.db, unique(excluded)),
  ])
  return {
    article: { id: found.id, slug: found.slug },
    curation: { pinned: pinnedIds, excluded: excludedIds },
  }
}
