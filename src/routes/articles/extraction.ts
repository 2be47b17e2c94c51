/**
 * @module GET /v1/articles/{ref}/extraction: the stored extraction of an article, visible under the
 * same rules as the article itself (drafts are 404 to anonymous callers).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { getArticleExtraction } from '../../services/extraction'
import { servicesFor } from '../http/deps'
import { MinConfidenceQuerySchema } from '../extraction/extract'
import { parseWith } from '../http/validate'

export const articleExtraction = new Hono<AppEnv>()

articleExtraction.get('/:ref/extraction', async (c) => {
  const { minConfidence } = parseWith(MinConfidenceQuerySchema, c.req.query(), 'query')
  const deps = servicesFor(c)
  const { article, extraction } = await getArticleExtraction(
    deps,
    c.req.param('ref'),
    minConfidence
  )
  c.header(
    'cache-control',
    c.var.principal.kind === 'anonymous' && article.status === 'published'
      ? 'public, max-age=60'
      : 'private, no-store'
  )
  c.header('vary', 'Authorization')
  return c.json({ extraction, meta: { articleId: article.id, revision: article.revision } })
})
