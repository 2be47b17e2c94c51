/**
 * @module The health of the database a Worker answers from: its applied migrations, or why it
 * cannot answer (what `/healthz` reports).
 */
import { ApiError } from '../domain/errors'
import type { Db } from '../storage/db'
import {
  SCHEMA_MISSING_DETAIL,
  isSchemaMissingError,
  readSchemaState,
  type SchemaState,
} from '../storage/schema'

export type { SchemaState }

/** What the health check found: the schema, or a database that did not answer. */
export type DatabaseHealth = { ok: true; schema: SchemaState } | { ok: false; detail: string }

/**
 * Reads the schema state. A schema that was never migrated throws the 503 every data route answers
 * (with the command that fixes it); any other failure is reported as not answering.
 */
export async function databaseHealth(db: Db): Promise<DatabaseHealth> {
  let schema: SchemaState
  try {
    schema = await readSchemaState(db)
  } catch (err) {
    if (isSchemaMissingError(err)) throw err
    return { ok: false, detail: 'The database is not answering.' }
  }
  if (schema.applied === 0) throw new ApiError('unavailable', SCHEMA_MISSING_DETAIL)
  return { ok: true, schema }
}
