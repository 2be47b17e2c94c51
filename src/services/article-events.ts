/**
 * @module After-write notifications: listeners run in `waitUntil` after an article write has
 * committed (WebSub hub pings, cache warming...). A failing listener is logged and never fails the
 * write. The list of listeners is wired in routes/article-events.ts.
 */
import type { Article } from '../domain/article'
import type { Bindings } from '../env'

export interface ArticleChange {
  env: Bindings
  /** Public origin for absolute URLs. */
  origin: string
  article: Article
}

export type ArticleChangeListener = (change: ArticleChange) => Promise<void>

/** Runs each listener for a committed change, without holding up the response. */
export function runListeners(
  listeners: readonly ArticleChangeListener[],
  change: ArticleChange,
  waitUntil: (p: Promise<unknown>) => void
): void {
  for (const listener of listeners) {
    waitUntil(
      listener(change).catch((err: unknown) => {
        const log = { level: 'warn', message: 'article listener failed', id: change.article.id }
        console.error(JSON.stringify({ ...log, error: String(err) }))
      })
    )
  }
}
