/**
 * @module The after-write listeners, wired: each capability adds one line to the list. They run in
 * `waitUntil` after an article write has committed (services/article-events.ts runs them).
 */
import type { Context } from 'hono'
import type { Article } from '../../domain/article'
import type { AppEnv } from '../../env'
import {
  runListeners,
  type ArticleChange,
  type ArticleChangeListener,
} from '../../services/article-events'
import { pingWebSubHub } from '../feeds/websub'
import { publicOrigin } from '../http/origin'
import { dispatchWebhooks } from '../../services/webhooks'

export type { ArticleChange, ArticleChangeListener } from '../../services/article-events'

/** Turns the change-log events this write added into queued webhook deliveries. */
async function dispatchWebhooksListener(change: ArticleChange): Promise<void> {
  await dispatchWebhooks(change.env, change.origin)
}

/** Registered listeners; each capability adds one line. */
export const ARTICLE_CHANGE_LISTENERS: ArticleChangeListener[] = [
  pingWebSubHub,
  dispatchWebhooksListener,
]

/** Runs every listener for a committed change, without holding up the response. */
export function runArticleListeners(
  change: ArticleChange,
  waitUntil: (p: Promise<unknown>) => void
): void {
  runListeners(ARTICLE_CHANGE_LISTENERS, change, waitUntil)
}

/** Notifies listeners of a change made by a request (services do it through `servicesFor(c)`). */
export function notifyArticleChanged(c: Context<AppEnv>, article: Article): void {
  runArticleListeners({ env: c.env, origin: publicOrigin(c), article }, (p) =>
    c.executionCtx.waitUntil(p)
  )
}
