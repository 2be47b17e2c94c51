/**
 * @module The Worker's bindings and the per-request variables the middleware sets.
 */
import type { Principal } from './domain/scopes'

/** Bindings declared in wrangler.toml, plus secrets. */
export interface Bindings {
  DB: D1Database
  CACHE: KVNamespace
  /** Secret: the admin key that can manage other keys. */
  ADMIN_API_KEY?: string
  /** Public origin for absolute URLs; empty means the request origin. */
  PUBLIC_BASE_URL?: string
  SITE_NAME?: string
  /**
   * WebSub hub advertised in every feed and pinged after publish, update and unpublish; empty means
   * none.
   */
  WEBSUB_HUB_URL?: string
  /**
   * Who may frame iframe cards (`/embed/articles/…`): space-separated CSP sources; empty means
   * anyone.
   */
  EMBED_FRAME_ANCESTORS?: string
  /**
   * Who may call the API from a browser (CORS): space-separated origins, and `*` for anonymous
   * reads from any page. Listed origins may also send keys and write. Empty: same-origin only.
   */
  CORS_ORIGINS?: string
  /** Set by `npm start` to a fresh random value that /healthz echoes: proof the answer is ours. */
  EDGEWIRE_INSTANCE?: string
  /** Webhook deliveries (wrangler.toml `[[queues.producers]]`); absent: webhooks are not sent. */
  WEBHOOK_QUEUE?: Queue<{ deliveryId: string }>
  /** `true` lets webhook URLs point at loopback and private addresses: local development only. */
  WEBHOOK_ALLOW_PRIVATE?: string
  /** Seconds before the first webhook retry; each later one waits twice as long (capped at 1 h). */
  WEBHOOK_RETRY_BASE_SECONDS?: string
  /**
   * Secret: the HMAC key of draft preview links. Unset: a development default, refused in
   * production.
   */
  PREVIEW_SECRET?: string
  /**
   * Rate limit for POST /v1/extract, per client (wrangler.toml `[[ratelimits]]`); absent means no
   * limit.
   */
  EXTRACT_LIMITER?: RateLimit
  /** Rate limit for POST /v1/related, per client; absent means no limit. */
  RELATED_LIMITER?: RateLimit
  /** Rate limit for any other anonymous POST, PUT, PATCH or DELETE, per client; absent: none. */
  ANONYMOUS_WRITE_LIMITER?: RateLimit
}

/** Values middleware puts on the context for handlers. */
export interface Variables {
  requestId: string
  /**
   * The D1 session for this request: reads may go to a replica, the bookmark keeps them current.
   */
  db: D1DatabaseSession
  principal: Principal
  /**
   * What a replay under the same `Idempotency-Key` answers instead of this response's body: set by
   * routes whose response carries a secret shown once (POST /v1/keys): the record never holds it.
   */
  idempotentReplayBody?: string
}

export interface AppEnv {
  Bindings: Bindings
  Variables: Variables
}
