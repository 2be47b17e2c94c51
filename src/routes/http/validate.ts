/**
 * @module Reading and validating request bodies and queries: one place turns every malformed input
 * into a problem with each failing field's path.
 */
import type { Context } from 'hono'
import * as v from 'valibot'
import { ApiError, type FieldError } from '../../domain/errors'
import { LONE_SURROGATE } from '../../domain/scripts'

/** Field errors from valibot issues, with dotted paths (`image.url`, `tags.2`). */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => ({
    path: v.getDotPath(issue) ?? '(body)',
    message: issueMessage(issue),
  }))
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list',
  Object: 'an object',
  null: 'null',
  bigint: 'a number',
  Date: 'a date',
}

/** What a value is, in words: `123` → `a number`, `"x"` → `text`. */
function describeReceived(received: string): string {
  if (received.startsWith('"')) return 'text'
  if (/^-?\d/.test(received) || received === 'NaN') return 'a number'
  if (received === 'true' || received === 'false') return 'true or false'
  return TYPE_NAMES[received] ?? received
}

/**
 * valibot's own messages (`Invalid key: Expected never but received "title"`) as short English
 * phrases; the problem renderer puts the field name in front. Our schemas' messages pass through.
 */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message
  const { expected, received } = issue
  if (issue.kind === 'schema' && /object$/.test(issue.type) && expected === 'never')
    return 'unknown field'
  if (received === 'undefined' && issue.kind === 'schema') return 'required'
  if (issue.type === 'picklist' || issue.type === 'enum' || issue.type === 'literal') {
    const options = (expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ')
    return options.length > 1 ? `one of ${options.join(', ')}` : `exactly ${expected}`
  }
  if (issue.kind === 'schema') {
    const want = (expected ?? '')
      .split(' | ')
      .map((t) => TYPE_NAMES[t] ?? t)
      .join(' or ')
    return `must be ${want}, not ${describeReceived(received)}`
  }
  const requirement = String(issue.requirement ?? expected ?? '')
  switch (issue.type) {
    case 'min_length':
      return `must have at least ${requirement} characters or items`
    case 'max_length':
      return `must have at most ${requirement} characters or items`
    case 'min_value':
      return `must be at least ${requirement}`
    case 'max_value':
      return `must be at most ${requirement}`
    case 'integer':
      return 'must be a whole number'
    case 'url':
      return 'must be an absolute URL'
    default:
      return `is not valid (${issue.type.replace(/_/g, ' ')})`
  }
}

/**
 * Validates a value against a schema or throws a 400 `validation_failed` listing every issue.
 *
 * @example
 * const query = parseWith(ArticleListQuerySchema, c.req.query())
 */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  what = 'request'
): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: false })
  if (result.success) return result.output
  throw new ApiError(
    'validation_failed',
    `The ${what} has ${result.issues.length} invalid field(s).`,
    {
      errors: fieldErrors(result.issues),
    }
  )
}

/** The query of a list route that takes no parameters: with `readQuery`, any parameter is a 400. */
export const NoQuerySchema = v.object({})

/** At most this many offending parameter names are listed in one problem. */
const MAX_NAMED_PARAMS = 10

/**
 * The query string of a request checked against `schema`'s keys, then validated by it: parameters
 * not in the schema and repeats of parameters not listed in `repeatable` are a 400 naming each of
 * them (`unknown parameter sectoin`), so a typo never silently widens a list. Parameters in
 * `repeatable` reach the schema as lists, in order; the others as strings.
 *
 * @example
 * const query = readQuery(c, ArticleListQuerySchema, ['tag', 'author'])
 */
export function readQuery<S extends v.GenericSchema & { entries: Record<string, unknown> }>(
  c: Context,
  schema: S,
  repeatable: readonly string[] = []
): v.InferOutput<S> {
  const known = new Set(Object.keys(schema.entries))
  const errors: FieldError[] = []
  const values: Record<string, string | string[]> = {}
  const counts = new Map<string, number>()
  for (const [name, value] of new URL(c.req.url).searchParams) {
    counts.set(name, (counts.get(name) ?? 0) + 1)
    if (!known.has(name)) continue
    const seen = values[name]
    if (repeatable.includes(name)) values[name] = [...(Array.isArray(seen) ? seen : []), value]
    else values[name] ??= value
  }
  for (const [name, count] of counts) {
    const shown = name.slice(0, 60)
    if (!known.has(name)) errors.push({ path: shown, message: 'unknown parameter' })
    else if (count > 1 && !repeatable.includes(name)) {
      errors.push({ path: shown, message: `given ${count} times; allowed once` })
    }
  }
  if (errors.length) {
    const named = errors.slice(0, MAX_NAMED_PARAMS)
    const detail = named.map((e) =>
      e.message === 'unknown parameter'
        ? `unknown parameter ${e.path}`
        : `parameter ${e.path} ${e.message}`
    )
    const more = errors.length > named.length ? ` (and ${errors.length - named.length} more)` : ''
    const text = `The query has ${detail.join('; ')}${more}.`
    throw new ApiError('validation_failed', text, { errors: named })
  }
  return parseWith(schema, values, 'query')
}

/** The media type of the request, lower-case and without parameters. */
export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** Throws 415 unless the request's media type is one of `accepted`. */
export function requireMediaType(c: Context, accepted: readonly string[]): string {
  const type = mediaType(c)
  if (!accepted.includes(type)) {
    throw new ApiError(
      'unsupported_media_type',
      `Send ${accepted.join(' or ')}${type ? `, not ${type}` : ''}.`,
      {
        headers: { 'accept-post': accepted.join(', ') },
      }
    )
  }
  return type
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** Reads the body as UTF-8 text; bytes that are not valid UTF-8 get a 422. */
export async function readText(c: Context): Promise<string> {
  const bytes = await c.req.arrayBuffer()
  try {
    return utf8.decode(bytes)
  } catch {
    throw new ApiError('unprocessable', 'The body is not valid UTF-8 text.')
  }
}

/**
 * Reads a JSON body (`application/json` or `+json`), parses it and validates it against `schema`.
 * Wrong type 415, unparseable 400 `invalid_json`, schema violations 400 `validation_failed`.
 */
export async function readJson<S extends v.GenericSchema>(
  c: Context,
  schema: S
): Promise<v.InferOutput<S>> {
  const type = mediaType(c)
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw new ApiError(
      'unsupported_media_type',
      `Send application/json${type ? `, not ${type}` : ''}.`
    )
  }
  const text = await readText(c)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new ApiError(
      'invalid_json',
      `The body is not valid JSON: ${(err as Error).message.slice(0, 200)}`
    )
  }
  const surrogate = loneSurrogatePath(value, '')
  if (surrogate !== null) {
    const detail = 'The body holds a lone surrogate (such as "\\ud800"), which is not Unicode text.'
    throw new ApiError('invalid_json', detail, {
      errors: [{ path: surrogate || '(body)', message: 'holds a lone UTF-16 surrogate' }],
    })
  }
  return parseWith(schema, value, 'body')
}

/** The dotted path of the first string (or key) holding a lone surrogate, else null. */
function loneSurrogatePath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null
  if (typeof value !== 'object' || value === null) return null
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    if (LONE_SURROGATE.test(key)) return at
    const found = loneSurrogatePath(item, at)
    if (found !== null) return found
  }
  return null
}

/**
 * Like `readJson`, for bodies that may be left out: an empty body (whatever its content type) gives
 * `fallback`.
 */
export async function readOptionalJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
  fallback: v.InferOutput<S>
): Promise<v.InferOutput<S>> {
  const bytes = await c.req.arrayBuffer()
  return bytes.byteLength === 0 ? fallback : readJson(c, schema)
}
