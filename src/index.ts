/**
 * @module Worker entry: the fetch handler (the Hono app) and the scheduled handler (the publisher).
 */
import { createApp } from './app'
import type { Bindings } from './env'
import { publishDueArticles } from './scheduled'
import { runSyncChores } from './scheduled-sync'

const app = createApp()

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(publishDueArticles(env, (p) => ctx.waitUntil(p)))
    ctx.waitUntil(runSyncChores(env))
  },
} satisfies ExportedHandler<Bindings>
