/**
 * @module Runs the attack suite of issue 11 (test/attack/) against a real `wrangler dev` Worker and
 * requires: at least 2,000 requests, no 5xx (apart from oEmbed's 501), no response outside the
 * published /openapi.json, no hang, no broken integrity check and no broken property. The table
 * and every broken property with its reproduction are printed.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../attack/run.mjs'
import { ROOT } from '../support/worker-process.mjs'

describe('attack suite (issue 11)', () => {
  it('replays every item and its variants: no 5xx, no hang, nothing broken', async () => {
    const dir = join(ROOT, 'test-artifacts')
    mkdirSync(dir, { recursive: true })
    const lines: string[] = []
    const summary = await main({
      log: (line) => {
        lines.push(line)
        console.log(line)
      },
      summaryPath: join(dir, 'attack-summary.json'),
    })
    const broken = summary.modules.flatMap((m) =>
      (m as { name: string; broken: { property: string; repro: string }[] }).broken.map(
        (b) => `${(m as { name: string }).name}: ${b.property}\n  ${b.repro}`
      )
    )
    const report = `${lines.filter((l) => l.startsWith('attack:')).join('')}\n${broken.join('\n')}`
    expect(summary.totals.requests, report).toBeGreaterThanOrEqual(2000)
    expect(summary.totals.fivexx, report).toBe(0)
    expect(summary.totals.contractBroken, report).toBe(0)
    expect(summary.totals.hangs, report).toBe(0)
    expect(summary.totals.integrityBroken, report).toBe(0)
    expect(summary.totals.propertiesBroken, report).toBe(0)
  }, 900_000)
})
