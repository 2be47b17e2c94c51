/**
 * @module The declaration of one API operation, and the responses it implies: the one source the
 * router checks, /openapi.json publishes, /docs renders and the tests hold every response to.
 */
import * as v from 'valibot'
import { PROBLEM_TITLE, PROBLEM_STATUS } from '../../domain/errors'
import type { Scope } from '../../domain/scopes'
import { ProblemSchema, TextSchema } from './schemas'

/** Request headers an operation can take, each documented once in the OpenAPI components. */
export type RequestHeader = 'if-match' | 'if-none-match' | 'if-modified-since' | 'idempotency-key'

/** One response of an operation: what it means, its body schema and media type, its headers. */
export interface ResponseSpec {
  description: string
  /** The body; left out for bodiless answers (204, 302, 304). */
  schema?: v.GenericSchema
  /** The media type (default: the operation's `produces`, else JSON; problem+json for errors). */
  type?: string
  /** Other media types the same answer may take (a feed's format, a browser's HTML error page). */
  alternates?: string[]
  /** Body schemas of JSON alternates (a JSON Feed beside the XML feeds). */
  alternateSchemas?: Record<string, v.GenericSchema>
  /** Response header names worth knowing (`ETag`, `Location`, `Link`). */
  headers?: string[]
}

/**
 * One operation. `responses` values may still be plain strings (the older format): a string is
 * a description with no declared body, which the contract test reports until a schema is added.
 */
export interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete'
  path: string
  summary: string
  tag: string
  description?: string
  scope?: Scope
  query?: v.GenericSchema
  body?: v.GenericSchema
  /** The JSON body may be left out: an empty body is validated as `{}` (so its defaults apply). */
  bodyOptional?: boolean
  /** Non-JSON request media types the operation takes. */
  bodyTypes?: string[]
  /** Response media type (JSON by default). */
  produces?: string
  /** Request headers it reads, beyond `Authorization` (implied by `scope`). */
  headers?: RequestHeader[]
  /** Limited per client on its own (beyond the limit every anonymous write has). */
  rateLimited?: boolean
  responses: Record<string, string | ResponseSpec>
  /** A curl example; `{origin}` is replaced by the origin of the request reading the docs. */
  example?: string
}

/** The placeholder examples use for the server's origin. */
export const ORIGIN = '{origin}'

const RATE_HEADERS = [
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Policy',
  'RateLimit-Remaining',
  'RateLimit-Reset',
]
// Operations that read no storage: they cannot answer 503 for a missing or unreachable database.
const STATELESS = new Set([
  '/ping',
  '/favicon.ico',
  '/openapi.json',
  '/docs',
  '/problems',
  '/problems/{type}',
  '/embed/widget.js',
  '/embed/widget.v{hash}.js',
])

function problem(description: string): ResponseSpec {
  return { description, schema: ProblemSchema, type: 'application/problem+json' }
}

/** The default description of an error status: the titles of the codes that carry it. */
function problemTitles(status: number): string {
  const titles = Object.entries(PROBLEM_STATUS)
    .filter(([, s]) => s === status)
    .map(([code]) => PROBLEM_TITLE[code as keyof typeof PROBLEM_TITLE])
  return titles.join('; ') || 'Error'
}

/** True when anonymous callers are rate-limited on this operation (every write under /v1). */
function anonymousLimited(op: Operation): boolean {
  return op.method !== 'get' && op.path.startsWith('/v1/')
}

/**
 * The request headers an operation takes, declared and implied: every keyed POST under /v1 except
 * the rate-limited read-only ones honours `Idempotency-Key` (the middleware applies to all of them).
 */
export function requestHeadersOf(op: Operation): RequestHeader[] {
  const headers = [...(op.headers ?? [])]
  const idempotent = op.method === 'post' && op.path.startsWith('/v1/') && !op.rateLimited
  if (idempotent && !headers.includes('idempotency-key')) headers.push('idempotency-key')
  return headers
}

/**
 * Every response of an operation, declared and implied: a key means 401 and 403, a JSON body 400
 * and 415, a write under /v1 413 and 429, a stored answer 503. Strings become descriptions; errors
 * get the problem schema; text media types get a string body.
 */
export function responsesOf(op: Operation): Record<string, ResponseSpec> {
  const out: Record<string, ResponseSpec> = {}
  for (const [status, given] of Object.entries(op.responses)) {
    const spec = typeof given === 'string' ? { description: given } : { ...given }
    if (Number(status) >= 400) {
      const { headers, alternates } = spec
      // An error with a body of its own media type (the embed card's "not available" page)
      if (spec.type && spec.type !== 'application/problem+json') {
        out[status] = { ...spec, schema: spec.schema ?? TextSchema }
        continue
      }
      out[status] = { ...problem(spec.description), headers, alternates }
      continue
    }
    const type = spec.type ?? op.produces ?? 'application/json'
    if (!spec.schema && type !== 'application/json' && ![204, 302, 304].includes(Number(status))) {
      spec.schema = TextSchema
    }
    out[status] = { ...spec, type }
  }
  const imply = (status: number, description: string, headers?: string[]) => {
    out[status] ??= { ...problem(description), headers }
  }
  // Any route refuses an unknown or revoked key (a caller without a key is anonymous).
  if (op.scope) {
    imply(401, 'No key, or an unknown or revoked one')
    imply(403, `The key lacks the \`${op.scope}\` scope`)
  } else imply(401, 'An unknown or revoked key was sent (send none to read anonymously)')
  if (op.body || op.bodyTypes) {
    imply(400, 'Invalid body: `errors` names each field')
    imply(415, `Send ${op.body ? 'application/json' : ''}${(op.bodyTypes ?? []).join(' or ')}`)
  }
  if (op.query) imply(400, 'Invalid query: `errors` names each parameter')
  if (anonymousLimited(op)) imply(413, 'Body over the size limit')
  if (op.rateLimited || anonymousLimited(op)) {
    imply(429, 'Rate limited: wait `Retry-After` seconds', RATE_HEADERS)
    out[429] = { ...out[429]!, headers: RATE_HEADERS }
  }
  const headers = requestHeadersOf(op)
  if (headers.includes('idempotency-key')) {
    imply(400, 'Invalid `Idempotency-Key` (1 to 255 visible ASCII characters)')
    imply(409, problemTitles(409))
    imply(422, 'Idempotency key reused with a different request')
  }
  if (headers.includes('if-none-match')) out[304] ??= { description: 'Not modified' }
  if (!STATELESS.has(op.path)) imply(503, 'The database is unreachable or not migrated')
  // Pages answer browsers with an HTML error page, and API clients with the problem document.
  if (op.produces === 'text/html') {
    for (const [status, spec] of Object.entries(out)) {
      if (Number(status) < 400 || spec.type === 'text/html') continue
      spec.alternates = [...new Set([...(spec.alternates ?? []), 'text/html'])]
    }
  }
  return out
}

const patterns = new Map<string, RegExp>()

/** A path template as a regular expression (`/v1/articles/{ref}` matches `/v1/articles/x`). */
function templatePattern(path: string): RegExp {
  let pattern = patterns.get(path)
  if (!pattern) {
    const source = path.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    pattern = new RegExp(`^${source.join('[^/]+')}$`)
    patterns.set(path, pattern)
  }
  return pattern
}

/**
 * The operation a request reaches, or undefined: literal paths win over templates
 * (`/v1/articles/batch` before `/v1/articles/{ref}`).
 */
export function findOperation(
  operations: readonly Operation[],
  method: string,
  pathname: string
): Operation | undefined {
  const verb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase()
  const matches = operations.filter(
    (op) => op.method === verb && templatePattern(op.path).test(pathname)
  )
  const params = (op: Operation) => (op.path.match(/\{/g) ?? []).length
  return matches.sort((a, b) => params(a) - params(b))[0]
}
