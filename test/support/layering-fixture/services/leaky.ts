/** @module Fixture: a service importing middleware and hono (two violations). */
import type { Context } from 'hono'
import { guard } from '../middleware/guard'
import { rule } from '../domain/rule'

export function leaky(c: Context): string {
  return `${guard} ${rule} ${c.req.path}`
}
