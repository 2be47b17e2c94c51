/**
 * @module GET /v1/authors, /v1/sections and /v1/tags: declared once, registered by `defineRoute`
 * in taxonomy.ts and published in /openapi.json.
 */
import type { TermKind } from '../../services/taxonomy'
import { ORIGIN, type Operation } from '../contract/operation'
import * as S from '../contract/schemas'
import { NoQuerySchema } from '../http/validate'

/** The list operation of one kind of term. */
function termList(kind: TermKind) {
  return {
    method: 'get',
    path: `/v1/${kind}`,
    tag: 'Taxonomy',
    query: NoQuerySchema,
    summary: `List ${kind} with article counts`,
    description:
      'Readers see terms with published stories; a key with `articles:read-drafts` sees all.',
    responses: { 200: { description: `The ${kind}`, schema: S.termListSchema(kind) } },
    example: `curl ${ORIGIN}/v1/${kind}`,
  } satisfies Operation
}

export const TAXONOMY_OPERATIONS = (['authors', 'sections', 'tags'] as const).map(termList)
