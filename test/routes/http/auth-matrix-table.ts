/**
 * @module The authorization matrix: every route of the app × every kind of caller → the status it
 * must answer, from ONE table, against real D1 with a story in each status. A route missing from
 * the table fails the test, so a new route has to join it. After a denied write the story must be
 * unchanged, and a 404 for a hidden story must read exactly like the 404 for a story that does not
 * exist. The rows run in MATRIX_PARTS test files (auth-matrix*.test.ts), one slice each: requests
 * through the test runtime slow down as a file sends more of them, and every file starts afresh.
 */
import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import type { Status } from '../../../src/domain/article'
import { WIDGET_VERSION } from '../../../src/routes/widgets/http'
import { BASE, call, expectJson, uniqueSlug } from '../../helpers'

/** The callers, in the order of every row's expected statuses. */
export const WHO = [
  'anonymous',
  'revoked',
  'read',
  'write',
  'editor',
  'publish',
  'keys',
  'admin',
] as const
type Who = (typeof WHO)[number]

const KEY_SCOPES: Record<Exclude<Who, 'anonymous' | 'admin'>, string[]> = {
  // The revoked key held every scope: revoking must take all of them away.
  revoked: ['articles:read-drafts', 'articles:write', 'articles:publish', 'keys:manage'],
  read: ['articles:read-drafts'],
  write: ['articles:write'],
  editor: ['articles:read-drafts', 'articles:write'],
  publish: ['articles:publish'],
  keys: ['keys:manage'],
}

const FUTURE = '2099-01-01T00:00:00.000Z'
const LATER = '2098-06-01T00:00:00.000Z'
const SECTION = { name: 'Matrix Desk', slug: 'matrix-desk' }
const TAG = { name: 'Matrix Tag', slug: 'matrix-tag' }
const BYLINE = { name: 'Mat Rix', slug: 'mat-rix' }

interface Story {
  id: string
  slug: string
  status: Status
  revision: number
}

interface Ctx {
  /** The story the request targets (fresh for every cell of a write row). */
  a: Story
  /** Stories that requests may refer to without changing them. */
  shared: Record<Status, Story>
}

interface Req {
  /** Only when it differs from the route's (OPTIONS rows). */
  method?: string
  path: string
  json?: unknown
  body?: string
  headers?: Record<string, string>
  /** A slug the request would create: after a denial it must not exist. */
  creates?: string
}

interface Row {
  /** `METHOD path` exactly as Hono lists the route. */
  route: string
  variant: string
  /** The status of the story the request targets, when it takes one. */
  status?: Status
  send: (x: Ctx) => Req | Promise<Req>
  /** Expected status per caller, in WHO order. */
  expect: readonly number[]
}

const etag = (a: Story) => ({ 'if-match': `"${a.id}.r${a.revision}"` })
const item = (a: Story, extra: Record<string, unknown> = {}) => ({
  slug: a.slug,
  headline: `Changed ${a.slug}`,
  body: 'Ferry tide matrix copy, changed.',
  section: SECTION.name,
  tags: [TAG.name],
  bylines: [BYLINE.name],
  status: a.status,
  ifRevision: a.revision,
  ...(a.status === 'scheduled' && { publishAt: FUTURE }),
  ...extra,
})
const fresh = (status: string) => {
  const slug = uniqueSlug('matrix-new')
  return {
    path: '/v1/articles/batch',
    json: {
      articles: [
        {
          slug,
          headline: `New ${slug}`,
          status,
          ...(status === 'scheduled' && { publishAt: FUTURE }),
        },
      ],
    },
    creates: slug,
  }
}
const newKey = async (scopes: string[]) =>
  (await expectJson(await call('POST', '/v1/keys', { json: { name: 'matrix', scopes } }), 201)).key

// Shorthands for rows that every caller may use: public (revoked keys are still 401 everywhere).
const PUBLIC = [200, 401, 200, 200, 200, 200, 200, 200]
const NOBODY = [404, 401, 404, 404, 404, 404, 404, 404]
/** Reads of a story through the API: hidden statuses exist only for read-drafts keys. */
const API_READ: Record<Status, number[]> = {
  draft: [404, 401, 200, 404, 200, 404, 404, 200],
  scheduled: [404, 401, 200, 404, 200, 404, 404, 200],
  published: PUBLIC,
  archived: [404, 401, 200, 404, 200, 404, 404, 200],
}
const DRAFTS_SCOPE = [401, 401, 200, 403, 200, 403, 403, 200]
const HOOKS_SCOPE = (ok: number) => [401, 401, 403, 403, 403, 403, 403, ok]
const newHook = async () =>
  (
    await expectJson(
      await call('POST', '/v1/webhooks', {
        json: { url: 'https://hooks.example/in', events: ['*'] },
      }),
      201
    )
  ).webhook.id as string
const KEYS_SCOPE = (ok: number) => [401, 401, 403, 403, 403, 403, ok, ok]
const ALL: Status[] = ['draft', 'scheduled', 'published', 'archived']
const perStatus = (
  route: string,
  variant: string,
  send: Row['send'],
  expect: Record<Status, readonly number[]>
) => ALL.map((status): Row => ({ route, variant, status, send, expect: expect[status] }))

/**
 * THE table. Columns: anonymous, revoked, read-drafts, write, editor (read-drafts + write),
 * publish, keys:manage, admin.
 */
export const TABLE: Row[] = [
  // System and documentation: public.
  { route: 'GET /ping', variant: '', send: () => ({ path: '/ping' }), expect: PUBLIC },
  {
    route: 'GET /favicon.ico',
    variant: '',
    send: () => ({ path: '/favicon.ico' }),
    expect: [204, 401, 204, 204, 204, 204, 204, 204],
  },
  { route: 'GET /healthz', variant: '', send: () => ({ path: '/healthz' }), expect: PUBLIC },
  {
    route: 'GET /openapi.json',
    variant: '',
    send: () => ({ path: '/openapi.json' }),
    expect: PUBLIC,
  },
  { route: 'GET /docs', variant: '', send: () => ({ path: '/docs' }), expect: PUBLIC },
  { route: 'GET /problems', variant: '', send: () => ({ path: '/problems' }), expect: PUBLIC },
  {
    route: 'GET /problems/:type',
    variant: '',
    send: () => ({ path: '/problems/slug-taken' }),
    expect: PUBLIC,
  },

  // Reading articles.
  {
    route: 'GET /v1/articles',
    variant: '',
    send: () => ({ path: '/v1/articles' }),
    expect: PUBLIC,
  },
  {
    route: 'GET /v1/articles',
    variant: 'status=draft',
    send: () => ({ path: '/v1/articles?status=draft' }),
    expect: DRAFTS_SCOPE,
  },
  ...perStatus(
    'GET /v1/articles/:ref',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}` }),
    API_READ
  ),
  ...perStatus(
    'GET /v1/articles/:ref/extraction',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}/extraction` }),
    API_READ
  ),
  ...perStatus(
    'GET /v1/articles/:ref/related',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}/related` }),
    API_READ
  ),
  ...perStatus(
    'GET /v1/articles/:ref/revisions',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}/revisions` }),
    {
      draft: DRAFTS_SCOPE,
      scheduled: DRAFTS_SCOPE,
      published: DRAFTS_SCOPE,
      archived: DRAFTS_SCOPE,
    }
  ),
  ...perStatus(
    'GET /v1/articles/:ref/revisions/:revision',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}/revisions/1` }),
    {
      draft: DRAFTS_SCOPE,
      scheduled: DRAFTS_SCOPE,
      published: DRAFTS_SCOPE,
      archived: DRAFTS_SCOPE,
    }
  ),
  { route: 'GET /v1/authors', variant: '', send: () => ({ path: '/v1/authors' }), expect: PUBLIC },
  {
    route: 'GET /v1/sections',
    variant: '',
    send: () => ({ path: '/v1/sections' }),
    expect: PUBLIC,
  },
  { route: 'GET /v1/tags', variant: '', send: () => ({ path: '/v1/tags' }), expect: PUBLIC },
  // The change feed: anyone (public events); read-drafts keys see every event.
  {
    route: 'GET /v1/changes',
    variant: '',
    send: () => ({ path: '/v1/changes?limit=1' }),
    expect: PUBLIC,
  },

  // Creating.
  {
    route: 'POST /v1/articles',
    variant: 'draft',
    send: () => {
      const slug = uniqueSlug('matrix-new')
      return { path: '/v1/articles', json: { slug, headline: 'New draft' }, creates: slug }
    },
    expect: [401, 401, 403, 201, 201, 403, 403, 201],
  },
  {
    route: 'POST /v1/articles',
    variant: 'published',
    send: () => {
      const slug = uniqueSlug('matrix-new')
      return {
        path: '/v1/articles',
        json: { slug, headline: 'New story', status: 'published' },
        creates: slug,
      }
    },
    expect: [401, 401, 403, 403, 403, 403, 403, 201],
  },
  {
    route: 'POST /v1/articles',
    variant: 'scheduled',
    send: () => {
      const slug = uniqueSlug('matrix-new')
      return {
        path: '/v1/articles',
        json: { slug, headline: 'New story', status: 'scheduled', publishAt: FUTURE },
        creates: slug,
      }
    },
    expect: [401, 401, 403, 403, 403, 403, 403, 201],
  },

  // Editing: a write key edits what it can see; publishAt is a publishing decision.
  ...perStatus(
    'PATCH /v1/articles/:ref',
    'edit dek',
    ({ a }) => ({ path: `/v1/articles/${a.slug}`, json: { dek: 'A new dek' }, headers: etag(a) }),
    {
      draft: [401, 401, 403, 404, 200, 403, 403, 200],
      scheduled: [401, 401, 403, 404, 200, 403, 403, 200],
      published: [401, 401, 403, 200, 200, 403, 403, 200],
      archived: [401, 401, 403, 404, 409, 403, 403, 409],
    }
  ),
  {
    route: 'PATCH /v1/articles/:ref',
    variant: 'no If-Match',
    status: 'published',
    send: ({ a }) => ({ path: `/v1/articles/${a.slug}`, json: { dek: 'A new dek' } }),
    expect: [401, 401, 403, 428, 428, 403, 403, 428],
  },
  {
    route: 'PATCH /v1/articles/:ref',
    variant: 'stale If-Match',
    status: 'published',
    send: ({ a }) => ({
      path: `/v1/articles/${a.slug}`,
      json: { dek: 'A new dek' },
      headers: { 'if-match': `"${a.id}.r99"` },
    }),
    expect: [401, 401, 403, 412, 412, 403, 403, 412],
  },
  {
    route: 'PATCH /v1/articles/:ref',
    variant: 'move publishAt',
    status: 'scheduled',
    send: ({ a }) => ({
      path: `/v1/articles/${a.slug}`,
      json: { publishAt: LATER },
      headers: etag(a),
    }),
    expect: [401, 401, 403, 404, 403, 403, 403, 200],
  },
  {
    route: 'PATCH /v1/articles/:ref',
    variant: 'set publishAt',
    status: 'published',
    send: ({ a }) => ({
      path: `/v1/articles/${a.slug}`,
      json: { publishAt: LATER },
      headers: etag(a),
    }),
    expect: [401, 401, 403, 403, 403, 403, 403, 200],
  },

  // Appending a correction is an edit (no If-Match needed).
  ...perStatus(
    'POST /v1/articles/:ref/corrections',
    '',
    ({ a }) => ({
      path: `/v1/articles/${a.slug}/corrections`,
      json: { text: 'A matrix correction.' },
    }),
    {
      draft: [401, 401, 403, 404, 201, 403, 403, 201],
      scheduled: [401, 401, 403, 404, 201, 403, 403, 201],
      published: [401, 401, 403, 201, 201, 403, 403, 201],
      archived: [401, 401, 403, 404, 409, 403, 403, 409],
    }
  ),

  // Draft preview links: read-drafts keys; the test Worker has no PREVIEW_SECRET (503, as in
  // production).
  ...perStatus(
    'POST /v1/articles/:ref/preview',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}/preview` }),
    {
      draft: [401, 401, 503, 403, 503, 403, 403, 503],
      scheduled: [401, 401, 503, 403, 503, 403, 403, 503],
      published: [401, 401, 409, 403, 409, 403, 403, 409],
      archived: [401, 401, 503, 403, 503, 403, 403, 503],
    }
  ),
  {
    route: 'GET /preview/:token',
    variant: 'no secret configured',
    send: () => ({ path: '/preview/abc.def' }),
    expect: NOBODY,
  },

  // Archiving takes a live story off the site: that needs articles:publish as well.
  ...perStatus(
    'DELETE /v1/articles/:ref',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}`, headers: etag(a) }),
    {
      draft: [401, 401, 403, 404, 200, 403, 403, 200],
      scheduled: [401, 401, 403, 404, 403, 403, 403, 200],
      published: [401, 401, 403, 403, 403, 403, 403, 200],
      archived: [401, 401, 403, 404, 409, 403, 403, 409],
    }
  ),

  // Publishing and unpublishing: articles:publish, on stories the key can see.
  ...perStatus(
    'POST /v1/articles/:ref/publish',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}/publish` }),
    {
      draft: [401, 401, 403, 403, 403, 404, 403, 200],
      scheduled: [401, 401, 403, 403, 403, 404, 403, 200],
      published: [401, 401, 403, 403, 403, 409, 403, 409],
      archived: [401, 401, 403, 403, 403, 404, 403, 409],
    }
  ),
  {
    route: 'POST /v1/articles/:ref/publish',
    variant: 'schedule',
    status: 'draft',
    send: ({ a }) => ({ path: `/v1/articles/${a.slug}/publish`, json: { publishAt: FUTURE } }),
    expect: [401, 401, 403, 403, 403, 404, 403, 200],
  },
  ...perStatus(
    'POST /v1/articles/:ref/unpublish',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}/unpublish` }),
    {
      draft: [401, 401, 403, 403, 403, 404, 403, 409],
      scheduled: [401, 401, 403, 403, 403, 404, 403, 200],
      published: [401, 401, 403, 403, 403, 200, 403, 200],
      archived: [401, 401, 403, 403, 403, 404, 403, 409],
    }
  ),

  // Batch import: the same rules, item by item.
  {
    route: 'POST /v1/articles/batch',
    variant: 'create draft',
    send: () => fresh('draft'),
    expect: [401, 401, 403, 200, 200, 403, 403, 200],
  },
  {
    route: 'POST /v1/articles/batch',
    variant: 'create published',
    send: () => fresh('published'),
    expect: [401, 401, 403, 403, 403, 403, 403, 200],
  },
  {
    route: 'POST /v1/articles/batch',
    variant: 'create scheduled',
    send: () => fresh('scheduled'),
    expect: [401, 401, 403, 403, 403, 403, 403, 200],
  },
  ...perStatus(
    'POST /v1/articles/batch',
    'update, same status',
    ({ a }) => ({
      path: '/v1/articles/batch',
      json: { articles: [item(a, a.status === 'archived' ? { status: 'published' } : {})] },
    }),
    {
      // a write key cannot see a hidden story: its ifRevision fails as on a missing slug (412)
      draft: [401, 401, 403, 412, 200, 403, 403, 200],
      scheduled: [401, 401, 403, 412, 200, 403, 403, 200],
      published: [401, 401, 403, 200, 200, 403, 403, 200],
      archived: [401, 401, 403, 412, 409, 403, 403, 409],
    }
  ),
  {
    route: 'POST /v1/articles/batch',
    variant: 'published → draft',
    status: 'published',
    send: ({ a }) => ({
      path: '/v1/articles/batch',
      json: { articles: [item(a, { status: 'draft' })] },
    }),
    expect: [401, 401, 403, 403, 403, 403, 403, 200],
  },
  {
    route: 'POST /v1/articles/batch',
    variant: 'scheduled → draft',
    status: 'scheduled',
    send: ({ a }) => ({
      path: '/v1/articles/batch',
      json: { articles: [item(a, { status: 'draft', publishAt: null })] },
    }),
    expect: [401, 401, 403, 412, 403, 403, 403, 200],
  },
  {
    route: 'POST /v1/articles/batch',
    variant: 'draft → published',
    status: 'draft',
    send: ({ a }) => ({
      path: '/v1/articles/batch',
      json: { articles: [item(a, { status: 'published' })] },
    }),
    expect: [401, 401, 403, 412, 403, 403, 403, 200],
  },
  {
    route: 'POST /v1/articles/batch',
    variant: 'no ifRevision',
    status: 'published',
    send: ({ a }) => ({
      path: '/v1/articles/batch',
      json: { articles: [item(a, { ifRevision: undefined })] },
    }),
    expect: [401, 401, 403, 428, 428, 403, 403, 428],
  },
  {
    route: 'POST /v1/articles/batch',
    variant: 'stale ifRevision',
    status: 'published',
    send: ({ a }) => ({
      path: '/v1/articles/batch',
      json: { articles: [item(a, { ifRevision: a.revision + 7 })] },
    }),
    expect: [401, 401, 403, 412, 412, 403, 403, 412],
  },

  // Related stories and editors' curation.
  {
    route: 'POST /v1/related',
    variant: '',
    send: () => ({
      path: '/v1/related',
      json: { headline: 'Ferry tide', body: 'The ferry waited for the tide.' },
    }),
    expect: PUBLIC,
  },
  ...perStatus(
    'PUT /v1/articles/:ref/related',
    '',
    ({ a }) => ({ path: `/v1/articles/${a.slug}/related`, json: { pinned: [], excluded: [] } }),
    {
      draft: [401, 401, 403, 404, 200, 403, 403, 200],
      scheduled: [401, 401, 403, 404, 200, 403, 403, 200],
      published: [401, 401, 403, 200, 200, 403, 403, 200],
      archived: [401, 401, 403, 404, 200, 403, 403, 200],
    }
  ),
  {
    route: 'PUT /v1/articles/:ref/related',
    variant: 'pin a draft',
    status: 'published',
    send: ({ a, shared }) => ({
      path: `/v1/articles/${a.slug}/related`,
      json: { pinned: [shared.draft.slug] },
    }),
    expect: [401, 401, 403, 422, 200, 403, 403, 200],
  },

  // Extraction of posted copy: public.
  {
    route: 'POST /v1/extract',
    variant: '',
    send: () => ({
      path: '/v1/extract',
      json: { text: 'The ferry waited for the tide, the harbour master said.' },
    }),
    expect: PUBLIC,
  },

  // Keys and operations: keys:manage, and a key hands on only the scopes it holds.
  {
    route: 'GET /v1/keys',
    variant: '',
    send: () => ({ path: '/v1/keys' }),
    expect: KEYS_SCOPE(200),
  },
  {
    route: 'POST /v1/keys',
    variant: 'keys:manage',
    send: () => ({ path: '/v1/keys', json: { name: 'm', scopes: ['keys:manage'] } }),
    expect: KEYS_SCOPE(201),
  },
  {
    route: 'POST /v1/keys',
    variant: 'articles:publish',
    send: () => ({ path: '/v1/keys', json: { name: 'm', scopes: ['articles:publish'] } }),
    expect: [401, 401, 403, 403, 403, 403, 403, 201],
  },
  {
    route: 'DELETE /v1/keys/:id',
    variant: '',
    send: async () => ({ path: `/v1/keys/${(await newKey(['articles:write'])).id}` }),
    expect: KEYS_SCOPE(200),
  },
  // Webhooks: webhooks:manage (only the admin key holds it among these callers).
  {
    route: 'GET /v1/webhooks',
    variant: '',
    send: () => ({ path: '/v1/webhooks' }),
    expect: HOOKS_SCOPE(200),
  },
  {
    route: 'POST /v1/webhooks',
    variant: '',
    send: () => ({
      path: '/v1/webhooks',
      json: { url: 'https://hooks.example/in', events: ['*'] },
    }),
    expect: HOOKS_SCOPE(201),
  },
  {
    route: 'GET /v1/webhooks/:id',
    variant: '',
    send: async () => ({ path: `/v1/webhooks/${await newHook()}` }),
    expect: HOOKS_SCOPE(200),
  },
  {
    route: 'DELETE /v1/webhooks/:id',
    variant: '',
    send: async () => ({ path: `/v1/webhooks/${await newHook()}` }),
    expect: HOOKS_SCOPE(200),
  },
  {
    route: 'GET /v1/webhooks/:id/deliveries',
    variant: '',
    send: async () => ({ path: `/v1/webhooks/${await newHook()}/deliveries` }),
    expect: HOOKS_SCOPE(200),
  },
  {
    route: 'POST /v1/webhooks/:id/deliveries/:deliveryId/redeliver',
    variant: 'unknown delivery',
    send: async () => ({
      path: `/v1/webhooks/${await newHook()}/deliveries/msg_${'0'.repeat(24)}/redeliver`,
    }),
    expect: HOOKS_SCOPE(404),
  },
  {
    route: 'POST /v1/admin/reindex',
    variant: '',
    send: () => ({ path: '/v1/admin/reindex', json: { limit: 1 } }),
    expect: KEYS_SCOPE(200),
  },
  {
    route: 'POST /v1/admin/related/refresh',
    variant: '',
    send: () => ({ path: '/v1/admin/related/refresh', json: { limit: 1 } }),
    expect: KEYS_SCOPE(200),
  },

  // Pages, feeds, widgets, embeds: public, published stories only (read-drafts keys preview pages).
  { route: 'GET /', variant: '', send: () => ({ path: '/' }), expect: PUBLIC },
  ...perStatus('GET /articles/:slug', '', ({ a }) => ({ path: `/articles/${a.slug}` }), API_READ),
  {
    route: 'GET /sections/:slug',
    variant: '',
    send: () => ({ path: `/sections/${SECTION.slug}` }),
    expect: PUBLIC,
  },
  {
    route: 'GET /tags/:slug',
    variant: '',
    send: () => ({ path: `/tags/${TAG.slug}` }),
    expect: PUBLIC,
  },
  {
    route: 'GET /authors/:slug',
    variant: '',
    send: () => ({ path: `/authors/${BYLINE.slug}` }),
    expect: PUBLIC,
  },
  { route: 'GET /articles', variant: '', send: () => ({ path: '/articles' }), expect: NOBODY },
  { route: 'GET /sections', variant: '', send: () => ({ path: '/sections' }), expect: NOBODY },
  { route: 'GET /tags', variant: '', send: () => ({ path: '/tags' }), expect: NOBODY },
  { route: 'GET /authors', variant: '', send: () => ({ path: '/authors' }), expect: NOBODY },
  {
    route: 'GET /feeds/:file',
    variant: '',
    send: () => ({ path: '/feeds/latest.rss' }),
    expect: PUBLIC,
  },
  {
    route: 'GET /feeds/sections/:file',
    variant: '',
    send: () => ({ path: `/feeds/sections/${SECTION.slug}.atom` }),
    expect: PUBLIC,
  },
  {
    route: 'GET /feeds/tags/:file',
    variant: '',
    send: () => ({ path: `/feeds/tags/${TAG.slug}.json` }),
    expect: PUBLIC,
  },
  {
    route: 'GET /feeds/authors/:file',
    variant: '',
    send: () => ({ path: `/feeds/authors/${BYLINE.slug}.rss` }),
    expect: PUBLIC,
  },
  { route: 'GET /feeds.opml', variant: '', send: () => ({ path: '/feeds.opml' }), expect: PUBLIC },
  {
    route: 'GET /sitemap.xml',
    variant: '',
    send: () => ({ path: '/sitemap.xml' }),
    expect: PUBLIC,
  },
  {
    route: 'GET /sitemap-news.xml',
    variant: '',
    send: () => ({ path: '/sitemap-news.xml' }),
    expect: PUBLIC,
  },
  {
    route: 'GET /v1/widgets/latest',
    variant: '',
    send: () => ({ path: '/v1/widgets/latest' }),
    expect: PUBLIC,
  },
  ...perStatus(
    'GET /v1/widgets/articles/:slug',
    '',
    ({ a }) => ({ path: `/v1/widgets/articles/${a.slug}` }),
    {
      draft: NOBODY,
      scheduled: NOBODY,
      published: PUBLIC,
      archived: NOBODY,
    }
  ),
  ...perStatus(
    'GET /v1/widgets/related/:slug',
    '',
    ({ a }) => ({ path: `/v1/widgets/related/${a.slug}` }),
    {
      draft: NOBODY,
      scheduled: NOBODY,
      published: PUBLIC,
      archived: NOBODY,
    }
  ),
  {
    route: 'GET /embed/widget.js',
    variant: '',
    send: () => ({ path: '/embed/widget.js' }),
    expect: PUBLIC,
  },
  {
    route: 'GET /embed/:file',
    variant: '',
    send: () => ({ path: `/embed/widget.v${WIDGET_VERSION}.js` }),
    expect: PUBLIC,
  },
  ...perStatus(
    'GET /embed/articles/:slug',
    '',
    ({ a }) => ({ path: `/embed/articles/${a.slug}` }),
    {
      draft: NOBODY,
      scheduled: NOBODY,
      published: PUBLIC,
      archived: NOBODY,
    }
  ),
  { route: 'GET /embed', variant: '', send: () => ({ path: '/embed' }), expect: PUBLIC },
  ...perStatus(
    'GET /oembed',
    '',
    ({ a }) => ({ path: `/oembed?url=${encodeURIComponent(`${BASE}/articles/${a.slug}`)}` }),
    {
      draft: NOBODY,
      scheduled: NOBODY,
      published: PUBLIC,
      archived: NOBODY,
    }
  ),
  {
    route: 'OPTIONS /oembed',
    variant: '',
    send: () => ({ method: 'OPTIONS', path: '/oembed' }),
    expect: [204, 401, 204, 204, 204, 204, 204, 204],
  },
]

const tokens = new Map<Who, string | null>()

/**
 * Creates stories through the admin key: batches, then archives (archived ones start published).
 */
async function makeStories(status: Status, count: number): Promise<Story[]> {
  if (count > 100)
    return [...(await makeStories(status, 100)), ...(await makeStories(status, count - 100))]
  const items = Array.from({ length: count }, () => {
    const slug = uniqueSlug(`matrix-${status}`)
    return {
      slug,
      headline: `Ferry tide matrix ${slug}`,
      body: 'The ferry waited for the tide in the harbour.',
      section: SECTION.name,
      tags: [TAG.name],
      bylines: [BYLINE.name],
      status: status === 'archived' ? 'published' : status,
      ...(status === 'scheduled' && { publishAt: FUTURE }),
    }
  })
  const made = (
    await expectJson(await call('POST', '/v1/articles/batch', { json: { articles: items } }), 200)
  ).articles as Story[]
  if (status !== 'archived') return made
  return Promise.all(
    made.map(async (a) => {
      const res = await call('DELETE', `/v1/articles/${a.id}`, { headers: etag(a) })
      return (await expectJson(res, 200)).article as Story
    })
  )
}

/** The stored status and revision of a story, straight from D1. */
async function stored(a: Story): Promise<{ status: Status; revision: number } | null> {
  return env.DB.prepare('SELECT status, revision FROM articles WHERE id = ?1').bind(a.id).first()
}

async function send(who: Who, row: Row, req: Req): Promise<Response> {
  const method = req.method ?? row.route.split(' ')[0]!
  return call(method, req.path, {
    json: req.json,
    body: req.body,
    headers: req.headers,
    key: tokens.get(who) ?? null,
  })
}

/**
 * A 404's bytes without what differs between any two requests (the ref asked for, the request id).
 */
function normalized(text: string, ref: string): string {
  return text
    .split(ref)
    .join('<ref>')
    .replace(/"requestId":"[^"]+"/g, '')
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>')
}

const shared = {} as Record<Status, Story>
/** Fresh stories for the write rows, made up front: one batch per status instead of one per row. */
const pool = {} as Record<Status, Story[]>
const isWrite = (row: Row) => !(row.route.startsWith('GET ') || row.route.startsWith('OPTIONS '))

/** How many test files share the rows. */
export const MATRIX_PARTS = 4

/** Runs slice `part` of the table (rows i with i % MATRIX_PARTS === part). */
export function runMatrix(part: number): void {
  const rows = TABLE.filter((_, i) => i % MATRIX_PARTS === part)

  beforeAll(async () => {
    tokens.set('anonymous', null)
    tokens.set('admin', 'test-admin-key')
    for (const who of Object.keys(KEY_SCOPES) as (keyof typeof KEY_SCOPES)[]) {
      const key = await newKey(KEY_SCOPES[who])
      tokens.set(who, key.secret)
      if (who === 'revoked') await expectJson(await call('DELETE', `/v1/keys/${key.id}`), 200)
    }
    await Promise.all(
      ALL.map(async (status) => {
        const needed =
          rows.filter((row) => row.status === status && isWrite(row)).length * WHO.length
        const made = await makeStories(status, needed + 1)
        shared[status] = made.pop()!
        pool[status] = made
      })
    )
  }, 240_000)

  describe(`authorization matrix, part ${part + 1} of ${MATRIX_PARTS}`, () => {
    for (const row of rows) {
      const name = `${row.route}${row.variant ? ` (${row.variant})` : ''}${row.status ? ` on a ${row.status} story` : ''}`
      it(
        name,
        async () => {
          const write = isWrite(row)
          // Writes get a fresh story per caller, so one caller's success cannot change another's
          // answer.
          const stories = row.status
            ? write
              ? pool[row.status].splice(0, WHO.length)
              : WHO.map(() => shared[row.status!])
            : []
          const cells = await Promise.all(
            WHO.map(async (who, i) => {
              const a = stories[i] ?? shared.published
              const req = await row.send({ a, shared })
              const res = await send(who, row, req)
              const body = await res.text()
              return { who, a, req, status: res.status, body }
            })
          )
          const got = cells.map((cell) => cell.status)
          const detail = cells
            .filter((cell, i) => cell.status !== row.expect[i])
            .map((cell) => `${cell.who}: ${cell.status} ${cell.body.slice(0, 300)}`)
          expect(got, detail.join('\n')).toEqual(row.expect)

          await Promise.all(
            cells.map(async (cell) => {
              if (cell.status < 400) return
              // Integrity: a refused request changed nothing.
              if (row.status && write)
                expect(await stored(cell.a), `${cell.who} changed ${cell.a.slug}`).toEqual({
                  status: cell.a.status,
                  revision: cell.a.revision,
                })
              if (cell.req.creates)
                expect(
                  await env.DB.prepare('SELECT 1 FROM articles WHERE slug = ?1')
                    .bind(cell.req.creates)
                    .first()
                ).toBeNull()
              // A hidden story reads exactly like a missing one.
              if (cell.status === 404 && row.status && row.route.includes('/v1/articles/')) {
                const missing: Story = {
                  ...cell.a,
                  id: `art_${uniqueSlug('none').replace(/-/g, '')}`,
                  slug: uniqueSlug('no-such-story'),
                }
                const res = await send(cell.who, row, await row.send({ a: missing, shared }))
                const text = await res.text()
                expect(res.status, text).toBe(404)
                expect(normalized(text, missing.slug), `${cell.who}: hidden vs missing`).toBe(
                  normalized(cell.body, cell.a.slug)
                )
              }
            })
          )
        },
        60_000
      )
    }
  })
}

/**
 * The check that makes a new route join the table: the app's routes and the table's are the same.
 */
export function checkRouteCoverage(): void {
  it('lists every route the app serves, and no route it does not', () => {
    const served = new Set(
      createApp()
        .routes.filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'))
        .map((r) => `${r.method} ${r.path}`)
    )
    const listed = new Set(TABLE.map((row) => row.route))
    expect(
      [...served].filter((r) => !listed.has(r)),
      'routes missing from the matrix'
    ).toEqual([])
    expect(
      [...listed].filter((r) => !served.has(r)),
      'matrix rows for routes the app does not serve'
    ).toEqual([])
    for (const row of TABLE)
      expect(row.expect, `${row.route} ${row.variant}`).toHaveLength(WHO.length)
    console.log(
      `auth matrix: ${listed.size} routes, ${TABLE.length} rows × ${WHO.length} callers = ${TABLE.length * WHO.length} cells`
    )
  })
}
