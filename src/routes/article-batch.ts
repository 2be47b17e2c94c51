/**
 * @module `POST /v1/articles/batch`: bulk import of up to 100 articles in one transaction. Items with a
 * `slug` upsert by slug (a retried batch changes nothing: identical items are left untouched); items
 * without one always create. `Idempotency-Key` replays a batch's first answer.
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import { ArticleCreateSchema, slugify, suffixSlug, type Article } from '../domain/article'
import { buildNewArticle, referencedSlugs } from '../domain/article-edit'
import { ApiError, type FieldError } from '../domain/errors'
import type { AppEnv } from '../env'
import { requireScope } from '../middleware/auth'
import { getArticlesBySlugs, takenSlugs } from '../storage/article-batch'
import { existingTermNames, saveArticles } from '../storage/articles'
import { isUniqueViolation } from '../storage/db'
import { notifyArticleChanged } from './article-events'
import { readJson } from './validate'

/** Largest number of articles per batch. */
export const MAX_BATCH = 100

/** One article of a batch: the create schema, plus the original `publishedAt` of an archived story. */
export const BatchItemSchema = v.strictObject({
  ...ArticleCreateSchema.entries,
  publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp('an ISO 8601 timestamp with a time zone'))),
})
export type BatchItem = v.InferOutput<typeof BatchItemSchema>

/** Body of `POST /v1/articles/batch`. */
export const BatchSchema = v.strictObject({
  articles: v.pipe(v.array(BatchItemSchema), v.minLength(1, 'at least one article'), v.maxLength(MAX_BATCH, `at most ${MAX_BATCH} articles`)),
})

type Outcome = 'created' | 'updated' | 'unchanged'

/** The fields an import sets: equal projections mean a retried item changes nothing. */
function content(a: Article): string {
  const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = a
  return JSON.stringify(rest)
}

export const articleBatch = new Hono<AppEnv>()

articleBatch.post('/batch', async (c) => {
  requireScope(c.var.principal, 'articles:write')
  const { articles: items } = await readJson(c, BatchSchema)
  if (items.some((item) => item.status !== 'draft')) requireScope(c.var.principal, 'articles:publish')
  const now = new Date()
  const errors: FieldError[] = []
  const slugsGiven = items.flatMap((item) => (item.slug ? [item.slug] : []))
  items.forEach((item, i) => {
    if (item.slug && slugsGiven.indexOf(item.slug) !== slugsGiven.lastIndexOf(item.slug)) errors.push({ path: `articles.${i}.slug`, message: 'used by another item of this batch' })
    if (item.publishedAt && item.status !== 'published') errors.push({ path: `articles.${i}.publishedAt`, message: 'only with status "published"' })
    if (item.publishedAt && Date.parse(item.publishedAt) > now.getTime()) errors.push({ path: `articles.${i}.publishedAt`, message: 'must not be in the future (schedule with publishAt)' })
  })
  if (errors.length) throw new ApiError('validation_failed', `The batch has ${errors.length} invalid field(s); nothing was written.`, { errors })

  const db = c.var.db
  const derived = items.map((item) => (item.slug ? null : slugify(item.headline)))
  const [existing, taken, known] = await Promise.all([
    getArticlesBySlugs(db, slugsGiven),
    takenSlugs(db, derived.filter((s): s is string => s !== null)),
    existingTermNames(db, mergeSlugs(items.map(referencedSlugs))),
  ])
  const used = new Set(slugsGiven)
  const writes: Article[] = []
  const results: { id: string; slug: string; status: string; revision: number; result: Outcome }[] = []
  for (const [i, item] of items.entries()) {
    const before = item.slug ? existing.get(item.slug) : undefined
    if (before?.status === 'archived') {
      errors.push({ path: `articles.${i}.slug`, message: `"${item.slug}" is archived and cannot be replaced` })
      continue
    }
    let slug = item.slug ?? (derived[i] as string)
    if (!item.slug && (taken.has(slug) || used.has(slug))) slug = suffixSlug(slug, crypto.randomUUID().slice(0, 6))
    used.add(slug)
    const id = before?.id ?? `art_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`
    let built: Article
    try {
      built = await buildNewArticle(item, id, slug, now, known)
    } catch (err) {
      if (!(err instanceof ApiError)) throw err
      errors.push(...(err.errors ?? [{ path: '', message: err.message }]).map((e) => ({ path: `articles.${i}.${e.path}`, message: e.message })))
      continue
    }
    if (item.publishedAt) built.publishedAt = new Date(item.publishedAt).toISOString()
    else if (before?.publishedAt && built.status === 'published') built.publishedAt = before.publishedAt
    if (before) built = { ...built, createdAt: before.createdAt, revision: before.revision + 1, corrections: item.corrections.length ? built.corrections : before.corrections }
    if (before && content(before) === content(built)) {
      results.push({ id, slug, status: before.status, revision: before.revision, result: 'unchanged' })
      continue
    }
    writes.push(built)
    results.push({ id, slug, status: built.status, revision: built.revision, result: before ? 'updated' : 'created' })
  }
  if (errors.length) throw new ApiError(errors.some((e) => /archived/.test(e.message)) ? 'conflict' : 'validation_failed', `The batch has ${errors.length} problem(s); nothing was written.`, { errors })
  try {
    await saveArticles(db, writes, c.var.principal.id)
  } catch (err) {
    if (isUniqueViolation(err)) throw new ApiError('conflict', 'Another write changed these articles while the batch ran; nothing was written. Retry the batch.')
    throw err
  }
  for (const article of writes) notifyArticleChanged(c, article)
  const count = (r: Outcome) => results.filter((x) => x.result === r).length
  c.header('cache-control', 'no-store')
  return c.json({ articles: results, meta: { created: count('created'), updated: count('updated'), unchanged: count('unchanged') } })
})

function mergeSlugs(all: { sections: string[]; authors: string[]; tags: string[] }[]) {
  return {
    sections: [...new Set(all.flatMap((s) => s.sections))],
    authors: [...new Set(all.flatMap((s) => s.authors))],
    tags: [...new Set(all.flatMap((s) => s.tags))],
  }
}
