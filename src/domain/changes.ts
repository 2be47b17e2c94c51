/**
 * @module The change feed's vocabulary: event kinds, who sees which, the retention window and the
 * cursor format.
 */

/** What a write did to a story, named from its status before and after (and its corrections). */
export const CHANGE_KINDS = [
  'created',
  'updated',
  'scheduled',
  'published',
  'unpublished',
  'archived',
  'corrected',
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

/**
 * What an anonymous reader sees of an event: `public` (the story is published after it),
 * `tombstone` (it was published and left public view), `private` (neither: drafts-keys only).
 */
export type ChangeVisibility = 'public' | 'tombstone' | 'private'

/** Days an event is kept before compaction may drop it (when a newer event of its story exists). */
export const CHANGE_RETENTION_DAYS = 30

/** Events per page: default and maximum. */
export const CHANGES_DEFAULT_LIMIT = 50
export const CHANGES_MAX_LIMIT = 100

const CURSOR_RE = /^c([rt])\.([0-9a-z]{1,12})\.([0-9a-f]{12})$/

/**
 * A position in the log. `replay` marks a cursor issued while reading the compacted part of the log
 * (below the horizon): such a reader is rebuilding state from the latest event of each story, which
 * further compaction cannot spoil. A `tail` cursor promises every event after it, so it expires
 * once compaction removes events after it.
 */
export interface ChangeCursor {
  seq: number
  replay: boolean
}

async function checksum(mode: string, seq: number): Promise<string> {
  const bytes = new TextEncoder().encode(`edgewire-changes:${mode}:${seq}`)
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * The cursor of a position in the log: opaque to clients, checked on the way back in. It carries no
 * authority (what a caller sees is decided by its key), so a checksum that catches edits and typos
 * is enough; a cursor ahead of the log is refused separately.
 *
 * @example
 * await encodeChangeCursor({ seq: 42, replay: false }) // 'ct.16.3f0c…'
 */
export async function encodeChangeCursor(cursor: ChangeCursor): Promise<string> {
  const mode = cursor.replay ? 'r' : 't'
  return `c${mode}.${cursor.seq.toString(36)}.${await checksum(mode, cursor.seq)}`
}

/** The position a cursor names, or null when it is not one this API issued. */
export async function decodeChangeCursor(cursor: string): Promise<ChangeCursor | null> {
  const match = CURSOR_RE.exec(cursor)
  if (!match) return null
  const [, mode, digits, sum] = match as unknown as [string, string, string, string]
  const seq = parseInt(digits, 36)
  if (!Number.isSafeInteger(seq)) return null
  return (await checksum(mode, seq)) === sum ? { seq, replay: mode === 'r' } : null
}
