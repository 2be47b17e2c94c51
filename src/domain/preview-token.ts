/**
 * @module Draft preview links: a signed, expiring token naming the article, the key that asked for
 * it and when. HMAC-SHA256 with the PREVIEW_SECRET; no state is stored.
 */

/** What a preview token says. */
export interface PreviewClaims {
  /** Article id. */
  a: string
  /**
   * Id of the key that issued the link (`admin` for the admin secret): revoking it kills the link.
   */
  k: string
  /** Issued at, unix seconds: a publication after this revokes the link. */
  i: number
  /** Expires at, unix seconds. */
  e: number
}

/** Default and longest life of a link, in seconds. */
export const PREVIEW_DEFAULT_TTL = 86_400
export const PREVIEW_MAX_TTL = 7 * 86_400

/** A PREVIEW_SECRET shorter than this is refused like a missing one. */
export const PREVIEW_SECRET_MIN_LENGTH = 32

const encoder = new TextEncoder()

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (ch) =>
      ch.charCodeAt(0)
    )
  } catch {
    return null
  }
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(`preview:${secret}`),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    [usage]
  )
}

/**
 * Signs claims into a URL-safe token `<payload>.<mac>`.
 *
 * @example
 * const token = await signPreviewToken({ a: 'art_1', k: 'key_…', i: now, e: now + 3600 }, secret)
 */
export async function signPreviewToken(claims: PreviewClaims, secret: string): Promise<string> {
  const payload = toBase64Url(encoder.encode(JSON.stringify(claims)))
  const mac = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret, 'sign'),
    encoder.encode(payload)
  )
  return `${payload}.${toBase64Url(new Uint8Array(mac))}`
}

/**
 * The claims of a token whose signature holds and which has not expired at `now` (unix seconds),
 * else null. The MAC is checked (in constant time, by WebCrypto) before the payload is parsed.
 */
export async function verifyPreviewToken(
  token: string,
  secret: string,
  now: number
): Promise<PreviewClaims | null> {
  if (token.length > 600) return null
  const [payload, mac, extra] = token.split('.')
  if (!payload || !mac || extra !== undefined) return null
  const macBytes = fromBase64Url(mac)
  if (!macBytes || macBytes.length !== 32) return null
  const ok = await crypto.subtle.verify(
    'HMAC',
    await hmacKey(secret, 'verify'),
    macBytes,
    encoder.encode(payload)
  )
  if (!ok) return null
  let claims: unknown
  try {
    claims = JSON.parse(new TextDecoder().decode(fromBase64Url(payload) ?? new Uint8Array()))
  } catch {
    return null
  }
  const c = claims as Partial<PreviewClaims>
  if (
    typeof c.a !== 'string' ||
    typeof c.k !== 'string' ||
    typeof c.i !== 'number' ||
    typeof c.e !== 'number'
  )
    return null
  return c.e > now ? (c as PreviewClaims) : null
}
