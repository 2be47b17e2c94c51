/**
 * @module API key scopes and the principal a request acts as.
 */

/** What a key may do. `admin` implies every other scope. */
export const SCOPES = [
  'articles:read-drafts',
  'articles:write',
  'articles:publish',
  'keys:manage',
  'webhooks:manage',
] as const
export type Scope = (typeof SCOPES)[number]

/** Who is calling: anonymous, a stored key, or the admin secret. */
export interface Principal {
  kind: 'anonymous' | 'key' | 'admin'
  /** Key id (`key_…`), `admin`, or `anonymous`. */
  id: string
  scopes: ReadonlySet<Scope>
}

export const ANONYMOUS: Principal = { kind: 'anonymous', id: 'anonymous', scopes: new Set() }

/** True when the principal holds the scope. */
export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.kind === 'admin' || principal.scopes.has(scope)
}
