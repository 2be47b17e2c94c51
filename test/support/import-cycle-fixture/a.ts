/** @module Fixture: part of a planted cycle. */
import { b } from './b'

export function a(): string | null {
  return b()
}
