import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeEntities,
  escapeHtml,
  htmlToText,
  isSafeUrl,
  looksLikeHtml,
  sanitizeHtml,
} from '../../src/domain/html'
import { toMatchQuery } from '../../src/storage/article-list'

const fragments = [
  '<script>',
  '</script>',
  '<p>',
  '</p>',
  '<a href="',
  'javascript:',
  'java\tscript:',
  '&#106;',
  '&#x6A;',
  '">',
  ' onerror=',
  ' onclick="',
  '<img src=x',
  '<svg',
  '<style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<iframe',
  '>',
  '<',
  '"',
  "'",
  '&',
  'text ',
  'data:text/html,',
  '<b>',
  '</b>',
  '<scr',
  'ipt>',
  '\u0000',
  '\u202e',
  '🙂',
]
const hostileHtml = fc
  .array(fc.constantFrom(...fragments), { maxLength: 60 })
  .map((parts) => parts.join(''))

async function parseElements(
  html: string
): Promise<{ tag: string; attributes: [string, string][] }[]> {
  const found: { tag: string; attributes: [string, string][] }[] = []
  await new HTMLRewriter()
    .on('*', {
      element(el) {
        found.push({
          tag: el.tagName.toLowerCase(),
          attributes: [...el.attributes].map((p) => [p[0] as string, p[1] as string]),
        })
      },
    })
    .transform(new Response(html))
    .arrayBuffer()
  return found
}

describe('sanitizeHtml (property)', () => {
  it('never lets scripts, event handlers or javascript: URLs through', async () => {
    await fc.assert(
      fc.asyncProperty(hostileHtml, async (input) => {
        const out = await sanitizeHtml(input)
        // Parse the output as a browser would and inspect every element and attribute.
        for (const el of await parseElements(out)) {
          expect(['script', 'style', 'iframe', 'svg', 'math', 'object', 'embed']).not.toContain(
            el.tag
          )
          for (const [name, value] of el.attributes) {
            expect(name).not.toMatch(/^on/i)
            if (['href', 'src', 'cite'].includes(name)) expect(isSafeUrl(value), value).toBe(true)
          }
        }
      }),
      { numRuns: 300 }
    )
  })

  it('derives text without throwing on anything', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (input) => {
        const text = await htmlToText(input)
        expect(typeof text).toBe('string')
      }),
      { numRuns: 200 }
    )
  })
})

describe('linear-time helpers on hostile input', () => {
  // Each of these is quadratic or worse with a backtracking pattern; the test timeout is the bound.
  const big = 400_000
  it('looksLikeHtml on many unterminated tags', () => {
    expect(looksLikeHtml('<a '.repeat(big / 3))).toBe(false)
  })
  it('decodeEntities on many ampersands and long references', () => {
    expect(decodeEntities('&'.repeat(big)).length).toBe(big)
    expect(decodeEntities('&#'.repeat(big / 2)).length).toBe(big)
    expect(decodeEntities('&a'.repeat(big / 2)).length).toBe(big)
  })
  it('toMatchQuery on FTS syntax soup', () => {
    expect(toMatchQuery('"*-^:()NEAR AND '.repeat(big / 16))).toBe('"near" "and"')
  })
  it('escapeHtml and sanitizeHtml on a 1 MB line', async () => {
    expect(escapeHtml('<'.repeat(big)).length).toBe(big * 5)
    const out = await sanitizeHtml('<p>' + 'x<'.repeat(big / 2))
    expect(out.length).toBeGreaterThan(0)
  })
  it('decodes what it should', () => {
    fc.assert(fc.property(fc.string(), (s) => decodeEntities(escapeHtml(s)) === s))
  })
})

describe('plain text derived from stored HTML', () => {
  it('shows an inline quotation’s marks and puts a blockquote’s footer on a line of its own', async () => {
    expect(await htmlToText('<p><q>Every year it is more</q>, said Dev Patel.</p>')).toBe(
      '“Every year it is more”, said Dev Patel.'
    )
    expect(
      await htmlToText(
        '<blockquote><p>“Our highway.”</p><footer>— Sandra Lee</footer></blockquote>'
      )
    ).toBe('“Our highway.”\n\n— Sandra Lee')
  })

  it('keeps text that sits outside any element, and drops scripts, styles and templates', async () => {
    expect(await htmlToText('Harbour <b>bridge</b> reopens')).toBe('Harbour bridge reopens')
    expect(await htmlToText('Ferries run again.<p>The pier is safe.</p>Tolls stay.')).toBe(
      'Ferries run again.\n\nThe pier is safe.\n\nTolls stay.'
    )
    expect(
      await htmlToText(
        'Tide <script>alert(1)</script>tables <style>p{}</style>out<template>x</template> now'
      )
    ).toBe('Tide tables out now')
  })

  it('gives every word of the sanitized body, wherever it sits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('pier', 'ferry', 'tide'), { minLength: 1, maxLength: 20 }),
        fc.array(fc.constantFrom('', '<p>', '</p>', '<b>', '</b>', '<br>'), { maxLength: 20 }),
        async (words, tags) => {
          const html = words.map((w, i) => `${tags[i] ?? ''}${w} `).join('')
          expect((await htmlToText(await sanitizeHtml(html))).split(/\s+/).filter(Boolean)).toEqual(
            words
          )
        }
      ),
      { numRuns: 100 }
    )
  })
})

describe('looksLikeHtml', () => {
  it('needs a real HTML tag: wire markers and tickers in angle brackets are text', () => {
    expect(looksLikeHtml('<p>Pier reopens</p>')).toBe(true)
    expect(looksLikeHtml('The pier<br/>reopens')).toBe(true)
    expect(looksLikeHtml('See <a href="https://news.example/">this</a>')).toBe(true)
    expect(looksLikeHtml('Shares of <Harbour Co.> rose, said <HBR.L> traders')).toBe(false)
    expect(looksLikeHtml('2 < 3 and 5 > 4')).toBe(false)
  })

  it('stays linear on many unknown tags and unclosed real ones', () => {
    const big = 400_000
    expect(looksLikeHtml('<Harbour Co.> '.repeat(big / 14))).toBe(false)
    expect(looksLikeHtml('<p '.repeat(big / 3))).toBe(false)
  })
})
