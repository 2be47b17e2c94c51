/**
 * @module The response memo's key (services/response-memo.ts): what an answer to an anonymous GET of
 * a view depends on besides the view itself.
 */
import { BOOKMARK_HEADER } from '../../middleware/session'
import { clientAcceptEncoding } from './encoding'

const MAX_KEY = 4096
/** Absent header, as distinct from an empty one: header values never hold NUL. */
const NONE = '\u0000'

/**
 * The memo key of a request, or null when it may not be answered from (or kept in) the memo: not
 * a GET, credentials, a D1 bookmark (read-your-writes goes to D1's session), or an outsized key.
 *
 * @example
 * memoKey(new Request('https://news.example/feeds/latest.rss')) // 'https://…\n\0\n\0…'
 */
export function memoKey(req: Request): string | null {
  if (req.method !== 'GET') return null
  const h = req.headers
  if (h.has('authorization') || h.has(BOOKMARK_HEADER)) return null
  const key =
    `${req.url}\n${h.get('accept') ?? NONE}\n${clientAcceptEncoding(req) ?? NONE}\n` +
    `${h.get('origin') ?? NONE}\n${h.get('if-none-match') ?? NONE}\n` +
    (h.get('if-modified-since') ?? NONE)
  return key.length <= MAX_KEY ? key : null
}
