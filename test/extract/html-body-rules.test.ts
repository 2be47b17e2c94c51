import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isFurnitureLine } from '../../src/extract/html-body-rules'

describe('isFurnitureLine', () => {
  it('knows furniture, date and writer lines from story sentences', () => {
    for (const line of [
      'Advertisement',
      'Share this article',
      'Like this:',
      'Join our newsletter',
      'Last updated: March 3, 2031',
      'Published 03/04/2031',
      'By Ada Quill',
      'Written by Lowmere Staff',
      'By Ada Quill · March 4, 2031',
      'By Ada Quill | 04/03/2031',
    ]) {
      expect(isFurnitureLine(line), line).toBe(true)
    }
    for (const line of [
      'Share prices fell.',
      'Updated timetables were published on 3 March.',
      'By Thursday the pier was closed.',
      'By now they knew',
      'By Ada Quill, the harbour master',
      'Readers who subscribe hear first.',
    ]) {
      expect(isFurnitureLine(line), line).toBe(false)
    }
  })

  it('tests its patterns only on lines of 60 characters or less, so hostile text stays linear (property)', () => {
    const piece = fc.constantFrom(
      'By ',
      'Ada',
      ' ',
      'Last updated ',
      'Jan',
      '1',
      '/',
      'share ',
      'a',
      '’',
      '-'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5000 }), (parts) => {
        const text = parts.join('')
        if (text.length > 60) expect(isFurnitureLine(text)).toBe(false)
        else expect(typeof isFurnitureLine(text)).toBe('boolean')
      })
    )
  })
})
