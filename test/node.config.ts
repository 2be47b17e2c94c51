import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('..', import.meta.url))

// Tests that need Node: independent parsers (npm and Python), a real browser, and the Worker run by
// `wrangler dev`. They start their own Worker through test/support/worker-process.mjs.
export default defineConfig({
  root,
  test: {
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    ...(process.env.EDGEWIRE_RESULTS
      ? {
          reporters: ['default', 'json'],
          outputFile: { json: `${process.env.EDGEWIRE_RESULTS}/node.json` },
        }
      : {}),
  },
})
