/**
 * @module GET /v1/authors, /v1/sections, /v1/tags with article counts.
 */
import { Hono } from 'hono'
import { hasScope } from '../domain/scopes'
import type { AppEnv } from '../env'
import { listTerms, type TermKind } from '../storage/taxonomy'
import { NoQuerySchema, readQuery } from './validate'

export const taxonomy = new Hono<AppEnv>()

for (const kind of ['authors', 'sections', 'tags'] as const satisfies readonly TermKind[]) {
  taxonomy.get(`/${kind}`, async (c) => {
    readQuery(c, NoQuerySchema)
    const editor = hasScope(c.var.principal, 'articles:read-drafts')
    const terms = editor
      ? await listTerms(c.var.db, kind, ['draft', 'scheduled', 'published'])
      : await listTerms(c.var.db, kind, ['published'], { includeEmpty: false })
    c.header('cache-control', editor ? 'private, no-store' : 'public, max-age=60')
    c.header('vary', 'Authorization')
    return c.json({ [kind]: terms })
  })
}
