/**
 * @module Authors in the data a JavaScript-rendered page was built from (Next.js's
 * `__NEXT_DATA__` props): the first `author`, `authors`, `writers` or `contributors` field found,
 * nearest the root, read whatever shape the CMS gives each entry.
 */

type Json = Record<string, unknown>

/** Fields that credit the story's writers. */
const AUTHOR_KEY = /^(?:authors?|writers?|contributors?|bylines?|creators?)$/i
/** Fields that hold other stories or readers' posts, whose authors are not the page's. */
const OTHER_KEY = /comment|related|recommend|more|next|prev|popular|trending|latest|similar|feed/i
/**
 * Fields that hold an entry's display name, in order of preference; last the entry's own label,
 * which headless CMSs call "title" (inside an author field, the writer's name).
 */
const NAME_KEYS = ['name', 'displayName', 'display_name', 'fullName', 'full_name', 'value', 'title']
/** Wrappers CMSs put around an entry ("node" in GraphQL, "profile", Strapi's "attributes"). */
const WRAPPERS = ['node', 'profile', 'data', 'attributes', 'fields']
/** Most objects visited: a page's props can run to megabytes. */
const MAX_VISITS = 4000
const MAX_DEPTH = 12

/** A display name from one author entry: a string, or an object in one of the CMS shapes. */
function entryName(entry: unknown, depth = 0): string | null {
  if (typeof entry === 'string') return entry.trim() || null
  if (!entry || typeof entry !== 'object' || Array.isArray(entry) || depth > 2) return null
  const obj = entry as Json
  for (const key of NAME_KEYS) {
    const value = obj[key]
    if (typeof value === 'string' && value.trim()) return value.trim()
  }
  const first = obj.firstName ?? obj.first_name ?? obj.givenName
  const last = obj.lastName ?? obj.last_name ?? obj.familyName
  if (typeof first === 'string' && typeof last === 'string') return `${first} ${last}`.trim()
  for (const key of WRAPPERS) {
    const name = entryName(obj[key], depth + 1)
    if (name) return name
  }
  return null
}

/**
 * The names in the first author field of a page's app data (breadth first, so the story's own
 * field comes before those of the stories listed beside it), or none.
 *
 * @example
 * appDataAuthors('{"props":{"pageProps":{"post":{"authors":[{"name":"Ada Quill"}]}}}}')
 * // ['Ada Quill']
 */
export function appDataAuthors(raw: string | undefined): string[] {
  if (!raw) return []
  let root: unknown
  try {
    root = JSON.parse(raw)
  } catch {
    return []
  }
  const queue: [unknown, number][] = [[root, 0]]
  for (let i = 0; i < queue.length && i < MAX_VISITS; i++) {
    const [node, depth] = queue[i]!
    if (!node || typeof node !== 'object' || depth > MAX_DEPTH) continue
    const entries: [string, unknown][] = Array.isArray(node)
      ? node.map((v, k): [string, unknown] => [String(k), v])
      : Object.entries(node as Json)
    for (const [key, value] of entries) {
      if (AUTHOR_KEY.test(key)) {
        const list = Array.isArray(value) ? value : [value]
        const names = list.slice(0, 10).map((e) => entryName(e))
        const found = names.filter((n): n is string => !!n)
        if (found.length > 0) return found
      } else if (!OTHER_KEY.test(key) && value && typeof value === 'object')
        queue.push([value, depth + 1])
    }
  }
  return []
}
