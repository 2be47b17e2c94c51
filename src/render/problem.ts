/**
 * @module RFC 9457 problem documents: the one shape every error body takes.
 */
import { PROBLEM_TITLE, type FieldError, type ProblemCode, PROBLEM_STATUS } from '../domain/errors'

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: ProblemCode
  requestId: string
  errors?: FieldError[]
}

/** Builds the problem document for a code. */
export function problemBody(code: ProblemCode, detail: string, requestId: string, errors?: FieldError[]): Problem {
  const body: Problem = {
    type: `https://edgewire.dev/problems/${code.replace(/_/g, '-')}`,
    title: PROBLEM_TITLE[code],
    status: PROBLEM_STATUS[code],
    detail,
    code,
    requestId,
  }
  if (errors?.length) body.errors = errors
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
