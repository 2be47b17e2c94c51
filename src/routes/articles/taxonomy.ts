/**
 * @module GET /v1/authors, /v1/sections, /v1/tags with article counts.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { listTaxonomy, type TermKind } from '../../services/taxonomy'
import { defineRoute } from '../contract/define-route'
import { servicesFor } from '../http/deps'
import { TAXONOMY_OPERATIONS } from './taxonomy-spec'

export const taxonomy = new Hono<AppEnv>()

for (const op of TAXONOMY_OPERATIONS) {
  const kind = op.path.slice('/v1/'.length) as TermKind
  defineRoute(
    taxonomy,
    op,
    async (c) => {
      const { terms, editor } = await listTaxonomy(servicesFor(c), kind)
      c.header('cache-control', editor ? 'private, no-store' : 'public, max-age=60')
      c.header('vary', 'Authorization')
      return c.json({ [kind]: terms })
    },
    { mount: '/v1' }
  )
}
