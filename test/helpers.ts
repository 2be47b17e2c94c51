/**
 * @module Request helpers and factories for tests: real requests to the Worker, real D1 and KV.
 */
import { expect } from 'vitest'
import { fetchChecked } from './contract-check'

export { fetchChecked }

export const ADMIN = 'test-admin-key'
export const BASE = 'https://news.example'

let counter = 0
/** A slug no other test in this file uses. */
export function uniqueSlug(prefix = 'story'): string {
  counter += 1
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`
}

/** Sends a request to the Worker. `json` sets the body and content type; `key` the bearer key. */
export async function call(
  method: string,
  path: string,
  init: {
    json?: unknown
    body?: BodyInit
    key?: string | null
    headers?: Record<string, string>
  } = {}
): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.key !== null) headers.set('authorization', `Bearer ${init.key ?? ADMIN}`)
  let body = init.body
  if (init.json !== undefined) {
    body = JSON.stringify(init.json)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  return fetchChecked(`${BASE}${path}`, { method, headers, body })
}

/** Asserts the status, showing the body when it is wrong, and returns the parsed JSON body. */
export async function expectJson<T = any>(res: Response, status: number): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(status)
  return (await res.json()) as T
}

/** Asserts a problem document with the given status and code; returns it. */
export async function expectProblem(res: Response, status: number, code: string) {
  const body = await expectJson<{
    type: string
    code: string
    status: number
    title: string
    detail: string
    requestId: string
    errors?: { field: string; path: string; message: string }[]
  }>(res, status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(res.headers.get('cache-control')).toBe('no-store')
  expect(body.code).toBe(code)
  expect(body.status).toBe(status)
  expect(body.type).toBe(`/problems/${code.replace(/_/g, '-')}`)
  expect(body.requestId).toBeTruthy()
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/)
  return body
}

export interface ArticleInput {
  slug?: string
  headline?: string
  body?: string
  [field: string]: unknown
}

/** Creates an article through the API (published unless `status` says otherwise) and returns it. */
export async function createArticle(input: ArticleInput = {}): Promise<any> {
  const slug = input.slug ?? uniqueSlug()
  const res = await call('POST', '/v1/articles', {
    json: {
      headline: `Headline for ${slug}`,
      body: '<p>Invented body text for a test.</p>',
      status: 'published',
      ...input,
      slug,
    },
  })
  const body = await expectJson(res, 201)
  return body.article
}
