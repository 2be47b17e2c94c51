import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startWorker } from '../support/worker-process.mjs'

const line = (i: number) =>
  JSON.stringify({
    slug: `cli-pumpkin-${i}`,
    headline: `Pumpkin show entry ${i}`,
    body: `Entry ${i} at the village pumpkin show weighed in.`,
    status: 'published',
    publishedAt: '2015-10-31T12:00:00Z',
  })

describe('npm run import', () => {
  let worker: { url: string; adminKey: string; stop: () => Promise<void> }
  let dir: string
  const run = (file: string) =>
    spawnSync(
      process.execPath,
      [
        join(ROOT, 'src/cli/import.mjs'),
        file,
        '--url',
        worker.url,
        '--key',
        worker.adminKey,
        '--quiet',
      ],
      { encoding: 'utf8' }
    )

  beforeAll(async () => {
    worker = await startWorker()
    dir = mkdtempSync(join(tmpdir(), 'edgewire-import-'))
  })
  afterAll(async () => {
    await worker?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('streams a JSON-lines file in batches, keeps its position, and resumes after new lines', async () => {
    const file = join(dir, 'archive.jsonl')
    writeFileSync(file, Array.from({ length: 230 }, (_, i) => line(i)).join('\n') + '\n\n')
    const first = run(file)
    expect(first.status, first.stderr + first.stdout).toBe(0)
    expect(first.stdout).toMatch(/Imported 230 articles/)
    const state = JSON.parse(readFileSync(`${file}.import-state`, 'utf8'))
    expect(state).toMatchObject({ created: 230, line: 230 })
    const res = await fetch(`${worker.url}/v1/articles/cli-pumpkin-229`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as any).article.publishedAt).toBe('2015-10-31T12:00:00.000Z')

    const again = run(file)
    expect(again.stdout).toMatch(/Nothing to do/)

    appendFileSync(file, `${line(230)}\n`)
    const more = run(file)
    expect(more.status, more.stderr).toBe(0)
    expect(more.stdout).toMatch(/Imported 1 articles/)
    expect(JSON.parse(readFileSync(`${file}.import-state`, 'utf8')).created).toBe(231)
  })

  it('stops at a bad line with its number and resumes there once fixed', async () => {
    const file = join(dir, 'broken.jsonl')
    const lines = Array.from({ length: 150 }, (_, i) => line(1000 + i))
    lines[120] = '{"headline": '
    writeFileSync(file, lines.join('\n'))
    const broken = run(file)
    expect(broken.status).toBe(1)
    expect(broken.stderr).toMatch(/Line 121 is not JSON/)
    expect(JSON.parse(readFileSync(`${file}.import-state`, 'utf8')).line).toBe(100)

    lines[120] = JSON.stringify({ slug: 'cli-pumpkin-bad', headline: '', status: 'published' })
    writeFileSync(file, lines.join('\n'))
    const refused = run(file)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/line 121: headline/)

    lines[120] = line(5000)
    writeFileSync(file, lines.join('\n'))
    const fixed = run(file)
    expect(fixed.status, fixed.stderr).toBe(0)
    expect(fixed.stdout).toMatch(/Imported 50 articles/)
  })
})
