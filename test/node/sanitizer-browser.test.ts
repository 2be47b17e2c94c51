/**
 * The body sanitizer against a real browser: every corpus vector and a few hundred generated markup
 * strings are sanitized here (the sanitizer is plain TypeScript), then Chromium parses each output
 * with DOMParser('text/html') and the live DOM is walked: no handler attribute, no script-capable
 * element, no URL that the browser resolves to javascript:, vbscript: or data:, and the same
 * elements our tokenizer sees. A page holding every sanitized vector is then loaded with a dialog
 * listener (and, as a control, one holding the raw vectors, which must fire). Without
 * /usr/bin/chromium it says plainly that it did not run.
 */
import fc from 'fast-check'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sanitizeHtml } from '../../src/domain/html'
import { tokenize } from '../../src/domain/html-tokenizer'
import { MARKUP_PIECES, VECTORS } from '../domain/sanitizer-corpus'
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium'

const generated = fc.sample(
  fc
    .array(fc.oneof(fc.constantFrom(...MARKUP_PIECES), fc.string({ maxLength: 4 })), {
      maxLength: 80,
    })
    .map((p) => p.join('')),
  {
    numRuns: Number(process.env.EDGEWIRE_SANITIZER_RUNS ?? 400),
    seed: Number(process.env.EDGEWIRE_SANITIZER_SEED ?? 20261203),
  }
)
const INPUTS = [...VECTORS.map((v) => v.input), ...generated]

/**
 * Element names our own tokenizer reads in an output (tbody aside: a browser adds it to tables).
 */
function ourElements(html: string): string[] {
  const names: string[] = []
  tokenize(html, {
    start: (name) => void (name === 'tbody' || names.push(name)),
    end() {},
    text() {},
  })
  return names
}

interface BrowserFinding {
  problems: string[]
  elements: string[]
}

/** Runs in the page: parses each output and walks the live DOM. */
function inspectInBrowser(outputs: string[]): BrowserFinding[] {
  const SCRIPT_CAPABLE = new Set([
    'script',
    'iframe',
    'object',
    'embed',
    'frame',
    'frameset',
    'svg',
    'math',
    'base',
    'meta',
    'link',
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'template',
    'noscript',
    'applet',
    'portal',
    'video',
    'audio',
    'image',
    'use',
    'animate',
    'set',
    'foreignobject',
  ])
  const URL_ATTRS = [
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'srcset',
    'poster',
    'data',
    'background',
    'cite',
    'ping',
  ]
  return outputs.map((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const problems: string[] = []
    const elements: string[] = []
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      const name = el.localName
      if (name !== 'html' && name !== 'head' && name !== 'body' && name !== 'tbody')
        elements.push(name)
      if (SCRIPT_CAPABLE.has(name) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
        problems.push(`element ${name}`)
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.toLowerCase().startsWith('on'))
          problems.push(`handler ${attr.name} on ${name}`)
        if (!URL_ATTRS.includes(attr.name.toLowerCase())) continue
        for (const candidate of attr.name === 'srcset' ? attr.value.split(',') : [attr.value]) {
          let protocol = ''
          try {
            protocol = new URL(candidate.trim(), document.baseURI).protocol
          } catch {
            continue // not a URL a browser would follow
          }
          if (['javascript:', 'vbscript:', 'data:'].includes(protocol))
            problems.push(`${attr.name}=${attr.value} on ${name}`)
        }
      }
    }
    return { problems, elements: elements.sort() }
  })
}

if (!existsSync(CHROMIUM)) {
  describe('sanitizer in a real browser', () => {
    it('did NOT run: Chromium is not installed', () => {
      console.warn(`\n  The sanitizer browser test did NOT run: ${CHROMIUM} is missing.\n`)
      expect(existsSync(CHROMIUM)).toBe(false)
    })
  })
} else {
  describe('sanitizer output as Chromium parses it', () => {
    let browser: Browser
    let page: Page
    let server: Server
    let origin: string
    const pages = new Map<string, string>()

    beforeAll(async () => {
      server = createServer((req, reply) => {
        const body = pages.get(req.url ?? '/') ?? '<!doctype html><title>blank</title>'
        reply.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS,
      })
      page = await browser.newPage()
      await page.goto(`${origin}/`)
    })

    afterAll(async () => {
      await browser?.close()
      await new Promise<void>((resolve) => server?.close(() => resolve()))
    })

    it(`finds no handler, script-capable element or script URL in ${INPUTS.length} sanitized outputs`, async () => {
      const outputs = INPUTS.map((input) => sanitizeHtml(input))
      const findings = await page.evaluate(inspectInBrowser, outputs)
      expect(findings).toHaveLength(outputs.length)
      const unsafe = findings.flatMap((f, i) =>
        f.problems.map((p) => `${p} in ${JSON.stringify(outputs[i])}`)
      )
      expect(unsafe).toEqual([])
      // differential: Chromium builds the elements our tokenizer reads, no more and no fewer
      const differing = findings
        .map((f, i) => ({ i, ours: ourElements(outputs[i] as string).sort(), theirs: f.elements }))
        .filter((d) => JSON.stringify(d.ours) !== JSON.stringify(d.theirs))
        .map(
          (d) =>
            `${JSON.stringify(outputs[d.i])}: ours ${d.ours.join(',')} / chromium ${d.theirs.join(',')}`
        )
      expect(differing).toEqual([])
      console.info(
        `sanitizer-browser: ${VECTORS.length} vectors + ${generated.length} generated, all inert and element-identical in Chromium`
      )
    })

    it('the raw payloads do fire a dialog (control), the sanitized ones never do', async () => {
      const dialogs: string[] = []
      const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      }
      page.on('dialog', onDialog)
      const wrap = (parts: string[]) =>
        `<!doctype html><html><head><title>bodies</title></head><body>${parts.map((p) => `<div class="body">${p}</div>`).join('\n')}</body></html>`
      pages.set('/raw', wrap(['<img src=x onerror=alert(1)>']))
      await page.goto(`${origin}/raw`, { waitUntil: 'load' })
      await page.waitForTimeout(300)
      expect(dialogs.length, 'control: an unsanitized handler fires').toBeGreaterThan(0)

      dialogs.length = 0
      pages.set('/sanitized', wrap(INPUTS.map((input) => sanitizeHtml(input))))
      await page.goto(`${origin}/sanitized`, { waitUntil: 'load' })
      // give handlers (onload, onerror, onfocus with autofocus, animations) time to run
      await page.waitForTimeout(1000)
      await page.mouse.move(10, 10)
      await page.mouse.move(400, 300)
      for (const link of await page
        .locator('a')
        .all()
        .then((all) => all.slice(0, 50)))
        await link.hover({ timeout: 500 }).catch(() => {})
      await page.waitForTimeout(300)
      page.off('dialog', onDialog)
      expect(dialogs).toEqual([])
    })
  })
}
