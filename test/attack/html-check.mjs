/**
 * @module Finds markup that could run script, with a real parser (htmlparser2): event-handler
 * attributes, script-capable or parser-switching elements, and URL attributes whose decoded value
 * is a javascript:, vbscript: or data: URL. Also reads the HTML out of RSS, Atom and JSON Feed
 * documents.
 */
import { Parser } from 'htmlparser2'

/** Elements that run script, load documents, or switch the HTML parser (mutation XSS). */
export const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'portal',
  'template',
  'noscript',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'textarea',
  'title',
  'isindex',
  'foreignobject',
  'animate',
  'set',
  'handler',
  'listener',
])

/** Attributes whose value a browser follows or fetches as a URL. */
export const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'classid',
  'profile',
  'usemap',
  'manifest',
  'icon',
  'to',
  'values',
  'from',
  'by',
])

/** True when a (once entity-decoded) URL value is a script or data URL as a browser reads it. */
export function isScriptUrl(value) {
  // Browsers drop leading/trailing C0 controls and spaces, and tabs/newlines anywhere, before the
  // scheme.
  const v = value
    .replace(
      /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g,
      ''
    )
    .toLowerCase()
  return /^(javascript|vbscript|data|livescript|mocha):/.test(v)
}

function styleFinding(value) {
  const v = value
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16) || 0x3f))
    .replace(/\\/g, '')
    .toLowerCase()
  if (/expression\s*\(|-moz-binding|behavior\s*:/.test(v)) return 'style-expression'
  for (const m of v.matchAll(/url\s*\(\s*['"]?([^'")]*)/g))
    if (isScriptUrl(m[1])) return 'style-url'
  if (/@import/.test(v)) return 'style-import'
  return null
}

/**
 * Every finding in an HTML fragment or document, as strings like `element:svg`, `attr:onload`,
 * `url:href=javascript:…`. `within` limits the walk to the subtree of the first element matching
 * it.
 */
export function findScriptable(html, within) {
  const findings = []
  let depth = within ? -1 : 0
  const stack = []
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase()
        if (depth < 0) {
          if (within(tag, attrs)) {
            depth = 0
            stack.push(tag)
          }
          return
        }
        stack.push(tag)
        if (DANGEROUS_ELEMENTS.has(tag)) findings.push(`element:${tag}`)
        for (const [rawName, value] of Object.entries(attrs)) {
          const an = rawName.toLowerCase()
          if (an.startsWith('on')) findings.push(`attr:${an}`)
          else if (an === 'srcdoc') findings.push('attr:srcdoc')
          else if (URL_ATTRS.has(an) && isScriptUrl(value))
            findings.push(`url:${an}=${value.slice(0, 40)}`)
          else if (an === 'srcset' || an === 'imagesrcset') {
            for (const part of value.split(','))
              if (isScriptUrl(part.trim().split(/\s+/)[0] ?? '')) findings.push(`url:${an}`)
          } else if (an === 'style') {
            const s = styleFinding(value)
            if (s) findings.push(`${s}`)
          } else if (
            an === 'content' &&
            tag === 'meta' &&
            'http-equiv' in attrs &&
            /url\s*=/i.test(value)
          ) {
            const target = value.replace(/^[^=]*url\s*=\s*['"]?/i, '')
            if (isScriptUrl(target)) findings.push('url:meta-refresh')
          }
        }
      },
      onclosetag(name) {
        if (depth < 0) return
        const tag = name.toLowerCase()
        const at = stack.lastIndexOf(tag)
        if (at >= 0) stack.length = at
        if (within && stack.length === 0) depth = -2 // left the subtree: stop looking
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: false,
    }
  )
  parser.write(html)
  parser.end()
  return findings
}

/** Element counts of a document, for structural checks (a swallowed footer, lost tag links). */
export function countElements(html, pick) {
  let n = 0
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (pick(name.toLowerCase(), attrs)) n++
      },
    },
    { decodeEntities: true }
  )
  parser.write(html)
  parser.end()
  return n
}

/**
 * The text of every element named `tags` in an XML document (entity-decoded), e.g. the HTML items
 * of a feed.
 */
export function xmlTexts(xml, tags) {
  const out = []
  let current = null
  const parser = new Parser(
    {
      onopentag(name) {
        if (tags.includes(name)) current = { name, text: '' }
      },
      ontext(t) {
        if (current) current.text += t
      },
      oncdatastart() {},
      onclosetag(name) {
        if (current && name === current.name) {
          out.push(current.text)
          current = null
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true }
  )
  parser.write(xml)
  parser.end()
  return out
}

/**
 * Findings that are in `after` more often than in `before` (a channel's own markup is the
 * baseline).
 */
export function newFindings(before, after) {
  const counts = new Map()
  for (const f of before) counts.set(f, (counts.get(f) ?? 0) + 1)
  const extra = []
  for (const f of after) {
    const n = counts.get(f) ?? 0
    if (n > 0) counts.set(f, n - 1)
    else extra.push(f)
  }
  return extra
}
