/**
 * @module GET /v1/articles/{ref}/extraction: the stored extraction of an article, visible under the
 * same rules as the article itself (drafts are 404 to anonymous callers).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { extractArticle, getStoredExtraction } from '../storage/extraction'
import { findVisibleArticle } from './articles'
import { MinConfidenceQuerySchema } from './extract'
import { parseWith } from './validate'
import { withMinConfidence } from '../extract/index'

export const articleExtraction = new Hono<AppEnv>()

articleExtraction.get('/:ref/extraction', async (c) => {
  const { minConfidence } = parseWith(MinConfidenceQuerySchema, c.req.query(), 'query')
  const article = await findVisibleArticle(c, c.req.param('ref'))
  const stored = await getStoredExtraction(c.var.db, article.seq)
  // Articles written before extraction existed have no stored row: compute it (not stored on a read).
  const full = stored?.revision === article.revision ? stored.extraction : extractArticle(article)
  const extraction = withMinConfidence(full, minConfidence)
  c.header('cache-control', c.var.principal.kind === 'anonymous' && article.status === 'published' ? 'public, max-age=60' : 'private, no-store')
  c.header('vary', 'Authorization')
  return c.json({ extraction, meta: { articleId: article.id, revision: article.revision } })
})
