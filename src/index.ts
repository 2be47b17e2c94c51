/**
 * @module Worker entry: the fetch handler (the Hono app), the scheduled handler (the publisher and
 * the sync chores) and the queue handler (webhook deliveries).
 */
import { createApp } from './app'
import type { Bindings } from './env'
import { memoKey } from './routes/http/memo-key'
import { keepResponse, memoResponse, watchRequest } from './services/response-memo'
import { publishDueArticles, retryViews } from './scheduled'
import { runSyncChores } from './scheduled-sync'
import { consumeWebhookBatch, type WebhookMessage } from './services/webhooks'

const app = createApp()

export default {
  // A hot public view is answered from the isolate's response memo while the view is current;
  // everything else (and the first answer from each copy of a view) runs the app.
  async fetch(req, env, ctx) {
    const key = memoKey(req)
    if (key === null) return app.fetch(req, env, ctx)
    const memo = memoResponse(key, req)
    if (memo) return memo
    watchRequest(req)
    const res = await app.fetch(req, env, ctx)
    keepResponse(key, req, res)
    return res
  },
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(publishDueArticles(env, (p) => ctx.waitUntil(p)).then(() => retryViews(env)))
    ctx.waitUntil(runSyncChores(env))
  },
  async queue(batch, env) {
    await consumeWebhookBatch(batch as MessageBatch<WebhookMessage>, env)
  },
} satisfies ExportedHandler<Bindings, WebhookMessage>
