import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dropRepeatedRuns } from '../../src/extract/html-body-repeats'

const long = (n: number) =>
  `Paragraph ${n}: the council met on Thursday to discuss the harbour budget, the ferry timetable and the pier repairs that residents say are overdue, and agreed to meet again next month. `.repeat(
    2
  )

describe('dropRepeatedRuns', () => {
  it('drops a repeated run of long paragraphs and keeps short or isolated repeats', () => {
    const story = [long(1), long(2), long(3)]
    expect(dropRepeatedRuns([...story, 'Share', ...story])).toEqual([...story, 'Share'])
    expect(dropRepeatedRuns([long(1), long(2), long(1)])).toEqual([long(1), long(2), long(1)])
    expect(dropRepeatedRuns(['Pros', 'Cons', 'Pros', 'Cons', 'Pros', 'Cons'])).toHaveLength(6)
  })

  it('never adds, reorders or drops a first occurrence (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', long(1), long(2), long(3)), { maxLength: 60 }),
        (paragraphs) => {
          const kept = dropRepeatedRuns(paragraphs)
          expect(new Set(kept)).toEqual(new Set(paragraphs))
          let j = 0
          for (const p of paragraphs) if (j < kept.length && kept[j] === p) j++
          expect(j).toBe(kept.length)
        }
      )
    )
  })

  it('stays linear on a long page of repeated paragraphs', () => {
    const paragraphs = Array.from({ length: 50_000 }, (_, i) => long(i % 3))
    expect(dropRepeatedRuns(paragraphs)).toHaveLength(3)
  })
})
