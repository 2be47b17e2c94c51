/**
 * @module The D1 handle type storage functions take, and small SQL helpers.
 */

/** A D1 database or a Sessions API session: both prepare statements and run batches. */
export type Db = Pick<D1Database, 'prepare' | 'batch'>

/** True when a D1 error is a UNIQUE or PRIMARY KEY constraint failure. */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed|PRIMARY KEY/i.test(err.message)
}

/** The current time as the ISO string every timestamp column holds. */
export function nowIso(): string {
  return new Date().toISOString()
}
