/**
 * @module OpenAPI 3.1 from the operation list, with JSON Schemas generated from the valibot schemas.
 */
import { toJsonSchema } from '@valibot/to-json-schema'
import type { Operation } from '../routes/api-spec'

type Json = Record<string, unknown>

function schemaOf(schema: Operation['body']): Json {
  return schema ? (toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Json) : {}
}

/** Builds the OpenAPI document for a server origin. */
export function buildOpenApi(operations: readonly Operation[], origin: string): Json {
  const paths: Record<string, Json> = {}
  for (const op of operations) {
    const parameters: Json[] = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }))
    if (op.query) {
      const props = (schemaOf(op.query).properties ?? {}) as Record<string, Json>
      for (const [name, schema] of Object.entries(props)) parameters.push({ name, in: 'query', required: false, schema })
    }
    const operation: Json = {
      summary: op.summary,
      tags: [op.tag],
      operationId: `${op.method}${op.path.replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      parameters,
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, description]) => [
          status,
          {
            description,
            content: Number(status) >= 400
              ? { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
              : { [op.produces ?? 'application/json']: {} },
          },
        ])
      ),
    }
    if (op.description) operation.description = op.description
    if (op.scope) {
      operation.security = [{ bearer: [] }]
      operation['x-required-scope'] = op.scope
    }
    if (op.body || op.bodyTypes) {
      const content: Json = {}
      if (op.body) content['application/json'] = { schema: schemaOf(op.body) }
      for (const type of op.bodyTypes ?? []) content[type] = { schema: { type: 'string' } }
      operation.requestBody = { required: true, content }
    }
    paths[op.path] = { ...(paths[op.path] ?? {}), [op.method]: operation }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Edgewire API', version: '1.0.0', description: 'An editorial API on the edge: articles, extraction, feeds, related stories and widgets.' },
    servers: [{ url: origin }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API key, or the ADMIN_API_KEY secret' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
          properties: {
            type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
            code: { type: 'string' }, requestId: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
  }
}
