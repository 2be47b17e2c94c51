/**
 * @module The API reference at /docs in real headless Chromium: it renders under its strict CSP
 * with no console errors, and its try-it forms send requests to the running Worker and show the
 * answers. Saves a screenshot to test-artifacts/api-reference.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startWorker } from '../support/worker-process.mjs'
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium'

const SCREENSHOT = join(ROOT, 'test-artifacts', 'api-reference.png')

if (!existsSync(CHROMIUM)) {
  describe('the API reference in a real browser', () => {
    it('did NOT run: Chromium is not installed', () => {
      console.warn(`\n  The /docs browser test did NOT run: ${CHROMIUM} is missing.\n`)
      expect(existsSync(CHROMIUM)).toBe(false)
    })
  })
} else {
  describe('the API reference in a real browser', () => {
    let worker: { url: string; adminKey: string; stop: () => Promise<void> }
    let context: BrowserContext
    let page: Page
    let profile: string
    const consoleErrors: string[] = []

    beforeAll(async () => {
      worker = await startWorker()
      const res = await fetch(`${worker.url}/v1/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${worker.adminKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          slug: 'tide-tables-printed',
          headline: 'Tide tables printed for the harbour',
          status: 'published',
        }),
      })
      if (res.status !== 201) throw new Error(`seed failed: ${res.status} ${await res.text()}`)
      profile = mkdtempSync(join(tmpdir(), 'edgewire-docs-'))
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS,
        viewport: { width: 1280, height: 900 },
      })
      page = context.pages()[0] ?? (await context.newPage())
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`)
      })
      page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`))
    })
    afterAll(async () => {
      await context?.close()
      await worker?.stop()
      if (profile) rmSync(profile, { recursive: true, force: true })
    })

    it('renders, and GET /v1/articles from its form shows 200 with the stories', async () => {
      const res = await page.goto(`${worker.url}/docs`)
      expect(res?.status()).toBe(200)
      expect(res?.headers()['content-security-policy']).toMatch(/default-src 'none'/)
      await expect(page.locator('h1').textContent()).resolves.toBe('Edgewire API reference')
      expect(await page.locator('#getV1Articles pre').first().textContent()).toContain(
        `${worker.url}/v1/articles?`
      )

      const form = page.locator('#getV1Articles form.try')
      await form.locator('input[name=limit]').fill('2')
      await form.locator('button[type=submit]').click()
      const status = form.locator('output .status')
      await status.waitFor({ timeout: 15_000 })
      expect(await status.getAttribute('data-status')).toBe('200')
      expect(await status.textContent()).toContain('GET /v1/articles?limit=2')
      expect(await form.locator('output pre').textContent()).toContain(
        '"headline": "Tide tables printed for the harbour"'
      )
      await form.scrollIntoViewIfNeeded()
      mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true })
      await page.screenshot({ path: SCREENSHOT })
      expect(existsSync(SCREENSHOT)).toBe(true)
    })

    it('sends the key from the page, and shows a problem as it is', async () => {
      const keys = page.locator('#getV1Keys form.try')
      await keys.locator('button[type=submit]').click()
      await keys.locator('output .status').waitFor({ timeout: 15_000 })
      expect(await keys.locator('output .status').getAttribute('data-status')).toBe('401')

      await page.locator('#api-key').fill(worker.adminKey)
      await keys.locator('button[type=submit]').click()
      await expect
        .poll(() => keys.locator('output .status').getAttribute('data-status'))
        .toBe('200')

      await page.locator('#getV1ArticlesRef details.try-it > summary').click()
      const read = page.locator('#getV1ArticlesRef form.try')
      await read.locator('input[name=ref]').fill('no-such-story')
      await read.locator('button[type=submit]').click()
      await read.locator('output .status').waitFor({ timeout: 15_000 })
      expect(await read.locator('output .status').getAttribute('data-status')).toBe('404')
      expect(await read.locator('output pre').textContent()).toContain(
        '"type": "/problems/not-found"'
      )
      // The 401 and 404 above are answers the page shows, not errors of the page itself.
      expect(consoleErrors.filter((e) => !/status of 40[14]/.test(e))).toEqual([])
    })
  })
}
