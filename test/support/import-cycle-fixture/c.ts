/** @module Fixture: part of a planted cycle. */
import { a } from './a'

export type C = string | null
export const callsA = (): C => a()
