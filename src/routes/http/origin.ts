/**
 * @module The public origin of a request: configured (`PUBLIC_BASE_URL`), or the request's own.
 */

/** The public origin: configured, or the request's own (no trailing slash). */
export function publicOrigin(c: {
  env: { PUBLIC_BASE_URL?: string }
  req: { url: string }
}): string {
  return (c.env.PUBLIC_BASE_URL || new URL(c.req.url).origin).replace(/\/+$/, '')
}
