/**
 * @module GET /v1/authors, /v1/sections, /v1/tags with article counts.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { listTaxonomy } from '../services/taxonomy'
import type { TermKind } from '../storage/taxonomy'
import { servicesFor } from './deps'
import { NoQuerySchema, readQuery } from './validate'

export const taxonomy = new Hono<AppEnv>()

for (const kind of ['authors', 'sections', 'tags'] as const satisfies readonly TermKind[]) {
  taxonomy.get(`/${kind}`, async (c) => {
    readQuery(c, NoQuerySchema)
    const { terms, editor } = await listTaxonomy(servicesFor(c), kind)
    c.header('cache-control', editor ? 'private, no-store' : 'public, max-age=60')
    c.header('vary', 'Authorization')
    return c.json({ [kind]: terms })
  })
}
