/**
 * @module Sanitizing stored HTML to an allowlist, and deriving plain text from it.
 * Uses the runtime's HTMLRewriter (lol-html): a real, streaming HTML parser with no bundle cost.
 */

const ALLOWED_TAGS = new Set([
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite', 'ul', 'ol', 'li',
  'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'code', 'pre',
  'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
  'span', 'div', 'time', 'dl', 'dt', 'dd',
])
/** Elements dropped together with everything inside them. */
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'frame',
  'frameset', 'applet', 'base', 'link', 'meta', 'title', 'head', 'form', 'textarea', 'select',
  'button', 'input',
])
const ALLOWED_ATTRS: Record<string, readonly string[]> = {
  a: ['href', 'title', 'rel'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  time: ['datetime'],
  abbr: ['title'],
  blockquote: ['cite'],
  q: ['cite'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
}
const URL_ATTRS = new Set(['href', 'src', 'cite'])
const BLOCK_TAGS = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre',
  'figure', 'figcaption', 'table', 'tr', 'div', 'dl', 'dt', 'dd', 'section', 'article', 'header',
  'footer', 'aside', 'main', 'caption',
])

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '\u2014',
  ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c',
  rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  euro: '\u20ac', pound: '\u00a3', middot: '\u00b7', bull: '\u2022', colon: ':', tab: '\t',
  newline: '\n', lpar: '(', rpar: ')', sol: '/', period: '.', comma: ',',
}

/**
 * Decodes HTML character references (numeric, and the common named ones).
 *
 * @example
 * decodeEntities('Fish &amp; chips &#8212; &#x41;') // 'Fish & chips — A'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
      return String.fromCodePoint(code)
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? m
  })
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

/**
 * True when a URL attribute value is safe to keep: relative, or http(s)/mailto/tel.
 * Entities and control characters are removed first, as a browser would, so `jav&#x09;ascript:` is caught.
 */
export function isSafeUrl(raw: string): boolean {
  // eslint-disable-next-line no-control-regex
  const value = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)
  if (!scheme) return true
  return ['http', 'https', 'mailto', 'tel'].includes(scheme[1] as string)
}

/**
 * Sanitizes HTML to the allowlist above: disallowed elements are unwrapped (or dropped with their
 * content when they are scripts, styles, embeds or forms), attributes outside the allowlist and unsafe
 * URLs are removed, comments are removed, and links get `rel="noopener nofollow ugc"`.
 *
 * @example
 * await sanitizeHtml('<p onclick="x()">Hi<script>alert(1)</script></p>') // '<p>Hi</p>'
 */
export async function sanitizeHtml(html: string): Promise<string> {
  const rewriter = new HTMLRewriter()
    .on('*', {
      element(el) {
        const tag = el.tagName.toLowerCase()
        if (DROPPED_WITH_CONTENT.has(tag)) {
          el.remove()
          return
        }
        if (!ALLOWED_TAGS.has(tag)) {
          // h1 belongs to the page, not the body: keep its text as a subheading
          if (tag === 'h1') el.tagName = 'h2'
          else {
            el.removeAndKeepContent()
            return
          }
        }
        const allowed = ALLOWED_ATTRS[tag] ?? []
        const names = [...el.attributes].map((pair) => pair[0] as string)
        for (const name of names) {
          const value = el.getAttribute(name) ?? ''
          if (!allowed.includes(name) || (URL_ATTRS.has(name) && !isSafeUrl(value))) el.removeAttribute(name)
        }
        if (tag === 'a' && el.hasAttribute('href')) el.setAttribute('rel', 'noopener nofollow ugc')
        if (tag === 'img' && !el.hasAttribute('src')) el.remove()
      },
      comments(comment) {
        comment.remove()
      },
    })
    .onDocument({
      comments(comment) {
        comment.remove()
      },
    })
  // A doctype has no place in a stored fragment (and lol-html cannot remove one).
  const fragment = html.replace(/<!doctype[^<>]*>/gi, '')
  const out = await rewriter.transform(new Response(fragment, { headers: { 'content-type': 'text/html;charset=utf-8' } })).text()
  return out.trim()
}

/**
 * Plain text of an HTML fragment: block elements become paragraph breaks, entities are decoded, and
 * runs of white space are folded.
 */
export async function htmlToText(html: string): Promise<string> {
  const parts: string[] = []
  // Text is read at the document level so that text outside any element ("Hello <b>world</b>") is kept;
  // the document handler also sees the text of scripts, styles and templates, so those are counted open
  // and their text skipped (one written as `<script/>` runs to the end, as it does in a browser).
  let hidden = 0
  const rewriter = new HTMLRewriter()
    .on('*', {
      element(el) {
        const tag = el.tagName.toLowerCase()
        if (tag === 'script' || tag === 'style' || tag === 'template') {
          hidden += 1
          try {
            el.onEndTag(() => void (hidden -= 1))
          } catch {
            // self-closing syntax: everything after it is inside
          }
          return
        }
        if (BLOCK_TAGS.has(tag)) {
          parts.push('\n\n')
          if (tag !== 'br' && tag !== 'hr') {
            try {
              el.onEndTag(() => void parts.push('\n\n'))
            } catch {
              // self-closing syntax: no end tag to wait for
            }
          }
        }
      },
    })
    .onDocument({
      text(chunk) {
        if (hidden === 0) parts.push(chunk.text)
      },
    })
  await rewriter.transform(new Response(html)).arrayBuffer()
  return decodeEntities(parts.join(''))
    .split(/\n{2,}/)
    .map((para) => para.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
}

/**
 * Turns plain text into HTML paragraphs: blank lines separate paragraphs, single newlines become `<br>`.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
}

/** Tag names that make a string HTML: anything else in angle brackets is text ("<Harbour Co.>", "<HBR.L>"). */
const HTML_TAG_NAMES = new Set([
  ...ALLOWED_TAGS, ...DROPPED_WITH_CONTENT, ...BLOCK_TAGS,
  'html', 'body', 'nav', 'picture', 'source', 'video', 'audio', 'del', 'ins', 'kbd', 'var', 'wbr', 'font', 'center',
])

/**
 * True when the string holds at least one real HTML tag (`<p>`, `</em>`, `<br/>`, `<a href=…>`). Wire copy
 * puts company names and tickers in angle brackets ("<Harbour Co.>", "<HBR.L>"): those stay plain text.
 *
 * @example
 * looksLikeHtml('Shares of <Harbour Co.> rose') // false
 */
export function looksLikeHtml(text: string): boolean {
  for (const match of text.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]{0,11})(?=[\s/>])[^<>]*>/g)) {
    if (HTML_TAG_NAMES.has(match[1]!.toLowerCase())) return true
  }
  return false
}
