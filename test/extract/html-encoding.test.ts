/**
 * UTF-8 read as Latin-1 on invented pages: headline, byline and body read right again, clean text
 * and Latin-1 text without the proof of a misreading are left alone.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { repairMisreadUtf8 } from '../../src/extract/html-encoding'
import { extractFromHtml } from '../../src/extract/index'

/** What a UTF-8 text looks like after its bytes were read as Latin-1. */
const misread = (text: string) =>
  [...new TextEncoder().encode(text)].map((b) => String.fromCharCode(b)).join('')

const story =
  '<p>The night ferry’s crew waited an hour on the pier at Lowmere while the harbour master checked the café’s moorings again.</p>'

describe('UTF-8 read as Latin-1', () => {
  it('reads the headline, byline and body of a misread page right', () => {
    const html = misread(
      `<html><head><meta name="author" content="Zoë Quill"></head><body><article><h1>Ferry’s late — again</h1>${story.repeat(4)}</article></body></html>`
    )
    expect(html).toContain('\u0080')
    const x = extractFromHtml(html)
    expect(x.headline).toBe('Ferry’s late — again')
    expect(x.bylines).toEqual(['Zoë Quill'])
    expect(x.body.join(' ')).toContain('night ferry’s crew')
    expect(x.body.join(' ')).toContain('café’s moorings')
  })

  it('leaves clean text, and Latin-1 letters without a C1 character, untouched', () => {
    const clean = 'Ferry’s café reopens'
    expect(repairMisreadUtf8(clean)).toBe(clean)
    // "Ã©" may stand for itself: without a C1 control character nothing proves a misreading.
    expect(repairMisreadUtf8('Encodings: Ã© and Â©')).toBe('Encodings: Ã© and Â©')
    expect(repairMisreadUtf8('Ã© and \u0085')).toBe('é and \u0085')
    // Overlong forms and surrogates are not characters: kept as they were.
    expect(repairMisreadUtf8('\u00c0\u0080 \u00ed\u00a0\u0080')).toBe(
      '\u00c0\u0080 \u00ed\u00a0\u0080'
    )
  })

  it('undoes any misreading exactly, and leaves text without one as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const wrong = misread(text)
        expect(repairMisreadUtf8(wrong)).toBe(/[\u0080-\u009f]/.test(wrong) ? text : wrong)
      }),
      { numRuns: 500 }
    )
  })

  it('stays linear on long runs of lead and continuation characters', () => {
    const hostile = '\u00e2\u0080'.repeat(100_000)
    expect(repairMisreadUtf8(hostile)).toBe(hostile)
    expect(repairMisreadUtf8('\u00e2\u0080\u0099'.repeat(100_000))).toBe('’'.repeat(100_000))
  })
})
