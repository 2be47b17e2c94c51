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
  viewHeld,
  viewMemoryEpoch,
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
      const epoch = viewMemoryEpoch()
      const hit = await getView(deps.kv, key)
      if (hit) {
        if (viewMemoryEpoch() === epoch) rememberView(key, hit, { checked: true })
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
  const epoch = viewMemoryEpoch()
  noteRender()
  const rendering = render().then((view) => ({ view, entry: toEntry(prefix, view) }))
  const shared = { epoch, entry: rendering.then((r) => r.entry) }
  shared.entry.catch(() => undefined) // a failed render is this request's error, not a joiner's
  inflight.set(key, shared)
  const { view, entry } = await rendering.finally(() => {
    if (inflight.get(key) === shared) inflight.delete(key)
  })
  if (deps.scope === 'isolate') {
    rememberView(key, entry, { checked: false })
    deps.waitUntil(compressView(key, entry))
    return { entry, status: 'MISS' }
  }
  if (!kvOk) return { entry, status: 'BYPASS' }
  // A render a write in this isolate overtook is not kept in memory (the writer reads its own);
  // one no flush overtook is kept unchecked until D1 confirms it (`storeView`).
  if (viewMemoryEpoch() === epoch) rememberView(key, entry, { checked: false })
  deps.waitUntil(storeView(deps, key, kind, entry, view.deps, started))
  return { entry, status: 'MISS' }
}

/**
 * Renders in progress in this isolate, by key: a request that misses while one runs waits for it
 * instead of rendering the same bytes again (a dropped hot view is read by many requests at once).
 */
const inflight = new Map<string, { epoch: number; entry: Promise<ViewEntry> }>()

/**
 * How long a request waits for another request's render before making its own. In workerd a
 * promise settled by another request's context never settles for the waiter if that request was
 * cancelled first (its client went away): the wait is bounded, and the waiter then renders.
 */
export const JOIN_WAIT_MS = 500

/**
 * The entry of a render of `key` already running in this isolate, or null: none runs, it began
 * before a flush here (it may show what the write changed: the writer reads its own write), it
 * failed, or it outlasted `JOIN_WAIT_MS`.
 */
async function joinRender(key: string): Promise<ViewEntry | null> {
  const running = inflight.get(key)
  if (!running || running.epoch !== viewMemoryEpoch()) return null
  let timer = 0
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), JOIN_WAIT_MS) as unknown as number
  })
  try {
    const entry = await Promise.race([running.entry.catch(() => null), timeout])
    return entry && running.epoch === viewMemoryEpoch() ? entry : null
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
 * copy in memory as checked and puts it in KV (after KV's per-key second, checking again). A copy
 * is kept only when no flush started while D1 was checking it: such a flush may have looked for
 * the key before the check recorded it.
 */
async function storeView(
  deps: ViewDeps,
  key: string,
  kind: CacheKind,
  entry: ViewEntry,
  on: readonly string[],
  started: number
) {
  await compressView(key, entry)
  const checkedCurrent = async () => {
    const epoch = viewMemoryEpoch()
    if (!(await recordViewKeys(deps.db, key, on, started))) {
      if (memoryView(key) === entry) forgetView(key)
      return false
    }
    // Checked current: this isolate serves it until the put lands, so readers arriving while the
    // put waits out KV's one write per second are hits, not second renders of the same bytes.
    if (viewMemoryEpoch() === epoch) rememberView(key, entry, { checked: true })
    return true
  }
  try {
    if (!(await checkedCurrent())) return
    // KV takes one write per second per key. A key this isolate wrote or deleted under a second ago
    // (typically: a write dropped it, and this is the first read after) is put once the second is
    // over, after checking again that no write touched what it shows meanwhile, instead of being
    // left out until the next miss (which cost every invalidated hot view a second render).
    const last = lastWriteAt(key)
    const wait = last === undefined ? 0 : WRITE_SPACING_MS - (Date.now() - last)
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait))
      if (!(await checkedCurrent())) return
    }
    if (!mayWrite(key)) return
    await putView(deps.kv, key, entry, CACHE_TTL[kind])
    // Until KV answers with it, this isolate keeps serving the copy it checked just now.
    if (wait > 0 && memoryView(key) === entry) rememberView(key, entry, { checked: true })
  } catch (err) {
    const error = String(err)
    console.error(JSON.stringify({ level: 'warn', message: 'view not stored', key, error }))
  }
}
