/**
 * @module Edge-first reads: a public view is served from this isolate's memory or one KV read,
 * with no D1 query; a miss renders from D1, records what the view depends on, and stores it in KV.
 * Writes drop the views they changed (`view-invalidation.ts`): keys name addresses, not versions.
 */
import {
  CACHE_TTL,
  fnv1a,
  lastWriteAt,
  mayWrite,
  WRITE_SPACING_MS,
  noteRender,
  type CacheKind,
  type CacheScope,
} from '../storage/cache'
import type { Db } from '../storage/db'
import {
  attachGzip,
  forgetView,
  getView,
  gzipBody,
  memoryView,
  putView,
  recordViewKeys,
  rememberView,
  mayKeepView,
  viewHeld,
  viewMark,
  type ViewEntry,
} from '../storage/views'

// A view's address and validators are built by the routes that serve it, from these.
export { RENDER_VERSION, cacheKey, cacheScope, fnv1a } from '../storage/cache'
// The routes send a view in the content coding a client takes.
export { gzipEtag, plainBody, type ViewEntry } from '../storage/views'

/** What the view layer needs: plain bindings, never a Hono Context. */
export interface ViewDeps {
  db: Db
  kv: KVNamespace
  waitUntil: (promise: Promise<unknown>) => void
  /** Where a view may be kept (`cacheScope`): KV, this isolate only, or nowhere. */
  scope: CacheScope
  /** Told of every view served at a key (the response memo keeps answers made from HITs). */
  served?: (key: string, view: ServedView) => void
}

/** A freshly rendered view and what it shows (dependency names, see migration 0007). */
export interface RenderedView {
  body: string
  type: string
  lastModified?: string | null
  deps: readonly string[]
}

export interface ServedView {
  entry: ViewEntry
  /** HIT from memory or KV; MISS rendered and kept; BYPASS rendered and not kept. */
  status: 'HIT' | 'MISS' | 'BYPASS'
}

/** A strong validator from the body bytes: two FNV-1a hashes make 64 bits. */
export function bodyEtag(prefix: string, body: string): string {
  return `"${prefix}.${fnv1a(body)}${fnv1a(`~${body}`)}"`
}

const UTF8 = new TextEncoder()

function toEntry(prefix: string, view: RenderedView): ViewEntry {
  // A fresh encoding always owns a plain ArrayBuffer (the workers types say ArrayBufferLike).
  const body = UTF8.encode(view.body) as Uint8Array<ArrayBuffer>
  return {
    body,
    gzip: null,
    length: body.byteLength,
    etag: bodyEtag(prefix, view.body),
    lastModified: view.lastModified ?? null,
    type: view.type,
    renderedAt: new Date().toISOString(),
  }
}

/**
 * Serves the view at `key` (null: never cached, e.g. a keyed request). A hit costs one memory
 * lookup or one KV read and no D1 query; a KV failure falls back to rendering from D1 (BYPASS). A
 * miss is stored in KV after its dependencies are recorded, unless a write touched one of them
 * while it was rendering (then the next request renders again).
 *
 * @example
 * const { entry, status } = await serveView(deps, key, 'article', 'a', () => renderPage(slug))
 */
export async function serveView(
  deps: ViewDeps,
  key: string | null,
  kind: CacheKind,
  prefix: string,
  render: () => Promise<RenderedView>
): Promise<ServedView> {
  const view = await serveAt(deps, key, kind, prefix, render)
  if (key !== null) deps.served?.(key, view)
  return view
}

async function serveAt(
  deps: ViewDeps,
  key: string | null,
  kind: CacheKind,
  prefix: string,
  render: () => Promise<RenderedView>
): Promise<ServedView> {
  if (key === null || deps.scope === 'none') {
    noteRender()
    return { entry: toEntry(prefix, await render()), status: 'BYPASS' }
  }
  const remembered = memoryView(key)
  if (remembered) return { entry: remembered, status: 'HIT' }
  let kvOk = deps.scope === 'shared'
  // While this isolate's delete of the key waits out KV's write spacing, KV may still hold the
  // view the write changed: render it instead.
  if (kvOk && !viewHeld(key)) {
    try {
      const since = viewMark()
      const hit = await getView(deps.kv, key)
      if (hit) {
        rememberView(key, hit, { checked: true, since })
        return { entry: hit, status: 'HIT' }
      }
    } catch (err) {
      const message = 'KV read failed; rendering from D1'
      console.error(JSON.stringify({ level: 'warn', message, error: String(err) }))
      kvOk = false
    }
  }
  // A render of the key running here (or one that finished during the KV read) answers it.
  const joined = (await joinRender(key)) ?? memoryView(key)
  if (joined) return { entry: joined, status: 'HIT' }
  const started = Date.now()
  const since = viewMark()
  noteRender()
  const rendering = render().then((view) => ({ view, entry: toEntry(prefix, view) }))
  let settleChecked: (checked: Checked | null) => void = () => {}
  const shared: InFlight = {
    since,
    at: started,
    entry: rendering.then((r) => r.entry),
    checked: new Promise<Checked | null>((resolve) => (settleChecked = resolve)),
  }
  shared.entry.catch(() => settleChecked(null)) // a failed render is this request's own error
  // Joinable until D1 has checked it: under load the check takes a while, and a flush that begins
  // meanwhile drops the unchecked copy, so later readers wait for the check rather than render.
  inflight.set(key, shared)
  void shared.checked.then(() => {
    if (inflight.get(key) === shared) inflight.delete(key)
  })
  const { view, entry } = await rendering
  if (deps.scope === 'isolate') {
    rememberView(key, entry, { checked: false, since })
    settleChecked(null)
    deps.waitUntil(compressView(key, entry))
    return { entry, status: 'MISS' }
  }
  if (!kvOk) {
    settleChecked(null)
    return { entry, status: 'BYPASS' }
  }
  // Kept unchecked unless a flush began while it rendered (it may show what that write changed);
  // `storeView` keeps it checked once D1 confirms it.
  rememberView(key, entry, { checked: false, since })
  const stored = { started, settleChecked }
  deps.waitUntil(storeView(deps, key, kind, entry, view.deps, stored))
  return { entry, status: 'MISS' }
}

/** A render D1 has checked: its entry, and the mark taken before the check. */
interface Checked {
  entry: ViewEntry
  since: number
}

interface InFlight {
  /** The mark taken before the render read anything. */
  since: number
  /** When it began (ms): one whose request went away is left behind after twice `JOIN_WAIT_MS`. */
  at: number
  entry: Promise<ViewEntry>
  /** Settles once D1 has checked the render (null: not current, or not checked). */
  checked: Promise<Checked | null>
}

/**
 * Renders in progress in this isolate, by key: a request that misses while one runs waits for it
 * instead of rendering the same bytes again (a dropped hot view is read by many requests at once).
 */
const inflight = new Map<string, InFlight>()

/**
 * How long a request waits for another request's render (and then for its check) before making
 * its own. In workerd a promise settled by another request's context never settles for the waiter
 * if that request was cancelled first (its client went away): the wait is bounded, and the waiter
 * then renders.
 */
export const JOIN_WAIT_MS = 1500

/**
 * The entry of a render of `key` already running in this isolate, or null: none runs, it failed,
 * it (or its check) outlasted `JOIN_WAIT_MS`, or it may show what a write since changed: a render
 * no flush overtook is taken as it is; one a flush overtook, once D1 has checked it.
 */
async function joinRender(key: string): Promise<ViewEntry | null> {
  const running = inflight.get(key)
  if (!running) return null
  if (Date.now() - running.at > 2 * JOIN_WAIT_MS) {
    // Its request went away before the render or its check settled: never joined again.
    inflight.delete(key)
    return null
  }
  let timer = 0
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), JOIN_WAIT_MS) as unknown as number
  })
  try {
    const entry = await Promise.race([running.entry.catch(() => null), timeout])
    if (!entry) return null
    if (mayKeepView(key, running.since, false)) return entry
    const checked = await Promise.race([running.checked, timeout])
    return checked && mayKeepView(key, checked.since, true) ? checked.entry : null
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Makes the gzip form of a kept view, after the response that rendered it: once per render, so a
 * hit sends stored gzip bytes and neither the runtime nor the edge compresses per request.
 */
async function compressView(key: string, entry: ViewEntry): Promise<void> {
  try {
    if (!entry.body) return
    const gzip = await gzipBody(entry.body)
    if (gzip) attachGzip(key, entry, gzip)
  } catch (err) {
    const error = String(err)
    console.error(JSON.stringify({ level: 'warn', message: 'view not compressed', key, error }))
  }
}

/**
 * Records what the view shows and, if no write changed any of it since the render began, keeps the
 * copy in memory as checked and puts it in KV (after KV's per-key second, checking again). The
 * copy is kept only if no flush dropped the key by name since the check began: such a flush may
 * have looked for the key before the check recorded it.
 */
async function storeView(
  deps: ViewDeps,
  key: string,
  kind: CacheKind,
  entry: ViewEntry,
  on: readonly string[],
  { started, settleChecked }: { started: number; settleChecked: (c: Checked | null) => void }
) {
  const checkedCurrent = async () => {
    const since = viewMark()
    if (!(await recordViewKeys(deps.db, key, on, started))) {
      if (memoryView(key) === entry) forgetView(key)
      return null
    }
    // Checked current: this isolate serves it until the put lands, so readers arriving while the
    // put waits out KV's one write per second are hits, not second renders of the same bytes.
    rememberView(key, entry, { checked: true, since })
    return { entry, since }
  }
  try {
    const first = await checkedCurrent().catch((err: unknown) => {
      settleChecked(null)
      throw err
    })
    settleChecked(first)
    if (!first) return
    await compressView(key, entry)
    // KV takes one write per second per key. A key this isolate wrote or deleted under a second ago
    // (typically: a write dropped it, and this is the first read after) is put once the second is
    // over, after checking again that no write touched what it shows meanwhile, instead of being
    // left out until the next miss (which cost every invalidated hot view a second render).
    const last = lastWriteAt(key)
    const wait = last === undefined ? 0 : WRITE_SPACING_MS - (Date.now() - last)
    let since = first.since
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait))
      const again = await checkedCurrent()
      if (!again) return
      since = again.since
    }
    if (!mayWrite(key)) return
    await putView(deps.kv, key, entry, CACHE_TTL[kind])
    // Until KV answers with it, this isolate keeps serving the copy it checked.
    if (memoryView(key) === entry) rememberView(key, entry, { checked: true, since })
  } catch (err) {
    const error = String(err)
    console.error(JSON.stringify({ level: 'warn', message: 'view not stored', key, error }))
  }
}
