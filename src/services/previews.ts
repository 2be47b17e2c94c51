/**
 * @module Draft previews: the draft a signed preview link still shows. A link dies when its story
 * is published (now or since the link was issued) or the key that issued it is revoked.
 */
import type { Article } from '../domain/article'
import type { PreviewClaims } from '../domain/preview-token'
import { getArticle } from '../storage/articles'
import { publishedSince } from '../storage/changes'
import { getActiveKey } from '../storage/keys'
import type { ServiceDeps } from './deps'

/** The draft the verified `claims` name, or null when the link no longer shows one. */
export async function findPreviewDraft(
  deps: Pick<ServiceDeps, 'db'>,
  claims: PreviewClaims
): Promise<Article | null> {
  const since = new Date(claims.i * 1000).toISOString()
  const [article, key, published] = await Promise.all([
    getArticle(deps.db, claims.a),
    claims.k === 'admin' ? Promise.resolve(true) : getActiveKey(deps.db, claims.k),
    publishedSince(deps.db, claims.a, since),
  ])
  if (!article || !key || published || article.status === 'published') return null
  const { seq: _seq, ...draft } = article
  return draft
}
