/**
 * @module Worker entry: the fetch handler (the Hono app), the scheduled handler (the publisher and
 * the sync chores) and the queue handler (webhook deliveries).
 */
import { createApp } from './app'
import type { Bindings } from './env'
import { publishDueArticles, retryViews } from './scheduled'
import { runSyncChores } from './scheduled-sync'
import { consumeWebhookBatch, type WebhookMessage } from './services/webhooks'

const app = createApp()

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(publishDueArticles(env, (p) => ctx.waitUntil(p)).then(() => retryViews(env)))
    ctx.waitUntil(runSyncChores(env))
  },
  async queue(batch, env) {
    await consumeWebhookBatch(batch as MessageBatch<WebhookMessage>, env)
  },
} satisfies ExportedHandler<Bindings, WebhookMessage>
