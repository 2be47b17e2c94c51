/**
 * @module The page shell every public page shares: head (title, description, canonical, feed links,
 * any extra meta), a site header with a skip link, the main content and a footer.
 */
import type { Child } from 'hono/jsx'
import { languageDirection } from '../../domain/scripts'
import type { SiteInfo } from '../jsonld'
import { PAGE_STYLE } from './style'

/** A feed a page advertises with `<link rel="alternate">`. */
export interface FeedLink {
  type: string
  title: string
  href: string
}

const FEED_FORMATS = [
  { ext: 'rss', type: 'application/rss+xml', label: 'RSS' },
  { ext: 'atom', type: 'application/atom+xml', label: 'Atom' },
  { ext: 'json', type: 'application/feed+json', label: 'JSON Feed' },
] as const

/** A scope a feed can be narrowed to: a section, tag or author. */
export interface FeedScope {
  kind: 'sections' | 'tags' | 'authors'
  slug: string
  name: string
}

/**
 * Autodiscovery links for the site-wide feeds, and for a scope's feeds when given
 * (`/feeds/latest.rss`, `/feeds/sections/world.atom`, …).
 */
export function feedLinks(site: SiteInfo, scope?: FeedScope): FeedLink[] {
  const links: FeedLink[] = FEED_FORMATS.map((f) => ({
    type: f.type,
    title: `${site.name}: latest (${f.label})`,
    href: `${site.origin}/feeds/latest.${f.ext}`,
  }))
  if (scope) {
    for (const f of FEED_FORMATS) {
      links.push({
        type: f.type,
        title: `${site.name}: ${scope.name} (${f.label})`,
        href: `${site.origin}/feeds/${scope.kind}/${encodeURIComponent(scope.slug)}.${f.ext}`,
      })
    }
  }
  return links
}

export interface LayoutProps {
  site: SiteInfo
  title: string
  description?: string | null
  canonical?: string
  language?: string
  feeds: FeedLink[]
  /** Extra elements for the head (OpenGraph, JSON-LD, …). */
  head?: Child
  /** When true, asks crawlers not to index the page (previews, 404s). */
  noindex?: boolean
  children?: Child
}

/** The shared page shell. */
export function Layout(props: LayoutProps) {
  return (
    <html
      lang={props.language ?? 'en'}
      dir={languageDirection(props.language ?? 'en') === 'rtl' ? 'rtl' : undefined}
    >
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.canonical ? <link rel="canonical" href={props.canonical} /> : null}
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        {props.feeds.map((f) => (
          <link rel="alternate" type={f.type} title={f.title} href={f.href} />
        ))}
        {props.head}
        <style dangerouslySetInnerHTML={{ __html: PAGE_STYLE }} />
      </head>
      <body>
        <a class="skip" href="#content">
          Skip to content
        </a>
        <header class="site">
          <a href={`${props.site.origin}/`}>{props.site.name}</a>
        </header>
        <main id="content">{props.children}</main>
        <footer class="site">
          <p>
            {props.site.name} · <a href={`${props.site.origin}/feeds/latest.rss`}>RSS</a> ·{' '}
            <a href={`${props.site.origin}/feeds/latest.atom`}>Atom</a> ·{' '}
            <a href={`${props.site.origin}/feeds/latest.json`}>JSON Feed</a>
          </p>
        </footer>
      </body>
    </html>
  )
}

/** Serialises a page element to a complete HTML document. */
export async function toDocument(page: { toString(): string | Promise<string> }): Promise<string> {
  // hono/jsx elements serialise synchronously unless a component is async; await covers both.
  return `<!doctype html>${await page.toString()}`
}
