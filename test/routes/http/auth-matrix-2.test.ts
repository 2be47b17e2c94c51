/**
 * @module Authorization matrix, part 2 (see auth-matrix-table.ts).
 */
import { runMatrix } from './auth-matrix-table'

runMatrix(1)
