/**
 * @module Corrections: appending a dated correction to a story is an ordinary revision, so the
 * page's note, the JSON-LD `correction`, the feeds' updated dates, the change feed (`corrected`)
 * and the webhooks (`article.corrected`) all follow from the one write.
 */
import type { Article, ArticlePatch } from '../domain/article'
import { applyPatch } from '../domain/article-edit'
import { ApiError } from '../domain/errors'
import { commitChange, type WriteTarget } from './articles'
import type { ServiceDeps } from './deps'

/** A story holds at most this many corrections. */
export const MAX_CORRECTIONS = 100

/** Appends a correction (`at` defaults to now) to the target and writes the new revision. */
export async function addCorrection(
  deps: ServiceDeps,
  target: WriteTarget,
  correction: NonNullable<ArticlePatch['corrections']>[number]
): Promise<Article> {
  const current = target.article
  // applyPatch dates a correction sent without `at`.
  const list = [...current.corrections, correction]
  if (list.length > MAX_CORRECTIONS) {
    throw new ApiError('conflict', `A story holds at most ${MAX_CORRECTIONS} corrections.`)
  }
  const next = await applyPatch(current, { corrections: list }, new Date(), new Map())
  return commitChange(deps, target, next)
}
