/**
 * @module `POST /v1/articles/batch`: bulk import of up to 100 articles in one transaction (the
 * rules are in services/article-batch.ts).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { requireScope } from '../../middleware/auth'
import { BatchSchema, importArticles } from '../../services/article-batch'
import { servicesFor } from '../http/deps'
import { readJson } from '../http/validate'

export {
  BatchItemSchema,
  BatchSchema,
  MAX_BATCH,
  type BatchItem,
} from '../../services/article-batch'

export const articleBatch = new Hono<AppEnv>()

articleBatch.post('/batch', async (c) => {
  const deps = servicesFor(c)
  requireScope(deps.principal, 'articles:write')
  const { articles: items } = await readJson(c, BatchSchema)
  const result = await importArticles(deps, items)
  c.header('cache-control', 'no-store')
  return c.json(result)
})
