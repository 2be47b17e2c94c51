/**
 * @module Draft preview: POST /v1/articles/{ref}/preview issues a signed, expiring link; GET
 * /preview/{token} renders the draft page without a key (noindex, never cached, never in KV). A
 * link dies when it expires, when the story is published, or when the key that issued it is
 * revoked.
 */
import { Hono, type Context } from 'hono'
import { ApiError } from '../../domain/errors'
import { PREVIEW_SECRET_MIN_LENGTH, verifyPreviewToken } from '../../domain/preview-token'
import type { AppEnv } from '../../env'
import { renderArticlePage } from '../../render/pages/article-page'
import { findVisibleArticle } from '../../services/articles'
import { findPreviewDraft, issuePreviewToken } from '../../services/previews'
import { servicesFor } from '../http/deps'
import { publicOrigin } from '../http/origin'
import { defineRoute } from '../contract/define-route'
import { PREVIEW_CREATE, PREVIEW_PAGE } from '../sync/spec'
import { siteOf } from '../widgets/http'

export const preview = new Hono<AppEnv>()

export { PreviewCreateSchema } from '../sync/spec'

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
const NO_ROBOTS = { 'x-robots-tag': 'noindex, nofollow', 'cache-control': 'private, no-store' }

/**
 * The HMAC key: PREVIEW_SECRET, or on a Worker reached at a loopback address (wrangler dev) a
 * development key derived from the admin key. Anywhere else there is none (null).
 */
function previewSecret(c: Context<AppEnv>): string | null {
  const secret = c.env.PREVIEW_SECRET ?? ''
  if (secret.length >= PREVIEW_SECRET_MIN_LENGTH) return secret
  if (!secret && LOCAL_HOSTS.has(new URL(c.req.url).hostname)) {
    return `edgewire-local-development-preview:${c.env.ADMIN_API_KEY ?? ''}`
  }
  return null
}

/** The secret to sign with, or a 503 saying how to set it. */
function signingSecret(c: Context<AppEnv>): string {
  const secret = previewSecret(c)
  if (secret) return secret
  throw new ApiError(
    'unavailable',
    `Draft previews need the PREVIEW_SECRET secret (at least ${PREVIEW_SECRET_MIN_LENGTH} characters): run \`npx wrangler secret put PREVIEW_SECRET\`.`
  )
}

defineRoute(
  preview,
  PREVIEW_CREATE,
  async (c, { readBody }) => {
    const article = await findVisibleArticle(servicesFor(c), c.req.param('ref') ?? '')
    const { expiresIn } = await readBody()
    const issued = await issuePreviewToken(article, c.var.principal.id, expiresIn, () =>
      signingSecret(c)
    )
    c.header('cache-control', 'private, no-store')
    const url = `${publicOrigin(c)}/preview/${issued.token}`
    return c.json({ url, expiresAt: issued.expiresAt }, 201)
  },
  { lateBody: true }
)

defineRoute(preview, PREVIEW_PAGE, async (c) => {
  const dead = () =>
    new ApiError('not_found', 'This preview link is invalid, expired or revoked.', {
      headers: NO_ROBOTS,
    })
  // Without a secret no link can be valid: the same 404 as a bad one (the issuing route says why).
  const secret = previewSecret(c)
  const claims = secret
    ? await verifyPreviewToken(c.req.param('token') ?? '', secret, Math.floor(Date.now() / 1000))
    : null
  const draft = claims && (await findPreviewDraft(c.var, claims))
  if (!draft) throw dead()
  const html = await renderArticlePage(draft, siteOf(c), { preview: true })
  return c.html(html, 200, NO_ROBOTS)
})
