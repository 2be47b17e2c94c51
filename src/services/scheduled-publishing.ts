/**
 * @module The publisher the cron runs: scheduled articles whose time has come go live, each written
 * through the same derive-and-write step as every other article write.
 */
import { publishDue } from '../domain/article-edit'
import { getArticle, listDueArticles } from '../storage/articles'
import { articlesCommitted, saveArticles } from './article-writes'
import type { ServiceDeps } from './deps'

/** At most this many articles per run keeps one invocation far below D1's 1,000-query limit. */
export const PUBLISH_BATCH = 50

/**
 * Publishes every due scheduled article (up to PUBLISH_BATCH per run; the next minute takes the
 * rest), as `deps.principal`. Each article is its own batch, so one failure does not hold back the
 * others.
 */
export async function publishDueArticles(
  deps: ServiceDeps,
  now: Date
): Promise<{ published: string[]; failed: string[] }> {
  const due = await listDueArticles(deps.db, now.toISOString(), PUBLISH_BATCH)
  const published: string[] = []
  const failed: string[] = []
  for (const id of due) {
    const article = await getArticle(deps.db, id)
    if (!article || article.status !== 'scheduled') continue
    try {
      const next = publishDue(article, now)
      await saveArticles(deps.db, [next], deps.principal.id)
      await articlesCommitted(deps, [next])
      published.push(id)
    } catch (err) {
      failed.push(id)
      const log = { level: 'error', message: 'scheduled publish failed', id }
      console.error(JSON.stringify({ ...log, error: (err as Error).message }))
    }
  }
  return { published, failed }
}
