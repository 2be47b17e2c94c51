/**
 * @module Holds every response the attack suite receives to the contract the running Worker
 * publishes at /openapi.json: the status must be declared for the operation the request reached,
 * the media type must be one the operation declares for it, and a JSON body must match its
 * declared schema (checked with Ajv, an independent JSON Schema 2020-12 validator).
 */
import Ajv2020 from 'ajv/dist/2020.js'

/**
 * Requests that reach no operation may only be the app's own 401, 404 or 405 problems, or 501 for
 * a method HTTP does not define.
 */
const UNROUTED = new Set([401, 404, 405])
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

const mediaTypeOf = (headers) =>
  String(headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase()

/**
 * Reads `${base}/openapi.json` and returns `check(method, target, res)`, which answers null when the
 * response keeps the contract, else `{ kind, detail }`.
 * @param {string} base
 */
export async function loadContract(base) {
  const doc = await (await fetch(`${base}/openapi.json`)).json()
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false })
  ajv.addSchema({ $id: 'edgewire-openapi', components: doc.components })
  const validators = new Map()
  const validatorOf = (schema) => {
    const key = JSON.stringify(schema)
    if (!validators.has(key)) {
      const local = JSON.stringify(schema).replaceAll(
        '"#/components/',
        '"edgewire-openapi#/components/'
      )
      validators.set(key, ajv.compile(JSON.parse(local)))
    }
    return validators.get(key)
  }
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([verb]) => ['get', 'post', 'put', 'patch', 'delete'].includes(verb))
      .map(([verb, op]) => ({
        verb,
        path,
        params: (path.match(/\{/g) ?? []).length,
        pattern: new RegExp(
          `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`
        ),
        responses: op.responses ?? {},
      }))
  )
  const find = (method, pathname) => {
    const verb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase()
    return operations
      .filter((op) => op.verb === verb && op.pattern.test(pathname))
      .sort((a, b) => a.params - b.params)[0]
  }
  return function check(method, target, res) {
    if (method === 'OPTIONS' || res.status <= 0) return null
    // As the server resolves it: dot segments removed ("/preview/.." is "/").
    const pathname = new URL(target.split(/[?#]/)[0], 'http://edgewire.invalid').pathname
    const op = find(method, pathname)
    const where = `${method} ${pathname.slice(0, 80)} → ${res.status}`
    if (!op)
      return UNROUTED.has(res.status) || (res.status === 501 && !METHODS.has(method))
        ? null
        : { kind: 'a route no operation declares', detail: where }
    const declared = op.responses[String(res.status)]
    if (!declared)
      return {
        kind: 'an undeclared status',
        detail: `${where} (${op.verb.toUpperCase()} ${op.path})`,
      }
    if (!declared.content || method === 'HEAD' || res.status === 304) return null
    const type = mediaTypeOf(res.headers)
    const media = declared.content[type]
    if (!media)
      return {
        kind: 'an undeclared media type',
        detail: `${where}: ${type || '(none)'}, declared ${Object.keys(declared.content).join(' or ')}`,
      }
    // A compressed body (the client asked for it and reads it raw here) is not parsed.
    const encoding = String(res.headers['content-encoding'] ?? 'identity')
    if (!media.schema || !/json$/.test(type) || encoding !== 'identity') return null
    let body
    try {
      body = JSON.parse(res.text)
    } catch {
      return { kind: 'a body that is not JSON', detail: where }
    }
    const validate = validatorOf(media.schema)
    if (validate(body)) return null
    const error = validate.errors?.[0]
    return {
      kind: 'a body that breaks its schema',
      detail: `${where}: ${error?.instancePath || '(root)'} ${error?.message ?? ''}`,
    }
  }
}
