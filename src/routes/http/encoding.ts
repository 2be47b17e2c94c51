/**
 * @module Content codings of edge views: whether the client takes gzip (`Accept-Encoding` with its
 * q-values), which stored form and ETag to answer with, and the response that sends stored gzip
 * bytes as they are (`encodeBody: 'manual'`), so neither the runtime nor the edge compresses a hit.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { gzipEtag, plainBody, type ViewEntry } from '../../services/edge-views'
import { noteBody } from '../../services/response-memo'

/** Longest `Accept-Encoding` considered (browsers send about 30 bytes). */
const MAX_HEADER = 1024
const MAX_CODINGS = 32
const Q_RE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/

/**
 * The weight a list member's parameters give it (RFC 9110 §12.4.2): `q=` in 0..1 with at most three
 * decimals, 1 when absent; a malformed weight counts as 0 (not acceptable).
 */
export function qValue(params: readonly string[]): number {
  let q = 1
  for (const param of params) {
    const eq = param.indexOf('=')
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'q') continue
    const value = param.slice(eq + 1).trim()
    q = Q_RE.test(value) ? Number(value) : 0
  }
  return q
}

/**
 * True when an `Accept-Encoding` value takes gzip at least as gladly as the body as is (RFC 9110
 * 12.5.3): `gzip` (or `x-gzip`), else `*`, with q above 0, and no higher q stated for `identity`
 * (or for `*` when identity is not named). No header, or an empty one, means the body as is: that is what clients that send
 * none (scripts, benchmarks, old feed readers) can read.
 *
 * @example
 * acceptsGzip('gzip, deflate, br') // true
 * acceptsGzip('gzip;q=0, identity') // false
 * acceptsGzip('br') // false
 */
export function acceptsGzip(header: string | null | undefined): boolean {
  if (!header) return false
  let gzip: number | null = null
  let identity: number | null = null
  let any: number | null = null
  for (const part of header.slice(0, MAX_HEADER).split(',', MAX_CODINGS)) {
    const [name = '', ...params] = part.split(';')
    const coding = name.trim().toLowerCase()
    if (!coding) continue
    const q = qValue(params)
    if (coding === 'gzip' || coding === 'x-gzip') gzip = Math.max(gzip ?? 0, q)
    else if (coding === 'identity') identity = Math.max(identity ?? 0, q)
    else if (coding === '*') any = Math.max(any ?? 0, q)
  }
  const gzipQ = gzip ?? any ?? 0
  // Identity is always acceptable unless excluded, but only a stated q (its own or `*`'s) can rank
  // it above gzip: `gzip;q=0.5` alone still means gzip.
  const identityQ = identity ?? any ?? 0
  return gzipQ > 0 && gzipQ >= identityQ
}

/**
 * The client's own `Accept-Encoding`. Cloudflare (and wrangler dev, which copies it) rewrites the
 * header a Worker sees to `br, gzip` and keeps the client's value in `cf.clientAcceptEncoding`;
 * without a `cf` value (tests calling the app directly) the header is the client's.
 */
export function clientAcceptEncoding(req: Request): string | null {
  const cf = req.cf as { clientAcceptEncoding?: unknown } | undefined
  if (typeof cf?.clientAcceptEncoding === 'string') return cf.clientAcceptEncoding
  return req.headers.get('accept-encoding')
}

/** The form of a view a request gets: gzip or as is, and the ETags current for the view. */
export interface Representation {
  gzip: boolean
  /** ETag of the form sent. */
  etag: string
  /** Both forms' ETags, the one sent first: a client holding either copy may get a 304. */
  etags: readonly [string, string]
}

/**
 * Picks the form of `entry` for this request: its stored gzip form when the client takes gzip,
 * else the body as is (decoded from gzip when only that was stored).
 *
 * @example
 * const rep = representation(c, view.entry)
 * c.header('etag', rep.etag)
 */
export function representation(c: Context<AppEnv>, entry: ViewEntry): Representation {
  const zipped = gzipEtag(entry.etag)
  return entry.gzip !== null && acceptsGzip(clientAcceptEncoding(c.req.raw))
    ? { gzip: true, etag: zipped, etags: [zipped, entry.etag] }
    : { gzip: false, etag: entry.etag, etags: [entry.etag, zipped] }
}

/** Adds `Accept-Encoding` to a `Vary` value (or starts one). */
export function varyOnEncoding(vary: string | null | undefined): string {
  if (!vary) return 'Accept-Encoding'
  return /(^|,)\s*accept-encoding\s*(,|$)/i.test(vary) ? vary : `${vary}, Accept-Encoding`
}

/**
 * Answers 200 with the view in the form `rep` names: the stored gzip bytes with
 * `Content-Encoding: gzip`, sent as they are, or the body as is. `headers` are added to those the
 * handler already set.
 */
export async function sendViewBody(
  c: Context<AppEnv>,
  entry: ViewEntry,
  rep: Representation,
  headers: Record<string, string>
): Promise<Response> {
  if (rep.gzip && entry.gzip) {
    const head = c.body(null, 200, { ...headers, 'content-encoding': 'gzip' })
    noteBody(c.req.raw, entry.gzip, true)
    return new Response(entry.gzip, { status: 200, headers: head.headers, encodeBody: 'manual' })
  }
  const body = await plainBody(entry)
  noteBody(c.req.raw, body, false)
  return c.body(body, 200, headers)
}
