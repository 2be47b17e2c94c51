/**
 * @module After-write notifications: listeners run in `waitUntil` after an article write has committed
 * (WebSub hub pings, cache warming...). A failing listener is logged and never fails the write.
 */
import type { Context } from 'hono'
import type { Article } from '../domain/article'
import type { AppEnv, Bindings } from '../env'
import { pingWebSubHub } from './feeds-websub'
import { publicOrigin } from './system'
import { dispatchWebhooks } from '../services/webhooks'

export interface ArticleChange {
  env: Bindings
  /** Public origin for absolute URLs. */
  origin: string
  article: Article
}

export type ArticleChangeListener = (change: ArticleChange) => Promise<void>

/** Turns the change-log events this write added into queued webhook deliveries. */
async function dispatchWebhooksListener(change: ArticleChange): Promise<void> {
  await dispatchWebhooks(change.env, change.origin)
}

/** Registered listeners; each capability adds one line. */
export const ARTICLE_CHANGE_LISTENERS: ArticleChangeListener[] = [pingWebSubHub, dispatchWebhooksListener]

/** Runs every listener for a committed change, without holding up the response. */
export function runArticleListeners(change: ArticleChange, waitUntil: (p: Promise<unknown>) => void): void {
  for (const listener of ARTICLE_CHANGE_LISTENERS) {
    waitUntil(
      listener(change).catch((err: unknown) => {
        console.error(JSON.stringify({ level: 'warn', message: 'article listener failed', id: change.article.id, error: String(err) }))
      })
    )
  }
}

/** Notifies listeners of a change made by a request. */
export function notifyArticleChanged(c: Context<AppEnv>, article: Article): void {
  runArticleListeners({ env: c.env, origin: publicOrigin(c), article }, (p) => c.executionCtx.waitUntil(p))
}
