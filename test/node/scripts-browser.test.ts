/**
 * Article pages in scripts other than Latin, as a reader's browser lays them out: real headless
 * Chromium (playwright-core) opens an Arabic and a Japanese article served by `wrangler dev`,
 * reached by their Unicode slugs. Asserts the computed direction (rtl for Arabic), that a
 * 300-character word without a break point does not widen the page on a phone, and that the emoji
 * and astral characters of the headline arrive intact; saves test-artifacts/article-arabic.png and
 * article-japanese.png. Without /usr/bin/chromium it says plainly that it did not run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startWorker } from '../support/worker-process.mjs'
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium'

const ARTIFACTS = join(ROOT, 'test-artifacts')

// Invented stories. The long words have no space or hyphen to break at.
const STORIES = {
  arabic: {
    headline: 'افتتاح جسر جديد في المدينة 🌉',
    body: `<p>قال رئيس البلدية إن الجسر الجديد سيفتح أبوابه للمشاة في الأسبوع المقبل، وإن السيارات ستعبره بعد شهر.</p><p>${'ب'.repeat(300)}</p>`,
  },
  japanese: {
    headline: '𠮷野家が東京に新店舗 🍜',
    body: `<p>気象庁によると、都心では朝から雪が降り続いた。新しい店舗は駅前にあり、朝六時から営業する。</p><p>${'x'.repeat(300)}</p>`,
  },
}

interface Layout {
  direction: string
  htmlDir: string | null
  lang: string
  scrollWidth: number
  clientWidth: number
  headline: string
}

if (!existsSync(CHROMIUM)) {
  describe('article pages in other scripts, in a real browser', () => {
    it('did NOT run: Chromium is not installed', () => {
      console.warn(`\n  The script layout browser test did NOT run: ${CHROMIUM} is missing.\n`)
      expect(existsSync(CHROMIUM)).toBe(false)
    })
  })
} else {
  describe('article pages in other scripts, in a real browser', () => {
    let worker: { url: string; adminKey: string; stop: () => Promise<void> }
    let context: BrowserContext
    let page: Page
    let profile: string
    const slugs: Record<string, string> = {}

    beforeAll(async () => {
      worker = await startWorker()
      for (const [name, story] of Object.entries(STORIES)) {
        const res = await fetch(`${worker.url}/v1/articles`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${worker.adminKey}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ ...story, status: 'published' }),
        })
        const text = await res.text()
        expect(res.status, text).toBe(201)
        slugs[name] = (JSON.parse(text) as { article: { slug: string } }).article.slug
      }
      mkdirSync(ARTIFACTS, { recursive: true })
      profile = mkdtempSync(join(tmpdir(), 'edgewire-chromium-'))
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS,
        viewport: { width: 360, height: 740 },
      })
      page = context.pages()[0] ?? (await context.newPage())
    }, 120_000)

    afterAll(async () => {
      await context?.close()
      if (profile) rmSync(profile, { recursive: true, force: true })
      await worker?.stop()
    })

    async function open(name: keyof typeof STORIES, raw: boolean): Promise<Layout> {
      const slug = slugs[name]!
      const res = await page.goto(
        `${worker.url}/articles/${raw ? slug : encodeURIComponent(slug)}`,
        { waitUntil: 'load' }
      )
      expect(res?.status()).toBe(200)
      expect(res?.headers()['content-type']).toMatch(/^text\/html; charset=utf-8$/i)
      await page.screenshot({ path: join(ARTIFACTS, `article-${name}.png`), fullPage: true })
      return page.evaluate(() => ({
        direction: getComputedStyle(document.querySelector('article')!).direction,
        htmlDir: document.documentElement.getAttribute('dir'),
        lang: document.documentElement.lang,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        headline: document.querySelector('h1')!.textContent ?? '',
      }))
    }

    it('lays an Arabic article out right to left, with no horizontal overflow on a phone', async () => {
      expect(slugs.arabic).toBe('افتتاح-جسر-جديد-في-المدينة')
      const layout = await open('arabic', true)
      expect(layout.lang).toBe('ar')
      expect(layout.htmlDir).toBe('rtl')
      expect(layout.direction).toBe('rtl')
      expect(layout.headline).toBe(STORIES.arabic.headline)
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth)
    })

    it('lays a Japanese article out left to right, astral characters and emoji intact, no overflow', async () => {
      expect(slugs.japanese).toBe('𠮷野家が東京に新店舗')
      const layout = await open('japanese', false)
      expect(layout.lang).toBe('ja')
      expect(layout.htmlDir).toBeNull()
      expect(layout.direction).toBe('ltr')
      expect(layout.headline).toBe(STORIES.japanese.headline)
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth)
    })
  })
}
