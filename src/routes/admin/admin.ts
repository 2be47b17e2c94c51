/**
 * @module /v1/admin: maintenance for operators (admin scope `keys:manage`).
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../../env'
import { requireScope } from '../../middleware/auth'
import { reindexArticles } from '../../services/admin'
import { servicesFor } from '../http/deps'
import { readOptionalJson } from '../http/validate'

export const ReindexSchema = v.strictObject({
  after: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  limit: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, 'from 1 to 100'),
      v.maxValue(100, 'from 1 to 100')
    ),
    50
  ),
})

export const admin = new Hono<AppEnv>()

// Rebuilds derived indexes (full text, extraction, related stories) for a slice of articles: run it
// after a migration adds an index to a database that already holds articles, calling again with
// `after` = `next` until `next` is null. Each call is one transaction; revisions are untouched, and
// stored bodies are sanitized again (unchanged unless an older release stored HTML the current
// sanitizer refuses).
admin.post('/reindex', async (c) => {
  requireScope(c.var.principal, 'keys:manage')
  const input = await readOptionalJson(c, ReindexSchema, { after: 0, limit: 50 })
  const done = await reindexArticles(servicesFor(c), input.after, input.limit)
  c.header('cache-control', 'no-store')
  return c.json(done)
})
