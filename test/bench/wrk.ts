/**
 * @module Drives a local Worker with `wrk` (Debian's package) and parses `wrk --latency` output.
 * Shared by every HTTP benchmark: `ensureWrk()`, `runWrk(url, options)`, `startWorker`
 * (re-exported).
 *
 * @example
 * ensureWrk()
 * const worker = await startWorker()
 * const r = await runWrk(`${worker.url}/ping`, { seconds: 5 })
 * console.log(r.rps, r.p50Ms, r.p99Ms)
 * await worker.stop()
 */
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { startWorker } from '../support/worker-process.mjs'

export { startWorker }

export interface WrkOptions {
  /** Duration of the run in seconds (default 5). */
  seconds?: number
  /** Open connections (default 16). */
  connections?: number
  /** wrk threads (default 2). */
  threads?: number
  /** Request headers sent on every request. */
  headers?: Record<string, string>
  /** Path of a wrk Lua script (`-s`), e.g. to vary the request per call. */
  script?: string
  /** Per-request timeout in seconds (default 10). */
  timeoutSeconds?: number
  /**
   * Process group of the server (see `serverProcessGroup`): its CPU time per request is then
   * measured too.
   */
  cpuGroup?: number | null
  /** Processes whose CPU time per request is measured one by one (e.g. `devProcesses`' pids). */
  cpuPids?: Record<string, number>
}

export interface WrkResult {
  rps: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Responses outside 2xx/3xx: a benchmark that gets errors measures the wrong thing. */
  non2xx3xx: number
  /** connect + read + write + timeout socket errors. */
  socketErrors: number
  /**
   * CPU time the server's processes (wrangler, workerd, local D1/KV) spent per request, in ms; NaN
   * when not measured. Unlike requests/s it hardly moves when other work shares the machine.
   */
  serverCpuMsPerRequest: number
  /** CPU time per request, in ms, of each process named in `cpuPids` (NaN when it is gone). */
  cpuMsPerRequestBy: Record<string, number>
  raw: string
}

const CLOCK_TICKS_PER_SECOND =
  Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

/** Fields of /proc/<pid>/stat after the `(comm)` field, or null when the process is gone. */
function statFields(pid: string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return null
  }
}

/**
 * The process group of the `wrangler dev` serving `port` (its workerd children share it), or null
 * when it cannot be found (no /proc, another OS).
 */
export function serverProcessGroup(port: number): number | null {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p))
  } catch {
    return null
  }
  for (const pid of pids) {
    let cmdline: string
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    } catch {
      continue
    }
    if (cmdline.includes('wrangler') && cmdline.includes(`\0--port\0${port}\0`)) {
      const fields = statFields(pid)
      return fields ? Number(fields[2]) : null
    }
  }
  return null
}

/**
 * User + system CPU time, in ms, used so far by a process group: its live processes plus the
 * children they have reaped (so a helper process that exits mid-run does not make the total go
 * down).
 */
export function processGroupCpuMs(pgid: number): number {
  let ticks = 0
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    const fields = statFields(pid)
    if (fields && Number(fields[2]) === pgid)
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
}

/** User + system CPU time, in ms, one process has used so far (NaN when it is gone). */
export function processCpuMs(pid: number): number {
  const fields = statFields(String(pid))
  if (!fields) return Number.NaN
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND
}

/** The TCP ports a process listens on (IPv4), from its socket descriptors and /proc/net/tcp. */
function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>()
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
        if (m) inodes.add(m[1] as string)
      } catch {
        /* closed meanwhile */
      }
    }
  } catch {
    return []
  }
  const ports: number[] = []
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/)
    // Column 3 is the state (0A: LISTEN), column 9 the socket inode.
    if (cols[3] === '0A' && inodes.has(cols[9] as string))
      ports.push(parseInt((cols[1] as string).split(':')[1] as string, 16))
  }
  return ports
}

/** The two workerd processes `wrangler dev` runs, and the Worker's own socket. */
export interface DevProcesses {
  /** The workerd of wrangler's dev proxy (ProxyWorker): it owns the port wrangler prints. */
  proxyPid: number
  /** The workerd that runs the Worker (behind Miniflare's entry worker), its KV and D1. */
  workerPid: number
  /** The Worker's socket in that workerd: requests sent here skip the dev proxy. */
  directUrl: string
}

/**
 * Finds, for the `wrangler dev` serving `port`, its proxy workerd, the Worker's workerd and that
 * workerd's own HTTP socket (the one where `probePath` answers `expected`), or null when /proc is
 * unavailable or nothing answers. wrangler dev relays every request from the port it prints to
 * the Worker's socket through a proxy Worker in a second workerd; production has no such hop.
 */
export async function devProcesses(
  port: number,
  probePath = '/ping',
  expected = 'pong'
): Promise<DevProcesses | null> {
  const group = serverProcessGroup(port)
  if (group === null) return null
  const workerds: number[] = []
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    const fields = statFields(pid)
    if (!fields || Number(fields[2]) !== group) continue
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('workerd\0serve')) {
        workerds.push(Number(pid))
      }
    } catch {
      /* gone */
    }
  }
  const proxyPid = workerds.find((pid) => listeningPorts(pid).includes(port))
  if (proxyPid === undefined) return null
  for (const workerPid of workerds.filter((pid) => pid !== proxyPid)) {
    for (const candidate of listeningPorts(workerPid)) {
      const url = `http://127.0.0.1:${candidate}`
      try {
        const res = await fetch(`${url}${probePath}`, { signal: AbortSignal.timeout(2000) })
        if ((await res.text()) === expected) return { proxyPid, workerPid, directUrl: url }
      } catch {
        /* not an HTTP socket (inspector, loopback service) */
      }
    }
  }
  return null
}

/** True when `wrk` is on the PATH. */
function hasWrk(): boolean {
  return spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined
}

/**
 * Makes sure `wrk` is installed, installing Debian's package with apt-get when missing
 * (the bench machines run as root). Throws with apt's output when that fails.
 */
export function ensureWrk(): void {
  if (hasWrk()) return
  console.log('wrk is missing: installing it with apt-get (Debian package "wrk")…')
  const sudo = process.getuid?.() === 0 ? [] : ['sudo']
  for (const args of [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', 'wrk'],
  ]) {
    const [cmd, ...rest] = [...sudo, ...args] as [string, ...string[]]
    const run = spawnSync(cmd, rest, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`)
  }
  if (!hasWrk()) throw new Error('wrk is still missing after apt-get install')
}

const UNIT_TO_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** '1.23ms' → 1.23; '850.00us' → 0.85; '1.02s' → 1020. NaN when it does not parse. */
export function parseDurationMs(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(us|ms|s|m|h)$/.exec(text.trim())
  if (!m) return Number.NaN
  return Number(m[1]) * (UNIT_TO_MS[m[2] as string] ?? Number.NaN)
}

/** Parses the text `wrk --latency` prints. Exported so it can be checked on captured output. */
export function parseWrkOutput(raw: string): WrkResult {
  const percentile = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+(\\S+)\\s*$`, 'm').exec(raw)
    return m ? parseDurationMs(m[1] as string) : Number.NaN
  }
  const rps = Number(/^Requests\/sec:\s+([\d.]+)/m.exec(raw)?.[1] ?? Number.NaN)
  const requests = Number(/^\s*(\d+) requests in /m.exec(raw)?.[1] ?? Number.NaN)
  const non2xx3xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(raw)?.[1] ?? 0)
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(raw)
  const socketErrors = sock ? sock.slice(1, 5).reduce((sum, n) => sum + Number(n), 0) : 0
  return {
    rps,
    p50Ms: percentile('50'),
    p99Ms: percentile('99'),
    requests,
    non2xx3xx,
    socketErrors,
    serverCpuMsPerRequest: Number.NaN,
    cpuMsPerRequestBy: {},
    raw,
  }
}

/**
 * Runs `wrk --latency` against a URL and returns throughput and latency percentiles.
 * Asynchronous (not spawnSync) so the Worker under test, if it runs in this process's children,
 * keeps going.
 */
export async function runWrk(url: string, options: WrkOptions = {}): Promise<WrkResult> {
  const {
    seconds = 5,
    connections = 16,
    threads = 2,
    headers = {},
    script,
    timeoutSeconds = 10,
    cpuGroup = null,
    cpuPids = {},
  } = options
  const args = [
    '--latency',
    '-d',
    `${seconds}s`,
    '-c',
    String(connections),
    '-t',
    String(threads),
    '--timeout',
    `${timeoutSeconds}s`,
  ]
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
  if (script) args.push('-s', script)
  args.push(url)
  const cpuBefore = cpuGroup === null ? 0 : processGroupCpuMs(cpuGroup)
  const pidsBefore = Object.entries(cpuPids).map(
    ([name, pid]) => [name, processCpuMs(pid)] as const
  )
  const raw = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.stderr.on('data', (d) => {
      out += d
    })
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`wrk exited ${code}:\n${out}`))
    )
  })
  const cpuUsed = cpuGroup === null ? Number.NaN : processGroupCpuMs(cpuGroup) - cpuBefore
  const result = parseWrkOutput(raw)
  if (!Number.isFinite(result.rps)) throw new Error(`could not parse wrk output:\n${raw}`)
  result.serverCpuMsPerRequest = cpuUsed / result.requests
  for (const [name, before] of pidsBefore) {
    const used = processCpuMs(cpuPids[name] as number) - before
    result.cpuMsPerRequestBy[name] = used / result.requests
  }
  return result
}
