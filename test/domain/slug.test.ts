import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SLUG_RE, slugProblem, slugify, suffixSlug } from '../../src/domain/slug'
import { mixesScripts, transliterate } from '../../src/domain/scripts'

// Letters, marks and symbols from many scripts, so generated text mixes them the way real copy
// does.
const PIECES = [
  'a',
  'Z',
  'é',
  'e\u0301',
  'ø',
  'ß',
  'Ł',
  'ж',
  'Щ',
  'ё',
  'Ω',
  'ά',
  '東',
  'で',
  'カ',
  'ー',
  '한',
  'ก',
  'ุ',
  'م',
  'َ',
  'ש',
  'न',
  '्',
  '𠮷',
  '😀',
  '👩‍💻',
  '🇫🇷',
  '\u0301',
  '\u202e',
  '\u200f',
  ' ',
  '-',
  '_',
  '.',
  '/',
  '%',
  '?',
  '#',
  '٣',
  '9',
  'İ',
  'ǅ',
  'ﬁ',
  'Ａ',
]
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''))
)

describe('slugify', () => {
  it('turns the issue headlines into readable slugs', () => {
    expect(slugify('Путин встретился с Си Цзиньпином')).toBe('putin-vstretilsia-s-si-tszinpinom')
    expect(slugify('Tromsø and Łódź: Straße')).toBe('tromso-and-lodz-strasse')
    expect(slugify('Café in Zürich')).toBe('cafe-in-zurich')
    expect(slugify('Œuvre, þing, æsir, Đà Nẵng')).toBe('oeuvre-thing-aesir-da-nang')
    expect(slugify('Αθήνα: η Ευρώπη μπαίνει')).toBe('athina-i-evropi-mpainei')
    expect(slugify('Київ і Львів')).toBe('kyiv-i-lviv')
  })

  it('keeps the letters of scripts without one standard transliteration', () => {
    expect(slugify('東京で初雪')).toBe('東京で初雪')
    expect(slugify('北京市 宣布 新计划')).toBe('北京市-宣布-新计划')
    expect(slugify('مرحبا بالعالم كَتَبَ')).toBe('مرحبا-بالعالم-كتب')
    expect(slugify('שָׁלוֹם עולם')).toBe('שלום-עולם')
    expect(slugify('กรุงเทพมหานคร')).toBe('กรุงเทพมหานคร')
    expect(slugify('iPhone発売へ')).toBe('iphone-発売へ')
  })

  it('normalises homoglyph spoofing by transliteration', () => {
    expect(slugify('p\u0430ypal login')).toBe('paypal-login')
    expect(slugify('\u0440\u0430ypal')).toBe(slugify('paypal'))
  })

  it('never returns an empty slug: a stable short hash when nothing is left', () => {
    const a = slugify('🎉🎉🎉')
    expect(a).toMatch(/^s-[0-9a-z]{7}$/)
    expect(slugify('🎉🎉🎉')).toBe(a)
    expect(slugify('🎈🎈🎈')).not.toBe(a)
    expect(slugify('')).toMatch(/^s-[0-9a-z]{7}$/)
  })

  it('bounds the length in characters without splitting a letter from its marks or a surrogate pair', () => {
    const hindi = slugify('नमस्ते'.repeat(40), 10)
    expect([...hindi].length).toBeLessThanOrEqual(10)
    expect(/\p{M}/u.test([...'नमस्ते'.repeat(40)][[...hindi].length] ?? '')).toBe(false)
    const astral = slugify('𠮷'.repeat(100), 7)
    expect(astral).toBe('𠮷'.repeat(7))
    expect(suffixSlug('𠮷'.repeat(100), 'a1b2c3', 10)).toBe('𠮷𠮷𠮷-a1b2c3')
  })

  it('for any Unicode text: non-empty, a valid slug, URL-safe once encoded, stable and idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const slug = slugify(input)
        expect(slug.length).toBeGreaterThan(0)
        expect([...slug].length).toBeLessThanOrEqual(80)
        expect(SLUG_RE.test(slug), slug).toBe(true)
        expect(slugProblem(slug), slug).toBeNull()
        expect(encodeURIComponent(slug)).toMatch(/^[A-Za-z0-9%-]+$/)
        expect(decodeURIComponent(encodeURIComponent(slug))).toBe(slug)
        expect(slugify(input)).toBe(slug)
        expect(slugify(slug)).toBe(slug)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('slugProblem (slugs someone chooses)', () => {
  it('accepts lower-case words of one script each', () => {
    for (const ok of [
      'putin-meets-xi',
      'путин-встретился',
      '東京で初雪-2026',
      'مرحبا-بالعالم',
      'iphone-発売',
    ]) {
      expect(slugProblem(ok), ok).toBeNull()
    }
  })

  it('refuses bidi controls, mixed scripts in a word, upper case and over-long slugs', () => {
    expect(slugProblem('abc\u202edef')).toMatch(/bidirectional/)
    expect(slugProblem('abc\u200f')).toMatch(/bidirectional/)
    expect(slugProblem('p\u0430ypal')).toMatch(/single script/)
    expect(slugProblem('Paypal')).toMatch(/lower-case/)
    expect(slugProblem('a'.repeat(121))).toMatch(/at most 120/)
    expect(slugProblem('東'.repeat(120))).toBeNull()
    expect(slugProblem('e\u0301')).toMatch(/normalization/)
  })

  it('mixesScripts looks at letters only', () => {
    expect(mixesScripts('covid19')).toBe(false)
    expect(mixesScripts('東京で初雪ー')).toBe(false)
    expect(mixesScripts('goοgle')).toBe(true)
    expect(transliterate('щука')).toBe('shchuka')
  })
})
