/**
 * @module /ping, /healthz, /openapi.json, /docs, and the /problems pages that problem types name.
 */
import { Hono } from 'hono'
import { ApiError, PROBLEM_STATUS, type ProblemCode } from '../../domain/errors'
import type { AppEnv } from '../../env'
import { ApiDocs, docsPolicy, type OpenApiDoc } from '../../render/docs'
import { buildOpenApi } from '../../render/openapi'
import { renderProblemIndex, renderProblemPage } from '../../render/pages/problem-page'
import { problemResponse } from '../../render/problem'
import { databaseHealth } from '../../services/health'
import { publicOrigin, siteOf } from '../http/deps'
import { OPERATIONS } from '../contract/operations'
import { defineRoute } from '../contract/define-route'
import { DOCS, FAVICON, HEALTHZ, OPENAPI, PING, PROBLEM, PROBLEMS } from './spec'

export const system = new Hono<AppEnv>()

// A route that does nothing: the baseline the benchmarks compare every other route against.
defineRoute(system, PING, (c) => {
  c.header('cache-control', 'no-store')
  return c.text('pong')
})

// Browsers ask every origin for a favicon; answer without a body instead of logging a 404 on
// partner pages.
defineRoute(system, FAVICON, (c) => {
  c.header('cache-control', 'public, max-age=86400')
  return c.body(null, 204)
})

// Reports the schema too: a Worker whose migrations were never applied answers every data route
// with a 503, and says so here instead of "ok". `instance` echoes EDGEWIRE_INSTANCE (set by
// `npm start`), so a launcher can tell its own Worker from whatever else holds the port.
defineRoute(system, HEALTHZ, async (c) => {
  const health = await databaseHealth(c.var.db)
  if (!health.ok) return problemResponse('unavailable', health.detail, c.var.requestId)
  c.header('cache-control', 'no-store')
  const instance = c.env.EDGEWIRE_INSTANCE ? { instance: c.env.EDGEWIRE_INSTANCE } : {}
  const time = new Date().toISOString()
  return c.json({ status: 'ok', time, schema: health.schema, ...instance })
})

defineRoute(system, OPENAPI, (c) => {
  c.header('cache-control', 'public, max-age=300')
  c.header('access-control-allow-origin', '*')
  return c.json(buildOpenApi(OPERATIONS, publicOrigin(c)))
})

defineRoute(system, DOCS, async (c) => {
  const origin = publicOrigin(c)
  c.header('cache-control', 'public, max-age=300')
  c.header('content-security-policy', await docsPolicy(origin))
  c.header('x-content-type-options', 'nosniff')
  const doc = buildOpenApi(OPERATIONS, origin) as unknown as OpenApiDoc
  return c.html(ApiDocs({ doc, siteName: siteOf(c).name }))
})

/** The code a problem type path names (`payload-too-large` → `payload_too_large`), or null. */
function problemCodeOf(type: string): ProblemCode | null {
  const code = type.replace(/-/g, '_')
  return Object.hasOwn(PROBLEM_STATUS, code) ? (code as ProblemCode) : null
}

// Every problem's `type` is a path here, so a developer who follows it reads what the code means.
defineRoute(system, PROBLEMS, async (c) => {
  c.header('cache-control', 'public, max-age=3600')
  return c.html(await renderProblemIndex(siteOf(c)))
})

defineRoute(system, PROBLEM, async (c) => {
  const code = problemCodeOf(c.req.param('type') ?? '')
  if (!code)
    throw new ApiError('not_found', 'No problem type by that name; GET /problems lists them all.')
  c.header('cache-control', 'public, max-age=3600')
  return c.html(await renderProblemPage(code, siteOf(c)))
})
