/**
 * Hostile nesting: hundreds of thousands of nested or stray tags parse in linear time
 * (htmlparser2's Parser alone is quadratic in depth), and the cap changes nothing on ordinary
 * markup.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  PARSER_MAX_DEPTH,
  capNesting,
  parsePage,
  textOf,
  walk,
  type El,
} from '../../src/extract/html-dom'
import { extractFromHtml } from '../../src/extract/index'
import { HARBOUR_PAGE } from './fixtures'

function depthOf(root: El): number {
  let max = 0
  const todo: [El, number][] = [[root, 0]]
  while (todo.length > 0) {
    const [el, d] = todo.pop()!
    max = Math.max(max, d)
    for (const child of el.children) if (typeof child !== 'string') todo.push([child, d + 1])
  }
  return max
}

/** Generous bound: the point is linear, not fast; quadratic parsing of these took minutes. */
const BOUND_MS = 15_000

describe('parsing hostile nesting', () => {
  it('parses 300,000 nested <div> linearly and keeps the text', () => {
    const n = 300_000
    const started = Date.now()
    const page = parsePage(
      `<html><body>${'<div>'.repeat(n)}deep text${'</div>'.repeat(n)}<p>after</p></body></html>`
    )
    expect(Date.now() - started).toBeLessThan(BOUND_MS)
    expect(depthOf(page.root)).toBeLessThanOrEqual(160)
    expect(textOf(page.root)).toBe('deep textafter')
  })

  it('parses 300,000 stray end tags and 300,000 unclosed opens', () => {
    const started = Date.now()
    const stray = parsePage(`<div><p>kept</p>${'</div></span></p>'.repeat(100_000)}<p>tail</p>`)
    expect(textOf(stray.root)).toBe('kepttail')
    const open = parsePage(`${'<div><span>'.repeat(150_000)}end`)
    expect(textOf(open.root)).toBe('end')
    expect(Date.now() - started).toBeLessThan(BOUND_MS)
  })

  it('parses a mix of deep nesting, strays and raw-text elements deep down', () => {
    const deep = '<section><div>'.repeat(2_000)
    const html = `${deep}<script>var a = '<div>'</script>${'</b>'.repeat(50_000)}text<style>p{}</style>${'</div></section>'.repeat(2_000)}`
    const started = Date.now()
    const page = parsePage(html)
    expect(Date.now() - started).toBeLessThan(BOUND_MS)
    expect(textOf(page.root)).toBe('text')
  })

  it('extracts from 300,000 nested <div> through the whole engine', () => {
    const n = 300_000
    const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>The ferry left at dawn with forty passengers aboard.</p>${'</div>'.repeat(n)}</body></html>`
    const started = Date.now()
    const x = extractFromHtml(html)
    expect(Date.now() - started).toBeLessThan(BOUND_MS)
    expect(x.body.join(' ')).toContain('The ferry left at dawn')
  })

  it('leaves ordinary markup untouched (the cap only removes what the parser would not nest)', () => {
    expect(capNesting(HARBOUR_PAGE)).toBe(HARBOUR_PAGE)
    const shallow = `${'<div>'.repeat(PARSER_MAX_DEPTH - 1)}x${'</div>'.repeat(PARSER_MAX_DEPTH - 1)}`
    expect(capNesting(shallow)).toBe(shallow)
  })

  it('cuts exactly the opens beyond the cap and their end tags', () => {
    const n = PARSER_MAX_DEPTH + 10
    const capped = capNesting(`${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`)
    expect(capped).toBe(`${'<div>'.repeat(PARSER_MAX_DEPTH)}x${'</div>'.repeat(PARSER_MAX_DEPTH)}`)
  })

  it('keeps all text, whatever the tag soup (property)', () => {
    const tag = fc.constantFrom('div', 'span', 'p', 'b', 'section', 'li', 'ul', 'a')
    const token = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom('alpha', 'beta', 'gamma', 'delta').map((w) => ` ${w} `),
      fc.integer({ min: 1, max: 400 }).chain((k) => tag.map((t) => `<${t}>`.repeat(k)))
    )
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const html = tokens.join('')
        const page = parsePage(html)
        const words = html
          .replace(/<[^>]*>/g, ' ')
          .split(/\s+/)
          .filter(Boolean)
        expect(textOf(page.root).split(/\s+/).filter(Boolean)).toEqual(words)
        let elements = 0
        walk(page.root, () => elements++)
        expect(elements).toBeGreaterThanOrEqual(1)
        expect(depthOf(page.root)).toBeLessThanOrEqual(151)
      }),
      { numRuns: 150 }
    )
  })
})
