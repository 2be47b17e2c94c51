#!/usr/bin/env node
/**
 * @module `npm run import -- FILE.jsonl [--remote] [--url URL] [--key KEY] [--state PATH]`: streams
 * a JSON-lines archive (one article per line, the `POST /v1/articles` shape plus an optional
 * original
 * `publishedAt`) into Edgewire through `POST /v1/articles/batch`, with a progress bar and a
 * resumable position. Local by default (http://127.0.0.1:$PORT, 8787 unless PORT is set, and the
 * admin key from `.dev.vars`); `--remote` needs `--url` (or EDGEWIRE_URL) and a key with
 * articles:write and articles:publish (`--key` or EDGEWIRE_API_KEY).
 *
 * Safe to stop and run again: the position (byte offset of the next unsent line) is saved after
 * every committed batch in FILE.jsonl.import-state; each batch carries an Idempotency-Key made from
 * the file and its offset, and items with a `slug` upsert by slug, so a batch sent twice writes
 * nothing new.
 */
import { createHash } from 'node:crypto'
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const MAX_ITEMS = 100
const MAX_BYTES = 400_000
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

function parseArgs(argv) {
  const args = { file: null, remote: false, url: null, key: null, state: null, quiet: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--remote') args.remote = true
    else if (a === '--quiet') args.quiet = true
    else if (a === '--url' || a === '--key' || a === '--state') args[a.slice(2)] = argv[++i] ?? null
    else if (a === '--help' || a === '-h') args.help = true
    else if (!args.file) args.file = a
    else throw new Error(`Unexpected argument: ${a}`)
  }
  return args
}

function localKey() {
  const path = join(root, '.dev.vars')
  const found = existsSync(path)
    ? /^ADMIN_API_KEY\s*=\s*"?([^"\n]+)"?/m.exec(readFileSync(path, 'utf8'))
    : null
  return found ? found[1].trim() : null
}

/** Yields `{ line, start, end }` (byte offsets) for each line of the file from `offset`. */
async function* lines(path, offset) {
  let pending = Buffer.alloc(0)
  let position = offset
  for await (const chunk of createReadStream(path, { start: offset, highWaterMark: 1 << 20 })) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
    let from = 0
    for (let nl = pending.indexOf(10, from); nl !== -1; nl = pending.indexOf(10, from)) {
      yield {
        line: pending.subarray(from, nl).toString('utf8'),
        start: position + from,
        end: position + nl + 1,
      }
      from = nl + 1
    }
    position += from
    pending = pending.subarray(from)
  }
  if (pending.length)
    yield { line: pending.toString('utf8'), start: position, end: position + pending.length }
}

function bar(done, total, count, started) {
  const share = total ? Math.min(1, done / total) : 1
  const width = 30
  const seconds = (Date.now() - started) / 1000
  const rate = seconds > 0 ? count / seconds : 0
  const eta =
    rate > 0 && share < 1 ? Math.round(((1 - share) * seconds) / Math.max(share, 1e-9)) : 0
  return `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${(share * 100).toFixed(1)}%  ${count} articles  ${rate.toFixed(0)}/s  ETA ${eta}s`
}

async function send(url, key, idempotencyKey, articles) {
  for (let attempt = 1; ; attempt++) {
    let res
    try {
      res = await fetch(`${url}/v1/articles/batch`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify({ articles }),
      })
    } catch (err) {
      if (attempt >= 6) {
        const why = err.cause?.code ?? err.message
        throw new Error(
          `Nothing answers at ${url} (${why}): is Edgewire running there? ` +
            'Start it with `npm start` (same PORT), or pass --url.'
        )
      }
      await new Promise((r) => setTimeout(r, 1000 * attempt))
      continue
    }
    const text = await res.text()
    if (res.ok) return JSON.parse(text)
    // Server trouble and rate limits are retried; a refused batch is reported and stops the import.
    if ((res.status >= 500 || res.status === 429) && attempt < 6) {
      await new Promise((r) => setTimeout(r, 1000 * attempt))
      continue
    }
    const error = new Error(`HTTP ${res.status}`)
    error.body = text
    throw error
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  if (args.help || !args.file) {
    console.log(
      'Usage: npm run import -- FILE.jsonl [--remote] [--url URL] [--key KEY] [--state PATH] [--quiet]'
    )
    process.exit(args.help ? 0 : 2)
  }
  const file = resolve(args.file)
  const local = `http://127.0.0.1:${process.env.PORT || 8787}`
  const given = args.url ?? (args.remote ? process.env.EDGEWIRE_URL : null)
  const url = (given ?? local).replace(/\/+$/, '')
  if (args.remote && !args.url && !process.env.EDGEWIRE_URL)
    throw new Error('--remote needs --url https://… or EDGEWIRE_URL')
  const key = args.key ?? process.env.EDGEWIRE_API_KEY ?? (args.remote ? null : localKey())
  if (!key)
    throw new Error(
      'No key: pass --key, set EDGEWIRE_API_KEY, or run `npm start` once to create .dev.vars'
    )
  const size = statSync(file).size
  const statePath = resolve(args.state ?? `${file}.import-state`)
  // A file is recognised by its name and first 4 KiB: appending lines keeps its position, replacing
  // it does not.
  const head = Buffer.alloc(Math.min(size, 4096))
  const fd = openSync(file, 'r')
  readSync(fd, head, 0, head.length, 0)
  closeSync(fd)
  const identity = createHash('sha256')
    .update(basename(file))
    .update(head)
    .digest('hex')
    .slice(0, 16)
  let state = {
    file: basename(file),
    identity,
    offset: 0,
    line: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
  }
  if (existsSync(statePath)) {
    const saved = JSON.parse(readFileSync(statePath, 'utf8'))
    if (saved.identity === identity) state = saved
    else console.error(`Ignoring ${statePath}: it belongs to another file or version of it.`)
  }
  if (state.offset >= size) {
    console.log(`Nothing to do: ${basename(file)} was imported completely (${statePath}).`)
    return
  }
  if (state.offset > 0) console.error(`Resuming at line ${state.line + 1} (byte ${state.offset}).`)

  const started = Date.now()
  let sent = 0
  let batch = []
  let batchLines = []
  let bytes = 0
  let batchStart = state.offset
  let lineNo = state.line
  const flush = async (end) => {
    if (!batch.length) return
    const result = await send(url, key, `import-${identity}-${batchStart}`, batch).catch((err) => {
      if (err.body === undefined) throw err
      let detail = err.body ?? err.message
      try {
        const problem = JSON.parse(err.body)
        detail = `${problem.detail}\n${(problem.errors ?? [])
          .map((e) => {
            const m = /^articles\.(\d+)\.?(.*)$/.exec(e.path)
            return m
              ? `  line ${batchLines[Number(m[1])]}: ${m[2] || '(article)'}: ${e.message}`
              : `  ${e.path}: ${e.message}`
          })
          .join('\n')}`
      } catch {
        /* not a problem document */
      }
      throw new Error(
        `The batch starting at line ${batchLines[0]} was refused (${err.message}); nothing from it was written.\n${detail}`
      )
    })
    for (const k of ['created', 'updated', 'unchanged']) state[k] += result.meta[k]
    sent += batch.length
    state.offset = end
    state.line = batchLines[batchLines.length - 1]
    writeFileSync(statePath, JSON.stringify(state, null, 2))
    if (!args.quiet) process.stderr.write(`\r${bar(end, size, sent, started)}`)
    batch = []
    batchLines = []
    bytes = 0
    batchStart = end
  }
  let lastEnd = state.offset
  for await (const { line, start, end } of lines(file, state.offset)) {
    lineNo += 1
    if (!line.trim()) {
      if (!batch.length) batchStart = end
      lastEnd = end
      continue
    }
    let article
    try {
      article = JSON.parse(line)
    } catch (err) {
      throw new Error(
        `Line ${lineNo} is not JSON (${err.message}); fix it and run again to resume there.`
      )
    }
    const size_ = end - start
    if (batch.length && (batch.length >= MAX_ITEMS || bytes + size_ > MAX_BYTES)) await flush(start)
    batch.push(article)
    batchLines.push(lineNo)
    bytes += size_
    lastEnd = end
  }
  await flush(lastEnd)
  if (!args.quiet) process.stderr.write('\n')
  console.log(
    `Imported ${sent} articles from ${basename(file)} into ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(totals: ${state.created} created, ${state.updated} updated, ${state.unchanged} unchanged). Position kept in ${statePath}.`
  )
}

main().catch((err) => {
  console.error(`\n${err.message}`)
  process.exit(1)
})
