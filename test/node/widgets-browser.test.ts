/**
 * The widgets as a reader's browser runs them: real headless Chromium (Debian's `chromium`, driven
 * by playwright-core) opens a partner page served from ANOTHER origin under a strict CSP (no
 * 'unsafe-inline'), with every widget and the oEmbed iframe card on it. Asserts the rendered links,
 * lazy loading, the iframe resizing to its card, quiet empty states for unknown and hostile
 * attributes, visible keyboard focus, no cookies, no CSP violation and no console error; saves
 * test-artifacts/widgets-host.png. Without /usr/bin/chromium it says plainly that it did not run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, freePort, startWorker } from '../support/worker-process.mjs'
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium'

// EDGEWIRE_CHROMIUM only lets the "not installed" path be tried on a machine that has Chromium.
const SCREENSHOT = join(ROOT, 'test-artifacts', 'widgets-host.png')

interface Seeded {
  harbour: { slug: string; headline: string }[]
  card: { slug: string; headline: string }
}

/** An invented lead image, served by the partner's own origin ('self' under its CSP). */
const PIER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc9e8"/><stop offset="1" stop-color="#e9f3fa"/></linearGradient></defs>
<rect width="640" height="360" fill="url(#sky)"/><rect y="250" width="640" height="110" fill="#3c6e8f"/>
<rect x="120" y="225" width="420" height="18" fill="#6b4f3a"/>${[150, 230, 310, 390, 470].map((x) => `<rect x="${x}" y="243" width="10" height="80" fill="#4a3728"/>`).join('')}
<circle cx="540" cy="80" r="36" fill="#ffd45c"/></svg>`

const HOST_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:24px 32px;background:#f6f4ef;color:#222}
h1{margin:0 0 4px}.note{color:#555;margin:0 0 20px}
.grid{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:20px;align-items:start}
.grid>*{background:#fff}
edgewire-latest,edgewire-related,edgewire-card{--edgewire-link:#0b4f8a;--edgewire-radius:10px}
edgewire-related::part(heading){color:#8a1c1c;text-transform:uppercase;letter-spacing:.04em}
.frame h2{font-size:1rem;margin:0 0 8px}
.spacer{height:1400px;border-left:4px dashed #ccc;margin:24px 0;padding-left:12px;color:#777}`

function hostPage(edgewire: string, widgetSrc: string, seeded: Seeded, oembedHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Lowmere Gazette (partner page)</title>
<link rel="stylesheet" href="/host.css"><script async src="${widgetSrc}"></script></head><body>
<h1>The Lowmere Gazette</h1><p class="note">A partner page on another origin, under <code>default-src 'self' ${edgewire}</code>.</p>
<div class="grid">
<edgewire-latest id="latest" section="harbour" limit="3"></edgewire-latest>
<edgewire-related id="related" article="${seeded.card.slug}" limit="3"></edgewire-related>
<edgewire-card id="card" article="${seeded.card.slug}"></edgewire-card>
<edgewire-card id="unknown" article="no-such-story-anywhere"></edgewire-card>
<edgewire-related id="hostile" article='"&gt;&lt;img src=x onerror=alert(1)&gt;'></edgewire-related>
<div class="frame" id="frame"><h2>oEmbed iframe card</h2>${oembedHtml}</div>
</div>
<div class="spacer">Below the fold: the next widget loads only when scrolled into view.</div>
<edgewire-latest id="lazy" limit="2"></edgewire-latest>
</body></html>`
}

async function seed(url: string, adminKey: string, image: string): Promise<Seeded> {
  const post = async (article: Record<string, unknown>) => {
    const res = await fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        status: 'published',
        bylines: ['Ada Quill'],
        section: 'Harbour',
        ...article,
      }),
    })
    if (res.status !== 201) throw new Error(`seed failed: ${res.status} ${await res.text()}`)
    return ((await res.json()) as { article: { slug: string; headline: string } }).article
  }
  const pier =
    '<p>The Lowmere pier reopened to walkers after storm repairs; the pier pilings were replaced.</p>'
  const older = await post({
    slug: 'pier-pilings-ordered',
    headline: 'Lowmere pier pilings ordered after winter storms',
    body: pier,
  })
  const middle = await post({
    slug: 'pier-inspection-passed',
    headline: 'Lowmere pier passes its storm inspection',
    body: pier,
  })
  await post({
    slug: 'ferry-fares-frozen',
    headline: 'Ferry fares frozen for the summer',
    body: '<p>Fares stay the same.</p>',
    section: 'Transport',
  })
  await post({
    slug: 'draft-pier-story',
    headline: 'Lowmere pier draft',
    body: pier,
    status: 'draft',
  })
  const card = await post({
    slug: 'lowmere-pier-reopens',
    headline: 'Lowmere pier reopens to walkers after storm repairs',
    body: pier,
    dek: 'New pilings, a resurfaced deck and later opening hours for the summer.',
    bylines: ['Ada Quill', 'Ben Ortiz'],
    image: { url: image, caption: 'The pier at high tide', credit: 'Invented for the test' },
  })
  return { harbour: [card, middle, older], card }
}

if (!existsSync(CHROMIUM)) {
  describe('widgets in a real browser', () => {
    it('did NOT run: Chromium is not installed', () => {
      console.warn(
        `\n  The widget browser test did NOT run: ${CHROMIUM} is missing.\n` +
          '  Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), then run `npm run test:browser`.\n'
      )
      expect(existsSync(CHROMIUM)).toBe(false)
    })
  })
} else {
  describe('widgets in a real browser, on a partner page with a strict CSP', () => {
    let worker: { url: string; adminKey: string; stop: () => Promise<void> }
    let host: Server
    let hostOrigin: string
    let context: BrowserContext
    let page: Page
    let profile: string
    const consoleErrors: string[] = []
    const widgetRequests: { url: string; cookie?: string }[] = []
    const setCookies: string[] = []
    let seeded: Seeded
    let oembed: { html: string; height: number }

    beforeAll(async () => {
      const hostPort = await freePort()
      hostOrigin = `http://localhost:${hostPort}`
      worker = await startWorker({ vars: { EMBED_FRAME_ANCESTORS: hostOrigin } })
      seeded = await seed(worker.url, worker.adminKey, `${hostOrigin}/img/pier.svg`)
      const articleUrl = `${worker.url}/articles/${seeded.card.slug}`
      const res = await fetch(
        `${worker.url}/oembed?url=${encodeURIComponent(articleUrl)}&format=json&maxwidth=480&maxheight=150`
      )
      oembed = (await res.json()) as { html: string; height: number }
      const widgetSrc = /<script async src="([^"]+)"/.exec(oembed.html)?.[1] ?? ''
      const csp = `default-src 'self' ${worker.url}; frame-src ${worker.url}`
      host = createServer((req, reply) => {
        if (req.url === '/') {
          reply.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': csp,
          })
          reply.end(hostPage(worker.url, widgetSrc, seeded, oembed.html))
        } else if (req.url === '/favicon.ico') {
          reply.writeHead(200, { 'content-type': 'image/svg+xml' }).end(PIER_SVG) // else Chrome logs the 404
        } else if (req.url === '/host.css') {
          reply.writeHead(200, { 'content-type': 'text/css' }).end(HOST_CSS)
        } else if (req.url === '/img/pier.svg') {
          reply.writeHead(200, { 'content-type': 'image/svg+xml' }).end(PIER_SVG)
        } else {
          reply.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        }
      })
      await new Promise<void>((resolve) => host.listen(hostPort, 'localhost', resolve))
      profile = mkdtempSync(join(tmpdir(), 'edgewire-chromium-'))
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
      page.on('dialog', (dialog) => {
        consoleErrors.push(`dialog: ${dialog.message()}`)
        void dialog.dismiss()
      })
      page.on('request', (req) => {
        if (req.url().startsWith(`${worker.url}/v1/widgets/`))
          widgetRequests.push({ url: req.url(), cookie: req.headers().cookie })
      })
      page.on('response', (r) => {
        const cookie = r.headers()['set-cookie']
        if (cookie) setCookies.push(`${r.url()}: ${cookie}`)
      })
      // In every frame, before any page script: record CSP violations.
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] }
        w.__violations = []
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`)
        )
      })
      await page.goto(`${hostOrigin}/`, { waitUntil: 'load' })
    })

    afterAll(async () => {
      await context?.close().catch(() => undefined)
      if (profile) rmSync(profile, { recursive: true, force: true })
      await new Promise((resolve) => (host ? host.close(resolve) : resolve(undefined)))
      await worker?.stop()
    })

    const state = (id: string) => page.locator(`#${id}`).getAttribute('data-state')
    const waitState = (id: string, want: string) =>
      page.waitForFunction(
        ([i, w]) => document.getElementById(i!)?.dataset.state === w,
        [id, want],
        { timeout: 15_000 }
      )

    it('renders the latest stories of a section as links to the articles, newest first', async () => {
      await waitState('latest', 'ready')
      const links = page.locator('#latest a')
      expect(
        await links.evaluateAll((as) =>
          as.map((a) => [(a as HTMLAnchorElement).href, a.textContent])
        )
      ).toEqual(seeded.harbour.map((a) => [`${worker.url}/articles/${a.slug}`, a.headline]))
      expect(await page.locator('#latest h2').textContent()).toBe('Latest in Harbour')
      expect(await page.locator('#latest ol li').count()).toBe(3)
    })

    it('renders related stories without the story itself, themed through ::part', async () => {
      await waitState('related', 'ready')
      const hrefs = await page
        .locator('#related a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
      expect(hrefs.length).toBeGreaterThan(0)
      expect(hrefs).toContain(`${worker.url}/articles/pier-inspection-passed`)
      expect(hrefs).not.toContain(`${worker.url}/articles/${seeded.card.slug}`)
      expect(hrefs).not.toContain(`${worker.url}/articles/draft-pier-story`)
      const heading = page.locator('#related h2')
      expect(await heading.evaluate((h) => getComputedStyle(h).textTransform)).toBe('uppercase')
    })

    it('renders the card with headline link, image, dek and byline, in Shadow DOM with adopted styles only', async () => {
      await waitState('card', 'ready')
      const link = page.locator('#card h2 a')
      expect(await link.getAttribute('href')).toBe(`${worker.url}/articles/${seeded.card.slug}`)
      expect(await link.textContent()).toBe(seeded.card.headline)
      expect(await page.locator('#card img').getAttribute('src')).toBe(`${hostOrigin}/img/pier.svg`)
      await page.locator('#card img').evaluate((img) => (img as HTMLImageElement).decode())
      expect(await page.locator('#card [part~=dek]').textContent()).toContain('New pilings')
      expect(await page.locator('#card [part~=byline]').textContent()).toMatch(
        /^By Ada Quill, Ben Ortiz · /
      )
      const shadow = await page.locator('#card').evaluate((el) => ({
        sheets: el.shadowRoot?.adoptedStyleSheets.length,
        styles: el.shadowRoot?.querySelectorAll('style').length,
      }))
      expect(shadow).toEqual({ sheets: 1, styles: 0 })
    })

    it('shows a quiet empty state for an unknown article and for a hostile attribute', async () => {
      await waitState('unknown', 'empty')
      await waitState('hostile', 'empty')
      for (const id of ['unknown', 'hostile']) {
        expect(await page.locator(`#${id}`).boundingBox(), id).toBeNull() // display: none, no broken box
        expect(
          await page.locator(`#${id}`).evaluate((el) => el.shadowRoot?.childNodes.length)
        ).toBe(0)
      }
      expect(widgetRequests.some((r) => /onerror|%3C|%22/i.test(r.url))).toBe(false)
      expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0)
    })

    it('serves the card with frame-ancestors from EMBED_FRAME_ANCESTORS (plus the site itself)', async () => {
      const res = await fetch(`${worker.url}/embed/articles/${seeded.card.slug}`)
      expect(res.headers.get('content-security-policy')).toMatch(
        new RegExp(`frame-ancestors ${hostOrigin} 'self'$`)
      )
    })

    it('resizes the oEmbed iframe card to the height of its content', async () => {
      const iframe = page.locator('#frame iframe')
      expect(oembed.height).toBe(150)
      const frame = page.frameLocator('#frame iframe')
      await frame.locator('h1 a').waitFor()
      await frame.locator('img').evaluate((img) => (img as HTMLImageElement).decode())
      const content = async () =>
        frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height))
      await expect
        .poll(
          async () =>
            Math.abs(
              (await iframe.evaluate((f) => f.getBoundingClientRect().height)) - (await content())
            ),
          { timeout: 10_000 }
        )
        .toBeLessThanOrEqual(1)
      expect(await content()).toBeGreaterThan(300)
      const widths = await page
        .locator('#frame')
        .evaluate((div) => [
          div.clientWidth,
          div.querySelector('iframe')!.getBoundingClientRect().width,
        ])
      expect(widths[1]).toBeLessThanOrEqual(widths[0]!) // kept within its column
      expect(await frame.locator('h1 a').getAttribute('href')).toBe(
        `${worker.url}/articles/${seeded.card.slug}`
      )
      expect(
        await frame.locator('body').evaluate((b) => b.scrollHeight <= window.innerHeight + 1)
      ).toBe(true)
    })

    it('loads a widget only when it is scrolled into view', async () => {
      const lazyCalls = () => widgetRequests.filter((r) => r.url.includes('limit=2')).length
      expect(await state('lazy')).toBe('idle')
      expect(lazyCalls()).toBe(0)
      await page.locator('#lazy').scrollIntoViewIfNeeded()
      await waitState('lazy', 'ready')
      expect(lazyCalls()).toBe(1)
      expect(await page.locator('#lazy a').count()).toBe(2)
      await page.evaluate(() => window.scrollTo(0, 0))
    })

    it('shows keyboard focus on widget links', async () => {
      await page.locator('#latest a').first().focus()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Tab')
      const outline = await page.locator('#latest').evaluate((el) => {
        const active = el.shadowRoot?.activeElement
        return active ? getComputedStyle(active).outlineStyle : 'no focus'
      })
      expect(outline).toBe('solid')
    })

    it('sets no cookies, sends none, and causes no CSP violation or console error; saves a screenshot', async () => {
      expect(setCookies).toEqual([])
      expect(widgetRequests.every((r) => r.cookie === undefined)).toBe(true)
      expect((await context.cookies()).length).toBe(0)
      const violations = [] as string[]
      for (const frame of page.frames())
        violations.push(
          ...(await frame.evaluate(
            () => (window as unknown as { __violations?: string[] }).__violations ?? []
          ))
        )
      expect(violations).toEqual([])
      expect(consoleErrors).toEqual([])
      mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true })
      await page.screenshot({ path: SCREENSHOT, fullPage: true })
      expect(existsSync(SCREENSHOT)).toBe(true)
    })

    it('runs every widget on the /embed demo page, beside its snippet', async () => {
      const demo = await context.newPage()
      const errors: string[] = []
      demo.on('console', (msg) => {
        // The site has no favicon route (not the widgets' business): Chrome's automatic request for
        // it 404s.
        if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico'))
          errors.push(`${msg.text()} (${msg.location().url})`)
      })
      await demo.goto(`${worker.url}/embed`, { waitUntil: 'load' })
      for (const tag of ['edgewire-latest', 'edgewire-related', 'edgewire-card']) {
        const el = demo.locator(tag)
        await el.scrollIntoViewIfNeeded()
        await demo.waitForFunction(
          (t) => document.querySelector(t)?.getAttribute('data-state') === 'ready',
          tag,
          { timeout: 15_000 }
        )
        expect(await demo.locator(`${tag} a`).first().getAttribute('href')).toMatch(
          new RegExp(`^${worker.url}/articles/`)
        )
        expect(await demo.locator('pre code', { hasText: `<${tag} ` }).count()).toBe(1)
      }
      await demo.frameLocator('iframe').locator('h1 a').waitFor()
      await demo.screenshot({
        path: join(ROOT, 'test-artifacts', 'widgets-demo.png'),
        fullPage: true,
      })
      expect(errors).toEqual([])
      await demo.close()
    })
  })
}
