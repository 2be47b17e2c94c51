/**
 * @module The cron handler: publishes scheduled articles whose time has come.
 */
import { publishDue } from './domain/article-edit'
import { runArticleListeners } from './routes/article-events'
import type { Bindings } from './env'
import { flushViewOutbox, retryViewInvalidations } from './services/view-invalidation'
import { getArticle, listDueArticles, saveArticles } from './storage/articles'

/** At most this many articles per run keeps one invocation far below D1's 1,000-query limit. */
export const PUBLISH_BATCH = 50

/**
 * Publishes every due scheduled article (up to PUBLISH_BATCH per run; the next minute takes the rest).
 * Each article is its own batch, so one failure does not hold back the others.
 */
export async function publishDueArticles(
  env: Bindings,
  waitUntil: (p: Promise<unknown>) => void,
  now = new Date()
): Promise<{ published: string[]; failed: string[] }> {
  const db = env.DB.withSession('first-primary')
  const due = await listDueArticles(db, now.toISOString(), PUBLISH_BATCH)
  const published: string[] = []
  const failed: string[] = []
  for (const id of due) {
    const article = await getArticle(db, id)
    if (!article || article.status !== 'scheduled') continue
    try {
      const next = publishDue(article, now)
      await saveArticles(db, [next], 'scheduler')
      runArticleListeners({ env, origin: (env.PUBLIC_BASE_URL ?? '').replace(/\/+$/, ''), article: next }, waitUntil)
      published.push(id)
    } catch (err) {
      failed.push(id)
      console.error(JSON.stringify({ level: 'error', message: 'scheduled publish failed', id, error: (err as Error).message }))
    }
  }
  if (published.length) await flushViewOutbox({ db, kv: env.CACHE })
  return { published, failed }
}

/** The cron's view pass: retries invalidations a request could not apply, and prunes old rows. */
export function retryViews(env: Bindings): Promise<unknown> {
  return retryViewInvalidations({ db: env.DB.withSession('first-primary'), kv: env.CACHE })
}
