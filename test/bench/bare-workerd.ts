/**
 * @module A bare workerd (the binary wrangler dev runs) serving a five-line Worker: `/ping` and
 * `/bytes/{n}`, a fixed-length body of n bytes. The http benchmark measures it beside the real
 * Worker to show what a body of a given size costs the runtime, the loopback and wrk by themselves.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../support/worker-process.mjs'

const WORKER = `const bodies = new Map()
export default {
  fetch(request) {
    const path = new URL(request.url).pathname
    const n = /^\\/bytes\\/(\\d{1,7})$/.exec(path)?.[1]
    if (n === undefined) return new Response('pong', { headers: { 'cache-control': 'no-store' } })
    let body = bodies.get(n)
    if (!body) bodies.set(n, (body = new Uint8Array(Number(n)).fill(120)))
    return new Response(body, { headers: { 'content-type': 'text/plain' } })
  },
}
`

/** The workerd binary of the installed wrangler (the one `wrangler dev` starts). */
function workerdBinary(): string {
  const fromWrangler = createRequire(
    createRequire(import.meta.url).resolve('wrangler/package.json')
  )
  return fromWrangler('workerd').default as string
}

/** A running bare workerd: its URL and process id, and how to stop it. */
export interface BareWorkerd {
  url: string
  pid: number
  stop: () => Promise<void>
}

/** Starts the bare workerd on a free loopback port and waits until `/ping` answers. */
export async function startBareWorkerd(): Promise<BareWorkerd> {
  const dir = mkdtempSync(join(tmpdir(), 'bare-workerd-'))
  const port = await freePort()
  writeFileSync(join(dir, 'worker.js'), WORKER)
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ]
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "2026-04-01"
);
`
  )
  const child = spawn(workerdBinary(), ['serve', join(dir, 'config.capnp')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  child.stderr.on('data', (d) => {
    log += d
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise((r) => {
        child.once('exit', r)
        setTimeout(r, 3000)
      })
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited:\n${log}`)
    try {
      if ((await (await fetch(`${url}/ping`)).text()) === 'pong') break
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`workerd did not start in 20 s:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { url, pid: child.pid as number, stop }
}
