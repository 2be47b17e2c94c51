/**
 * @module Maintenance for operators: rebuilding the derived indexes of stored articles.
 */
import { resanitizeBody } from '../domain/article-edit'
import { deriveArticles } from '../domain/derived'
import { listArticlesAfter, writeReindex } from '../storage/articles'
import type { ServiceDeps } from './deps'
import { REQUEST_LISTS, refreshRelatedLists } from './related-lists'

/**
 * Rebuilds the derived state (plain text of the stored HTML, full text, extraction, related...) of
 * up to `limit` articles after `afterSeq`, without new revisions: for databases that existed before
 * a migration added an index or a release changed how text is derived. Stored bodies are sanitized
 * again (a no-op for bodies the current sanitizer wrote: it is idempotent), so rows saved by an
 * older, weaker sanitizer are made safe. `next` is where the following call starts, null when done.
 */
export async function reindexArticles(
  deps: ServiceDeps,
  afterSeq: number,
  limit: number
): Promise<{ reindexed: number; next: number | null }> {
  const { articles, lastSeq } = await listArticlesAfter(deps.db, afterSeq, limit)
  if (articles.length === 0) return { reindexed: 0, next: null }
  const cleaned = articles.map((article) => ({ ...article, ...resanitizeBody(article.body) }))
  await writeReindex(deps.db, deriveArticles(cleaned))
  // The rebuilt vectors queue the related lists they change: a bounded number now, the rest at the
  // cron's pace or through POST /v1/admin/related/refresh.
  await refreshRelatedLists(deps.db, REQUEST_LISTS)
  return { reindexed: articles.length, next: articles.length === limit ? lastSeq : null }
}
