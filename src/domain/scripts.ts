/**
 * @module Writing systems: which script a letter belongs to, Latin/Greek/Cyrillic transliteration,
 * and the folding of what readers do not type (accents, ß, ø, Greek tonos, Arabic vowel marks).
 */

/** Letters that do not decompose into base + accent but have a usual ASCII spelling. */
const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ħ: 'h',
  Ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'l',
  ŋ: 'ng',
  Ŋ: 'ng',
  ĸ: 'q',
  ſ: 's',
  ŧ: 't',
  Ŧ: 't',
  ƒ: 'f',
  ɖ: 'd',
  ƙ: 'k',
  ɓ: 'b',
  ƴ: 'y',
  ǝ: 'e',
  ə: 'e',
  Ə: 'e',
}

/** Russian and neighbouring Cyrillic alphabets, after ICAO Doc 9303 (passports), lower case. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // Ukrainian, Belarusian, Serbian, Macedonian, Kazakh
  є: 'ie',
  і: 'i',
  ї: 'i',
  ґ: 'g',
  ў: 'u',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'g',
  ќ: 'k',
  ѕ: 'dz',
  ә: 'a',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
}

/** Ukrainian (official 2010 romanisation) where it differs from Russian: Київ → kyiv. */
const UKRAINIAN: Record<string, string> = { г: 'h', и: 'y', і: 'i', ї: 'i', є: 'ie', ґ: 'g' }

/** Letters only Ukrainian uses: a text with any of them is spelled the Ukrainian way. */
export const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/u

/** Modern Greek after ELOT 743 (ISO 843 type 2), lower case and without tonos. */
const GREEK_PAIRS: Record<string, string> = {
  ου: 'ou',
  αυ: 'av',
  ευ: 'ev',
  γγ: 'ng',
  γκ: 'gk',
  μπ: 'mp',
}
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
}

const MARKS = /\p{M}/u
const TRANSLITERATED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u

/**
 * Scripts written without spaces between words: search indexes them as overlapping character pairs.
 */
export const SPACELESS = new RegExp(
  `[${['Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Lao', 'Khmer', 'Myanmar']
    .map((name) => `\\p{Script=${name}}`)
    .join('')}ー]`,
  'u'
)

/** Bidirectional formatting controls: invisible, and able to reorder what a reader sees. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u

/** Lone UTF-16 surrogates: not Unicode text, and not encodable as UTF-8. */
export const LONE_SURROGATE = /\p{Cs}/u

/** Graphemes in the simple sense that matters here: a base character and the marks after it. */
export function clusters(text: string): string[] {
  return text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? []
}

/**
 * The script family of one letter, with the scripts of one writing system merged (Japanese kana and
 * kanji are one family, Korean hangul and hanja another); null for digits, marks and punctuation.
 *
 * @example
 * scriptFamily('а') // 'Cyrillic'
 */
export function scriptFamily(ch: string): string | null {
  if (!/\p{L}/u.test(ch) || /[\p{Script=Common}\p{Script=Inherited}]/u.test(ch)) return null
  for (const [name, re] of FAMILIES) if (re.test(ch)) return name
  return 'Other'
}

const CJK = ['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo']
  .map((name) => `\\p{Script=${name}}`)
  .join('')
const FAMILIES: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['CJK', new RegExp(`[${CJK}]`, 'u')],
  ...[
    'Arabic',
    'Hebrew',
    'Thai',
    'Lao',
    'Khmer',
    'Myanmar',
    'Devanagari',
    'Bengali',
    'Gurmukhi',
    'Gujarati',
    'Oriya',
    'Tamil',
    'Telugu',
    'Kannada',
    'Malayalam',
    'Sinhala',
    'Armenian',
    'Georgian',
    'Ethiopic',
    'Tibetan',
    'Mongolian',
    'Thaana',
    'Syriac',
  ].map((name): [string, RegExp] => [name, new RegExp(`\\p{Script=${name}}`, 'u')]),
]

/** True when the letters of one word come from several script families ("pаypal", Cyrillic а). */
export function mixesScripts(word: string): boolean {
  let seen: string | null = null
  for (const ch of word) {
    const family = scriptFamily(ch)
    if (family === null) continue
    if (seen !== null && family !== seen) return true
    seen = family
  }
  return false
}

/**
 * Spells a lower-case Latin, Greek or Cyrillic word in ASCII; letters of other scripts are kept.
 * `ukrainian` spells Cyrillic the Ukrainian way (и → y, г → h).
 * Accents go (Tromsø → tromso, Łódź → lodz), special letters get their usual spelling
 * (Straße → strasse).
 *
 * @example
 * transliterate('путин') // 'putin'
 */
export function transliterate(word: string, ukrainian = false): string {
  let out = ''
  const cs = clusters(word.normalize('NFD'))
  for (let i = 0; i < cs.length; i += 1) {
    const cluster = cs[i]!
    const base = [...cluster][0]!
    if (!TRANSLITERATED.test(base)) {
      out += cluster
      continue
    }
    const next = cs[i + 1] ? [...cs[i + 1]!][0]! : ''
    const pair = GREEK_PAIRS[base + next]
    if (pair !== undefined) {
      out += pair
      i += 1
      continue
    }
    const cyrillic = (ukrainian ? UKRAINIAN[base] : undefined) ?? CYRILLIC[base]
    out += LATIN_SPECIAL[base] ?? cyrillic ?? GREEK[base] ?? (MARKS.test(base) ? '' : base)
  }
  return out.normalize('NFC')
}

/**
 * The form a search matches on, in the word's own script: lower case, accents and vowel marks
 * removed, special Latin letters spelled out (Straße → strasse, Ωραία → ωραια, كَتَبَ → كتب).
 */
export function foldWord(word: string): string {
  let out = ''
  for (const cluster of clusters(word.toLowerCase().normalize('NFD'))) {
    const base = [...cluster][0]!
    if (/[\p{Script=Latin}\p{Script=Greek}]/u.test(base)) out += LATIN_SPECIAL[base] ?? base
    else if (/[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(base)) out += base.replace('\u0640', '')
    else if (base === 'е' || base === 'и') out += cluster.normalize('NFC') === 'ё' ? 'е' : cluster
    else out += cluster
  }
  return out.normalize('NFC')
}

/**
 * Splits a word where its letters change script family ("iphone発売" → ["iphone", "発売"]); digits and
 * marks stay with the letters before them.
 */
export function scriptRuns(word: string): string[] {
  const runs: string[] = []
  let current = ''
  let family: string | null = null
  for (const ch of word) {
    const f = scriptFamily(ch)
    if (f !== null && family !== null && f !== family) {
      runs.push(current)
      current = ''
    }
    if (f !== null) family = f
    current += ch
  }
  if (current) runs.push(current)
  return runs
}

/** Cyrillic and Greek letters drawn like Latin ones (after Unicode TR 39 confusables). */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ү: 'y',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
}

/**
 * A word mixing Latin with Cyrillic or Greek letters is a spoofing pattern ("pаypal" with a
 * Cyrillic а): its lookalike letters are read as the Latin ones they imitate. Other words are
 * returned unchanged.
 *
 * @example
 * unspoof('р\u0430ypal') // 'paypal'
 */
export function unspoof(word: string): string {
  if (!/\p{Script=Latin}/u.test(word) || !mixesScripts(word)) return word
  return [...word].map((ch) => LOOKALIKES[ch] ?? ch).join('')
}

/** Languages written right to left: pages set `dir="rtl"` for them. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'he',
  'fa',
  'ur',
  'yi',
  'ps',
  'sd',
  'ug',
  'dv',
  'ckb',
])

/**
 * The writing direction of a BCP 47 language tag.
 *
 * @example
 * languageDirection('ar-EG') // 'rtl'
 */
export function languageDirection(tag: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(tag.split(/[-_]/)[0]!.toLowerCase()) ? 'rtl' : 'ltr'
}

/**
 * The first `max` UTF-16 units of a text at most, never ending inside a surrogate pair (emoji,
 * astral letters) or between a letter and its combining marks.
 *
 * @example
 * cutText('ab😀', 3) // 'ab'
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end -= 1
  const markAt = (i: number) => /^\p{M}/u.test(text.slice(i, i + 2))
  while (end > 0 && markAt(end)) {
    end -= 1
    if (/[\udc00-\udfff]/.test(text[end] ?? '')) end -= 1
  }
  return text.slice(0, end)
}
