/** @module Fixture: a middleware a service must not import. */
export const guard = 'guard'
