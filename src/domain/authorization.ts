/**
 * @module The one authorization policy for articles: who may see a story, and which scopes a change
 * from one state to the next needs. Pure: every write route and the batch import ask it.
 */
import type { Article, Status } from './article'
import { ApiError } from './errors'
import { hasScope, type Principal, type Scope } from './scopes'

/** The part of an article the policy looks at. */
export type ArticleState = Pick<Article, 'status' | 'publishAt' | 'publishedAt'>

/** What the policy answers: allowed, or the problem to answer with and why. */
export type Verdict =
  | { allowed: true }
  | { allowed: false; code: 'unauthorized' | 'forbidden' | 'not_found'; scope?: Scope }

const ALLOWED: Verdict = { allowed: true }

/** Statuses that are on the site now or will be without anyone acting again. */
const LIVE: ReadonlySet<Status> = new Set(['published', 'scheduled'])

/**
 * True when the principal may know the story exists: published stories are public; drafts,
 * scheduled and archived ones exist only for keys with `articles:read-drafts`.
 */
export function canSee(principal: Principal, status: Status): boolean {
  return status === 'published' || hasScope(principal, 'articles:read-drafts')
}

/**
 * True when going from `current` (null: a new story) to `next` puts a story on the site, takes
 * it off, or moves when it goes on: a status change to or from published/scheduled, a new story
 * that is not a draft, or a new `publishAt`/`publishedAt` (archiving a draft aside).
 *
 * @example
 * const live = { status: 'published', publishAt: null, publishedAt: t }
 * touchesSite(live, { ...live, status: 'draft' }) // true
 */
export function touchesSite(current: ArticleState | null, next: ArticleState): boolean {
  if (!current) return next.status !== 'draft' || next.publishAt !== null
  const live = LIVE.has(current.status) || LIVE.has(next.status)
  if (current.status !== next.status && live) return true
  if (next.status === 'archived') return false
  return current.publishAt !== next.publishAt || current.publishedAt !== next.publishedAt
}

/**
 * The scopes a change needs: `base` (the route's own scope: `articles:write` for edits, creates and
 * archives, `articles:publish` for publish and unpublish) plus `articles:publish` when the change
 * touches the site.
 */
export function scopesForChange(
  base: Scope,
  current: ArticleState | null,
  next: ArticleState
): Scope[] {
  const publish = touchesSite(current, next) && base !== 'articles:publish'
  return publish ? [base, 'articles:publish'] : [base]
}

/**
 * The verdict on a principal holding a scope: anonymous callers are `unauthorized` (401), keys
 * without it `forbidden` (403).
 */
export function scopeVerdict(principal: Principal, scope: Scope): Verdict {
  if (hasScope(principal, scope)) return ALLOWED
  const code = principal.kind === 'anonymous' ? 'unauthorized' : 'forbidden'
  return { allowed: false, code, scope }
}

/**
 * The whole decision for one change, in the order a caller learns it: the route's scope first (so
 * a caller without it learns nothing about the story), then whether the story exists for this
 * principal (a hidden story is `not_found`, exactly like a missing one), then the publish scope
 * when the change touches the site. `next` null means the request has not said yet what it
 * changes.
 *
 * @example
 * authorizeChange(principal, 'articles:write', current, archive(current, now))
 */
export function authorizeChange(
  principal: Principal,
  base: Scope,
  current: ArticleState | null,
  next: ArticleState | null
): Verdict {
  const baseVerdict = scopeVerdict(principal, base)
  if (!baseVerdict.allowed) return baseVerdict
  if (current && !canSee(principal, current.status)) return { allowed: false, code: 'not_found' }
  if (!next) return ALLOWED
  for (const scope of scopesForChange(base, current, next)) {
    const verdict = scopeVerdict(principal, scope)
    if (!verdict.allowed) return verdict
  }
  return ALLOWED
}

/**
 * The scopes a key may hand to a key it creates: only scopes it holds itself (the admin secret
 * holds all). Returns the requested scopes it lacks.
 */
export function scopesBeyond(principal: Principal, requested: readonly Scope[]): Scope[] {
  return requested.filter((scope) => !hasScope(principal, scope))
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
 * requireScope(deps.principal, 'articles:write')
 */
export function requireScope(principal: Principal, scope: Scope): void {
  enforce(scopeVerdict(principal, scope))
}
