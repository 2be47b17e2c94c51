/** @module Fixture: storage a listed route folder must not import. */
export const rows = 'rows'
