/**
 * @module Syndication feeds: /feeds/latest.{rss|atom|json},
 * /feeds/{sections|tags|authors}/{slug}.{ext}, /feeds/search.{ext}?q=…, each registered with
 * `defineRoute` from spec.ts, plus the OPML list and sitemaps mounted from sitemaps.ts.
 */
import { siteNameOf } from '../../domain/site'
import { Hono, type Context } from 'hono'
import type * as v from 'valibot'
import { ApiError } from '../../domain/errors'
import type { AppEnv } from '../../env'
import { renderAtomFeed } from '../../render/feeds/atom'
import { renderJsonFeed } from '../../render/feeds/json-feed'
import {
  dominantLanguage,
  tagAuthority,
  toFeedItem,
  type FeedFormat,
  type FeedModel,
} from '../../render/feeds/model'
import { renderRssFeed } from '../../render/feeds/rss'
import {
  decodeCursor,
  encodeCursor,
  listPublished,
  toMatchQuery,
  type ArticleFilter,
  type FeedScope,
  type ScopeState,
} from '../../services/public-reads'
import { defineRoute } from '../contract/define-route'
import { feedSitemaps } from './sitemaps'
import { hubUrl, scopeState, sendFeed } from './http'
import { isPageSlug } from '../pages/http'
import { FEED_DEFAULT_LIMIT, type FeedQuerySchema } from './query'
import { FEED_LATEST, FEED_SEARCH, TERM_FEEDS } from './spec'
import { publicOrigin } from '../http/origin'

export const feeds = new Hono<AppEnv>()

const RENDERERS: Record<FeedFormat, (feed: FeedModel) => string> = {
  rss: renderRssFeed,
  atom: renderAtomFeed,
  json: renderJsonFeed,
}
const FILE_RE = /^(.+)\.(rss|atom|json)$/
const TERM_PATHS = { section: 'sections', tag: 'tags', author: 'authors' } as const

/** Splits `climate.atom` into slug and format; anything else is a 404. */
function parseFile(file: string): { slug: string; format: FeedFormat } {
  const match = file.length <= 130 ? FILE_RE.exec(file.normalize('NFC')) : null
  if (!match || !isPageSlug(match[1] as string))
    throw new ApiError(
      'not_found',
      `No feed "${file.slice(0, 130)}": feeds end in .rss, .atom or .json.`
    )
  return { slug: match[1] as string, format: match[2] as FeedFormat }
}

/** A feed's scope as requested: a search with no searchable word is an (empty) scope too. */
type RequestScope = FeedScope | { kind: 'search'; match: null }
type FeedQuery = v.InferOutput<typeof FeedQuerySchema>

function describe(
  scope: RequestScope,
  site: string,
  name: string,
  q: string
): { title: string; description: string; path: string } {
  switch (scope.kind) {
    case 'latest':
      return { title: site, description: `The latest stories from ${site}`, path: '' }
    case 'search':
      return {
        title: `${site}: search for \u201c${q}\u201d`,
        description: `Stories matching \u201c${q}\u201d`,
        path: '',
      }
    case 'section':
      return {
        title: `${site}: ${name}`,
        description: `Stories in the ${name} section`,
        path: `sections/${encodeURIComponent(scope.slug)}`,
      }
    case 'tag':
      return {
        title: `${site}: ${name}`,
        description: `Stories tagged ${name}`,
        path: `tags/${encodeURIComponent(scope.slug)}`,
      }
    case 'author':
      return {
        title: `${site}: ${name}`,
        description: `Stories by ${name}`,
        path: `authors/${encodeURIComponent(scope.slug)}`,
      }
  }
}

/**
 * Answers one feed request: validate the query (`readQuery`, after the path's own checks), check
 * the scope state (404 / 304), then serve the cached render.
 */
async function serveFeed(
  c: Context<AppEnv>,
  feedPath: string,
  format: FeedFormat,
  scope: RequestScope,
  readQuery: () => FeedQuery
): Promise<Response> {
  const query = readQuery()
  const cursor = query.cursor
    ? decodeCursor(query.cursor, scope.kind === 'search' ? 'rank' : 'date')
    : null
  if (query.cursor && !cursor) {
    throw new ApiError('validation_failed', 'The cursor is not one this API gave out.', {
      errors: [{ path: 'cursor', message: 'unknown cursor' }],
    })
  }
  const full = query.summary !== '1' && query.summary !== 'true'
  const origin = publicOrigin(c)
  const base = `${origin}/feeds/${feedPath}.${format}`
  const params = (withCursor: string | null) => {
    const search = new URLSearchParams()
    if (query.q !== undefined) search.set('q', query.q)
    if (!full) search.set('summary', '1')
    if (query.limit !== FEED_DEFAULT_LIMIT) search.set('limit', String(query.limit))
    if (withCursor) search.set('cursor', withCursor)
    const text = search.toString()
    return text ? `${base}?${text}` : base
  }
  const selfUrl = params(query.cursor ?? null)
  const hub = hubUrl(c)
  const listDep =
    scope.kind === 'section' || scope.kind === 'tag' || scope.kind === 'author'
      ? `l:${TERM_PATHS[scope.kind]}:${scope.slug}`
      : 'l:latest'
  return sendFeed(c, {
    identity: `${feedPath}|${encodeURIComponent(query.q ?? '')}|${full ? 'full' : 'summary'}|${query.limit}|${query.cursor ?? ''}`,
    type: format,
    exactDate: scope.kind === 'latest' || scope.kind === 'search',
    state: async () => {
      const state = await scopeState(c, scope.kind === 'search' ? { kind: 'latest' } : scope)
      if (scope.kind !== 'latest' && scope.kind !== 'search' && state.termName === null) {
        throw new ApiError('not_found', `No ${scope.kind} "${scope.slug}".`)
      }
      return state
    },
    selfUrl,
    hubUrl: hub,
    render: async (state) => {
      const filter: Omit<ArticleFilter, 'statuses'> = {}
      if (scope.kind === 'section' || scope.kind === 'tag' || scope.kind === 'author')
        filter[scope.kind] = scope.slug
      if (scope.kind === 'search' && scope.match === null)
        return { body: renderFeed(state, [], null), deps: [listDep] }
      if (scope.kind === 'search') filter.match = scope.match
      const page = await listPublished(
        { db: c.var.db },
        filter,
        query.limit,
        cursor,
        full ? 'full' : 'summary'
      )
      const body = renderFeed(state, page.articles, page.next ? encodeCursor(page.next) : null)
      return { body, deps: [listDep, ...page.articles.map((a) => `s:${a.id}`)] }
    },
  })

  function renderFeed(
    state: ScopeState,
    articles: Parameters<typeof toFeedItem>[0][],
    next: string | null
  ): string {
    const site = siteNameOf(c.env.SITE_NAME)
    const about = describe(scope, site, state.termName ?? '', query.q ?? '')
    const items = articles.map((a) => toFeedItem(a, origin, full))
    const newest = items.reduce(
      (max, item) => (item.updated > max ? item.updated : max),
      state.lastModified ?? '1970-01-01T00:00:00.000Z'
    )
    return RENDERERS[format]({
      id: `tag:${tagAuthority(origin)},2026:feeds/${feedPath}${query.q !== undefined ? `?q=${encodeURIComponent(query.q)}` : ''}`,
      title: about.title,
      description: about.description,
      language: dominantLanguage(items),
      homeUrl: `${origin}/${about.path}`,
      selfUrl,
      firstUrl: params(null),
      nextUrl: next ? params(next) : null,
      hubUrl: hub,
      updated: newest,
      siteName: site,
      items,
    })
  }
}

/** The name of a feed that is not one (`/feeds/world.rss`): a 404 pointing to the latest feed. */
function noSuchFeed(c: Context<AppEnv>): never {
  const { slug, format } = parseFile(c.req.param('file') ?? '')
  throw new ApiError('not_found', `No feed "${slug}": try /feeds/latest.${format}.`)
}

// One router path per folder of feeds: each operation answers the names its template fits, and
// the fallback after them answers every other name. The query is read after the name is checked
// (404 before 400), leniently (unknown parameters ignored), as before.
const FILE = { lateQuery: true, lenientQuery: true }

defineRoute(
  feeds,
  FEED_LATEST,
  (c, { readQuery }) => {
    const { slug, format } = parseFile(c.req.param('file') ?? '')
    if (slug !== 'latest') noSuchFeed(c)
    return serveFeed(c, 'latest', format, { kind: 'latest' }, readQuery)
  },
  { ...FILE, path: '/feeds/:file' }
)

defineRoute(
  feeds,
  FEED_SEARCH,
  (c, { readQuery }) => {
    const { slug, format } = parseFile(c.req.param('file') ?? '')
    if (slug !== 'search') noSuchFeed(c)
    const q = c.req.query('q')
    if (q === undefined || q.trim() === '') {
      throw new ApiError('validation_failed', 'A search feed needs a query.', {
        errors: [{ path: 'q', message: 'required: the words to search for' }],
      })
    }
    // Text without a searchable word is an empty feed; over-long text fails validation in
    // serveFeed
    const match = q.length <= 500 ? toMatchQuery(q) : null
    return serveFeed(c, 'search', format, { kind: 'search', match }, readQuery)
  },
  { ...FILE, path: '/feeds/:file' }
)

feeds.get('/feeds/:file', noSuchFeed)

for (const kind of ['section', 'tag', 'author'] as const) {
  const folder = TERM_PATHS[kind]
  defineRoute(
    feeds,
    TERM_FEEDS[folder],
    (c, { readQuery }) => {
      const { slug, format } = parseFile(c.req.param('file') ?? '')
      return serveFeed(
        c,
        `${folder}/${encodeURIComponent(slug)}`,
        format,
        { kind, slug },
        readQuery
      )
    },
    { ...FILE, path: `/feeds/${folder}/:file` }
  )
  feeds.get(`/feeds/${folder}/:file`, noSuchFeed)
}

feeds.route('/', feedSitemaps)
