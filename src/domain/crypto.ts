/**
 * @module Small Web Crypto helpers (hex digests and random ids) shared by auth, keys, webhooks and
 * idempotency. Pure apart from the platform's `crypto`: no bindings, no I/O.
 */

const encoder = new TextEncoder()

/**
 * Lower-case hex of a byte buffer.
 *
 * @example
 * toHex(new Uint8Array([1, 171])) // '01ab'
 */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  return [...view].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Hex SHA-256 of a string (UTF-8) or of raw bytes.
 *
 * @example
 * await sha256Hex('abc') // 'ba7816bf…'
 */
export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input
  return toHex(await crypto.subtle.digest('SHA-256', bytes))
}

/**
 * `bytes` random bytes as hex (twice as many characters): the tail of generated ids.
 *
 * @example
 * `wh_${randomHex(8)}` // 'wh_3f9c…' (16 hex digits)
 */
export function randomHex(bytes: number): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)))
}
