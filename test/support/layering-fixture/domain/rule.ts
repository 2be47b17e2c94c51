/** @module Fixture: a domain file reaching into storage (one violation). */
import { rows } from '../storage/rows'

export const rule = `rule ${rows}`
