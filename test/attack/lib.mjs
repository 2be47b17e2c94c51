/**
 * @module The attack harness: a bounded HTTP client (node:http, so Host, raw paths and odd methods
 * go out as written) that counts requests, 5xx and hangs per module, and records broken properties
 * and integrity checks with a one-line reproduction each. Traffic goes to the loopback Worker only.
 */
import http from 'node:http'

/** Default per-request timeout: a request that takes longer is a hang. */
export const TIMEOUT_MS = 10_000

/** After this many hangs a module sends nothing more (and the runner restarts the Worker). */
export const HANG_BUDGET = 3

// 501 is the right answer to a method the server does not recognise (RFC 9110 §15.6.2).
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

// No keep-alive: a reused socket the server has just closed would look like a failed request.
const agent = new http.Agent({ keepAlive: false, maxSockets: 32 })

/** A seeded PRNG (mulberry32), so a fuzz run can be replayed. */
export function prng(seed) {
  let a = seed >>> 0
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Runs `fn` over `items` with at most `n` in flight. */
export async function pool(items, n, fn) {
  const out = new Array(items.length)
  let i = 0
  const workers = Array.from({ length: Math.min(n, items.length) }, async () => {
    while (i < items.length) {
      const k = i++
      out[k] = await fn(items[k], k)
    }
  })
  await Promise.all(workers)
  return out
}

/**
 * wrangler dev's own answer when its proxy's fetch to the Worker fails (ProxyWorker.ts): plain
 * text, never the problem+json every 5xx of the Worker carries.
 */
function isProxyRestart(res) {
  const type = String(res.headers['content-type'] ?? '')
  return (
    res.status === 503 &&
    !type.includes('problem+json') &&
    res.text.startsWith('Your worker restarted mid-request.')
  )
}

const short = (s, n = 160) => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s)

/** One module's counters and findings. */
export class Module {
  constructor(name, title, ctx) {
    this.name = name
    this.title = title
    this.ctx = ctx
    this.requests = 0
    this.fivexx = 0
    /** Responses that broke the published contract (/openapi.json). */
    this.contractBroken = 0
    this.hangs = 0
    this.skipped = 0
    this.integrityChecks = 0
    this.integrityBroken = 0
    this.checks = 0
    this.broken = []
    this.ms = 0
    /** Keyed writes sent again after a local transport failure (see `req`'s `transportRetries`). */
    this.transportRetries = 0
  }

  /** A curl line that repeats a request (bodies and keys abbreviated). */
  repro(method, path, opts = {}) {
    const parts = [`curl -X ${method} '$BASE${short(path, 140)}'`]
    if (opts.key && opts.key !== 'anon')
      parts.push(`-H 'authorization: Bearer $${opts.key.toUpperCase()}_KEY'`)
    for (const [k, v] of Object.entries(opts.headers ?? {}))
      parts.push(`-H '${k}: ${short(String(v), 60)}'`)
    if (opts.body !== undefined) {
      const b =
        typeof opts.body === 'string'
          ? opts.body
          : Buffer.isBuffer(opts.body)
            ? `<${opts.body.length} bytes>`
            : JSON.stringify(opts.body)
      parts.push(`-d '${short(b, 120)}'`)
    }
    return parts.join(' ')
  }

  /**
   * Sends one request. `opts.key` names a key from the context (anon for none), `opts.body` is a
   * string, Buffer or JSON value. Never throws: a timeout is `{ status: 0, hang: true }`.
   *
   * `opts.transportRetries: n` sends a request that carries an `Idempotency-Key` up to n more times
   * when it failed in local transport, never in the Worker: no answer at all (a reset connection)
   * or wrangler dev's own plain-text 503 "Your worker restarted mid-request". Under load its proxy
   * gets a reset connection from the Worker's workerd before the Worker has run, and answers any
   * such network error of a POST with that 503 (it compares the request URL with the Worker's bare
   * origin, so for every path but `/` it takes the failure for a restart). The key makes the retry
   * safe: a write that did run is replayed, not repeated. A 5xx from the Worker (a problem+json
   * body) is never retried and still counts.
   */
  async req(method, path, opts = {}) {
    const retries = opts.headers?.['idempotency-key'] ? (opts.transportRetries ?? 0) : 0
    for (let attempt = 0; ; attempt++) {
      const res = await this.send(method, path, opts, attempt < retries)
      if (!res.transportFailure) return res
      this.transportRetries++
      await new Promise((r) => setTimeout(r, 250 * (attempt + 1)))
    }
  }

  /** One attempt of `req`; with `retryable`, a local transport failure comes back unrecorded. */
  async send(method, path, opts, retryable) {
    const { base, keys } = this.ctx
    const headers = { ...(opts.headers ?? {}) }
    const secret = opts.key && opts.key !== 'anon' ? keys[opts.key] : null
    if (secret) headers.authorization = `Bearer ${secret}`
    let body = null
    if (opts.body !== undefined) {
      if (typeof opts.body === 'string' || Buffer.isBuffer(opts.body)) body = opts.body
      else {
        body = JSON.stringify(opts.body)
        headers['content-type'] ??= 'application/json'
      }
    }
    const timeout = opts.timeout ?? TIMEOUT_MS
    const url = new URL(base)
    const json = function json() {
      try {
        return JSON.parse(this.text)
      } catch {
        return null
      }
    }
    // Node refuses raw spaces and non-Latin-1 in a request line: send them percent-encoded.
    const target = path.replace(/[^\u0021-\u00ff]/g, (ch) => encodeURIComponent(ch))
    if (this.hangs >= HANG_BUDGET) {
      // The Worker is stuck for this module: do not pile more work on it (the runner restarts it).
      this.skipped++
      return { status: 0, headers: {}, text: '', hang: true, skipped: true, ms: 0, json }
    }
    const started = performance.now()
    this.requests++
    const res = await new Promise((resolve) => {
      let settled = false
      let early = null
      const done = (v) => {
        if (!settled) {
          settled = true
          resolve(v)
        }
      }
      const r = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path: target,
          headers,
          agent,
          setHost: !('host' in headers),
        },
        (response) => {
          early = { status: response.statusCode ?? 0, headers: response.headers }
          const chunks = []
          response.on('data', (d) => chunks.push(d))
          response.on('end', () => done({ ...early, text: Buffer.concat(chunks).toString('utf8') }))
          response.on('error', () =>
            done({ ...early, text: Buffer.concat(chunks).toString('utf8') })
          )
        }
      )
      const timer = setTimeout(() => {
        r.destroy(new Error('timeout'))
        done({ status: 0, headers: {}, text: '', hang: true })
      }, timeout)
      // A server may answer (e.g. 413) and close before it has read an oversized upload: keep its
      // answer.
      r.on('error', (e) => {
        clearTimeout(timer)
        setTimeout(
          () => done(early ? { ...early, text: '' } : { status: -1, headers: {}, text: String(e) }),
          50
        )
      })
      r.on('close', () => clearTimeout(timer))
      if (body !== null) r.write(body)
      r.end()
    })
    res.ms = performance.now() - started
    res.json = json
    if (retryable && (res.status === -1 || isProxyRestart(res))) return { transportFailure: true }
    const line = this.repro(method, path, opts)
    if (res.hang) {
      this.hangs++
      this.fail(`answers within ${Math.round(timeout / 1000)} s`, line)
    } else if (
      res.status >= 500 &&
      !(res.status === 501 && (opts.allow501 || !KNOWN_METHODS.has(method)))
    ) {
      if (process.env.ATTACK_DEBUG) console.error('5xx body', res.status, res.text.slice(0, 400))
      this.fivexx++
      this.fail(`never 5xx (got ${res.status})`, line)
    } else if (res.status === -1) {
      this.fail(`connection kept (${short(res.text, 60)})`, line)
    } else {
      const broken = this.ctx.contract?.(method, target, res)
      if (broken) {
        this.contractBroken++
        this.fail(
          `answers within /openapi.json, not with ${broken.kind}`,
          `${line}\n      ${broken.detail}`
        )
      }
    }
    return res
  }

  /** Records a property check. */
  check(property, ok, repro) {
    this.checks++
    if (!ok) this.fail(property, repro)
    return ok
  }

  /** Records an integrity check: stored data that an attack must not change. */
  integrity(property, ok, repro) {
    this.integrityChecks++
    this.checks++
    if (!ok) {
      this.integrityBroken++
      this.fail(`integrity: ${property}`, repro)
    }
    return ok
  }

  fail(property, repro) {
    this.broken.push({ property, repro })
  }

  /** The broken properties, one per distinct property, with the first reproduction and a count. */
  distinctBroken() {
    const seen = new Map()
    for (const b of this.broken) {
      const e = seen.get(b.property)
      if (e) e.count++
      else seen.set(b.property, { ...b, count: 1 })
    }
    return [...seen.values()]
  }
}

/** Expects a status from a set; the body goes in the reproduction. */
export function expectStatus(m, property, res, allowed, repro) {
  const ok = allowed.includes(res.status)
  return m.check(
    property,
    ok,
    `${repro} → ${res.status} ${short(res.text.replace(/\s+/g, ' '), 120)}`
  )
}

/** How a request ended, for reproductions: its status and time, no answer, or not sent. */
export function outcome(r) {
  if (r.skipped) return 'not sent (the Worker had already hung in this module)'
  if (r.hang) return `no answer after ${Math.round(r.ms)} ms`
  return `${r.status} in ${Math.round(r.ms)} ms`
}

/** A unique, lower-case token for slugs and words. */
export function uid(prefix = 'x') {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}
