import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../src/extract/index'
import { findTeams } from '../../src/extract/entity-teams'

const names = (list: { name: string }[]) => list.map((e) => e.name)

describe('teams in a match report', () => {
  const report = 'Group B — Ghana 2 – 1 Peru\n\nGhana faced Peru at the Harbour Stadium in Lisbon. Peru levelled before the break, but the Ghanaians scored late.'

  it('types the countries beside a score as organisations, everywhere in the story', () => {
    const { organizations, places, mentions } = extractEntities(report)
    expect(names(organizations)).toEqual(expect.arrayContaining(['Ghana', 'Peru']))
    expect(names(places)).toContain('Lisbon')
    expect(names(places)).not.toContain('Ghana')
    expect(mentions.filter((m) => m.text === 'Peru').every((m) => m.type === 'organization')).toBe(true)
    expect(mentions.find((m) => m.text === 'Ghanaians')?.type).toBe('organization')
  })

  it('keeps countries as places when no score is given', () => {
    const { places } = extractEntities('Ghana and Peru signed a trade pact in Lisbon on 12-14 May, officials in Ghana said.')
    expect(names(places)).toEqual(expect.arrayContaining(['Ghana', 'Peru']))
  })

  it('reads scores, not years, times or dates', () => {
    expect([...findTeams('Sweden 1 – 0 Korea Republic, then Chile beat Oman 3-2.')]).toEqual(['sweden', 'korea republic', 'oman'])
    expect(findTeams('From 2006-2009 and at 10:30-11:00 on 2024-05-01, Chile 12/3-4 Oman.').size).toBe(0)
  })
})
