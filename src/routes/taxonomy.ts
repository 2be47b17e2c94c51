/**
 * @module GET /v1/authors, /v1/sections, /v1/tags with article counts.
 */
import { Hono } from 'hono'
import { hasScope } from '../domain/scopes'
import type { AppEnv } from '../env'
import { listTerms, type TermKind } from '../storage/taxonomy'
import { defineRoute } from './contract/define-route'
import { TAXONOMY_OPERATIONS } from './taxonomy-spec'

export const taxonomy = new Hono<AppEnv>()

for (const op of TAXONOMY_OPERATIONS) {
  const kind = op.path.slice('/v1/'.length) as TermKind
  defineRoute(taxonomy, op, async (c) => {
    const editor = hasScope(c.var.principal, 'articles:read-drafts')
    const terms = editor
      ? await listTerms(c.var.db, kind, ['draft', 'scheduled', 'published'])
      : await listTerms(c.var.db, kind, ['published'], { includeEmpty: false })
    c.header('cache-control', editor ? 'private, no-store' : 'public, max-age=60')
    c.header('vary', 'Authorization')
    return c.json({ [kind]: terms })
  }, { mount: '/v1' })
}
