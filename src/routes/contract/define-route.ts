/**
 * @module `defineRoute`: registers an operation's method and path on a router, checks its scope and
 * validates its query and JSON body with the operation's own schemas before the handler runs, so
 * the route, its validation and /openapi.json all come from the one declaration.
 */
import type { Context, Hono, Next } from 'hono'
import type * as v from 'valibot'
import type { AppEnv } from '../../env'
import { requireScope } from '../../domain/authorization'
import { parseWith, readJson, readQuery } from '../http/validate'
import { findOperation, type Operation } from './operation'

type Output<S> = S extends v.GenericSchema ? v.InferOutput<S> : undefined
type QuerySchema = v.GenericSchema & { entries: Record<string, unknown> }

/** What a handler receives besides the context: the validated query and body. */
export interface RouteInput<Q, B> {
  /** The validated query (undefined with `lateQuery`: call `readQuery` instead). */
  query: Output<Q>
  /** Reads and validates the query, for handlers that answer a bad path (404) first. */
  readQuery: () => Output<Q>
  /** The validated body (undefined with `lateBody` or `bodyTypes`: call `readBody` instead). */
  body: Output<B>
  /**
   * Reads the JSON body and validates it against the operation's `body` (once), for handlers that
   * look the target up first or also take the `bodyTypes` media types.
   */
  readBody: () => Promise<Output<B>>
}

/** Where the router is mounted (`/v1/articles`), and the query parameters that may repeat. */
export interface RouteOptions {
  mount?: string
  repeatable?: readonly string[]
  /**
   * Validate the query without refusing unknown or repeated parameters (one value each), for
   * routes that took them before the strict check existed.
   */
  lenientQuery?: boolean
  /**
   * Leave the body to the handler's `readBody()`, so a missing target (404) or a stale `If-Match`
   * (412) answers before an invalid body (400), as the routes did before defineRoute.
   */
  lateBody?: boolean
  /**
   * Leave the query to the handler's `readQuery()`, so what it checks first (a malformed feed
   * name: 404; a missing search text) answers before an invalid parameter (400), as before.
   */
  lateQuery?: boolean
  /**
   * The router path, when one serves several operations whose templates a router path cannot
   * spell (`/feeds/:file` serves `/feeds/latest.{format}` and `/feeds/search.{format}`). The
   * operation answers only requests whose path fits its own template; any other request goes on
   * to the next handler registered on that path.
   */
  path?: string
}

/** The Hono path of an operation path under a mount point: `/v1/articles/{ref}` → `/:ref`. */
export function routerPath(path: string, mount = ''): string {
  if (!path.startsWith(mount)) throw new Error(`${path} is not under ${mount}`)
  return path.slice(mount.length).replace(/\{(\w+)\}/g, ':$1') || '/'
}

/** The query checked against `schema`: strictly (unknown or repeated names are a 400) by default. */
function queryOf(c: Context<AppEnv>, schema: QuerySchema, options: RouteOptions) {
  if (options.lenientQuery) return parseWith(schema, c.req.query(), 'query')
  return readQuery(c, schema, options.repeatable)
}

/** The JSON body checked against `schema`; when `optional`, an empty body is checked as `{}`. */
async function readBody(c: Context<AppEnv>, schema: v.GenericSchema, optional = false) {
  if (optional && (await c.req.arrayBuffer()).byteLength === 0) return parseWith(schema, {}, 'body')
  return readJson(c, schema)
}

/** Every operation registered through {@link defineRoute} (the contract tests compare it). */
export const DEFINED_OPERATIONS = new Set<Operation>()

/**
 * Registers `op` on `router`. The handler runs after the scope check (401/403), the query check
 * (unknown, repeated or invalid parameters: 400) and, for JSON bodies, the body check (415/400);
 * `lateQuery` and `lateBody` leave those checks to the handler, `path` shares a router path. An
 * operation with `bodyTypes` leaves the body to the handler: `readBody()` checks a JSON one.
 *
 * @example
 * export const PING = { method: 'get', path: '/ping', ... } satisfies Operation
 * defineRoute(system, PING, (c) => c.text('pong'))
 */
export function defineRoute<
  Q extends v.GenericSchema | undefined,
  B extends v.GenericSchema | undefined,
>(
  router: Hono<AppEnv>,
  op: Operation & { query?: Q; body?: B },
  handler: (c: Context<AppEnv>, input: RouteInput<Q, B>) => Response | Promise<Response>,
  options: RouteOptions = {}
): void {
  DEFINED_OPERATIONS.add(op)
  const path = options.path ?? routerPath(op.path, options.mount)
  const shared = options.path !== undefined
  router.on(op.method.toUpperCase(), path, async function declaredRoute(c, next: Next) {
    if (shared && findOperation([op], c.req.method, c.req.path) !== op) return next()
    if (op.scope) requireScope(c.var.principal, op.scope)
    const validateQuery = () =>
      op.query ? queryOf(c, op.query as QuerySchema, options) : undefined
    const query = options.lateQuery ? undefined : validateQuery()
    let read: Promise<unknown> | undefined
    const readOnce = () =>
      (read ??= op.body ? readBody(c, op.body, op.bodyOptional) : Promise.resolve())
    // With `bodyTypes` the handler reads its text bodies itself, and a JSON one with `readBody`.
    const late = options.lateBody || op.bodyTypes !== undefined
    const body = late ? undefined : await readOnce()
    const input = { query, body, readBody: readOnce, readQuery: validateQuery }
    return handler(c, input as RouteInput<Q, B>)
  })
}
