/**
 * @module Worker entry: the fetch handler (the Hono app) and the scheduled handler (the publisher).
 */
import { createApp } from './app'
import type { Bindings } from './env'
import { publishDueArticles, retryViews } from './scheduled'

const app = createApp()

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(publishDueArticles(env, (p) => ctx.waitUntil(p)).then(() => retryViews(env)))
  },
} satisfies ExportedHandler<Bindings>
