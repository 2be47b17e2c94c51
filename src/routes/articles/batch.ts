/**
 * @module `POST /v1/articles/batch`: bulk import of up to 100 articles in one transaction (the
 * rules are in services/article-batch.ts).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { importArticles } from '../../services/article-batch'
import { defineRoute } from '../contract/define-route'
import { servicesFor } from '../http/deps'
import { ARTICLE_BATCH } from './spec'

export {
  BatchItemSchema,
  BatchSchema,
  MAX_BATCH,
  type BatchItem,
} from '../../services/article-batch'

export const articleBatch = new Hono<AppEnv>()

defineRoute(
  articleBatch,
  ARTICLE_BATCH,
  async (c, { body }) => {
    const result = await importArticles(servicesFor(c), body.articles)
    c.header('cache-control', 'no-store')
    return c.json(result)
  },
  { mount: '/v1/articles' }
)
