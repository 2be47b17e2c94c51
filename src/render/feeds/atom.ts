/**
 * @module Atom 1.0 (RFC 4287) with RFC 5005 paging links and a WebSub hub link.
 */
import type { FeedItem, FeedModel } from './model'
import { attributes, element, escapeXml, feedDocument, XML_DECLARATION } from './xml'

function link(rel: string, href: string | null, type?: string | null): string {
  return href ? `<link${attributes({ rel, type, href })}/>` : ''
}

function renderEntry(item: FeedItem): string {
  const parts = [
    `<entry${attributes({ 'xml:lang': item.language })}>`,
    element('id', item.id),
    element('title', item.title, ' type="text"'),
    link('alternate', item.url, 'text/html'),
    element('published', item.published),
    element('updated', item.updated),
  ]
  for (const author of item.authors)
    parts.push(`<author>${element('name', author.name)}${element('uri', author.url)}</author>`)
  for (const cat of item.categories)
    parts.push(`<category${attributes({ term: cat.term, label: cat.label, scheme: cat.scheme })}/>`)
  // Readers that render every summary as HTML exist: escaped as HTML first, the text stays text for
  // them and for readers that follow type="html" (the same as RSS's description).
  parts.push(element('summary', escapeXml(item.summary), ' type="html"'))
  if (item.contentHtml !== null)
    parts.push(`<content type="html">${escapeXml(item.contentHtml)}</content>`)
  if (item.image)
    parts.push(
      `<link${attributes({ rel: 'enclosure', type: item.image.type, href: item.image.url, title: item.image.caption })}/>`
    )
  parts.push('</entry>')
  return parts.join('')
}

/**
 * Renders an Atom 1.0 feed. The feed-level author is the site, so entries without a byline stay
 * valid.
 *
 * @example
 * const xml = renderAtomFeed(model) // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" …'
 */
export function renderAtomFeed(feed: FeedModel): string {
  const head = [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom"${attributes({ 'xml:lang': feed.language })}>`,
    element('id', feed.id),
    element('title', feed.title, ' type="text"'),
    element('subtitle', feed.description, ' type="text"'),
    element('updated', feed.updated),
    `<author>${element('name', feed.siteName)}${element('uri', feed.homeUrl)}</author>`,
    element('generator', 'Edgewire'),
    link('self', feed.selfUrl, 'application/atom+xml'),
    link('alternate', feed.homeUrl, 'text/html'),
    link('first', feed.firstUrl, 'application/atom+xml'),
    link('next', feed.nextUrl, 'application/atom+xml'),
    link('hub', feed.hubUrl),
    '\n',
  ]
  return feedDocument(head, feed.items, renderEntry, '</feed>\n')
}
