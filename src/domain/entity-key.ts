/**
 * @module The folded form entity names are matched by, shared by the derive step and the entity
 * filters' SQL.
 */

/**
 * The folded form entity names and aliases are matched by: lower case, no accents, single spaces.
 *
 * @example
 * entityKey('  Élysée   Palace ') // 'elysee palace'
 */
export function entityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 200)
}
