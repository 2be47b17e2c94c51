/**
 * @module POST /v1/articles/{ref}/corrections: appends a dated correction to a story. The write is an
 * ordinary revision, so the page's note, the JSON-LD `correction`, the feeds' updated dates, the
 * change feed (`corrected`) and the webhooks (`article.corrected`) all follow from it.
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import { CorrectionSchema, articleEtag } from '../domain/article'
import { applyPatch } from '../domain/article-edit'
import { authorizeChange } from '../domain/authorization'
import { ApiError } from '../domain/errors'
import type { AppEnv } from '../env'
import { enforce, requireScope } from '../middleware/auth'
import { ArticleConflict, getArticle, saveArticles } from '../storage/articles'
import { notifyArticleChanged } from './article-events'
import { articleResponse, noArticle } from './articles'
import { checkIfMatch } from './conditional'
import { readJson } from './validate'

export const corrections = new Hono<AppEnv>()

/** Body of the route: one correction; `at` defaults to now. */
export const CorrectionAddSchema = v.strictObject(CorrectionSchema.entries)

corrections.post('/:ref/corrections', async (c) => {
  requireScope(c.var.principal, 'articles:write')
  const ref = c.req.param('ref')
  const current = ref.length <= 200 ? await getArticle(c.var.db, ref) : null
  if (!current) throw new ApiError('not_found', noArticle(ref))
  enforce(authorizeChange(c.var.principal, 'articles:write', current, null), noArticle(ref))
  // If-Match is optional: appending cannot lose anyone's edit, and the write is still conditional.
  checkIfMatch(c, articleEtag(current))
  const input = await readJson(c, CorrectionAddSchema)
  const list = [...current.corrections, { text: input.text, ...(input.at && { at: input.at }) }]
  if (list.length > 100) throw new ApiError('conflict', 'A story holds at most 100 corrections.')
  const next = await applyPatch(current, { corrections: list }, new Date(), new Map())
  enforce(authorizeChange(c.var.principal, 'articles:write', current, next), noArticle(ref))
  try {
    await saveArticles(c.var.db, [next], c.var.principal.id)
  } catch (err) {
    if (!(err instanceof ArticleConflict)) throw err
    throw new ApiError('precondition_failed', 'The article changed while this request ran; retry.')
  }
  notifyArticleChanged(c, next)
  return articleResponse(c, next, 201)
})
