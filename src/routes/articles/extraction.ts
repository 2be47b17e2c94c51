/**
 * @module GET /v1/articles/{ref}/extraction: the stored extraction of an article, visible under the
 * same rules as the article itself (drafts are 404 to anonymous callers).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { getArticleExtraction } from '../../services/extraction'
import { servicesFor } from '../http/deps'
import { defineRoute } from '../contract/define-route'
import { ARTICLE_EXTRACTION } from '../extraction/spec'

export const articleExtraction = new Hono<AppEnv>()

// The query is read leniently (unknown parameters ignored), as before the strict check existed.
defineRoute(
  articleExtraction,
  ARTICLE_EXTRACTION,
  async (c, { query }) => {
    const deps = servicesFor(c)
    const ref = c.req.param('ref') ?? ''
    const { article, extraction } = await getArticleExtraction(deps, ref, query.minConfidence)
    const shared = c.var.principal.kind === 'anonymous' && article.status === 'published'
    c.header('cache-control', shared ? 'public, max-age=60' : 'private, no-store')
    c.header('vary', 'Authorization')
    return c.json({ extraction, meta: { articleId: article.id, revision: article.revision } })
  },
  { mount: '/v1/articles', lenientQuery: true }
)
