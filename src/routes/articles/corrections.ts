/**
 * @module POST /v1/articles/{ref}/corrections: appends a dated correction to a story (the rules are
 * in services/corrections.ts).
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import { CorrectionSchema, articleEtag } from '../../domain/article'
import type { AppEnv } from '../../env'
import { findWritableArticle } from '../../services/articles'
import { addCorrection } from '../../services/corrections'
import { articleResponse } from './articles'
import { checkIfMatch } from '../http/conditional'
import { servicesFor } from '../http/deps'
import { readJson } from '../http/validate'

export const corrections = new Hono<AppEnv>()

/** Body of the route: one correction; `at` defaults to now. */
export const CorrectionAddSchema = v.strictObject(CorrectionSchema.entries)

corrections.post('/:ref/corrections', async (c) => {
  const deps = servicesFor(c)
  const target = await findWritableArticle(deps, c.req.param('ref'), 'articles:write')
  // If-Match is optional: appending cannot lose anyone's edit, and the write is still conditional.
  checkIfMatch(c, articleEtag(target.article))
  const input = await readJson(c, CorrectionAddSchema)
  const next = await addCorrection(deps, target, {
    text: input.text,
    ...(input.at && { at: input.at }),
  })
  return articleResponse(c, next, 201)
})
