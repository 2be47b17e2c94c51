/**
 * @module HTTP details of the public pages: `Accept` negotiation, conditional GETs
 * (`If-None-Match`,
 * `If-Modified-Since`), page-address checks and `Server-Timing`. Every parser here is linear in its
 * input and bounded: headers and paths come from anyone.
 */
import type { Context } from 'hono'
import { SLUG_MAX, SLUG_RE } from '../../domain/slug'
import type { AppEnv } from '../../env'
import { cacheScope, type ViewDeps } from '../../services/edge-views'
import { qValue } from '../http/encoding'
import { noteView } from '../../services/response-memo'

/**
 * The edge-view dependencies of a request: its D1 session, KV, `waitUntil`, and where a view may be
 * kept (`freeForm`: the address carries caller text such as `q` or `cursor`, so nothing is kept).
 */
export function viewDeps(c: Context<AppEnv>, freeForm = false): ViewDeps {
  return {
    db: c.var.db,
    kv: c.env.CACHE,
    waitUntil: (p) => c.executionCtx.waitUntil(p),
    scope: cacheScope(c.env.PUBLIC_BASE_URL, freeForm),
    served: (key, view) => noteView(c.req.raw, key, view.entry, view.status),
  }
}

/** Longest `Accept` header considered; the rest is ignored (real browsers send < 300 bytes). */
const MAX_ACCEPT = 2048
const MAX_RANGES = 64

interface MediaRange {
  type: string
  subtype: string
  q: number
}

function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = []
  for (const part of header.slice(0, MAX_ACCEPT).split(',', MAX_RANGES)) {
    const [full = '', ...params] = part.split(';')
    const slash = full.indexOf('/')
    if (slash <= 0) continue
    const type = full.slice(0, slash).trim().toLowerCase()
    const subtype = full
      .slice(slash + 1)
      .trim()
      .toLowerCase()
    if (!type || !subtype) continue
    ranges.push({ type, subtype, q: qValue(params) })
  }
  return ranges
}

/**
 * Picks the offered media type the `Accept` header prefers (RFC 9110 §12.5.1): the most specific
 * matching range sets each offer's quality; ties go to the earlier offer. No header means the first
 * offer; null means nothing offered is acceptable.
 *
 * @example
 * negotiate('application/json;q=0.9, text/html', ['text/html', 'application/json']) // 'text/html'
 */
export function negotiate(accept: string | undefined, offers: readonly string[]): string | null {
  if (!accept || !accept.trim()) return offers[0] ?? null
  const ranges = parseAccept(accept)
  if (ranges.length === 0) return offers[0] ?? null
  let best: string | null = null
  let bestQ = 0
  for (const offer of offers) {
    const [type, subtype] = offer.split('/') as [string, string]
    let q = -1
    let specificity = -1
    for (const r of ranges) {
      const s =
        r.type === type && r.subtype === subtype
          ? 2
          : r.type === type && r.subtype === '*'
            ? 1
            : r.type === '*' && r.subtype === '*'
              ? 0
              : -1
      if (s > specificity) {
        specificity = s
        q = r.q
      }
    }
    if (q > bestQ) {
      best = offer
      bestQ = q
    }
  }
  return best
}

/**
 * The ETag to answer a GET's 304 with, or null when the client's copy is not current. `etags` are
 * the view's current ETags (the form being sent first, then its other content coding's): a client
 * holding either form may keep it. `If-None-Match` wins when present (weak comparison, as RFC 9110
 * 13.1.2 asks for GET; `*` matches); else `If-Modified-Since` against the second-truncated
 * modification time.
 */
export function notModifiedEtag(
  headers: { get(name: string): string | null },
  etags: string | readonly string[],
  lastModified: string | null
): string | null {
  const current = typeof etags === 'string' ? [etags] : etags
  const sent = current[0] ?? null
  const inm = headers.get('if-none-match')
  if (inm !== null) {
    if (inm.length > 4096) return null
    const tags = inm.split(',', 64).map((tag) => {
      const t = tag.trim()
      return t.startsWith('W/') ? t.slice(2) : t
    })
    if (tags.includes('*')) return sent
    return current.find((etag) => tags.includes(etag)) ?? null
  }
  const ims = headers.get('if-modified-since')
  if (ims === null || lastModified === null || ims.length > 100) return null
  const since = Date.parse(ims)
  const modified = Date.parse(lastModified)
  if (Number.isNaN(since) || Number.isNaN(modified)) return null
  return Math.floor(modified / 1000) * 1000 <= since ? sent : null
}

/** True when a GET may be answered 304 (see `notModifiedEtag`). */
export function isNotModified(
  headers: { get(name: string): string | null },
  etag: string | readonly string[],
  lastModified: string | null
): boolean {
  return notModifiedEtag(headers, etag, lastModified) !== null
}

/**
 * True for a well-formed slug of at most 120 characters: lower-case letters of any script (NFC,
 * with their marks), digits and single hyphens. Anything else (mixed case, `..`, `%00`, `/`,
 * over-long, bidi controls) names no page. The length check comes first, and the pattern's
 * hyphen-separated groups cannot overlap, so this is linear.
 */
export function isPageSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= 480 && [...slug].length <= SLUG_MAX && SLUG_RE.test(slug)
}

/**
 * Collects `Server-Timing` metrics. Note: Workers advance `performance.now()` only across I/O, so a
 * metric around pure CPU work (rendering) can read 0 in production; around D1/KV calls it is wall
 * time.
 */
export class ServerTiming {
  private readonly entries: string[] = []

  /** Times an async step and records it under `name`. */
  async time<T>(name: string, step: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await step()
    } finally {
      this.add(name, performance.now() - start)
    }
  }

  /** Records a metric without a duration (e.g. `db-shared`: the read was joined, not made). */
  note(name: string): void {
    this.entries.push(name)
  }

  add(name: string, ms: number, description?: string): void {
    this.entries.push(`${name};dur=${ms.toFixed(2)}${description ? `;desc="${description}"` : ''}`)
  }

  toString(): string {
    return this.entries.join(', ')
  }
}
