/**
 * @module The system operations (/ping, /healthz, /openapi.json, /docs, /problems): declared once,
 * registered by `defineRoute` in system.ts and published in /openapi.json.
 */
import { ORIGIN, type Operation } from '../contract/operation'
import * as S from '../contract/schemas'

const HTML = { description: 'HTML page', schema: S.TextSchema }

export const PING = {
  method: 'get',
  path: '/ping',
  summary: 'No-op (benchmark baseline)',
  tag: 'System',
  produces: 'text/plain',
  responses: { 200: { description: '`pong`', schema: S.TextSchema } },
  example: `curl ${ORIGIN}/ping`,
} satisfies Operation

export const FAVICON = {
  method: 'get',
  path: '/favicon.ico',
  tag: 'System',
  produces: 'image/x-icon',
  summary: 'No favicon (204), so browsers log no 404',
  responses: { 204: 'No content' },
  example: `curl -i ${ORIGIN}/favicon.ico`,
} satisfies Operation

export const HEALTHZ = {
  method: 'get',
  path: '/healthz',
  summary: 'Liveness and database check',
  tag: 'System',
  responses: {
    200: { description: 'Healthy', schema: S.HealthSchema },
    503: 'Database unreachable, or its migrations not applied',
  },
  example: `curl ${ORIGIN}/healthz`,
} satisfies Operation

export const OPENAPI = {
  method: 'get',
  path: '/openapi.json',
  summary: 'This API as OpenAPI 3.1',
  tag: 'System',
  responses: { 200: { description: 'OpenAPI document', schema: S.JsonObjectSchema } },
  example: `curl ${ORIGIN}/openapi.json`,
} satisfies Operation

export const DOCS = {
  method: 'get',
  path: '/docs',
  tag: 'System',
  produces: 'text/html',
  summary: 'API reference (HTML) with try-it-out forms',
  responses: { 200: HTML },
  example: `open ${ORIGIN}/docs`,
} satisfies Operation

export const PROBLEMS = {
  method: 'get',
  path: '/problems',
  tag: 'System',
  produces: 'text/html',
  summary: 'Every problem type the API answers with (HTML)',
  responses: { 200: HTML },
  example: `curl ${ORIGIN}/problems`,
} satisfies Operation

export const PROBLEM = {
  method: 'get',
  path: '/problems/{type}',
  tag: 'System',
  produces: 'text/html',
  summary: 'What one problem type means and what to do (the page a problem `type` names)',
  responses: { 200: HTML, 404: 'No such problem type' },
  example: `curl ${ORIGIN}/problems/slug-taken`,
} satisfies Operation
