/**
 * @module Authorization matrix, part 1, and the route-coverage check (see auth-matrix-table.ts).
 */
import { checkRouteCoverage, runMatrix } from './auth-matrix-table'

checkRouteCoverage()
runMatrix(0)
