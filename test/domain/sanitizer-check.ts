/**
 * @module What every sanitized output must satisfy, checked without trusting the sanitizer's own
 * tree: a strict grammar of the canonical output, and a second reading with the tokenizer.
 */
import { ALLOWED_TAGS, isSafeDecodedUrl, sanitizeHtml } from '../../src/domain/html-sanitize'
import { tokenize } from '../../src/domain/html-tokenizer'

const ATTRS: Record<string, string[]> = {
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
const TAG = /<(\/?)([a-z0-9]+)((?: [a-z]+="[^"<>]*")*)>/g

/** Problems with one sanitized output (empty when it is fine). */
export function outputProblems(out: string): string[] {
  const problems: string[] = []
  // 1. grammar: tags are `<name attr="...">` / `</name>`; text between them is fully escaped
  let last = 0
  for (const m of out.matchAll(TAG)) {
    const text = out.slice(last, m.index)
    if (/[<>"']|&(?!#\d+;)/.test(text))
      problems.push(`unescaped text ${JSON.stringify(text.slice(0, 80))}`)
    last = m.index + m[0].length
  }
  const tail = out.slice(last)
  if (/[<>"']|&(?!#\d+;)/.test(tail))
    problems.push(`unescaped text ${JSON.stringify(tail.slice(0, 80))}`)
  // 2. a second reading: only allowlisted elements and attributes, safe URLs, no handlers
  tokenize(out, {
    start(name, attributes) {
      if (!ALLOWED_TAGS.has(name)) problems.push(`element <${name}>`)
      for (const { name: attr, value } of attributes) {
        if (/^on/i.test(attr)) problems.push(`handler ${attr} on <${name}>`)
        if (!(ATTRS[name] ?? []).includes(attr)) problems.push(`attribute ${attr} on <${name}>`)
        if (URL_ATTRS.has(attr) && !isSafeDecodedUrl(value)) problems.push(`URL ${value}`)
      }
    },
    end() {},
    text() {},
  })
  // 3. idempotence
  const again = sanitizeHtml(out)
  if (again !== out)
    problems.push(
      `not idempotent: ${JSON.stringify(out.slice(0, 120))} -> ${JSON.stringify(again.slice(0, 120))}`
    )
  return problems
}
