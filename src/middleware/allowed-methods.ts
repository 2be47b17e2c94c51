/**
 * @module The methods a path answers, from the app's own routes: what a 405 puts in `Allow`.
 */

/** A route as Hono lists it in `app.routes`. */
export interface RouteEntry {
  method: string
  path: string
}

/** `/v1/articles/:ref` → a RegExp matching one concrete path. */
function pathPattern(path: string): RegExp {
  const source = path
    .split(/(:\w+(?:\{[^}]*\})?)/)
    .map((part, i) => (i % 2 ? '[^/]+' : part.replace(/[.+?^$()|[\]\\{}*]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`)
}

/**
 * Builds a lookup from a concrete path to the methods its routes answer (with `HEAD` beside `GET`),
 * empty for a path no route serves. Middleware (`ALL`), CORS `OPTIONS` handlers and wildcard routes
 * (catch-all 404 pages) are left out, so an unknown path stays a 404.
 *
 * @example
 * const allowed = allowedMethods(app.routes)
 * allowed('/v1/articles') // ['GET', 'HEAD', 'POST']
 */
export function allowedMethods(routes: readonly RouteEntry[]): (path: string) => string[] {
  let compiled: { method: string; re: RegExp }[] | null = null
  return function methodsFor(path) {
    // Compiled on first use: routes are all mounted by then.
    compiled ??= routes
      .filter((r) => !['ALL', 'OPTIONS'].includes(r.method) && !r.path.includes('*'))
      .map((r) => ({ method: r.method, re: pathPattern(r.path) }))
    const methods = new Set(compiled.filter((r) => r.re.test(path)).map((r) => r.method))
    if (methods.has('GET')) methods.add('HEAD')
    return [...methods].sort()
  }
}
