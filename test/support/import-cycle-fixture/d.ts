/** @module Fixture: imports the cycle without being part of it. */
export { a } from './a'
