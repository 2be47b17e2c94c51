/**
 * @module Shared by the related-story eval and bench: reads a ../shared/data JSON-lines corpus,
 * loads it into a running Worker through `POST /v1/articles/batch`, and queries `/related` with
 * bounded concurrency.
 */
import { readFileSync } from 'node:fs'

export interface CorpusRow {
  id: string
  labels: string[]
  title: string
  text: string
  date?: string
  split?: string
}

/** Reads a JSON-lines file of the evaluation data. */
export function readCorpus(path: string): CorpusRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRow)
}

/** A stable slug for a corpus id (`reuters/17` → `reuters-17`). */
export function slugFor(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** The batch item of a row: published, with its original date when the corpus has one. */
export function toBatchItem(row: CorpusRow): Record<string, unknown> {
  const date =
    row.date && !Number.isNaN(Date.parse(row.date)) ? new Date(row.date).toISOString() : undefined
  return {
    slug: slugFor(row.id),
    // Some wire items have no title: a dash carries no words, so it adds nothing to matching.
    headline: row.title.trim().slice(0, 300) || '—',
    body: row.text.slice(0, 900_000),
    status: 'published',
    ...(date && date <= new Date().toISOString() ? { publishedAt: date } : {}),
  }
}

/** Groups items into batches of at most 100 articles and about 400 KB. */
export function toBatches(
  items: Record<string, unknown>[],
  maxBytes = 400_000
): Record<string, unknown>[][] {
  const batches: Record<string, unknown>[][] = []
  let current: Record<string, unknown>[] = []
  let bytes = 0
  for (const item of items) {
    const size = JSON.stringify(item).length
    if (current.length && (current.length >= 100 || bytes + size > maxBytes)) {
      batches.push(current)
      current = []
      bytes = 0
    }
    current.push(item)
    bytes += size
  }
  if (current.length) batches.push(current)
  return batches
}

/** Posts the batches one after the other; prints progress; returns articles per second. */
export async function loadCorpus(
  url: string,
  key: string,
  items: Record<string, unknown>[],
  label: string
): Promise<{ seconds: number; perSecond: number }> {
  const started = performance.now()
  let done = 0
  for (const batch of toBatches(items)) {
    // A batch is all-or-nothing and upserts by slug, so a retry after a dev-server reload is safe.
    await withRetry(async () => {
      const res = await fetch(`${url}/v1/articles/batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ articles: batch }),
      })
      if (!res.ok)
        throw new Error(`batch failed: ${res.status} ${(await res.text()).slice(0, 500)}`)
    })
    done += batch.length
    if (done % 2000 < batch.length || done === items.length) {
      const s = (performance.now() - started) / 1000
      process.stdout.write(
        `  ${label}: loaded ${done}/${items.length} (${Math.round(done / s)}/s)\n`
      )
    }
  }
  const seconds = (performance.now() - started) / 1000
  return { seconds, perSecond: items.length / seconds }
}

/**
 * Computes every queued related list (each write does up to 200, the cron the rest) through
 * `POST /v1/admin/related/refresh`, so lookups read precomputed lists; returns lists per second.
 */
export async function drainRelatedLists(
  url: string,
  key: string,
  label: string
): Promise<{ lists: number; seconds: number }> {
  const started = performance.now()
  let lists = 0
  for (;;) {
    const done = await withRetry(async () => {
      const res = await fetch(`${url}/v1/admin/related/refresh`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ limit: 1000 }),
      })
      const text = await res.text()
      if (!res.ok) throw new Error(`refresh failed: ${res.status} ${text.slice(0, 300)}`)
      return JSON.parse(text) as { refreshed: number; pending: number }
    })
    lists += done.refreshed
    if (done.pending === 0 || done.refreshed === 0) break
  }
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(`  ${label}: ${lists} related lists computed in ${seconds.toFixed(1)} s\n`)
  return { lists, seconds }
}

/**
 * Retries a request a few times: `wrangler dev` restarts the Worker when a source file changes
 * (other people edit the tree while a long run goes on), and answers 503 for requests caught in the
 * restart.
 */
export async function withRetry<T>(task: () => Promise<T>, attempts = 6): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await task()
    } catch (err) {
      if (i >= attempts) throw err
      await new Promise((r) => setTimeout(r, 1000 * i))
    }
  }
}

/** Runs `task` over `items` with at most `concurrency` in flight. */
export async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await task(items[i] as T, i)
      }
    })
  )
  return out
}

/** p-th percentile (0..100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    NaN
  )
}
