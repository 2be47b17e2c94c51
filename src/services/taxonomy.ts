/**
 * @module Authors, sections and tags with article counts, as the caller may see them.
 */
import { hasScope } from '../domain/scopes'
import { listTerms, type TermKind } from '../storage/taxonomy'
import type { ServiceDeps } from './deps'

export type { TermKind }

/**
 * The terms of one kind: editors (`articles:read-drafts`) count drafts and scheduled stories and
 * see every term; anyone else counts published stories and sees only terms that have one.
 */
export async function listTaxonomy(
  deps: ServiceDeps,
  kind: TermKind
): Promise<{ terms: Awaited<ReturnType<typeof listTerms>>; editor: boolean }> {
  const editor = hasScope(deps.principal, 'articles:read-drafts')
  const terms = editor
    ? await listTerms(deps.db, kind, ['draft', 'scheduled', 'published'])
    : await listTerms(deps.db, kind, ['published'], { includeEmpty: false })
  return { terms, editor }
}
