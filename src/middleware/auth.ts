/**
 * @module Bearer-key authentication. The admin key is a secret; other keys are stored as hashes.
 */
import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../domain/errors'
import { scopeVerdict, type Verdict } from '../domain/authorization'
import { ANONYMOUS, SCOPES, type Principal, type Scope } from '../domain/scopes'
import type { AppEnv } from '../env'
import type { Db } from '../storage/db'
import { getActiveKey } from '../storage/keys'

const encoder = new TextEncoder()

/** Hex SHA-256 of a string. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

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

/**
 * Throws the problem a denied verdict stands for: 401 for anonymous callers, 403 for keys without
 * the scope, 404 (with `notFound` as the detail, the words a missing story gets) for a hidden
 * story.
 *
 * @example
 * enforce(authorizeChange(principal, 'articles:write', current, next), `No article "${ref}".`)
 */
export function enforce(verdict: Verdict, notFound = 'Not found.'): void {
  if (verdict.allowed) return
  if (verdict.code === 'not_found') throw new ApiError('not_found', notFound)
  if (verdict.code === 'unauthorized') {
    const headers = { 'www-authenticate': 'Bearer' }
    const detail = `This needs a key with the "${verdict.scope}" scope.`
    throw new ApiError('unauthorized', detail, { headers })
  }
  throw new ApiError('forbidden', `This key lacks the "${verdict.scope}" scope.`)
}

/**
 * Throws 401 for anonymous callers and 403 for keys without the scope.
 *
 * @example
 * requireScope(c.var.principal, 'articles:write')
 */
export function requireScope(principal: Principal, scope: Scope): void {
  enforce(scopeVerdict(principal, scope))
}
