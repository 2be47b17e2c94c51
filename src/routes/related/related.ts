/**
 * @module Related stories: `GET /v1/articles/{ref}/related`, `POST /v1/related` for text that is
 * not stored, and `PUT /v1/articles/{ref}/related` for editors' pins and exclusions.
 */
import { Hono, type Context } from 'hono'
import { ApiError, type FieldError } from '../../domain/errors'
import { htmlToText, looksLikeHtml } from '../../domain/html'
import {
  DEFAULT_BUDGET,
  DEFAULT_HALF_LIFE_DAYS,
  RelatedTextSchema,
  orderRelated,
  rankRelated,
  selectQueryTerms,
  type RelatedQuery,
  type RelatedSource,
} from '../../domain/related'
import { MAX_ANALYSED_CHARS, simhash, termVector } from '../../domain/related-text'
import { STATUSES } from '../../domain/article'
import { canSee } from '../../domain/authorization'
import type { AppEnv } from '../../env'
import { entityKey, extractArticle } from '../../domain/derived'
import {
  findCandidates,
  getRelatedSource,
  getSourceWithStoredList,
  getStoredTermStats,
  getTermStats,
  idsForSeqs,
  replaceCuration,
  resolveRefs,
} from '../../storage/related'
import { flushViewOutbox } from '../../services/view-invalidation'
import { REQUEST_LISTS, refreshRelatedLists } from '../../services/related-lists'
import { serveView } from '../../services/edge-views'
import { cacheKey } from '../../storage/cache'
import { isNotModified, viewDeps } from '../pages/http'
import { mediaType, readJson, readText, requireMediaType } from '../http/validate'
import { defineRoute } from '../contract/define-route'
import { CURATION, RELATED, RELATED_TEXT } from './spec'

export const related = new Hono<AppEnv>()

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
  c: Context<AppEnv>,
  query: RelatedQuery,
  source: RelatedSource,
  excluded: number[],
  pinned: number[],
  entities: { entitiesOf?: number; entityKeys?: [string, string][] }
) {
  const candidates = await findCandidates(c.var.db, {
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

/**
 * The related stories of a stored story as the caller may see them (404 for unknown or hidden),
 * ranked and explained: its precomputed list when it has one, else a live query. Other surfaces
 * (widgets) call this to share the fast path.
 *
 * @example
 * const { article, related } = await findRelatedStories(c, 'harbour-bridge-reopens-after-two-years', { limit: 5 })
 */
export async function findRelatedStories(
  c: Context<AppEnv>,
  ref: string,
  options: Partial<RelatedQuery> & { limit: number }
) {
  const query: RelatedQuery = { ...options }
  const started = performance.now()
  const { source: found, list } =
    ref.length <= 200
      ? await getSourceWithStoredList(c.var.db, ref, { since: query.since, section: query.section })
      : { source: null, list: [] }
  const timing = [`neighbors;dur=${(performance.now() - started).toFixed(1)}`]
  if (!found || !canSee(c.var.principal, found.status)) {
    throw new ApiError('not_found', `No article "${ref.slice(0, 200)}".`)
  }
  const base = {
    section: found.section,
    tags: found.tags,
    simhash: found.simhash,
    labels: found.labels,
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
    const stats = await getStoredTermStats(c.var.db, found.seq)
    const { weights, selfScore } = selectQueryTerms(
      stats.terms,
      stats.df,
      stats.docs,
      DEFAULT_BUDGET,
      true
    )
    stories = await liveAnswer(
      c,
      query,
      { ...base, weights, selfScore },
      [found.seq, ...found.excluded],
      found.pinned,
      { entitiesOf: found.seq }
    )
    method = 'live'
    timing.push(`live;dur=${(performance.now() - liveStarted).toFixed(1)}`)
  }
  // Time spent waiting on D1 (the clock only moves across I/O in a Worker): where a slow lookup
  // went.
  c.header('server-timing', timing.join(', '))
  return {
    article: { id: found.id, slug: found.slug, headline: found.headline },
    related: stories,
    meta: meta(query, method),
    seq: found.seq,
  }
}

/**
 * What a related answer depends on (migration 0007): the story, its stored neighbour list, and each
 * story shown; a live answer (few neighbours) can change with any published write.
 */
export function relatedDeps(found: {
  article: { id: string }
  seq: number
  related: { id: string }[]
  meta: { method: string }
}): string[] {
  const deps = [`s:${found.article.id}`, `r:${found.seq}`, ...found.related.map((r) => `s:${r.id}`)]
  return found.meta.method === 'live' ? [...deps, 'l:site'] : deps
}

// Queries are read leniently (unknown parameters ignored), as before the strict check existed.
const options = { mount: '/v1', lenientQuery: true }

defineRoute(
  related,
  RELATED,
  async (c, { query }) => {
    const ref = c.req.param('ref') ?? ''
    // Anonymous lookups of stored stories with the default window are edge views: ranked once per
    // change of what they show, then answered from KV with no D1 query and no scoring. Filters stay
    // live.
    const cacheable =
      c.var.principal.kind === 'anonymous' && ref.length <= 200 && !query.since && !query.section
    const key = cacheable
      ? cacheKey('related', [encodeURIComponent(ref), query.limit, query.halfLife ?? '-'])
      : null
    const view = await serveView(viewDeps(c), key, 'related', 'rel', async () => {
      const { seq: _seq, ...body } = await findRelatedStories(c, ref, query)
      return {
        body: JSON.stringify(body),
        type: 'application/json',
        deps: relatedDeps({ ...body, seq: _seq }),
      }
    })
    c.header('cache-control', 'no-store')
    c.header('etag', view.entry.etag)
    if (isNotModified(c.req.raw.headers, view.entry.etag, null)) return c.body(null, 304)
    c.header('x-cache', view.status)
    return c.body(view.entry.body, 200, { 'content-type': view.entry.type })
  },
  options
)

/**
 * Headline and body of the posted content: JSON `{ headline, body }` or plain text (first line =
 * headline).
 */
async function postedText(c: Context<AppEnv>): Promise<{ headline: string; body: string }> {
  if (mediaType(c) === 'text/plain') {
    const text = (await readText(c)).trim()
    const newline = text.indexOf('\n')
    return newline > 0 && newline <= 300
      ? { headline: text.slice(0, newline), body: text.slice(newline + 1) }
      : { headline: '', body: text }
  }
  requireMediaType(c, ['application/json', 'text/plain'])
  const input = await readJson(c, RelatedTextSchema)
  const body = looksLikeHtml(input.body)
    ? await htmlToText(input.body.slice(0, MAX_ANALYSED_CHARS * 4))
    : input.body
  return { headline: input.headline, body }
}

defineRoute(
  related,
  RELATED_TEXT,
  async (c, { query }) => {
    const { headline, body } = await postedText(c)
    const vector = termVector(headline, body)
    if (Object.keys(vector.weights).length === 0) {
      throw new ApiError(
        'unprocessable',
        'The text has no words to match on: send a headline or body with some words.'
      )
    }
    const stats = await getTermStats(c.var.db, Object.keys(vector.weights))
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
      selfScore,
    }
    const extraction = extractArticle({
      headline,
      dek: null,
      bodyText: body.slice(0, MAX_ANALYSED_CHARS),
    })
    const entityKeys = (['people', 'organizations', 'places'] as const)
      .flatMap((kind) =>
        extraction.entities[kind].map((e): [string, string] => [
          ENTITY_TYPE[kind],
          entityKey(e.name),
        ])
      )
      .slice(0, 50)
    const stories = await liveAnswer(c, query, source, [], [], { entityKeys })
    c.header('cache-control', 'no-store')
    return c.json({
      related: stories,
      meta: {
        ...meta(query, 'live'),
        truncated: headline.length + body.length > MAX_ANALYSED_CHARS,
      },
    })
  },
  options
)

defineRoute(
  related,
  CURATION,
  async (c, { readBody }) => {
    const ref = c.req.param('ref') ?? ''
    const found = ref.length <= 200 ? await getRelatedSource(c.var.db, ref) : null
    // A story the key may not see, as source or as a pinned or excluded reference, is a missing one.
    if (!found || !canSee(c.var.principal, found.status)) {
      throw new ApiError('not_found', `No article "${ref.slice(0, 200)}".`)
    }
    const input = await readBody()
    const visible = STATUSES.filter((status) => canSee(c.var.principal, status))
    const seqs = await resolveRefs(c.var.db, [...input.pinned, ...input.excluded], visible)
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
    if (errors.length)
      throw new ApiError(
        'unprocessable',
        `${errors.length} referenced article(s) cannot be used.`,
        {
          errors,
        }
      )
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
    await replaceCuration(c.var.db, found.seq, unique(pinned), unique(excluded))
    await refreshRelatedLists(c.var.db, REQUEST_LISTS)
    await flushViewOutbox({ db: c.var.db, kv: c.env.CACHE })
    const [pinnedIds, excludedIds] = await Promise.all([
      idsForSeqs(c.var.db, unique(pinned)),
      idsForSeqs(c.var.db, unique(excluded)),
    ])
    c.header('cache-control', 'no-store')
    return c.json({
      article: { id: found.id, slug: found.slug },
      curation: { pinned: pinnedIds, excluded: excludedIds },
    })
  },
  { mount: '/v1', lateBody: true }
)
