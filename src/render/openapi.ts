/**
 * @module OpenAPI 3.1 from the operation list: request and response JSON Schemas generated from
 * the same valibot schemas the routes validate with and the tests check responses against.
 */
import { toJsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'
import {
  ORIGIN,
  requestHeadersOf,
  responsesOf,
  type Operation,
  type RequestHeader,
} from '../routes/contract/operation'
import { NAMED_SCHEMAS } from '../routes/contract/schemas'

type Json = Record<string, unknown>
/** The parts of a valibot schema the query-parameter conversion reads. */
interface Pipe {
  type: string
  requirement?: unknown
  pipe?: Pipe[]
  wrapped?: Pipe
  item?: Pipe
  default?: unknown
}

const NAMES = new Map<unknown, string>(Object.entries(NAMED_SCHEMAS).map(([name, s]) => [s, name]))

function jsonSchema(schema: v.GenericSchema): Json {
  const converted = toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Json
  const { $schema: _, ...json } = converted
  return json
}

/** A body schema: a `$ref` to a named component, else inline. */
function bodySchema(schema: v.GenericSchema): Json {
  const name = NAMES.get(schema)
  return name ? { $ref: `#/components/schemas/${name}` } : jsonSchema(schema)
}

const DIGITS = /^\^\\d\{1,\d+\}\$$/
/** A pattern of digits and an optional decimal point only (`^\d{1,5}(?:\.\d{1,3})?$`). */
function isDecimalPattern(pattern: string): boolean {
  const rest = pattern.replace(/\\d|\\\.|\(\?:|\{\d+(?:,\d*)?\}/g, '')
  return pattern.includes('\\.') && /^[\^$()?|0-9]*$/.test(rest)
}

/**
 * A query parameter as its client sends it: query strings are text that the schema converts, so
 * a whole-number pattern is documented as an integer (with the bounds checked after the
 * conversion), a decimal one as a number, and `true`/`false` as a boolean.
 */
function queryParamSchema(schema: Pipe): Json {
  let inner = schema
  let fallback: unknown = schema.default
  while (inner.wrapped) {
    fallback ??= inner.wrapped.default
    inner = inner.wrapped
  }
  const base = jsonSchema(schema as unknown as v.GenericSchema)
  const steps = inner.pipe ?? []
  const bound = (kind: string) => steps.find((s) => s.type === kind)?.requirement
  const numeric = (type: string): Json => {
    const out: Json = { type }
    if (bound('min_value') !== undefined) out.minimum = bound('min_value')
    if (bound('max_value') !== undefined) out.maximum = bound('max_value')
    if (fallback !== undefined) out.default = Number(fallback)
    if (base.description) out.description = base.description
    return out
  }
  if (typeof base.pattern === 'string' && DIGITS.test(base.pattern)) return numeric('integer')
  if (typeof base.pattern === 'string' && isDecimalPattern(base.pattern)) return numeric('number')
  const values = Array.isArray(base.enum) ? base.enum : []
  if (values.length && values.every((x) => ['true', 'false', '0', '1'].includes(String(x)))) {
    return { type: 'boolean', ...(fallback !== undefined ? { default: fallback === 'true' } : {}) }
  }
  // A list parameter takes comma-separated text: its transformed bounds are not the string's.
  if (steps.some((s) => s.type === 'transform') && base.type === 'string') {
    return { type: 'string', ...(base.description ? { description: base.description } : {}) }
  }
  if (base.type === 'array' && inner.pipe?.[0]?.item) {
    return { type: 'array', items: queryParamSchema(inner.pipe[0].item), maxItems: base.maxItems }
  }
  return base
}

const HEADER_PARAMETERS: Record<RequestHeader, Json> = {
  'if-match': {
    name: 'If-Match',
    in: 'header',
    schema: { type: 'string' },
    description: 'The current ETag: the write fails with 412 if the story changed since.',
  },
  'if-none-match': {
    name: 'If-None-Match',
    in: 'header',
    schema: { type: 'string' },
    description: 'An ETag you hold: 304 without a body when it is still current.',
  },
  'if-modified-since': {
    name: 'If-Modified-Since',
    in: 'header',
    schema: { type: 'string' },
    description: 'An HTTP date: 304 when nothing changed since.',
  },
  'idempotency-key': {
    name: 'Idempotency-Key',
    in: 'header',
    schema: { type: 'string', maxLength: 255 },
    description: 'Any unique string: a retry with the same key replays the first answer.',
  },
}
const HEADER_REF: Record<RequestHeader, string> = {
  'if-match': 'IfMatch',
  'if-none-match': 'IfNoneMatch',
  'if-modified-since': 'IfModifiedSince',
  'idempotency-key': 'IdempotencyKey',
}

/** `get /v1/articles/{ref}` → `getV1ArticlesRef`. */
export function operationId(op: Pick<Operation, 'method' | 'path'>): string {
  const words = op.path
    .replace(/[{}]/g, '')
    .replace(/[^a-zA-Z0-9]+(.)?/g, (_, ch?: string) => (ch ?? '').toUpperCase())
  return `${op.method}${words}`
}

/** The example with the placeholder (or the legacy local address) replaced by `origin`. */
export function exampleFor(op: Operation, origin: string): string | undefined {
  return op.example
    ?.replaceAll(`${ORIGIN.slice(0, -1)}:encoded}`, encodeURIComponent(origin))
    .replaceAll(ORIGIN, origin)
    .replace(/(?:https?:\/\/)?localhost:8787/g, origin)
}

function parametersOf(op: Operation): Json[] {
  const params: Json[] = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))
  const query = op.query as unknown as { entries?: Record<string, Pipe> } | undefined
  const entries = query?.entries ?? {}
  const required = (jsonSchema(op.query ?? ({} as v.GenericSchema)).required ?? []) as string[]
  for (const [name, schema] of Object.entries(entries)) {
    const param = { name, in: 'query', required: required.includes(name) }
    params.push({ ...param, schema: queryParamSchema(schema) })
  }
  for (const header of requestHeadersOf(op)) {
    params.push({ $ref: `#/components/parameters/${HEADER_REF[header]}` })
  }
  return params
}

function responsesJson(op: Operation): Json {
  const out: Json = {}
  for (const [status, spec] of Object.entries(responsesOf(op))) {
    const response: Json = { description: spec.description }
    if (spec.schema) {
      const type = spec.type ?? 'application/json'
      const content: Json = { [type]: { schema: bodySchema(spec.schema) } }
      for (const type of spec.alternates ?? []) {
        const schema = spec.alternateSchemas?.[type]
        content[type] ??= { schema: schema ? bodySchema(schema) : { type: 'string' } }
      }
      response.content = content
    }
    if (spec.headers?.length) {
      const headers = spec.headers.map((h) => [h, { schema: { type: 'string' } }])
      response.headers = Object.fromEntries(headers)
    }
    out[status] = response
  }
  return out
}

/** Builds the OpenAPI document for a server origin. */
export function buildOpenApi(operations: readonly Operation[], origin: string): Json {
  const paths: Record<string, Json> = {}
  for (const op of operations) {
    const operation: Json = {
      summary: op.summary,
      tags: [op.tag],
      operationId: operationId(op),
      parameters: parametersOf(op),
      responses: responsesJson(op),
    }
    if (op.description) operation.description = op.description
    if (op.scope) {
      operation.security = [{ bearer: [] }]
      operation['x-required-scope'] = op.scope
    }
    if (op.body || op.bodyTypes) {
      const content: Json = {}
      if (op.body) content['application/json'] = { schema: jsonSchema(op.body) }
      for (const type of op.bodyTypes ?? []) content[type] = { schema: { type: 'string' } }
      operation.requestBody = { required: !op.bodyOptional, content }
    }
    const example = exampleFor(op, origin)
    if (example) operation['x-codeSamples'] = [{ lang: 'Shell', label: 'curl', source: example }]
    paths[op.path] = { ...(paths[op.path] ?? {}), [op.method]: operation }
  }
  const named = Object.entries(NAMED_SCHEMAS).map(([name, s]) => [name, jsonSchema(s)])
  const schemas = Object.fromEntries(named) as Record<string, Json>
  const problem = schemas.Problem as { properties: Record<string, Json> }
  problem.properties.type = {
    type: 'string',
    format: 'uri-reference',
    description: `A page explaining the code, relative to the API: ${origin}/problems/{code}`,
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Edgewire API',
      version: '1.0.0',
      description:
        'An editorial API on the edge: articles, extraction, feeds, related stories and widgets. ' +
        `Errors are RFC 9457 problems; each \`type\` is a page here (${origin}/problems).`,
    },
    servers: [{ url: origin }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key, or the ADMIN_API_KEY secret',
        },
      },
      parameters: Object.fromEntries(
        (Object.keys(HEADER_REF) as RequestHeader[]).map((h) => [
          HEADER_REF[h],
          HEADER_PARAMETERS[h],
        ])
      ),
      schemas,
    },
  }
}
