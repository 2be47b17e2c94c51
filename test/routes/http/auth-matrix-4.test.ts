/**
 * @module Authorization matrix, part 4 (see auth-matrix-table.ts).
 */
import { runMatrix } from './auth-matrix-table'

runMatrix(3)
