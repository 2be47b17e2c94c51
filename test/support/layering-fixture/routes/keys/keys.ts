/** @module Fixture: a route reading storage directly (one violation). */
export { rows } from '../../storage/rows'
