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

/** One failing field of a request: a dotted path and what is wrong with it. */
export interface FieldError {
  path: string
  message: string
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
