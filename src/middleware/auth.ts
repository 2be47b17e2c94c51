/**
 * @module Bearer-key authentication. The admin key is a secret; other keys are stored as hashes.
 */
import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../domain/errors'
import { sha256Hex } from '../domain/crypto'
import { ANONYMOUS, SCOPES, type Principal } from '../domain/scopes'
import type { AppEnv } from '../env'
import type { Db } from '../storage/db'
import { getActiveKey } from '../storage/keys'

const encoder = new TextEncoder()

// The scope checks live in domain/authorization.ts; routes that still import them from here get
// the same functions.
export { enforce, requireScope } from '../domain/authorization'

/**
 * Constant-time equality of two strings, via their SHA-256 digests (equal length by construction).
 */
async function secretsEqual(a: string, b: string): Promise<boolean> {
  const [da, db] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(a)),
    crypto.subtle.digest('SHA-256', encoder.encode(b)),
  ])
  return crypto.subtle.timingSafeEqual(da, db)
}

/** Key secrets look like `ew_<id>_<secret>`; the id part finds the stored hash. */
const KEY_RE = /^ew_(key_[a-z0-9]{16})_([A-Za-z0-9_-]{43})$/

/**
 * Resolves `Authorization: Bearer …` to a principal. No header means anonymous; a header that does
 * not name a live key is a 401, never a silent downgrade.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async function authenticateMiddleware(c, next) {
    const header = c.req.header('authorization')
    if (!header) {
      c.set('principal', ANONYMOUS)
      return next()
    }
    const token = /^Bearer\s+(\S{1,200})\s*$/i.exec(header)?.[1]
    if (!token)
      throw new ApiError('unauthorized', 'Send the key as "Authorization: Bearer <key>".', {
        headers: { 'www-authenticate': 'Bearer' },
      })
    c.set('principal', await principalFor(c.var.db, c.env.ADMIN_API_KEY, token))
    return next()
  }
}

async function principalFor(
  db: Db,
  adminKey: string | undefined,
  token: string
): Promise<Principal> {
  if (adminKey && (await secretsEqual(token, adminKey)))
    return { kind: 'admin', id: 'admin', scopes: new Set(SCOPES) }
  const match = KEY_RE.exec(token)
  const key = match ? await getActiveKey(db, match[1] as string) : null
  if (!key || !(await secretsEqual(await sha256Hex(token), key.secretHash))) {
    throw new ApiError('unauthorized', 'The key is not valid or has been revoked.', {
      headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
    })
  }
  return { kind: 'key', id: key.id, scopes: new Set(key.scopes) }
}
