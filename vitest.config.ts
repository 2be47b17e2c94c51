import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

export default defineConfig(async () => {
  const migrations = await readD1Migrations('src/storage/migrations')
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: { ADMIN_API_KEY: 'test-admin-key', TEST_MIGRATIONS: migrations, PUBLIC_BASE_URL: 'https://news.example' },
        },
      }),
    ],
    test: {
      setupFiles: ['./test/apply-migrations.ts'],
      include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
      exclude: ['test/node/**'],
    },
  }
})
