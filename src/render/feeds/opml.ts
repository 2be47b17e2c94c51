/**
 * @module OPML 2.0 subscription list of every feed: latest, then each section, tag and author.
 */
import { attributes, element, XML_DECLARATION } from './xml'

export interface OpmlFeed {
  title: string
  /** The RSS feed (OPML's `type="rss"` covers any syndication format). */
  xmlUrl: string
  htmlUrl: string
}

export interface OpmlGroup {
  title: string
  feeds: OpmlFeed[]
}

export interface OpmlModel {
  title: string
  /** ISO time of the newest change the list reflects. */
  updated: string
  docsUrl: string
  latest: OpmlFeed
  groups: OpmlGroup[]
}

function outline(feed: OpmlFeed): string {
  return `<outline${attributes({ type: 'rss', text: feed.title, title: feed.title, xmlUrl: feed.xmlUrl, htmlUrl: feed.htmlUrl })}/>`
}

/**
 * Renders an OPML 2.0 document; empty groups are left out.
 *
 * @example
 * renderOpml({ title: 'Feeds', updated, docsUrl, latest, groups: [] })
 */
export function renderOpml(model: OpmlModel): string {
  const groups = model.groups
    .filter((g) => g.feeds.length > 0)
    .map(
      (g) =>
        `<outline${attributes({ text: g.title, title: g.title })}>\n${g.feeds.map(outline).join('\n')}\n</outline>`
    )
  return [
    XML_DECLARATION,
    '<opml version="2.0">\n<head>',
    element('title', model.title),
    element('dateModified', new Date(model.updated).toUTCString()),
    element('docs', model.docsUrl),
    '</head>\n<body>\n',
    [outline(model.latest), ...groups].join('\n'),
    '\n</body>\n</opml>\n',
  ].join('')
}
