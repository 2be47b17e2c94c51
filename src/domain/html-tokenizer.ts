/**
 * @module A linear-time HTML tokenizer following the HTML5 tokenizer states that decide where
 * markup starts and ends, with character references decoded by `entities`.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities'

/** One attribute of a start tag: lower-case name, value with character references decoded. */
export interface HtmlAttribute {
  name: string
  value: string
}

/** Receives tokens in document order. Comments, doctypes and CDATA sections are not reported. */
export interface TokenSink {
  start(name: string, attributes: HtmlAttribute[], selfClosing: boolean): void
  end(name: string): void
  text(text: string): void
}

/** Content is raw text up to the matching end tag (RAWTEXT and script data; no references). */
const RAWTEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
/** Content is text with character references up to the matching end tag (RCDATA). */
const RCDATA = new Set(['textarea', 'title'])

/**
 * Decodes every HTML5 character reference (all named ones, numeric ones of any length, legacy names
 * without a semicolon) as in element text.
 *
 * @example
 * decodeEntities('Caf&eacute; &#0000000106; &amp') // 'Café j &'
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text
}

/** Decodes character references as in an attribute value (`&not=1` stays as written). */
export function decodeAttribute(text: string): string {
  return text.includes('&') ? decodeHTMLAttribute(text) : text
}

/**
 * Escapes text for HTML element content and quoted attributes: `& < > " '`, and CR (which a parser
 * would otherwise turn into LF, changing the text on the next round trip).
 *
 * @example
 * escapeHtml('<a href="x">') // '&#60;a href=&#34;x&#34;&#62;'
 */
export function escapeHtml(text: string): string {
  if (!ESCAPABLE.test(text)) return text
  // native passes beat one regex pass with a replacer callback on markup-heavy text
  return text
    .replaceAll('&', '&#38;')
    .replaceAll('<', '&#60;')
    .replaceAll('>', '&#62;')
    .replaceAll('"', '&#34;')
    .replaceAll("'", '&#39;')
    .replaceAll('\r', '&#13;')
}
const ESCAPABLE = /[&<>"'\r]/

/** ASCII-only lower case: `toLowerCase` would map the Kelvin sign to `k`, which no browser does. */
function asciiLower(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c >= 65 && c <= 90) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase())
  }
  return s
}

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
// tab, LF, FF, space (CR is normalised away before tokenizing)
const isSpace = (c: number) => c === 9 || c === 10 || c === 12 || c === 32

/**
 * Tokenizes `input` in one pass. Time and memory are linear in its length: every index is read a
 * bounded number of times. A tag cut off by the end of input is dropped, as in a browser.
 */
export function tokenize(input: string, sink: TokenSink): void {
  const html = /[\r\0]/.test(input) ? input.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd') : input
  const n = html.length
  const commentEnd = /--!?>/g
  let textStart = 0
  let i = 0
  const flush = (to: number) => {
    if (to > textStart) sink.text(decodeEntities(html.slice(textStart, to)))
  }
  // Bogus comment: up to the first `>` (or the end of input).
  const skipTo = (from: number) => {
    const gt = html.indexOf('>', from)
    return gt === -1 ? n : gt + 1
  }
  const markup = (p: number) => {
    if (html.startsWith('--', p)) {
      if (html.charCodeAt(p + 2) === 62) return p + 3 // <!-->
      if (html.startsWith('->', p + 2)) return p + 4 // <!--->
      commentEnd.lastIndex = p + 2
      const m = commentEnd.exec(html)
      return m ? m.index + m[0].length : n
    }
    // DOCTYPE, CDATA outside foreign content and anything else: up to the next `>`
    return skipTo(p)
  }
  // Reads a tag whose name starts at p; returns the index after it, or n when cut off (dropped).
  const tag = (p: number, isEnd: boolean): number => {
    let q = p
    while (q < n) {
      const c = html.charCodeAt(q)
      if (isSpace(c) || c === 47 || c === 62) break
      q++
    }
    const name = asciiLower(html.slice(p, q))
    const attributes: HtmlAttribute[] = []
    let seen: Set<string> | null = null
    let selfClosing = false
    for (;;) {
      while (q < n && isSpace(html.charCodeAt(q))) q++
      if (q >= n) return n
      let c = html.charCodeAt(q)
      if (c === 62) {
        q++
        break
      }
      if (c === 47) {
        q++
        if (html.charCodeAt(q) === 62) {
          selfClosing = true
          q++
          break
        }
        continue
      }
      // attribute name: the first character may be `=`; `"'<` are part of the name
      const nameStart = q++
      while (q < n) {
        c = html.charCodeAt(q)
        if (isSpace(c) || c === 47 || c === 62 || c === 61) break
        q++
      }
      const attrName = asciiLower(html.slice(nameStart, q))
      while (q < n && isSpace(html.charCodeAt(q))) q++
      let value = ''
      if (html.charCodeAt(q) === 61) {
        q++
        while (q < n && isSpace(html.charCodeAt(q))) q++
        c = html.charCodeAt(q)
        if (c === 34 || c === 39) {
          const close = html.indexOf(c === 34 ? '"' : "'", q + 1)
          if (close === -1) return n
          value = html.slice(q + 1, close)
          q = close + 1
        } else {
          const valueStart = q
          while (q < n) {
            c = html.charCodeAt(q)
            if (isSpace(c) || c === 62) break
            q++
          }
          value = html.slice(valueStart, q)
        }
      }
      if (q >= n) return n
      // the first of duplicate attributes wins
      if (!isEnd && !(seen ??= new Set()).has(attrName)) {
        seen.add(attrName)
        attributes.push({ name: attrName, value: decodeAttribute(value) })
      }
    }
    if (isEnd) {
      sink.end(name)
      return q
    }
    sink.start(name, attributes, selfClosing)
    if (name === 'plaintext') {
      if (q < n) sink.text(html.slice(q))
      return n
    }
    if (RAWTEXT.has(name) || RCDATA.has(name)) return rawText(q, name)
    return q
  }
  // Text up to `</name` followed by white space, `/` or `>` (any case), then that end tag.
  const rawText = (p: number, name: string): number => {
    let from = p
    for (;;) {
      const at = html.indexOf('</', from)
      const after = at + 2 + name.length
      if (at === -1) {
        const raw = html.slice(p)
        if (p < n) sink.text(RCDATA.has(name) ? decodeEntities(raw) : raw)
        return n
      }
      const c = html.charCodeAt(after)
      if (asciiLower(html.slice(at + 2, after)) === name && (isSpace(c) || c === 47 || c === 62)) {
        const raw = html.slice(p, at)
        if (at > p) sink.text(RCDATA.has(name) ? decodeEntities(raw) : raw)
        return tag(at + 2, true)
      }
      from = at + 2
    }
  }
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt === -1) break
    const c = html.charCodeAt(lt + 1)
    let next = -1
    if (isAlpha(c)) {
      flush(lt)
      next = tag(lt + 1, false)
    } else if (c === 47) {
      const c2 = html.charCodeAt(lt + 2)
      if (lt + 2 < n) flush(lt)
      if (isAlpha(c2)) next = tag(lt + 2, true)
      else if (c2 === 62) next = lt + 3
      else if (lt + 2 < n) next = skipTo(lt + 2)
    } else if (c === 33) {
      flush(lt)
      next = markup(lt + 2)
    } else if (c === 63) {
      flush(lt)
      next = skipTo(lt + 1)
    }
    if (next === -1) {
      i = lt + 1
    } else {
      i = textStart = next
    }
  }
  flush(n)
}
