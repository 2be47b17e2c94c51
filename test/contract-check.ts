/**
 * @module Holds every response the workerd tests receive to the operation's declared contract: an
 * undeclared status, a wrong media type or a body that does not match the declared schema fails
 * the test that sent the request. Also a setup file: it prints what each test file covered.
 */
import { SELF } from 'cloudflare:test'
import * as v from 'valibot'
import { afterAll } from 'vitest'
import { OPERATIONS } from '../src/routes/contract/operations'
import { findOperation, responsesOf } from '../src/routes/contract/operation'
import { ProblemSchema } from '../src/routes/contract/schemas'

/** `GET /v1/articles/{ref} 200` → how many responses were checked against it. */
const covered = new Map<string, number>()
let unrouted = 0

function mediaTypeOf(res: Response): string {
  return (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

function issuesText(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`)
    .join('; ')
}

/** Throws when `res` breaks the contract of the operation `method url` reaches. */
export async function checkContract(method: string, url: string, res: Response): Promise<void> {
  if (method === 'OPTIONS') return
  const { pathname } = new URL(url)
  const op = findOperation(OPERATIONS, method, pathname)
  const where = `${method} ${pathname} → ${res.status}`
  if (!op) {
    // No operation: the app's own 404/405 problem (an unknown path or method), or a refused key.
    if (![401, 404, 405].includes(res.status))
      throw new Error(`${where}: no operation declares this route`)
    unrouted += 1
    return
  }
  const spec = responsesOf(op)[String(res.status)]
  const key = `${op.method.toUpperCase()} ${op.path} ${res.status}`
  if (!spec)
    throw new Error(`${where}: status not declared by ${op.method.toUpperCase()} ${op.path}`)
  covered.set(key, (covered.get(key) ?? 0) + 1)
  if (!spec.schema || method === 'HEAD') return
  const type = mediaTypeOf(res)
  const allowed = [spec.type ?? 'application/json', ...(spec.alternates ?? [])]
  if (!allowed.includes(type))
    throw new Error(`${where}: media type ${type}, declared ${allowed.join(' or ')}`)
  const declared = type === spec.type ? spec.schema : spec.alternateSchemas?.[type]
  if (!declared || !/json$/.test(type)) return
  const text = await res.clone().text()
  const schema = Number(res.status) >= 400 ? ProblemSchema : declared
  const result = v.safeParse(schema, JSON.parse(text))
  if (!result.success)
    throw new Error(`${where}: body breaks the declared schema: ${issuesText(result.issues)}`)
}

/**
 * `SELF.fetch` with the contract check: the fetch every workerd test sends its requests through
 * (`call` in helpers.ts uses it).
 */
export async function fetchChecked(input: string, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init)
  const res = await SELF.fetch(input, init)
  await checkContract(request.method, request.url, res)
  return res
}

afterAll(() => {
  const total = [...covered.values()].reduce((a, b) => a + b, 0)
  console.log(
    `[contract] ${JSON.stringify({ validated: total, unrouted, covered: Object.fromEntries(covered) })}`
  )
})
