/**
 * @module What full-text search indexes besides the words themselves: folded spellings (Straße →
 * strasse, Ωραία → ωραια) and, for scripts written without spaces (Chinese, Japanese, Thai...),
 * overlapping character pairs, so that a two-character query finds a word inside a sentence.
 */
import { SPACELESS, clusters, foldWord } from './scripts'

/** A run of letters as the index sees it: the FTS5 tokenizer's rule (letters, marks, digits). */
const TOKEN = /[\p{L}\p{N}\p{Co}][\p{L}\p{M}\p{N}\p{Co}]*/gu

/**
 * The alternative text of one article is cut here (UTF-16 units), far beyond any story's words; all
 * the articles of one write share SEARCH_ALT_BATCH, so the bound JSON stays well under D1's 2 MB.
 */
export const SEARCH_ALT_MAX = 300_000
const ASCII_WORD = /^[a-z0-9]+$/
export const SEARCH_ALT_BATCH = 450_000

/** One searchable piece of a query or text. */
export type SearchPiece =
  { kind: 'word'; word: string; folded: string } | { kind: 'spaceless'; clusters: string[] }

/**
 * Splits text into searchable pieces: words of spaced scripts, with their folded spelling, and runs
 * of spaceless scripts as character clusters. A token mixing both ("iphone発売") gives one of each.
 *
 * @example
 * searchPieces('Straße 東京')
 * // [{ kind: 'word', word: 'straße', folded: 'strasse' },
 * //  { kind: 'spaceless', clusters: ['東', '京'] }]
 */
export function searchPieces(text: string): SearchPiece[] {
  const pieces: SearchPiece[] = []
  for (const token of text.normalize('NFC').toLowerCase().match(TOKEN) ?? []) {
    for (const run of splitSpaceless(token)) {
      if (SPACELESS.test(run)) pieces.push({ kind: 'spaceless', clusters: clusters(run) })
      else pieces.push({ kind: 'word', word: run, folded: foldWord(run) })
    }
  }
  return pieces
}

/**
 * The extra tokens the index holds for a text, space-separated: folded spellings the tokenizer
 * would not produce itself, the parts of tokens that mix spaced and spaceless scripts, and the
 * character pairs (plus each run's last character) of spaceless runs.
 */
export function searchAltText(text: string, max = SEARCH_ALT_MAX): string {
  const out: string[] = []
  let size = 0
  for (const token of text.normalize('NFC').toLowerCase().match(TOKEN) ?? []) {
    // Plain ASCII words (most of an English story) have no other spelling: skip the Unicode work.
    if (ASCII_WORD.test(token)) continue
    const runs = splitSpaceless(token)
    for (const run of runs) {
      const alts = SPACELESS.test(run) ? pairs(clusters(run)) : [altSpelling(run, runs.length > 1)]
      for (const alt of alts) {
        if (!alt) continue
        size += alt.length + 1
        if (size > max + 1) return out.join(' ')
        out.push(alt)
      }
    }
  }
  return out.join(' ')
}

/** Overlapping pairs of clusters, and the last cluster alone (a one-character query finds it). */
export function pairs(cs: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < cs.length; i += 1) out.push(cs[i]! + cs[i + 1]!)
  if (cs.length > 0) out.push(cs[cs.length - 1]!)
  return out
}

function altSpelling(word: string, split: boolean): string {
  const folded = foldWord(word)
  if (split) return folded === word ? word : `${word} ${folded}`
  return folded === stripLatinMarks(word) ? '' : folded
}

/** What the tokenizer's own `remove_diacritics` does: accents off Latin letters only. */
function stripLatinMarks(word: string): string {
  return word
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
}

/** Cuts a token where it changes between spaceless and spaced scripts. */
function splitSpaceless(token: string): string[] {
  const runs: string[] = []
  let current = ''
  let spaceless: boolean | null = null
  for (const cluster of clusters(token)) {
    const isSpaceless = SPACELESS.test(cluster)
    if (spaceless !== null && isSpaceless !== spaceless && /[\p{L}]/u.test(cluster)) {
      runs.push(current)
      current = ''
    }
    if (/\p{L}/u.test(cluster)) spaceless = isSpaceless
    current += cluster
  }
  if (current) runs.push(current)
  return runs
}

/**
 * The literal strings a snippet should mark for a query: each word as typed and its folded form,
 * and each spaceless run whole (the index matched its character pairs, the reader sees the run).
 *
 * @example
 * searchHighlights('Straße 東京') // ['straße', 'strasse', '東京']
 */
export function searchHighlights(query: string): string[] {
  const out = new Set<string>()
  for (const piece of searchPieces(query)) {
    if (piece.kind === 'word') out.add(piece.word).add(piece.folded)
    else out.add(piece.clusters.join(''))
  }
  return [...out]
}
