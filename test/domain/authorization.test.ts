/**
 * @module The authorization policy on its own: explicit cases and properties over every scope set.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { STATUSES, type Status } from '../../src/domain/article'
import {
  authorizeChange,
  canSee,
  scopesBeyond,
  touchesSite,
  type ArticleState,
} from '../../src/domain/authorization'
import { ANONYMOUS, SCOPES, type Principal, type Scope } from '../../src/domain/scopes'

const key = (...scopes: Scope[]): Principal => ({
  kind: 'key',
  id: 'key_test',
  scopes: new Set(scopes),
})
const ADMIN: Principal = { kind: 'admin', id: 'admin', scopes: new Set(SCOPES) }
const at = (
  status: Status,
  publishAt: string | null = null,
  publishedAt: string | null = null
): ArticleState => ({ status, publishAt, publishedAt })
const T1 = '2030-01-01T00:00:00.000Z'
const T2 = '2031-01-01T00:00:00.000Z'

const principal = fc.oneof(
  fc.constant(ANONYMOUS),
  fc.constant(ADMIN),
  fc.subarray([...SCOPES]).map((scopes) => key(...scopes))
)
const state = fc.record({
  status: fc.constantFrom(...STATUSES),
  publishAt: fc.constantFrom(null, T1, T2),
  publishedAt: fc.constantFrom(null, T1, T2),
})

describe('touchesSite', () => {
  it('is true for changes that put a story on the site, take it off or move when it goes on', () => {
    expect(touchesSite(null, at('draft'))).toBe(false)
    expect(touchesSite(null, at('published', null, T1))).toBe(true)
    expect(touchesSite(null, at('scheduled', T1))).toBe(true)
    expect(touchesSite(at('published', null, T1), at('draft', null, T1))).toBe(true)
    expect(touchesSite(at('published', null, T1), at('archived', null, T1))).toBe(true)
    expect(touchesSite(at('scheduled', T1), at('scheduled', T2))).toBe(true)
    expect(touchesSite(at('draft'), at('draft', T1))).toBe(true)
    expect(touchesSite(at('draft', T1), at('archived'))).toBe(false)
    expect(touchesSite(at('draft'), at('archived'))).toBe(false)
  })

  it('is false when nothing the site shows changes', () => {
    fc.assert(fc.property(state, (s) => touchesSite(s, { ...s }) === false))
  })
})

describe('authorizeChange', () => {
  it('asks for the route scope first, then visibility, then the publish scope', () => {
    const live = at('published', null, T1)
    expect(authorizeChange(ANONYMOUS, 'articles:write', live, null)).toEqual({
      allowed: false,
      code: 'unauthorized',
      scope: 'articles:write',
    })
    expect(
      authorizeChange(key('articles:read-drafts'), 'articles:write', at('draft'), null)
    ).toEqual({ allowed: false, code: 'forbidden', scope: 'articles:write' })
    expect(authorizeChange(key('articles:write'), 'articles:write', at('draft'), null)).toEqual({
      allowed: false,
      code: 'not_found',
    })
    expect(
      authorizeChange(key('articles:write'), 'articles:write', live, at('archived', null, T1))
    ).toEqual({ allowed: false, code: 'forbidden', scope: 'articles:publish' })
    expect(authorizeChange(key('articles:write'), 'articles:write', live, { ...live })).toEqual({
      allowed: true,
    })
    expect(
      authorizeChange(key('articles:publish'), 'articles:publish', live, at('draft', null, T1))
    ).toEqual({ allowed: true })
  })

  it('never lets a caller learn of a story it may not see, whatever it asks', () => {
    const bases = fc.constantFrom<Scope>('articles:write', 'articles:publish')
    fc.assert(
      fc.property(principal, state, fc.option(state), bases, (p, current, next, base) => {
        const verdict = authorizeChange(p, base, current, next)
        // Without the route's scope the answer is the one a request about no story at all gets.
        if (!(p.kind === 'admin' || p.scopes.has(base)))
          expect(verdict).toEqual(authorizeChange(p, base, null, null))
        else if (!canSee(p, current.status))
          expect(verdict).toEqual({ allowed: false, code: 'not_found' })
      })
    )
  })

  it('allows a change only with every scope it needs; the admin may do anything', () => {
    fc.assert(
      fc.property(principal, fc.option(state), state, (p, current, next) => {
        const verdict = authorizeChange(p, 'articles:write', current, next)
        const needsPublish = touchesSite(current, next)
        const holds = (s: Scope) => p.kind === 'admin' || p.scopes.has(s)
        const visible = !current || canSee(p, current.status)
        const expected =
          holds('articles:write') && visible && (!needsPublish || holds('articles:publish'))
        expect(verdict.allowed).toBe(expected)
        if (p.kind === 'admin') expect(verdict.allowed).toBe(true)
        if (p.kind === 'anonymous')
          expect(verdict).toMatchObject({ allowed: false, code: 'unauthorized' })
      })
    )
  })
})

describe('scopesBeyond', () => {
  it('names the requested scopes a key does not hold', () => {
    expect(scopesBeyond(key('keys:manage'), ['keys:manage', 'articles:publish'])).toEqual([
      'articles:publish',
    ])
    expect(scopesBeyond(ADMIN, [...SCOPES])).toEqual([])
  })
})
