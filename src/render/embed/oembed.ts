/**
 * @module oEmbed responses (https://oembed.com §2.3): the `rich` document for an article, as JSON
 * or as XML. The embed HTML is the iframe card plus `widget.js`, which sizes the iframe to the
 * card.
 */
import { escapeHtml } from '../../domain/html'
import type { EmbedSize } from '../../domain/oembed'
import type { WidgetItem } from '../../domain/widget'
import type { SiteInfo } from '../jsonld'

/** The oEmbed response members, in the order the spec lists them. */
export interface OEmbedDocument {
  type: 'rich'
  version: '1.0'
  title: string
  author_name?: string
  author_url?: string
  provider_name: string
  provider_url: string
  cache_age: number
  thumbnail_url?: string
  thumbnail_width?: number
  thumbnail_height?: number
  html: string
  width: number
  height: number
}

/** How long consumers may keep an embed before asking again, in seconds. */
export const OEMBED_CACHE_AGE = 3600

/**
 * The oEmbed document of a story.
 *
 * @example
 * oembedDocument(item, [{ slug: 'ada-quill', name: 'Ada Quill' }], embedSize(true), site, 'https://news.example/embed/widget.v1a2b3c4d.js')
 */
export function oembedDocument(
  item: WidgetItem,
  authors: readonly { slug: string; name: string }[],
  size: EmbedSize,
  site: SiteInfo,
  widgetUrl: string
): OEmbedDocument {
  const card = `${site.origin}/embed/articles/${item.slug}`
  const html =
    `<iframe src="${escapeHtml(card)}" width="${size.width}" height="${size.height}" title="${escapeHtml(item.headline)}" loading="lazy" frameborder="0"></iframe>` +
    `<script async src="${escapeHtml(widgetUrl)}"></script>`
  const doc: OEmbedDocument = {
    type: 'rich',
    version: '1.0',
    title: item.headline,
    provider_name: site.name,
    provider_url: `${site.origin}/`,
    cache_age: OEMBED_CACHE_AGE,
    html,
    width: size.width,
    height: size.height,
  }
  if (authors.length) {
    doc.author_name = authors.map((a) => a.name).join(', ')
    doc.author_url = `${site.origin}/authors/${encodeURIComponent(authors[0]!.slug)}`
  }
  if (item.image && size.thumbnail) {
    doc.thumbnail_url = item.image.url
    doc.thumbnail_width = size.thumbnail.width
    doc.thumbnail_height = size.thumbnail.height
  }
  return doc
}

// Characters XML 1.0 does not allow at all: C0 controls but tab, LF and CR; lone surrogates;
// U+FFFE/F.
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Escapes text for XML content, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(XML_INVALID, ''))
}

/** The document as oEmbed XML: `<oembed>` with one element per member, every value escaped. */
export function oembedXml(doc: OEmbedDocument): string {
  const members = Object.entries(doc)
    .map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`)
    .join('')
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>${members}</oembed>\n`
}
