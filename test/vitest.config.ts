import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('..', import.meta.url))

export default defineConfig(async () => {
  const migrations = await readD1Migrations(`${root}src/storage/migrations`)
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: `${root}wrangler.toml` },
        miniflare: {
          bindings: {
            ADMIN_API_KEY: 'test-admin-key',
            TEST_MIGRATIONS: migrations,
            PUBLIC_BASE_URL: 'https://news.example',
          },
        },
      }),
    ],
    root,
    test: {
      // Every response is also checked against its declared contract, on a machine shared by many
      // runs.
      testTimeout: 15_000,
      setupFiles: [`${root}test/apply-migrations.ts`, `${root}test/contract-check.ts`],
      include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
      exclude: ['test/node/**', 'test/eval/**', 'test/bench/**', 'test/browser/**'],
      // CI asks for machine-readable results too, to print one plain "N passed, N failed" line.
      ...(process.env.EDGEWIRE_RESULTS
        ? {
            reporters: ['default', 'json'],
            outputFile: { json: `${process.env.EDGEWIRE_RESULTS}/workers.json` },
          }
        : {}),
    },
  }
})
