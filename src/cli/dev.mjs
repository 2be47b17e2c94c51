#!/usr/bin/env node
/**
 * @module `npm run dev`: plain `wrangler dev` on PORT (default 8787) with `--test-scheduled`, so
 * `curl "http://127.0.0.1:$PORT/__scheduled?cron=*+*+*+*+*"` runs the cron by hand. Extra
 * arguments go to wrangler (`npm run dev -- --remote`). `npm start` does more: migrations, demo
 * data, a ticking cron.
 */
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const port = process.env.PORT || '8787'
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`npm run dev: PORT=${port} is not a port number (1 to 65535).`)
  process.exit(2)
}
const args = ['dev', '--port', port, '--test-scheduled', ...process.argv.slice(2)]
const wrangler = join(root, 'node_modules', '.bin', 'wrangler')
const child = spawn(wrangler, args, { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
