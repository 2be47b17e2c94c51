/**
 * @module The one way an article write reaches D1: derive (extraction, indexes) once, write the
 * batch, turn a lost race into its problem, then tell the after-write listeners.
 */
import type { Article } from '../domain/article'
import { deriveArticles } from '../domain/derived'
import type { ApiError } from '../domain/errors'
import type { Db } from '../storage/db'
import { ArticleConflict, writeArticles } from '../storage/articles'
import type { ServiceDeps } from './deps'
import { REQUEST_LISTS, refreshRelatedLists } from './related-lists'
import { flushViewOutbox } from './view-invalidation'

/**
 * Writes articles with their derived data in one transaction (throws `ArticleConflict` when another
 * write got there first). No listeners run: for callers that notify on their own (the cron) and
 * for tests.
 *
 * @example
 * await saveArticles(db, [publishDue(article, now)], 'scheduler')
 */
export async function saveArticles(
  db: Db,
  articles: readonly Article[],
  actor: string
): Promise<void> {
  await writeArticles(db, deriveArticles(articles), actor)
}

/**
 * What follows every committed article write, from a request or the cron: the related lists the
 * write changed are computed again (a bounded number; the cron does the rest), then the edge views
 * it changed are dropped before the answer (so the next read here sees it; a failure stays in the
 * outbox for the cron), then each article's after-write listeners run.
 */
export async function articlesCommitted(
  deps: ServiceDeps,
  articles: readonly Article[]
): Promise<void> {
  await refreshRelatedLists(deps.db, REQUEST_LISTS)
  const flushed = await flushViewOutbox({ db: deps.db, kv: deps.cache })
  deps.viewsInvalidated?.(flushed.keys)
  for (const article of articles) deps.articleChanged(article)
}

/**
 * Commits the articles a request built, all or nothing, as the caller: a conflict becomes the
 * problem `conflictProblem` gives; once written, `articlesCommitted` runs.
 */
export async function commitArticles(
  deps: ServiceDeps,
  articles: readonly Article[],
  conflictProblem: (conflict: ArticleConflict) => ApiError
): Promise<void> {
  try {
    await saveArticles(deps.db, articles, deps.principal.id)
  } catch (err) {
    if (err instanceof ArticleConflict) throw conflictProblem(err)
    throw err
  }
  await articlesCommitted(deps, articles)
}
