/**
 * @module JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
 */
import type { FeedItem, FeedModel } from './model'
import { cleanText } from './xml'

function renderItem(item: FeedItem): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: item.id,
    url: item.url,
    title: item.title,
    summary: item.summary,
  }
  // JSON Feed requires content_html or content_text: the summary stands in for summary-only feeds
  if (item.contentHtml !== null) out.content_html = cleanText(item.contentHtml)
  else out.content_text = item.summary
  if (item.image) out.image = item.image.url
  out.date_published = item.published
  out.date_modified = item.updated
  if (item.authors.length) {
    out.authors = item.authors
    // JSON Feed 1.0 readers know only the singular (deprecated in 1.1, which allows sending both)
    out.author = item.authors[0]
  }
  if (item.categories.length) out.tags = item.categories.map((c) => c.label)
  out.language = item.language
  return out
}

/**
 * Renders a JSON Feed 1.1 document. Every string is cleaned of control characters and lone
 * surrogates (in the model, or here for the content), so any JSON parser reads it back intact.
 *
 * @example
 * JSON.parse(renderJsonFeed(model)).version // 'https://jsonfeed.org/version/1.1'
 */
export function renderJsonFeed(feed: FeedModel): string {
  const doc: Record<string, unknown> = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrl,
    description: feed.description,
    language: feed.language,
    authors: [{ name: feed.siteName, url: feed.homeUrl }],
    author: { name: feed.siteName, url: feed.homeUrl },
  }
  if (feed.nextUrl) doc.next_url = feed.nextUrl
  if (feed.hubUrl) doc.hubs = [{ type: 'WebSub', url: feed.hubUrl }]
  doc.items = feed.items.map(renderItem)
  return JSON.stringify(doc)
}
