/**
 * @module Interviews set as question and answer, on invented copy: "Q: … / A: …" paragraphs and
 * paragraphs led by the speakers' names. Every name, place and statement is made up.
 */
import { describe, expect, it } from 'vitest'
import {
  extractEntities,
  extractFromText,
  extractQuotes,
  type Quote,
} from '../../src/extract/index'

function quotesOf(text: string): Quote[] {
  return extractQuotes(text, extractEntities(text))
}
const find = (quotes: Quote[], start: string) => quotes.find((q) => q.text.startsWith(start))

describe('a Q and A interview', () => {
  const text = [
    'Harbour chief defends dredging plan',
    'Wren Tamsin, who has led the Tollard Harbour Authority since 2019, spoke with the Tollard Ledger this week. The interview has been edited for length.',
    'Q: Why does the basin need dredging now?',
    'A: We have boats touching bottom at low tide. If we wait another year, the bigger vessels will not come in.',
    'Q: The fishers say the silt will smother the grounds.',
    'A: I understand the worry. The engineers told us the plume will be contained with curtains.',
    'The fishers remain unconvinced.',
  ].join('\n\n')

  it('gives every answer to the interviewee, as direct speech', () => {
    const quotes = quotesOf(text)
    for (const start of ['We have boats', 'I understand the worry']) {
      expect(find(quotes, start), start).toMatchObject({ kind: 'direct', speaker: 'Wren Tamsin' })
    }
  })

  it('takes no question for a quote, nor the reported speech inside one', () => {
    const quotes = quotesOf(text)
    expect(quotes.some((q) => /basin need|smother/.test(q.text))).toBe(false)
    expect(quotes.filter((q) => q.kind === 'indirect')).toEqual([])
  })
})

describe('an answer over several paragraphs', () => {
  it('runs the answer on to the next question, and no further than the last answer', () => {
    const text = [
      'Wren Tamsin has led the Tollard Harbour Authority since 2019. She spoke with the Tollard Ledger.',
      'Q: Why does the basin need dredging now?',
      'A: We have boats touching bottom at low tide.',
      'Two of them damaged their propellers in October. If we wait, the plant closes.',
      'Q: Who pays?',
      'A: Mostly Ottawa.',
      'The fishers remain unconvinced.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'We have boats')?.text).toContain('the plant closes.')
    expect(find(quotes, 'Mostly Ottawa')?.text).toBe('Mostly Ottawa.')
  })
})

describe('an interview led by the speakers’ names', () => {
  it('credits the answers to the named interviewee, not the questions to the outlet', () => {
    const text = [
      'Ten minutes with the new fire chief',
      'Corvin Halloway took over the Lakeview Fire Department in September. He spoke with the Lakeview Courier.',
      'Courier: What surprised you most?',
      'Halloway: How far our crews have to drive. Here we have three halls for the whole town.',
      'Courier: Council has said there is no money for a fourth hall. Is that fair?',
      'Halloway: I understand that. I am not saying we need a new hall tomorrow.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'How far')).toMatchObject({ kind: 'direct', speaker: 'Corvin Halloway' })
    expect(find(quotes, 'I understand that')?.speaker).toBe('Corvin Halloway')
    expect(quotes.some((q) => /surprised|no money/.test(q.text))).toBe(false)
  })

  it('reads no interview into a headline with a colon or a single rubric line', () => {
    const text = [
      'Roe: transit levy will fail',
      'Watch: Buses idle at the depot',
      'Board chair Dana Roe said the levy would not cover the shortfall.',
    ].join('\n\n')
    expect(quotesOf(text).map((q) => q.kind)).toEqual(['indirect'])
  })

  it('reads no interview into a box score’s repeated labels', () => {
    const text = [
      'Thunder 5, Voyageurs 4',
      'Goals: Dubrovna 2, Lindholm, Haldane.',
      'Assists: Marchetti 2, Kowalski.',
      'Goals: Pelletier 2, Varga.',
      'Assists: Ruelle, Obuya 3.',
      'Coach Lionel Marchetti said the team had played its best game of the year.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.map((q) => q.kind)).toEqual(['indirect'])
    expect(quotes[0]?.speaker).toBe('Lionel Marchetti')
  })
})

describe('a transcript with the speakers’ names in capitals', () => {
  const text = [
    'Council leaders take questions on the ferry contract',
    'Mayor Hollis Quarrington and his deputy, Anouk Brandvold, met reporters at the Tollard town hall on Friday. The transcript has been edited for length.',
    'MAYOR QUARRINGTON: The contract goes to tender in the new year. Every operator is welcome to bid.',
    'REPORTER: Will the fares go up?',
    'BRANDVOLD: Not this season. We have held them for three years.',
    'QUESTION: And the night sailings?',
    'BRANDVOLD: They stay.',
    'REPORTER: Mayor, is the old operator out?',
    'MAYOR QUARRINGTON: Nobody is out. That is what a tender means.',
    'UNIDENTIFIED SPEAKER: Thank you, everyone.',
  ].join('\n\n')

  it('credits each answer to the person the label names, once or more', () => {
    const quotes = quotesOf(text)
    expect(find(quotes, 'The contract goes')).toMatchObject({
      kind: 'direct',
      speaker: 'Hollis Quarrington',
    })
    expect(find(quotes, 'Not this season')?.speaker).toBe('Anouk Brandvold')
    expect(find(quotes, 'They stay')?.text).toBe('They stay.')
    expect(find(quotes, 'Nobody is out')?.text).toBe('Nobody is out. That is what a tender means.')
  })

  it('takes no reporter’s question for a quote', () => {
    const quotes = quotesOf(text)
    expect(
      quotes.some((q) => /fares go up|night sailings|old operator|Thank you/.test(q.text))
    ).toBe(false)
  })
})

describe('a transcript whose capital labels carry an abbreviated title', () => {
  it('reads “GOV. ROE:” and “MR. LEE:” as the people named, and “Q:” as the reporters', () => {
    const text = [
      'Governor takes questions on the budget',
      'Governor Ottilie Marchbank met reporters in the capitol on Thursday. A partial transcript follows.',
      'GOV. MARCHBANK: Thank you for coming. This budget keeps every promise we made.',
      'Q: Governor, are you raising taxes?',
      'GOV. MARCHBANK: No. Not one cent.',
      'MR. HALVORSEN: If I may add, the reserve fund is untouched. I am Anders Halvorsen, the budget director.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'No. Not one cent')?.speaker).toBe('Ottilie Marchbank')
    expect(find(quotes, 'If I may add')?.speaker).toBe('Anders Halvorsen')
    expect(quotes.some((q) => q.text.includes('raising taxes'))).toBe(false)
  })
})

describe('an interview set with no labels', () => {
  const interview = [
    'Q&A: The baker behind Tollard’s longest queue',
    'Ottoline Varga opened her bakery on the quay in 2019. We asked her about the queue, the ovens and what comes next.',
    'What is the hardest part of the job?',
    'Saying no. We bake 400 loaves and 2,000 people want one.',
    'Why not bake more?',
    'Because then it is a factory.',
    'What comes next?',
    'A second oven, maybe.',
  ].join('\n\n')

  it('gives the answers after bare questions to the interviewee, when the story says it is one', () => {
    const quotes = quotesOf(interview)
    expect(find(quotes, 'Saying no')).toMatchObject({ kind: 'direct', speaker: 'Ottoline Varga' })
    expect(find(quotes, 'A second oven')?.speaker).toBe('Ottoline Varga')
    expect(quotes.some((q) => q.text.includes('hardest part'))).toBe(false)
  })

  it('reads no interview into a story’s rhetorical questions', () => {
    const story = [
      'Council ignored the warnings',
      'Mayor Ottoline Varga said in an interview that the budget was sound.',
      'So what went wrong?',
      'The council ignored three reports on the pipes.',
      'Who pays?',
      'Taxpayers, as always.',
    ].join('\n\n')
    expect(quotesOf(story).filter((q) => q.kind === 'direct')).toEqual([])
  })
})

describe('an interview introduced with the interviewee as an object', () => {
  const text = [
    'Q&A: The new fire chief on staffing and climate',
    'Officials in Lowmere named Priya Sandhu the town’s first female fire chief last month. She spoke with the Ledger about the job.',
    'Q: What is the biggest challenge facing the department?',
    'A: Staffing. We have 14 vacancies and the calls keep going up.',
    'Q: What would you tell a young person thinking about the job?',
    'A: Do it. It is the best job in the world.',
  ].join('\n\n')
  it('sees the introduction (not a standfirst) and gives the answers to her', () => {
    const x = extractFromText(text)
    expect(x.dek).toBeNull()
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Priya Sandhu', 'Priya Sandhu'])
  })
})

describe('a first paragraph whose person the story later calls by surname only', () => {
  it('is the lede, not a standfirst', () => {
    const text = [
      'Harbour trust picks new chair',
      'The Lowmere Harbour Trust has chosen Oren Feltham to lead its board.',
      'The vote on Tuesday was unanimous, and the term runs three years.',
      'Feltham, a retired pilot, said the trust would publish its budget in the spring.',
    ].join('\n\n')
    const x = extractFromText(text)
    expect(x.dek).toBeNull()
    expect(x.quotes[0]?.speaker).toBe('Oren Feltham')
  })
  it('stays a standfirst when the story names the person in full again', () => {
    const text = [
      'Harbour trust picks new chair',
      'The Lowmere Harbour Trust has chosen Oren Feltham to lead its board.',
      'Retired pilot Oren Feltham was elected on Tuesday in a unanimous vote of the trustees.',
      'Feltham said the trust would publish its budget in the spring.',
    ].join('\n\n')
    expect(extractFromText(text).dek).toBe(
      'The Lowmere Harbour Trust has chosen Oren Feltham to lead its board.'
    )
  })
})
describe('qprobe5 a transcript led by hyphenated and Mac names', () => {
  it('credits the answers after “Fontaine-Okoro:” to the interviewee', () => {
    const text = [
      'A conversation with the new chief justice',
      'Chief Justice Ysolde Fontaine-Okoro was sworn in last month. She spoke with Cormac MacTavish.',
      'MacTavish: What surprised you most in your first month?',
      'Fontaine-Okoro: The volume. Knowing the numbers and living them are different things.',
      'MacTavish: Will you bring cameras into the courtroom?',
      'Fontaine-Okoro: I am open to it. I am not there yet.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(quotes.find((q) => q.text.startsWith('The volume'))?.speaker).toBe(
      'Ysolde Fontaine-Okoro'
    )
    expect(quotes.some((q) => q.text.includes('What surprised'))).toBe(false)
  })
})
