/**
 * @module The after-write listeners, wired: each capability adds one line to the list. They run in
 * `waitUntil` after an article write has committed (services/article-events.ts runs them).
 */
import {
  runListeners, type ArticleChange, type ArticleChangeListener,
} from '../services/article-events'
import { pingWebSubHub } from './feeds-websub'

export type { ArticleChange, ArticleChangeListener } from '../services/article-events'

/** Registered listeners; each capability adds one line. */
export const ARTICLE_CHANGE_LISTENERS: ArticleChangeListener[] = [pingWebSubHub]

/** Runs every listener for a committed change, without holding up the response. */
export function runArticleListeners(change: ArticleChange, waitUntil: (p: Promise<unknown>) => void): void {
  runListeners(ARTICLE_CHANGE_LISTENERS, change, waitUntil)
}
