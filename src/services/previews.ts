/**
 * @module Draft previews: the draft a signed preview link still shows. A link dies when its story
 * is published (now or since the link was issued) or the key that issued it is revoked.
 */
import type { Article } from '../domain/article'
import { ApiError } from '../domain/errors'
import { PREVIEW_DEFAULT_TTL, signPreviewToken, type PreviewClaims } from '../domain/preview-token'
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

/**
 * Signs a preview token for the draft `article`, issued by key `keyId`, valid for `expiresIn`
 * seconds (default `PREVIEW_DEFAULT_TTL`). A published story is a 409 (its page is public); the
 * secret is asked for only after that check.
 */
export async function issuePreviewToken(
  article: Pick<Article, 'id' | 'status'>,
  keyId: string,
  expiresIn: number | undefined,
  secret: () => string
): Promise<{ token: string; expiresAt: string }> {
  if (article.status === 'published') {
    throw new ApiError('conflict', 'The story is published: its page is at its public url.')
  }
  const now = Math.floor(Date.now() / 1000)
  const claims = { a: article.id, k: keyId, i: now, e: now + (expiresIn ?? PREVIEW_DEFAULT_TTL) }
  const token = await signPreviewToken(claims, secret())
  return { token, expiresAt: new Date(claims.e * 1000).toISOString() }
}
