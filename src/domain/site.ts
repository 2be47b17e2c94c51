/**
 * @module The public site: its origin and name, the name's default, and the public URL of an
 * article page. Every layer that writes an absolute link (render, services, routes) takes it here.
 */

/** Where the site lives and what it is called: every absolute URL in a page comes from here. */
export interface Site {
  /** Public origin without a trailing slash, e.g. `https://news.example`. */
  origin: string
  name: string
}

/** The site name when `SITE_NAME` is not configured. */
export const DEFAULT_SITE_NAME = 'Edgewire'

/**
 * The configured site name, or the default when it is unset or empty.
 *
 * @example
 * siteNameOf(undefined) // 'Edgewire'
 */
export function siteNameOf(configured: string | undefined): string {
  return configured || DEFAULT_SITE_NAME
}

/**
 * The public URL of an article page.
 *
 * @example
 * articleUrl('https://news.example', 'harbour-bridge') // 'https://news.example/articles/harbour-bridge'
 */
export function articleUrl(origin: string, slug: string): string {
  return `${origin}/articles/${encodeURIComponent(slug)}`
}
