/**
 * @module Related stories: `GET /v1/articles/{ref}/related`, `POST /v1/related` for text that is not
 * stored, and `PUT /v1/articles/{ref}/related` for editors' pins and exclusions.
 */
import { Hono, type Context } from 'hono'
import { ApiError, type FieldError } from '../domain/errors'
import { htmlToText, looksLikeHtml } from '../domain/html'
import {
  CurationSchema, DEFAULT_BUDGET, DEFAULT_HALF_LIFE_DAYS, RelatedQuerySchema, RelatedTextSchema, rankRelated, selectQueryTerms,
  type RelatedQuery, type RelatedSource,
} from '../domain/related'
import { MAX_ANALYSED_CHARS, simhash, termVector } from '../domain/related-text'
import { hasScope } from '../domain/scopes'
import type { AppEnv } from '../env'
import { requireScope } from '../middleware/auth'
import { findCandidates, findStoredNeighbors, getRelatedSource, getTermStats, idsForSeqs, replaceCuration, resolveRefs } from '../storage/related'
import { mediaType, parseWith, readJson, readText, requireMediaType } from './validate'

export const related = new Hono<AppEnv>()

/** Candidates fetched per answer: room for duplicates to fold and bonuses to reorder. */
function candidateCount(limit: number): number {
  return limit * 2 + 20
}

/**
 * Ranks the stored neighbours of a published story when there are enough of them, else runs the live
 * query over the inverted index (drafts, new stories, narrow filters, content posted for matching).
 */
async function answer(c: Context<AppEnv>, query: RelatedQuery, source: RelatedSource, excluded: number[], pinned: number[], storedFor?: number) {
  const halfLifeDays = query.halfLife ?? DEFAULT_HALF_LIFE_DAYS
  const options = { limit: query.limit, now: new Date(), halfLifeDays, pinned }
  const candidateQuery = { weights: source.weights, excluded, pinned, limit: candidateCount(query.limit), since: query.since, section: query.section }
  let stories = storedFor === undefined ? [] : rankRelated({ ...source, selfScore: 1 }, await findStoredNeighbors(c.var.db, storedFor, candidateQuery), options)
  const method = stories.length >= query.limit ? 'neighbors' : 'live'
  if (method === 'live') stories = rankRelated(source, await findCandidates(c.var.db, candidateQuery), options)
  return { related: stories, meta: { limit: query.limit, halfLifeDays, since: query.since ?? null, section: query.section ?? null, method } }
}

related.get('/articles/:ref/related', async (c) => {
  const query = parseWith(RelatedQuerySchema, c.req.query(), 'query')
  const ref = c.req.param('ref')
  const found = ref.length <= 200 ? await getRelatedSource(c.var.db, ref) : null
  if (!found || (found.status !== 'published' && !hasScope(c.var.principal, 'articles:read-drafts'))) {
    throw new ApiError('not_found', `No article "${ref.slice(0, 200)}".`)
  }
  const { weights, selfScore } = selectQueryTerms(found.terms, found.df, found.docs, DEFAULT_BUDGET, true)
  const source: RelatedSource = { section: found.section, tags: found.tags, simhash: found.simhash, labels: found.labels, weights, selfScore }
  const stored = found.status === 'published' ? found.seq : undefined
  const body = await answer(c, query, source, [found.seq, ...found.excluded], found.pinned, stored)
  c.header('cache-control', 'no-store')
  return c.json({ article: { id: found.id, slug: found.slug, headline: found.headline }, ...body })
})

/** Headline and body of the posted content: JSON `{ headline, body }` or plain text (first line = headline). */
async function postedText(c: Context<AppEnv>): Promise<{ headline: string; body: string }> {
  if (mediaType(c) === 'text/plain') {
    const text = (await readText(c)).trim()
    const newline = text.indexOf('\n')
    return newline > 0 && newline <= 300 ? { headline: text.slice(0, newline), body: text.slice(newline + 1) } : { headline: '', body: text }
  }
  requireMediaType(c, ['application/json', 'text/plain'])
  const input = await readJson(c, RelatedTextSchema)
  const body = looksLikeHtml(input.body) ? await htmlToText(input.body.slice(0, MAX_ANALYSED_CHARS * 4)) : input.body
  return { headline: input.headline, body }
}

related.post('/related', async (c) => {
  const query = parseWith(RelatedQuerySchema, c.req.query(), 'query')
  const { headline, body } = await postedText(c)
  const vector = termVector(headline, body)
  if (Object.keys(vector.weights).length === 0) {
    throw new ApiError('unprocessable', 'The text has no words to match on: send a headline or body with some words.')
  }
  const stats = await getTermStats(c.var.db, Object.keys(vector.weights))
  const { weights, selfScore } = selectQueryTerms(vector.weights, stats.df, stats.docs, DEFAULT_BUDGET, false)
  const source: RelatedSource = { section: null, tags: [], simhash: simhash(`${headline}\n${body}`), labels: vector.labels, weights, selfScore }
  const result = await answer(c, query, source, [], [])
  c.header('cache-control', 'no-store')
  return c.json({ ...result, meta: { ...result.meta, truncated: headline.length + body.length > MAX_ANALYSED_CHARS } })
})

related.put('/articles/:ref/related', async (c) => {
  requireScope(c.var.principal, 'articles:write')
  const ref = c.req.param('ref')
  const found = ref.length <= 200 ? await getRelatedSource(c.var.db, ref) : null
  if (!found) throw new ApiError('not_found', `No article "${ref.slice(0, 200)}".`)
  const input = await readJson(c, CurationSchema)
  const seqs = await resolveRefs(c.var.db, [...input.pinned, ...input.excluded])
  const errors: FieldError[] = []
  const check = (list: string[], name: string) =>
    list.map((r, i) => {
      const seq = seqs.get(r)
      if (seq === undefined) errors.push({ path: `${name}.${i}`, message: `no article "${r.slice(0, 200)}"` })
      else if (seq === found.seq) errors.push({ path: `${name}.${i}`, message: 'an article cannot be related to itself' })
      return seq ?? -1
    })
  const pinned = check(input.pinned, 'pinned')
  const excluded = check(input.excluded, 'excluded')
  if (errors.length) throw new ApiError('unprocessable', `${errors.length} referenced article(s) cannot be used.`, { errors })
  const both = pinned.filter((seq) => excluded.includes(seq))
  if (both.length) {
    throw new ApiError('validation_failed', 'A story cannot be both pinned and excluded.', {
      errors: both.map((seq) => ({ path: `pinned.${pinned.indexOf(seq)}`, message: 'also in excluded' })),
    })
  }
  const unique = (list: number[]) => [...new Set(list)]
  await replaceCuration(c.var.db, found.seq, unique(pinned), unique(excluded))
  const [pinnedIds, excludedIds] = await Promise.all([idsForSeqs(c.var.db, unique(pinned)), idsForSeqs(c.var.db, unique(excluded))])
  c.header('cache-control', 'no-store')
  return c.json({ article: { id: found.id, slug: found.slug }, curation: { pinned: pinnedIds, excluded: excludedIds } })
})
