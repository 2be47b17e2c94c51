/**
 * @module RFC 9457 problem documents: the one shape every error body takes.
 */
import {
  PROBLEM_STATUS,
  PROBLEM_TITLE,
  describeFieldError,
  type DescribedFieldError,
  type FieldError,
  type ProblemCode,
} from '../domain/errors'

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: ProblemCode
  requestId: string
  errors?: DescribedFieldError[]
}

/**
 * The `type` of a problem: a path on this Worker (`/problems/payload-too-large`), a relative
 * reference that resolves against the request's own origin (RFC 9457 §3.1.1), where a page explains
 * the code.
 */
export function problemTypePath(code: ProblemCode): string {
  return `/problems/${code.replace(/_/g, '-')}`
}

/** Builds the problem document for a code. */
export function problemBody(
  code: ProblemCode,
  detail: string,
  requestId: string,
  errors?: FieldError[]
): Problem {
  const body: Problem = {
    type: problemTypePath(code),
    title: PROBLEM_TITLE[code],
    status: PROBLEM_STATUS[code],
    detail,
    code,
    requestId,
  }
  if (errors?.length) {
    body.errors = errors.map((e) => ({
      field: e.path,
      path: e.path,
      message: describeFieldError(e.path, e.message),
    }))
  }
  return body
}

/** A complete problem response: never cached. */
export function problemResponse(
  code: ProblemCode,
  detail: string,
  requestId: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string> } = {}
): Response {
  const headers = new Headers(extra.headers)
  headers.set('content-type', 'application/problem+json; charset=utf-8')
  headers.set('cache-control', 'no-store')
  headers.set('x-request-id', requestId)
  return new Response(JSON.stringify(problemBody(code, detail, requestId, extra.errors)), {
    status: PROBLEM_STATUS[code],
    headers,
  })
}
