/**
 * @module Bulk import of up to 100 articles in one transaction, under the same rules as single
 * writes. Items with a `slug` upsert by slug: an item equal to the stored story is `unchanged` (a
 * retried batch writes nothing); one that changes it needs `ifRevision` (the revision it was based
 * on) and passes the authorization policy. Items without a slug create.
 */
import * as v from 'valibot'
import { ArticleCreateSchema, slugify, suffixSlug, type Article } from '../domain/article'
import { buildNewArticle, referencedSlugs } from '../domain/article-edit'
import { authorizeChange, canSee } from '../domain/authorization'
import { ApiError, type FieldError, type ProblemCode } from '../domain/errors'
import type { Principal } from '../domain/scopes'
import { getArticlesBySlugs, takenSlugs } from '../storage/article-batch'
import { existingTermNames } from '../storage/articles'
import { newArticleId } from './articles'
import { commitArticles } from './article-writes'
import type { ServiceDeps } from './deps'

/** Largest number of articles per batch. */
export const MAX_BATCH = 100

/**
 * One article of a batch: the create schema, plus the original `publishedAt` of an archived story
 * and `ifRevision`, the stored revision an update of an existing story was based on.
 */
export const BatchItemSchema = v.strictObject({
  ...ArticleCreateSchema.entries,
  publishedAt: v.optional(
    v.pipe(v.string(), v.isoTimestamp('an ISO 8601 timestamp with a time zone'))
  ),
  ifRevision: v.optional(v.pipe(v.number(), v.integer('a whole number'), v.minValue(1, 'from 1'))),
})
export type BatchItem = v.InferOutput<typeof BatchItemSchema>

/** Body of `POST /v1/articles/batch`. */
export const BatchSchema = v.strictObject({
  articles: v.pipe(
    v.array(BatchItemSchema),
    v.minLength(1, 'at least one article'),
    v.maxLength(MAX_BATCH, `at most ${MAX_BATCH} articles`)
  ),
})

type Outcome = 'created' | 'updated' | 'unchanged'

/** What became of one item. */
export interface BatchResult {
  id: string
  slug: string
  status: string
  revision: number
  result: Outcome
}

/** The fields an import sets: equal projections mean a retried item changes nothing. */
function content(a: Article): string {
  const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = a
  return JSON.stringify(rest)
}

/** An item's problem, with the code it stands for; the batch answers with the most pressing one. */
type ItemProblem = FieldError & { code: ProblemCode }

/** Which code the whole batch answers with when items have problems of several kinds. */
const PRECEDENCE: readonly ProblemCode[] = [
  'forbidden',
  'validation_failed',
  'conflict',
  'slug_taken',
  'precondition_required',
  'precondition_failed',
]

function batchProblem(problems: readonly ItemProblem[]): ApiError {
  const code = PRECEDENCE.find((c) => problems.some((p) => p.code === c)) ?? 'validation_failed'
  const errors = problems.map(({ path, message }) => ({ path, message }))
  const detail = `The batch has ${problems.length} problem(s); nothing was written.`
  return new ApiError(code, detail, { errors })
}

/** The field an unauthorized site change is pinned on, for the problem's `errors[].path`. */
function siteField(before: Article | undefined, built: Article): string {
  if (!before || before.status !== built.status) return 'status'
  return before.publishAt !== built.publishAt ? 'publishAt' : 'publishedAt'
}

/**
 * The problem with changing `before` into `built` (null when the change may be written): the policy
 * first, then the revision precondition.
 */
function changeProblem(
  principal: Principal,
  item: BatchItem,
  before: Article | undefined,
  built: Article,
  at: string
): ItemProblem | null {
  const verdict = authorizeChange(principal, 'articles:write', before ?? null, built)
  if (!verdict.allowed) {
    const message = `needs the "${verdict.scope ?? 'articles:publish'}" scope`
    return { code: 'forbidden', path: `${at}.${siteField(before, built)}`, message }
  }
  if (!before) return null
  if (item.ifRevision === undefined) {
    const message =
      `"${before.slug}" exists: send the revision this update is based on` + ` (${before.revision})`
    return { code: 'precondition_required', path: `${at}.ifRevision`, message }
  }
  if (item.ifRevision !== before.revision) {
    const message = `"${before.slug}" is at revision ${before.revision}: fetch it again and retry`
    return { code: 'precondition_failed', path: `${at}.ifRevision`, message }
  }
  return null
}

/**
 * The problem with an existing story an item names before anything is built: `ifRevision` on a
 * slug no story has, or one the key may not see, cannot hold (412, the same answer for both);
 * without it, a hidden story's slug is only a taken slug (what creating it would answer); an
 * archived story cannot be replaced.
 */
function targetProblem(
  principal: Principal,
  item: BatchItem,
  before: Article | undefined,
  at: string
): ItemProblem | null {
  if (item.ifRevision !== undefined && !item.slug) {
    const message = 'needs the slug of the story it updates'
    return { code: 'validation_failed', path: `${at}.ifRevision`, message }
  }
  const hidden = before !== undefined && !canSee(principal, before.status)
  // An update of a story the key may not see answers exactly as an update of a missing one.
  if ((hidden || !before) && item.ifRevision !== undefined) {
    const message = `no story has the slug "${item.slug}"`
    return { code: 'precondition_failed', path: `${at}.ifRevision`, message }
  }
  if (hidden) {
    return { code: 'slug_taken', path: `${at}.slug`, message: `the slug "${item.slug}" is taken` }
  }
  if (before?.status === 'archived') {
    const message = `"${item.slug}" is archived and cannot be replaced`
    return { code: 'conflict', path: `${at}.slug`, message }
  }
  return null
}

/** Problems an item has on its own or with its siblings, found before anything is read. */
function shapeProblems(
  items: readonly BatchItem[],
  slugsGiven: readonly string[],
  now: Date
): ItemProblem[] {
  const problems: ItemProblem[] = []
  const invalid = (path: string, message: string) => {
    problems.push({ code: 'validation_failed', path, message })
  }
  items.forEach((item, i) => {
    const at = `articles.${i}`
    if (item.slug && slugsGiven.indexOf(item.slug) !== slugsGiven.lastIndexOf(item.slug)) {
      invalid(`${at}.slug`, 'used by another item of this batch')
    }
    if (item.publishedAt && item.status !== 'published') {
      invalid(`${at}.publishedAt`, 'only with status "published"')
    }
    if (item.publishedAt && Date.parse(item.publishedAt) > now.getTime()) {
      invalid(`${at}.publishedAt`, 'must not be in the future (schedule with publishAt)')
    }
  })
  return problems
}

/**
 * Imports the items as the caller, all or nothing: a problem with any item is one problem listing
 * every item's (the most pressing code wins), and nothing is written.
 */
export async function importArticles(
  deps: ServiceDeps,
  items: readonly BatchItem[]
): Promise<{ articles: BatchResult[]; meta: Record<Outcome, number> }> {
  const now = new Date()
  const slugsGiven = items.flatMap((item) => (item.slug ? [item.slug] : []))
  const problems = shapeProblems(items, slugsGiven, now)
  if (problems.length) throw batchProblem(problems)
  const invalid = (path: string, message: string) => {
    problems.push({ code: 'validation_failed', path, message })
  }

  const db = deps.db
  const derived = items.map((item) => (item.slug ? null : slugify(item.headline)))
  const [existing, taken, known] = await Promise.all([
    getArticlesBySlugs(db, slugsGiven),
    takenSlugs(
      db,
      derived.filter((s): s is string => s !== null)
    ),
    existingTermNames(db, mergeSlugs(items.map(referencedSlugs))),
  ])
  const used = new Set(slugsGiven)
  const writes: Article[] = []
  const results: BatchResult[] = []
  for (const [i, item] of items.entries()) {
    const at = `articles.${i}`
    const before = item.slug ? existing.get(item.slug) : undefined
    const target = targetProblem(deps.principal, item, before, at)
    if (target) {
      problems.push(target)
      continue
    }
    let slug = item.slug ?? (derived[i] as string)
    if (!item.slug && (taken.has(slug) || used.has(slug))) {
      slug = suffixSlug(slug, crypto.randomUUID().slice(0, 6))
    }
    used.add(slug)
    const id = before?.id ?? newArticleId()
    let built: Article
    try {
      built = await buildNewArticle(item, id, slug, now, known)
    } catch (err) {
      if (!(err instanceof ApiError)) throw err
      const found = err.errors ?? [{ path: '', message: err.message }]
      for (const e of found) invalid(`${at}.${e.path}`, e.message)
      continue
    }
    if (item.publishedAt) built.publishedAt = new Date(item.publishedAt).toISOString()
    else if (before?.publishedAt && built.status === 'published') {
      built.publishedAt = before.publishedAt
    }
    if (before) {
      const corrections = item.corrections.length ? built.corrections : before.corrections
      built = { ...built, createdAt: before.createdAt, revision: before.revision + 1, corrections }
    }
    if (before && content(before) === content(built)) {
      const { status, revision } = before
      results.push({ id, slug, status, revision, result: 'unchanged' })
      continue
    }
    const change = changeProblem(deps.principal, item, before, built, at)
    if (change) {
      problems.push(change)
      continue
    }
    writes.push(built)
    const result = before ? 'updated' : 'created'
    results.push({ id, slug, status: built.status, revision: built.revision, result })
  }
  if (problems.length) throw batchProblem(problems)
  await commitArticles(deps, writes, (conflict) => {
    if (conflict.kind === 'slug') {
      const detail = 'Another write took a slug of this batch while it ran; nothing was written.'
      return new ApiError('slug_taken', detail)
    }
    return new ApiError(
      'precondition_failed',
      'Another write changed these articles while the batch ran; nothing was written. Retry.'
    )
  })
  const count = (r: Outcome) => results.filter((x) => x.result === r).length
  return {
    articles: results,
    meta: { created: count('created'), updated: count('updated'), unchanged: count('unchanged') },
  }
}

function mergeSlugs(all: { sections: string[]; authors: string[]; tags: string[] }[]) {
  return {
    sections: [...new Set(all.flatMap((s) => s.sections))],
    authors: [...new Set(all.flatMap((s) => s.authors))],
    tags: [...new Set(all.flatMap((s) => s.tags))],
  }
}
