/**
 * @module The database schema's state: which migrations are applied, and whether a D1 error means
 * they are missing.
 */
import type { Db } from './db'

/** The command that creates or updates the local schema: what a missing-schema problem names. */
export const MIGRATE_COMMAND = 'npx wrangler d1 migrations apply DB --local'

/** The `detail` of the 503 answered while the schema is missing or behind the code. */
export const SCHEMA_MISSING_DETAIL =
  'The database schema is missing or older than this version of Edgewire: its D1 migrations were ' +
  `not applied. Run \`${MIGRATE_COMMAND}\` (\`--remote\` for the deployed database), then retry.`

/** Applied migrations, as wrangler records them in its `d1_migrations` table. */
export interface SchemaState {
  applied: number
  latest: string | null
}

/**
 * True when a D1 error says a table or column the code expects does not exist: the migrations were
 * never applied (a fresh clone running `wrangler dev`) or a newer one is still pending.
 *
 * @example
 * isSchemaMissingError(new Error('D1_ERROR: no such table: articles: SQLITE_ERROR')) // true
 */
export function isSchemaMissingError(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 3; e = e.cause, depth++) {
    if (/\bno such (table|column)\b/i.test(e.message)) return true
  }
  return false
}

/**
 * Reads the applied migrations: one small query, as cheap as `SELECT 1`, and always current, so a
 * health check turns green as soon as the migrations are applied to a running Worker.
 * Throws a "no such table" D1 error when no migration was ever applied.
 */
export async function readSchemaState(db: Db): Promise<SchemaState> {
  const row = await db
    .prepare('SELECT count(*) AS applied, max(name) AS latest FROM d1_migrations')
    .first<{ applied: number; latest: string | null }>()
  return { applied: row?.applied ?? 0, latest: row?.latest ?? null }
}
