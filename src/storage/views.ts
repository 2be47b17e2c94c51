/**
 * @module Rendered views at their address: a KV entry per view (body as the value, validators and
 * content type as metadata, so a hit is one KV read), a short in-isolate layer, and the D1 side of
 * write-time invalidation (which keys depend on what, and the durable outbox the triggers fill).
 */
import type { Db } from './db'

/** What a cached view carries besides its body (KV metadata: at most 1,024 bytes). */
export interface ViewMeta {
  /** Strong ETag, quoted: a hash of the body bytes (as is; the gzip form's adds `-gz`). */
  etag: string
  /** `Last-Modified` (ISO) or null. */
  lastModified: string | null
  /** `Content-Type` of the body. */
  type: string
  /** When it was rendered (ISO). */
  renderedAt: string
  /**
   * `gzip` when the KV value is the body's gzip form; absent when it is the body as is (views too
   * small to gain, and entries written before views were stored compressed).
   */
  coding?: 'gzip'
  /** Byte length of the body as is, when the value is its gzip form. */
  length?: number
}

export interface ViewEntry extends Omit<ViewMeta, 'coding' | 'length'> {
  /**
   * The body as UTF-8 bytes, encoded once when rendered, or null until needed: a KV hit stored as
   * gzip is decoded only when a client that takes no gzip asks for it (`plainBody`), once per copy.
   */
  body: Uint8Array<ArrayBuffer> | null
  /** The body's gzip form (made once, when the view is stored), or null when there is none. */
  gzip: Uint8Array<ArrayBuffer> | null
  /** Byte length of the body as is. */
  length: number
}

/** The ETag of a view's gzip form: strong validators differ per content coding (RFC 9110 8.8.3). */
export function gzipEtag(etag: string): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-gz"` : `${etag}-gz`
}

/** Bytes a copy holds in memory (or will, once its plain body is decoded). */
function entryBytes(entry: ViewEntry): number {
  return entry.length + (entry.gzip?.byteLength ?? 0)
}

/**
 * The view's body as is: the bytes rendered, or its gzip form decoded once (and kept on the
 * entry, so the in-isolate copy decodes at most once).
 */
export async function plainBody(entry: ViewEntry): Promise<Uint8Array<ArrayBuffer>> {
  if (entry.body) return entry.body
  if (!entry.gzip) throw new Error('view has neither a body nor a gzip form')
  const stream = new Blob([entry.gzip]).stream().pipeThrough(new DecompressionStream('gzip'))
  entry.body = new Uint8Array(await new Response(stream).arrayBuffer())
  return entry.body
}

/**
 * The gzip form of a body, or null when it would not be smaller. Runs once per stored view, on the
 * miss path (after the response is sent).
 */
export async function gzipBody(
  body: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer> | null> {
  const stream = new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'))
  const gz = new Uint8Array(await new Response(stream).arrayBuffer())
  return gz.byteLength < body.byteLength ? gz : null
}

/**
 * How long a copy may live in an isolate's memory. Invalidation deletes KV keys and drops the
 * writing isolate's copies of them; other isolates keep a copy at most this long (on top of KV's
 * ~60 s).
 */
export const VIEW_MEMORY_MS = 1000
const MEMORY_MAX_BYTES = 8 * 1024 * 1024
const MEMORY_MAX_ENTRY = 512 * 1024

interface MemoryCopy {
  entry: ViewEntry
  until: number
  bytes: number
  /**
   * True once D1 has recorded what the view shows and found no write to it since its render began
   * (or it came from KV, which only holds such views): a later write finds the key in
   * `view_keys` and drops this copy by name. False for a render not checked yet, which a flush
   * cannot find by name and so drops with every unchecked copy.
   */
  checked: boolean
}
const memory = new Map<string, MemoryCopy>()
let memoryBytes = 0
/** Keys whose KV delete is pending in this isolate: KV may still hold the view a write changed. */
const held = new Map<string, number>()

/**
 * Forget events in this isolate, counted: a copy is kept only if what it shows was read (rendered,
 * checked or read from KV) after the last event that concerns it (`viewMark`).
 */
let marks = 0
/** Keys dropped by name (a write changed what they show): the mark, and when (for pruning). */
const forgotten = new Map<string, [mark: number, at: number]>()
/** The last time every unchecked copy was dropped (a flush began), and every copy at all. */
let uncheckedForgotten = 0
let allForgotten = 0
/** A render or a D1 check outlives this only if it is broken: older marks are not needed. */
const FORGOTTEN_KEEP_MS = 60_000

/**
 * The current mark: take it before reading what a copy will show (a render, a D1 check, a KV
 * read), and pass it to `rememberView` / `mayKeepView`.
 */
export function viewMark(): number {
  return marks
}

/**
 * Whether a copy whose content was read at `since` may be kept (or shared with another request):
 * not if its key was dropped by name since, nor every copy, nor (unchecked) every unchecked copy.
 */
export function mayKeepView(key: string, since: number, checked: boolean): boolean {
  if (allForgotten > since || (!checked && uncheckedForgotten > since)) return false
  return (forgotten.get(key)?.[0] ?? 0) <= since
}

function dropCopy(key: string): void {
  const old = memory.get(key)
  if (!old) return
  memory.delete(key)
  memoryBytes -= old.bytes
}

/** A copy of the view from this isolate's memory, if fresh. */
export function memoryView(key: string, now = Date.now()): ViewEntry | null {
  const hit = memory.get(key)
  if (!hit) return null
  if (hit.until >= now) return hit.entry
  dropCopy(key)
  return null
}

/**
 * Keeps a copy of the view in this isolate's memory (bounded in bytes, oldest out first), unless
 * `mayKeepView` says its content is older than a drop that concerns it; `checked` as on
 * `MemoryCopy`, `since` the `viewMark` taken before its content was read.
 */
export function rememberView(
  key: string,
  entry: ViewEntry,
  { checked, since, now = Date.now() }: { checked: boolean; since: number; now?: number }
): void {
  if (entry.length > MEMORY_MAX_ENTRY || !mayKeepView(key, since, checked)) return
  dropCopy(key)
  memory.set(key, { entry, until: now + VIEW_MEMORY_MS, bytes: entryBytes(entry), checked })
  memoryBytes += entryBytes(entry)
  for (const [k, e] of memory) {
    if (memoryBytes <= MEMORY_MAX_BYTES) break
    memory.delete(k)
    memoryBytes -= e.bytes
  }
}

/**
 * Gives a view its gzip form once made (after the response that rendered it): the entry is shared
 * with this isolate's copy, whose byte count grows with it.
 */
export function attachGzip(key: string, entry: ViewEntry, gzip: Uint8Array<ArrayBuffer>): void {
  entry.gzip = gzip
  const copy = memory.get(key)
  if (copy?.entry !== entry) return
  copy.bytes += gzip.byteLength
  memoryBytes += gzip.byteLength
}

/**
 * Drops this isolate's copy of one view because a write changed it: a copy of content read
 * before now is not kept again (a render or a check still in flight).
 */
export function forgetView(key: string, now = Date.now()): void {
  dropCopy(key)
  forgotten.set(key, [++marks, now])
  if (forgotten.size > 10_000)
    for (const [k, [, at]] of forgotten) if (now - at > FORGOTTEN_KEEP_MS) forgotten.delete(k)
}

/**
 * Holds a key while its KV delete waits (KV takes one write per second per key): it is dropped by
 * name at once, and until `release` runs this isolate does not read it from KV, whose copy may be
 * the old view; a render that began after the hold is kept and served as usual.
 */
export function holdView(key: string): () => void {
  forgetView(key)
  held.set(key, (held.get(key) ?? 0) + 1)
  return () => {
    const n = (held.get(key) ?? 1) - 1
    if (n > 0) held.set(key, n)
    else held.delete(key)
  }
}

/** True while a KV delete of the key is pending in this isolate (`holdView`). */
export function viewHeld(key: string): boolean {
  return held.has(key)
}

/**
 * Starts a flush in this isolate: drops every copy not checked yet (a flush finds the keys it
 * drops in `view_keys`, where an unchecked render is not recorded yet), and no unchecked copy of
 * content read before now is kept again.
 */
export function forgetUncheckedViews(): void {
  for (const [key, copy] of memory) if (!copy.checked) dropCopy(key)
  uncheckedForgotten = ++marks
}

/** Drops every in-isolate copy: a flush that could not tell which keys it changed does this. */
export function forgetAllViews(): void {
  memory.clear()
  memoryBytes = 0
  allForgotten = ++marks
}

/**
 * Reads a view from KV: one `getWithMetadata` of the raw bytes (no decoding: the response sends
 * them as stored, gzip to clients that take it), or null when absent or written by an older format.
 *
 * @example
 * const entry = await getView(env.CACHE, 'v1:page:harbour-bridge:html:1a2b3c4d')
 */
export async function getView(kv: KVNamespace, key: string): Promise<ViewEntry | null> {
  const { value, metadata } = await kv.getWithMetadata<ViewMeta>(key, 'arrayBuffer')
  if (value === null || !metadata || typeof metadata.etag !== 'string') return null
  const { coding, length, ...meta } = metadata
  const bytes = new Uint8Array(value)
  if (coding === 'gzip' && typeof length === 'number')
    return { ...meta, body: null, gzip: bytes, length }
  return { ...meta, body: bytes, gzip: null, length: bytes.byteLength }
}

/**
 * Writes a view to KV with its metadata: the gzip form when there is one (what most clients take,
 * and 4-10 times fewer bytes to store and read), else the body as is.
 */
export async function putView(
  kv: KVNamespace,
  key: string,
  entry: ViewEntry,
  ttl: number
): Promise<void> {
  const { body, gzip, length, ...meta } = entry
  const value = gzip ?? body
  if (!value) throw new Error('view has neither a body nor a gzip form')
  const metadata: ViewMeta = gzip ? { ...meta, coding: 'gzip', length } : meta
  await kv.put(key, value, { expirationTtl: ttl, metadata })
}

const NOW_MS = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`

/**
 * Records what a freshly rendered view depends on, and tells whether it may be stored: false when a
 * write changed one of those dependencies since `startedMs` (when the render began), since the
 * render may then have read the old state. One batch: the rows first, then the check, so a write
 * that commits after it sees the rows and drops the key.
 */
export async function recordViewKeys(
  db: Db,
  key: string,
  deps: readonly string[],
  startedMs: number
): Promise<boolean> {
  const json = JSON.stringify([...new Set(deps)])
  const [, check] = await db.batch([
    db
      .prepare(
        `INSERT INTO view_keys (dep, key, started_ms) SELECT value, ?2, ?3 FROM json_each(?1) WHERE 1
         ON CONFLICT (dep, key) DO UPDATE SET started_ms = max(started_ms, excluded.started_ms)`
      )
      .bind(json, key, startedMs),
    db
      .prepare(
        `SELECT count(*) AS n FROM view_outbox
         WHERE dep IN (SELECT value FROM json_each(?1)) AND queued_ms >= ?2`
      )
      .bind(json, startedMs),
  ])
  const rows = (check?.results ?? []) as { n: number }[]
  return (rows[0]?.n ?? 0) === 0
}

/** An invalidation waiting to be applied (or retried). */
export interface PendingInvalidation {
  dep: string
  /** When the dependency was last queued (D1 clock, ms): completing checks it, see below. */
  queued_ms: number
  attempts: number
}

/**
 * Newest pending invalidations first, at most `limit`: a write's flush applies what that write
 * queued before any backlog (a batch import or a failed flush leaves one), which later flushes and
 * the cron drain.
 */
export async function listPendingInvalidations(
  db: Db,
  limit: number
): Promise<PendingInvalidation[]> {
  const rows = await db
    .prepare(
      `SELECT dep, queued_ms, attempts FROM view_outbox
       WHERE done_ms IS NULL ORDER BY queued_ms DESC LIMIT ?1`
    )
    .bind(limit)
    .all<PendingInvalidation>()
  return rows.results
}

/**
 * The KV keys recorded as depending on each pending dependency by a render that began before the
 * write queued it (a dependency with none is absent): a view rendered after the write already
 * shows it, and dropping it would only make the next reader render the same bytes again.
 */
export async function keysByDep(
  db: Db,
  pending: readonly Pick<PendingInvalidation, 'dep' | 'queued_ms'>[]
): Promise<Map<string, string[]>> {
  const rows = await db
    .prepare(
      `SELECT v.dep, v.key FROM view_keys v
       JOIN (SELECT json_extract(value, '$[0]') AS dep, json_extract(value, '$[1]') AS queued_ms
             FROM json_each(?1)) AS p ON v.dep = p.dep
       WHERE v.started_ms < p.queued_ms`
    )
    .bind(JSON.stringify(pending.map((p) => [p.dep, p.queued_ms])))
    .all<{ dep: string; key: string }>()
  const byDep = new Map<string, string[]>()
  for (const r of rows.results) {
    const keys = byDep.get(r.dep)
    if (keys) keys.push(r.key)
    else byDep.set(r.dep, [r.key])
  }
  return byDep
}

/**
 * Marks invalidations done and forgets the dropped keys' dependency rows recorded by renders that
 * began `before` (default: the earliest of these writes) (a re-render records them again). Rows of a render
 * that began after it stay: it may already have stored a current view while this flush ran, and a
 * later write must still find it. A dependency queued again meanwhile (a newer `queued_ms`) stays
 * pending.
 */
export async function completeInvalidations(
  db: Db,
  done: readonly PendingInvalidation[],
  keys: readonly string[],
  before = Math.min(...done.map((d) => d.queued_ms))
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `DELETE FROM view_keys WHERE key IN (SELECT value FROM json_each(?1)) AND started_ms < ?2`
      )
      .bind(JSON.stringify(keys), Number.isFinite(before) ? before : 0),
    db
      .prepare(
        `UPDATE view_outbox SET done_ms = ${NOW_MS}, attempts = attempts + 1, last_error = NULL
         FROM (SELECT json_extract(value, '$[0]') AS d, json_extract(value, '$[1]') AS q
               FROM json_each(?1)) AS done
         WHERE view_outbox.dep = done.d AND view_outbox.queued_ms = done.q`
      )
      .bind(JSON.stringify(done.map((d) => [d.dep, d.queued_ms]))),
  ])
}

/** Leaves invalidations pending with the error, for the next flush (the cron runs one a minute). */
export async function failInvalidations(
  db: Db,
  failed: readonly string[],
  error: string
): Promise<void> {
  await db
    .prepare(
      `UPDATE view_outbox SET attempts = attempts + 1, last_error = ?2
       WHERE dep IN (SELECT value FROM json_each(?1))`
    )
    .bind(JSON.stringify(failed), error.slice(0, 500))
    .run()
}

/** Deletes done invalidations older than `olderThanMs` (they served only the recent-write check). */
export async function pruneInvalidations(db: Db, olderThanMs: number): Promise<void> {
  await db
    .prepare(`DELETE FROM view_outbox WHERE done_ms IS NOT NULL AND done_ms < ?1`)
    .bind(olderThanMs)
    .run()
}
