/**
 * @module POST /v1/articles/{ref}/corrections: appends a dated correction to a story (the rules are
 * in services/corrections.ts).
 */
import { Hono } from 'hono'
import { articleEtag } from '../../domain/article'
import type { AppEnv } from '../../env'
import { findWritableArticle } from '../../services/articles'
import { addCorrection } from '../../services/corrections'
import { articleResponse } from './articles'
import { checkIfMatch } from '../http/conditional'
import { servicesFor } from '../http/deps'
import { defineRoute } from '../contract/define-route'
import { CORRECTION_ADD } from '../sync/spec'

export { CorrectionAddSchema } from '../sync/spec'

export const corrections = new Hono<AppEnv>()

defineRoute(
  corrections,
  CORRECTION_ADD,
  async (c, { readBody }) => {
    const deps = servicesFor(c)
    const target = await findWritableArticle(deps, c.req.param('ref') ?? '', 'articles:write')
    // If-Match is optional: appending cannot lose anyone's edit, and the write is still conditional.
    checkIfMatch(c, articleEtag(target.article))
    const input = await readBody()
    const next = await addCorrection(deps, target, {
      text: input.text,
      ...(input.at && { at: input.at }),
    })
    return articleResponse(c, next, 201)
  },
  { mount: '/v1/articles', lateBody: true }
)
