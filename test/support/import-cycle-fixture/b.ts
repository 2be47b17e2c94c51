/** @module Fixture: part of a planted cycle (through a type-only import). */
import type { C } from './c'

export function b(): C {
  return null
}
