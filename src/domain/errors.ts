/**
 * @module The closed set of error codes the API answers with, and their HTTP statuses.
 */

/** Every `code` a problem document may carry, mapped to its HTTP status. */
export const PROBLEM_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  not_acceptable: 406,
  conflict: 409,
  slug_taken: 409,
  invalid_transition: 409,
  idempotency_in_progress: 409,
  cursor_expired: 410,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  idempotency_key_reused: 422,
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
  not_implemented: 501,
  unavailable: 503,
} as const

export type ProblemCode = keyof typeof PROBLEM_STATUS

/** Short human titles, one per code: the `title` member of a problem document. */
export const PROBLEM_TITLE: Record<ProblemCode, string> = {
  bad_request: 'Bad request',
  invalid_json: 'Malformed JSON',
  validation_failed: 'Validation failed',
  unauthorized: 'Authentication required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  not_acceptable: 'Not acceptable',
  conflict: 'Conflict',
  slug_taken: 'Slug already taken',
  invalid_transition: 'Illegal workflow transition',
  idempotency_in_progress: 'A request with this idempotency key is still running',
  cursor_expired: 'Cursor expired',
  precondition_failed: 'Precondition failed',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  unprocessable: 'Unprocessable content',
  idempotency_key_reused: 'Idempotency key reused with a different request',
  precondition_required: 'Precondition required',
  rate_limited: 'Too many requests',
  internal: 'Internal error',
  not_implemented: 'Not implemented',
  unavailable: 'Service unavailable',
}

/** What each code means and what a client should do about it: the page its `type` URI names. */
export const PROBLEM_DESCRIPTION: Record<ProblemCode, string> = {
  bad_request:
    'The request is malformed: a query parameter, header or cursor is not one this API accepts. Fix the request; retrying it unchanged will fail again.',
  invalid_json:
    'The body is not valid JSON (or holds a lone surrogate). Send well-formed UTF-8 JSON.',
  validation_failed:
    'One or more fields are invalid. `errors` lists each one with its path and what is wrong.',
  unauthorized:
    'No valid key was sent: the route needs one, or the key is unknown or revoked. Send `Authorization: Bearer <key>`.',
  forbidden:
    'The key is valid but lacks the scope this action needs (see `detail`). Use a key that holds it.',
  not_found:
    'Nothing is at this address, or it is hidden from this caller (drafts, scheduled and archived stories look missing without `articles:read-drafts`).',
  method_not_allowed:
    'The path exists but not with this method. The `Allow` header lists the methods it takes.',
  not_acceptable: 'None of the media types in `Accept` can be produced here.',
  conflict:
    'The request conflicts with the current state (an archived story, a result that cannot be replayed). Read the resource again before retrying.',
  slug_taken:
    'Another article already has this slug. Choose another, or let the API make one from the headline.',
  invalid_transition:
    "The workflow does not allow this step from the article's current status (for example publishing an archived story).",
  idempotency_in_progress:
    'A request with this Idempotency-Key is still running. Retry after `Retry-After` seconds to get its answer.',
  cursor_expired:
    'The change-feed cursor is older than the retention window (30 days): events it would need were compacted away. Resynchronise: drop the mirror and replay `GET /v1/changes` from the start (no cursor), which always holds the latest event of every story.',
  precondition_failed:
    "The `If-Match` (or a batch item's `ifRevision`) no longer names the current revision: someone changed it first. Read it again, reapply your change, and send the new ETag.",
  payload_too_large:
    'The body is over the limit, or would be once sanitized and stored. `detail` gives the limit.',
  unsupported_media_type:
    'The `Content-Type` is not one this route reads (JSON, or plain text and HTML where noted).',
  unprocessable:
    'The body could not be read as text (not valid UTF-8) or names something that does not exist.',
  idempotency_key_reused:
    'This Idempotency-Key was used with a different request (method, path, query, content type or body). Use a new key for a new request.',
  precondition_required:
    'Changing an existing story needs `If-Match` with its current ETag (or `ifRevision` in a batch), so that no edit is lost.',
  rate_limited:
    'Too many requests from this client. Wait `Retry-After` seconds; `RateLimit-*` headers describe the limit.',
  internal: 'Something failed on our side. Quote the `requestId` when reporting it.',
  not_implemented: 'This is not supported here (for example an oEmbed format other than JSON).',
  unavailable:
    'The service cannot answer now (the database is unreachable or its migrations are not applied). `detail` says which; retry later.',
}

/** One failing field of a request: a dotted path and what is wrong with it. */
export interface FieldError {
  path: string
  message: string
}

/** A field error as a problem document carries it: the message names the field. */
export interface DescribedFieldError extends FieldError {
  field: string
}

const SUBJECT_VERBS = /^(?:must|needs|is|are|has|holds|cannot|should) /
const NOUN_PHRASE = /^(?:an? |one of |at (?:most|least) |true or false|exactly |between )/
const CLAUSE = / (?:cannot|is|are|has|needs) /

/**
 * An English sentence for a field error that names the field: `"limit" must be a whole number
 * from 1 to 100`, `Unknown field "title"`. Messages that already name the field are kept.
 *
 * @example
 * describeFieldError('headline', 'must not be empty') // '"headline" must not be empty'
 */
export function describeFieldError(path: string, message: string): string {
  const name = path === '(body)' || path === '' ? 'The body' : `"${path}"`
  if (message.includes(name) || /^[A-Z]/.test(message)) return message
  if (message === 'unknown field' || message === 'unknown parameter') {
    return `Unknown ${message.slice(8)} ${name}`
  }
  if (message === 'required' || message.startsWith('required:')) return `${name} is ${message}`
  if (SUBJECT_VERBS.test(message)) return `${name} ${message}`
  if (/^(?:not|also|only|given) /.test(message)) return `${name} is ${message}`
  if (NOUN_PHRASE.test(message) && !CLAUSE.test(message)) return `${name} must be ${message}`
  return `${name}: ${message}`
}

/**
 * An error the API means to answer with. Thrown anywhere, rendered once by the global handler.
 *
 * @example
 * throw new ApiError('not_found', `No article "${slug}"`)
 */
export class ApiError extends Error {
  readonly code: ProblemCode
  readonly status: number
  readonly errors?: FieldError[]
  readonly headers?: Record<string, string>

  constructor(
    code: ProblemCode,
    detail: string,
    extra: { errors?: FieldError[]; headers?: Record<string, string> } = {}
  ) {
    super(detail)
    this.name = 'ApiError'
    this.code = code
    this.status = PROBLEM_STATUS[code]
    this.errors = extra.errors
    this.headers = extra.headers
  }
}
