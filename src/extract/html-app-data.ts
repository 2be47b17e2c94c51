/**
 * @module Authors in the data a JavaScript-rendered page was built from (Next.js's
 * `__NEXT_DATA__` props, or its app router's `self.__next_f` payload): the first `author`, `authors`, `writers` or `contributors` field found,
 * nearest the root, read whatever shape the CMS gives each entry.
 */

type Json = Record<string, unknown>

/** Fields that credit the story's writers. */
const AUTHOR_KEY = /^(?:authors?|writers?|contributors?|bylines?|creators?)$/i
/**
 * An author field's key written somewhere in the data, quoted as JSON writes it (or escaped inside
 * a payload string): without one there is nothing to parse for.
 */
const MAY_NAME_AUTHOR = /(?:authors?|writers?|contributors?|bylines?|creators?)\\?"\s*:/i
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
  if (!raw || !MAY_NAME_AUTHOR.test(raw)) return []
  let root: unknown
  try {
    root = JSON.parse(raw)
  } catch {
    return []
  }
  return authorsIn(root, MAX_DEPTH)
}

/** The pushes of an app-router payload: `self.__next_f.push([1,"…"])`, the string a JSON one. */
const FLIGHT_PUSH = /self\.__next_f\.push\((\[[\s\S]*\])\)\s*;?\s*$/
/** One row of the payload: a hex id, a colon, then JSON (rows of other kinds are skipped). */
const FLIGHT_ROW = /^[\da-f]{1,8}:(?=[[{])/

/**
 * Writers in a Next.js app-router page's React Server Components payload (the text of its
 * `self.__next_f.push([1,"…"])` scripts): the rows are joined, each JSON row parsed, and the first
 * author field found is read as in `appDataAuthors`. The rows nest the story's props inside the
 * layout's element tree, so the search goes deeper than in page props.
 *
 * @example
 * flightAuthors(['self.__next_f.push([1,"4:[\\"$\\",\\"div\\",null,{\\"authors\\":[{\\"name\\":\\"Ada Quill\\"}]}]\\n"])'])
 * // ['Ada Quill']
 */
export function flightAuthors(scripts: string[] | undefined): string[] {
  if (!scripts || !scripts.some((script) => MAY_NAME_AUTHOR.test(script))) return []
  let text = ''
  for (const script of scripts) {
    const push = FLIGHT_PUSH.exec(script.trim())?.[1]
    if (!push) continue
    try {
      const value = JSON.parse(push) as unknown
      if (Array.isArray(value) && value[0] === 1 && typeof value[1] === 'string') text += value[1]
    } catch {
      continue
    }
  }
  const rows: unknown[] = []
  for (const line of text.split('\n')) {
    if (!FLIGHT_ROW.test(line)) continue
    try {
      rows.push(JSON.parse(line.slice(line.indexOf(':') + 1)))
    } catch {
      continue
    }
  }
  return rows.length > 0 ? authorsIn(rows, MAX_DEPTH * 4) : []
}

/** The names in the first author field under `root`, breadth first. */
function authorsIn(root: unknown, maxDepth: number): string[] {
  const found = breadthFirst(root, maxDepth, (key, value) => {
    if (!AUTHOR_KEY.test(key)) return undefined
    const list = Array.isArray(value) ? value : [value]
    const names = list
      .slice(0, 10)
      .map((e) => entryName(e))
      .filter((n): n is string => !!n)
    return names.length > 0 ? names : undefined
  })
  return found ?? []
}

/**
 * The first answer `pick` gives for a field of the data under `root`, walked breadth first (at
 * most `maxDepth` deep and MAX_VISITS nodes), never inside lists of other stories (OTHER_KEY).
 * A field `pick` answers for is not walked into.
 */
function breadthFirst<T>(
  root: unknown,
  maxDepth: number,
  pick: (key: string, value: unknown) => T | undefined
): T | undefined {
  const queue: [unknown, number][] = [[root, 0]]
  for (let i = 0; i < queue.length && i < MAX_VISITS; i++) {
    const [node, depth] = queue[i]!
    if (!node || typeof node !== 'object' || depth > maxDepth) continue
    const entries: [string, unknown][] = Array.isArray(node)
      ? node.map((v, k): [string, unknown] => [String(k), v])
      : Object.entries(node as Json)
    for (const [key, value] of entries) {
      const answer = pick(key, value)
      if (answer !== undefined) return answer
      if (!OTHER_KEY.test(key) && value && typeof value === 'object') queue.push([value, depth + 1])
    }
  }
  return undefined
}

/** Fields that give the story's publication time in the data CMSs hand a Next.js page. */
const PUBLISHED_FIELDS =
  'datePublished|publishedAt|published_at|publishDate|publish_date|publishedDate|publicationDate|firstPublishedAt|first_published_at|pubDate'
const PUBLISHED_KEY = new RegExp(`^(?:${PUBLISHED_FIELDS})$`)
/** A publication field's key written somewhere in the data: without one there is nothing to parse. */
const MAY_DATE = new RegExp(`(?:${PUBLISHED_FIELDS})\\\\?"\\s*:`)

/**
 * The publication time in a Next.js page's props (`__NEXT_DATA__`): the first publication field
 * found, breadth first and outside lists of other stories, whose value is a date; else null. A
 * page rendered in the browser may show its date nowhere else.
 *
 * @example
 * appDataDate('{"props":{"pageProps":{"post":{"publishedAt":"2031-03-04T09:00:00Z"}}}}')
 * // '2031-03-04T09:00:00Z'
 */
export function appDataDate(raw: string | undefined): string | null {
  if (!raw || !MAY_DATE.test(raw)) return null
  let root: unknown
  try {
    root = JSON.parse(raw)
  } catch {
    return null
  }
  const found = breadthFirst(root, MAX_DEPTH, (key, value) =>
    PUBLISHED_KEY.test(key) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
      ? value
      : undefined
  )
  return found ?? null
}
