/**
 * @module /v1/articles: create, read, update, archive, publish and unpublish articles (the rules
 * are in services/articles.ts).
 */
import { Hono, type Context } from 'hono'
import {
  ArticleCreateSchema,
  articleEtag,
  type Article,
  type ArticleCreate,
} from '../../domain/article'
import { publicView } from '../../domain/public-article'
import type { AppEnv } from '../../env'
import {
  archiveArticle,
  createArticle,
  findVisibleArticle,
  findWritableArticle,
  patchArticle,
  publishArticle,
  unpublishArticle,
} from '../../services/articles'
import { createFieldsFromCopy, type CopyOverrides } from '../../services/extraction'
import { defineRoute } from '../contract/define-route'
import { readExtractInput } from '../extraction/extract'
import { checkIfMatch, matchesIfNoneMatch, requireIfMatch } from '../http/conditional'
import { publicOrigin, servicesFor } from '../http/deps'
import { mediaType, parseWith } from '../http/validate'
import {
  ARTICLE_CREATE,
  ARTICLE_DELETE,
  ARTICLE_GET,
  ARTICLE_PATCH,
  ARTICLE_PUBLISH,
  ARTICLE_UNPUBLISH,
} from './spec'

export { noArticle } from '../../services/articles'

export const articles = new Hono<AppEnv>()

/** An article response with its strong ETag, private when the caller holds a key. */
export function articleResponse(
  c: Context<AppEnv>,
  article: Article,
  status: 200 | 201 = 200
): Response {
  const etag = articleEtag(article)
  c.header('etag', etag)
  c.header('last-modified', new Date(article.updatedAt).toUTCString())
  c.header(
    'cache-control',
    c.var.principal.kind === 'anonymous' && article.status === 'published'
      ? 'public, max-age=60'
      : 'private, no-store'
  )
  c.header('vary', 'Authorization')
  if (status === 201) c.header('location', `/v1/articles/${article.id}`)
  return c.json({ article: publicView(article, publicOrigin(c)) }, status)
}

export { publicView }

/** Media types a create takes as copy (fields from the extraction) instead of JSON. */
const COPY_TYPES = ARTICLE_CREATE.bodyTypes as readonly string[]

/**
 * A create body from raw copy or a page: fields filled from the extraction; `slug`, `section`,
 * `status` and `headline` query parameters override them (a later PATCH can change anything).
 */
async function readCopyAsCreate(c: Context<AppEnv>, query: CopyOverrides): Promise<ArticleCreate> {
  const fields = createFieldsFromCopy(await readExtractInput(c), query)
  return parseWith(ArticleCreateSchema, fields, 'extracted article')
}

const mount = { mount: '/v1/articles' }

defineRoute(
  articles,
  ARTICLE_CREATE,
  async (c, { query, readBody }) => {
    const copy = COPY_TYPES.includes(mediaType(c))
    const input = copy ? await readCopyAsCreate(c, query) : await readBody()
    return articleResponse(c, await createArticle(servicesFor(c), input), 201)
  },
  mount
)

defineRoute(
  articles,
  ARTICLE_GET,
  async (c) => {
    const article = await findVisibleArticle(servicesFor(c), c.req.param('ref') ?? '')
    const response = articleResponse(c, article)
    return matchesIfNoneMatch(c, articleEtag(article)) ? c.body(null, 304) : response
  },
  mount
)

/**
 * The story a change names, found for the caller with `scope`, and its version checked: edits and
 * archiving require `If-Match` (428 without), publishing checks it when sent (412 when stale).
 */
async function writable(c: Context<AppEnv>, scope: 'articles:write' | 'articles:publish') {
  const deps = servicesFor(c)
  const target = await findWritableArticle(deps, c.req.param('ref') ?? '', scope)
  const check = scope === 'articles:write' ? requireIfMatch : checkIfMatch
  check(c, articleEtag(target.article))
  return { deps, target }
}

defineRoute(
  articles,
  ARTICLE_PATCH,
  async (c, { readBody }) => {
    const { deps, target } = await writable(c, 'articles:write')
    return articleResponse(c, await patchArticle(deps, target, await readBody()))
  },
  { ...mount, lateBody: true }
)

defineRoute(
  articles,
  ARTICLE_DELETE,
  async (c) => {
    const { deps, target } = await writable(c, 'articles:write')
    return articleResponse(c, await archiveArticle(deps, target))
  },
  mount
)

defineRoute(
  articles,
  ARTICLE_PUBLISH,
  async (c, { readBody }) => {
    const { deps, target } = await writable(c, 'articles:publish')
    const { publishAt } = await readBody()
    return articleResponse(c, await publishArticle(deps, target, publishAt))
  },
  { ...mount, lateBody: true }
)

defineRoute(
  articles,
  ARTICLE_UNPUBLISH,
  async (c) => {
    const { deps, target } = await writable(c, 'articles:publish')
    return articleResponse(c, await unpublishArticle(deps, target))
  },
  mount
)
