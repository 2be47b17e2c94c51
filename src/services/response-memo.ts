/**
 * @module The response memo: an isolate's copy of the answer it last gave to an anonymous GET of a
 * public view, given again (with a fresh request id) without running the app, for as long as every
 * view it was made from is still this isolate's copy of that view (`memoryView`): a write that
 * changes the view drops the copy by name, and a copy lives at most `VIEW_MEMORY_MS`. So the memo
 * is exactly as fresh as the view layer under it, and a hot page, feed or widget costs about what a
 * no-op request costs (routing, middleware, negotiation and headers run once a second per variant,
 * not per request).
 *
 * The answer is a function of the view and of the request's URL and the headers the app reads for a
 * view (`Accept`, the client's `Accept-Encoding`, `Origin`, `If-None-Match`, `If-Modified-Since`):
 * those make the memo's key (`memoKey`, routes/http/memo-key.ts). A request with credentials or a
 * D1 bookmark always runs the app.
 */
import { memoryView, type ViewEntry } from '../storage/views'

/** Longest caller `X-Request-Id` echoed back (`requestId` in app.ts takes the same). */
export const REQUEST_ID_MAX = 100
const MAX_MEMOS = 2048
/** Bytes of bodies the memo may keep alive (shared with the view copies while they are current). */
const MAX_MEMO_BYTES = 8 * 1024 * 1024
/** `Server-Timing` of a memo answer: no D1 statement, no view lookup beyond this isolate. */
const MEMO_TIMING = 'cache;desc="memo", db;desc="0 queries"'
/** Set per request, never memoised. */
const PER_REQUEST = new Set(['x-request-id', 'server-timing'])

interface Body {
  bytes: Uint8Array<ArrayBuffer>
  /** Stored gzip bytes sent as they are (`encodeBody: 'manual'`). */
  manual: boolean
}

interface Watch {
  views: [key: string, entry: ViewEntry][]
  /** False once any view was rendered or bypassed rather than found. */
  hitsOnly: boolean
  body: Body | null
}

interface Memo {
  views: [key: string, entry: ViewEntry][]
  status: 200 | 304
  /** Every header but the per-request ones: copied whole for each answer (one runtime call). */
  headers: Headers
  body: Body | null
  bytes: number
}

const watched = new WeakMap<Request, Watch>()
const memos = new Map<string, Memo>()
let memoBytes = 0

/**
 * The request id an answer carries: the caller's `X-Request-Id` when it is a short safe token
 * (what hono's `requestId` middleware accepts), else a fresh UUID.
 */
export function requestIdOf(given: string | null): string {
  return !given || given.length > REQUEST_ID_MAX || /[^\w\-=]/.test(given)
    ? crypto.randomUUID()
    : given
}

function current(views: Memo['views']): boolean {
  for (const [key, entry] of views) if (memoryView(key) !== entry) return false
  return true
}

function drop(key: string): void {
  const memo = memos.get(key)
  if (!memo) return
  memos.delete(key)
  memoBytes -= memo.bytes
}

/**
 * The memoised answer to `req` (its key from `memoKey`), or null: none kept, or a view it was made
 * from has changed or aged out of this isolate.
 */
export function memoResponse(key: string, req: Request): Response | null {
  const memo = memos.get(key)
  if (!memo) return null
  if (!current(memo.views)) {
    drop(key)
    return null
  }
  const headers = new Headers(memo.headers)
  headers.set('x-request-id', requestIdOf(req.headers.get('x-request-id')))
  headers.set('server-timing', MEMO_TIMING)
  if (!memo.body) return new Response(null, { status: memo.status, headers })
  const init: ResponseInit = { status: memo.status, headers }
  if (memo.body.manual) init.encodeBody = 'manual'
  return new Response(memo.body.bytes, init)
}

/** Starts noting the views and body the app answers `req` with (see `keepResponse`). */
export function watchRequest(req: Request): void {
  watched.set(req, { views: [], hitsOnly: true, body: null })
}

/** Notes a view served for `req` (from `serveView`). */
export function noteView(req: Request, key: string, entry: ViewEntry, status: string): void {
  const watch = watched.get(req)
  if (!watch) return
  watch.views.push([key, entry])
  if (status !== 'HIT') watch.hitsOnly = false
}

/** Notes the view bytes a 200 for `req` sends (from `sendViewBody`). */
export function noteBody(req: Request, bytes: Uint8Array<ArrayBuffer>, manual: boolean): void {
  const watch = watched.get(req)
  if (watch) watch.body = { bytes, manual }
}

/**
 * Keeps the app's answer to a watched request when it was made wholly from views found in this
 * isolate or KV: a 200 whose body is a view's bytes, or a 304.
 */
export function keepResponse(key: string, req: Request, res: Response): void {
  const watch = watched.get(req)
  watched.delete(req)
  if (!watch || !watch.hitsOnly || watch.views.length === 0) return
  if (res.headers.has('set-cookie')) return
  const status = res.status
  if (!((status === 200 && watch.body) || status === 304)) return
  if (!current(watch.views)) return
  const headers = new Headers()
  for (const [name, value] of res.headers) if (!PER_REQUEST.has(name)) headers.append(name, value)
  const body = status === 200 ? watch.body : null
  const bytes = body?.bytes.byteLength ?? 0
  drop(key)
  memos.set(key, { views: watch.views, status, headers, body, bytes })
  memoBytes += bytes
  for (const [k] of memos) {
    if (memos.size <= MAX_MEMOS && memoBytes <= MAX_MEMO_BYTES) break
    drop(k)
  }
}
