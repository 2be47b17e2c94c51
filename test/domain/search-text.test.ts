import { describe, expect, it } from 'vitest'
import { searchAltText, searchHighlights, searchPieces } from '../../src/domain/search-text'
import { foldWord } from '../../src/domain/scripts'

describe('search text', () => {
  it("folds what readers do not type, in the word's own script", () => {
    expect(foldWord('Straße')).toBe('strasse')
    expect(foldWord('Łódź')).toBe('lodz')
    expect(foldWord('Ωραία')).toBe('ωραια')
    expect(foldWord('كَتَبَ')).toBe('كتب')
    expect(foldWord('Ёлка')).toBe('елка')
    expect(foldWord('Москва')).toBe('москва')
  })

  it('indexes only the spellings the tokenizer cannot derive, and pairs for unspaced scripts', () => {
    expect(searchAltText('Zürich résumé plain words')).toBe('')
    expect(searchAltText('Die Straße in Łódź')).toBe('strasse lodz')
    expect(searchAltText('東京都庁')).toBe('東京 京都 都庁 庁')
    expect(searchAltText('iPhone発売')).toBe('iphone 発売 売')
    expect(searchAltText('กรุงเทพ')).toBe('กรุ รุง งเ เท ทพ พ')
  })

  it('cuts the alternative text at the budget', () => {
    const alt = searchAltText('東京'.repeat(10_000), 1000)
    expect(alt.length).toBeLessThanOrEqual(1000)
    expect(alt.length).toBeGreaterThan(900)
  })

  it('splits queries into words with their folded form and unspaced runs', () => {
    expect(searchPieces('Straße 東京')).toEqual([
      { kind: 'word', word: 'straße', folded: 'strasse' },
      { kind: 'spaceless', clusters: ['東', '京'] },
    ])
  })

  it('lists what a snippet should mark', () => {
    expect(searchHighlights('Straße 東京 zurich')).toEqual(['straße', 'strasse', '東京', 'zurich'])
  })
})
