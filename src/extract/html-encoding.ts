/**
 * @module Repairs text that was UTF-8 but got read as Latin-1 somewhere on its way ("Itâ\u0080\u0099s"
 * for "It’s"): each multi-byte character became two to four Latin-1 characters, the later ones C1
 * control characters (U+0080–U+009F) or Latin-1 symbols.
 */

/** C1 control characters: never in real text, so their presence proves the misreading. */
const C1 = /[\u0080-\u009f]/
/**
 * One UTF-8 character read as Latin-1: a lead byte, then one to three continuation bytes. Fixed
 * counts, no nesting: linear.
 */
const MISREAD =
  /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g

/** The character `bytes` encode in UTF-8, or null for an overlong form or a surrogate. */
function decodeMisread(bytes: string): string | null {
  const n = bytes.length
  const lead = bytes.charCodeAt(0)
  let code = lead & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07)
  for (let i = 1; i < n; i++) code = (code << 6) | (bytes.charCodeAt(i) & 0x3f)
  const least = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000
  if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null
  return String.fromCodePoint(code)
}

/**
 * `text` with UTF-8 characters that were read as Latin-1 put back, when the text carries the proof
 * of that misreading (a C1 control character); otherwise `text` itself. Latin-1 letters that stand
 * for themselves ("Ã©" on a page about encodings) are never touched without that proof.
 *
 * @example
 * repairMisreadUtf8('Itâ\u0080\u0099s late') // 'It’s late'
 */
export function repairMisreadUtf8(text: string): string {
  if (!C1.test(text)) return text
  return text.replace(MISREAD, (bytes) => decodeMisread(bytes) ?? bytes)
}
