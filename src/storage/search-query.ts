/**
 * @module FTS5 query terms for the pieces of a search (src/domain/search-text.ts): each piece is
 * quoted, so operators and syntax characters in what a reader typed are only ever words.
 */
import { pairs, type SearchPiece } from '../domain/search-text'

/**
 * The MATCH term for one piece: a word, or its folded spelling too (`("straße" OR "strasse")`); a
 * spaceless run as the phrase of its character pairs (`"東京 京都"`), or a prefix for one character.
 *
 * @example
 * ftsTerm({ kind: 'spaceless', clusters: ['東', '京', '都'] }) // '"東京 京都"'
 */
export function ftsTerm(piece: SearchPiece): string {
  if (piece.kind === 'word') {
    const { word, folded } = piece
    return folded === word ? `"${word}"` : `("${word}" OR "${folded}")`
  }
  if (piece.clusters.length === 1) return `"${piece.clusters[0]}"*`
  return `"${pairs(piece.clusters).slice(0, -1).join(' ')}"`
}
