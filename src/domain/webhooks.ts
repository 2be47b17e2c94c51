/**
 * @module Webhooks: event names, the subscription schema, the URL policy (no private or metadata
 * addresses) and Standard Webhooks signatures (HMAC-SHA256 with WebCrypto).
 */
import * as v from 'valibot'
import { CHANGE_KINDS, type ChangeKind } from './changes'

/** Event types a subscription can ask for: `article.<change kind>`. */
export const WEBHOOK_EVENTS = CHANGE_KINDS.map((kind) => `article.${kind}` as const)
export type WebhookEvent = `article.${ChangeKind}`

/** Queue retries (wrangler.toml `max_retries`): a delivery is tried at most this many times + 1. */
export const WEBHOOK_MAX_RETRIES = 8

/** Longest back-off between two attempts. */
export const WEBHOOK_MAX_DELAY_SECONDS = 3600

/**
 * Seconds to wait before attempt `attempt + 1`: `base` doubled per failed attempt, capped.
 *
 * @example
 * retryDelaySeconds(3, 10) // 40
 */
export function retryDelaySeconds(attempt: number, base: number): number {
  return Math.min(WEBHOOK_MAX_DELAY_SECONDS, Math.round(base * 2 ** Math.max(0, attempt - 1)))
}

// whsec_ + base64 of 24 to 64 random bytes (the Standard Webhooks secret format).
const SECRET_RE = /^whsec_(?:[A-Za-z0-9+/]{4}){8,22}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Body of `POST /v1/webhooks`. */
export const WebhookCreateSchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(2048, 'at most 2048 characters'), v.url('an absolute URL')),
  events: v.pipe(
    v.array(v.picklist([...WEBHOOK_EVENTS, '*'], `one of ${WEBHOOK_EVENTS.join(', ')} or *`)),
    v.minLength(1, 'name at least one event (or *)'),
    v.maxLength(20, 'at most 20 events')
  ),
  description: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'at most 200 characters'))),
  /**
   * Deliver events of drafts, scheduled and archived stories too (needs `articles:read-drafts`).
   */
  includeDrafts: v.optional(v.boolean(), false),
  /** Your own signing secret (`whsec_` + base64 of 24-64 bytes); one is generated when left out. */
  secret: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(100, 'at most 100 characters'),
      v.regex(SECRET_RE, 'whsec_ followed by base64 of 24 to 64 bytes')
    )
  ),
})
export type WebhookCreate = v.InferOutput<typeof WebhookCreateSchema>

/** A fresh signing secret in the Standard Webhooks format. */
export function newWebhookSecret(): string {
  const raw = crypto.getRandomValues(new Uint8Array(32))
  return `whsec_${btoa(String.fromCharCode(...raw))}`
}

function ipv4Parts(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  return m ? m.slice(1).map(Number) : null
}

function privateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b! >= 64 && b! <= 127) ||
    a! >= 224
  )
}

function privateIpv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h)?.[1]
  if (mapped) return privateIpv4(ipv4Parts(mapped)!)
  // ::ffff:7f00:1 is how the URL parser writes ::ffff:127.0.0.1
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h)
  if (hexMapped) {
    const hi = parseInt(hexMapped[1]!, 16)
    return privateIpv4([hi >> 8, hi & 255])
  }
  return h === '::' || h === '::1' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || /^ff/.test(h)
}

const BLOCKED_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$|^metadata(\.|$)/i

/**
 * Why a subscription URL is refused, or null when it may be called. Refused: anything but http(s),
 * credentials in the URL, localhost names, and loopback, private, link-local, CGNAT, multicast or
 * metadata addresses (IPv4 in any notation the URL parser accepts, IPv6 including mapped IPv4),
 * unless `allowPrivate` (local development).
 *
 * @example
 * webhookUrlProblem('http://169.254.169.254/latest/meta-data', false) // 'a private or metadata address'
 */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'not an absolute URL'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not an http(s) URL'
  if (url.username || url.password) return 'credentials in the URL'
  if (allowPrivate) return null
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const v4 = ipv4Parts(host)
  if (
    (v4 && privateIpv4(v4)) ||
    (host.startsWith('[') && privateIpv6(host)) ||
    BLOCKED_NAMES.test(host)
  ) {
    return 'a loopback, private, link-local or metadata address'
  }
  if (!host.includes('.') && !host.startsWith('[')) return 'not a public host name'
  return null
}

function base64ToBytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0))
}

/**
 * The `webhook-signature` of a message: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body` keyed
 * with the secret's bytes (Standard Webhooks).
 *
 * @example
 * await signWebhook('whsec_…', 'msg_1', 1767225600, '{"type":"article.published"}')
 */
export async function signWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    base64ToBytes(secret.replace(/^whsec_/, '')),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign']
  )
  const mac = await crypto.subtle.sign(
    'HMAC',
    key,
    new TextEncoder().encode(`${id}.${timestamp}.${body}`)
  )
  return `v1,${btoa(String.fromCharCode(...new Uint8Array(mac)))}`
}
