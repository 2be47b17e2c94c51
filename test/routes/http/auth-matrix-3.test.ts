/**
 * @module Authorization matrix, part 3 (see auth-matrix-table.ts).
 */
import { runMatrix } from './auth-matrix-table'

runMatrix(2)
