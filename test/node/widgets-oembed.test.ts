/**
 * An independent oEmbed consumer from npm (@extractus/oembed-extractor) reads our provider under
 * `wrangler dev`: by auto-discovery from the article page's `<link rel="alternate"
 * type="application/json+oembed">`, and as a registered provider endpoint. The XML answer is
 * checked well-formed by libxml2's xmllint.
 */
import { spawnSync } from 'node:child_process'
import { extract, setProviderList } from '@extractus/oembed-extractor'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorker } from '../support/worker-process.mjs'

describe('an npm oEmbed consumer against the local provider', () => {
  let worker: { url: string; adminKey: string; stop: () => Promise<void> }
  let articleUrl: string

  beforeAll(async () => {
    worker = await startWorker()
    const res = await fetch(`${worker.url}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        slug: 'tide-mill-turns-again',
        headline: 'Tide mill turns again & grinds "flour"',
        status: 'published',
        bylines: ['Chen Park'],
        dek: 'An invented story for the consumer test.',
        image: { url: 'https://img.example/mill.jpg', caption: 'The mill', credit: null },
      }),
    })
    expect(res.status, await res.clone().text()).toBe(201)
    articleUrl = `${worker.url}/articles/tide-mill-turns-again`
  })
  afterAll(async () => {
    await worker?.stop()
  })

  it('finds the embed through discovery on the article page', async () => {
    const oembed = (await extract(articleUrl, { maxwidth: 400 })) as Record<string, unknown>
    expect(oembed.method).toBe('auto-discovery')
    expect(oembed).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Tide mill turns again & grinds "flour"',
      author_name: 'Chen Park',
      provider_url: `${worker.url}/`,
      thumbnail_url: 'https://img.example/mill.jpg',
      width: 400,
    })
    expect(oembed.html).toContain(
      `<iframe src="${worker.url}/embed/articles/tide-mill-turns-again" width="400"`
    )
    // The iframe it points at is there, and may be framed.
    const card = await fetch(`${worker.url}/embed/articles/tide-mill-turns-again`)
    expect(card.status).toBe(200)
    expect(card.headers.get('content-security-policy')).toContain('frame-ancestors *')
  })

  it('reads it as a registered provider, with maxima', async () => {
    setProviderList([
      {
        provider_name: 'Edgewire (local)',
        provider_url: worker.url,
        endpoints: [{ schemes: [`${worker.url}/articles/*`], url: `${worker.url}/oembed` }],
      },
    ])
    // The library always calls registered endpoints over https; the local Worker speaks http.
    const local = worker.url.replace('http://', 'https://')
    const fetcher = (url: string) =>
      fetch(url.startsWith(local) ? `${worker.url}${url.slice(local.length)}` : url)
    const oembed = (await extract(
      articleUrl,
      { maxwidth: 300, maxheight: 200 },
      fetcher
    )) as Record<string, number | string>
    expect(oembed.method).toBe('provider-api')
    expect(oembed.width).toBeLessThanOrEqual(300)
    expect(oembed.height).toBeLessThanOrEqual(200)
    expect(oembed.thumbnail_height).toBeLessThanOrEqual(200)
    await expect(extract(`${worker.url}/articles/no-such-story`, {}, fetcher)).rejects.toThrow(
      /404/
    )
  })

  it('answers well-formed XML (xmllint)', async () => {
    const res = await fetch(`${worker.url}/oembed?url=${encodeURIComponent(articleUrl)}&format=xml`)
    expect(res.status).toBe(200)
    const xml = await res.text()
    const lint = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' })
    if (lint.error) {
      console.warn(
        'xmllint is missing (Debian: apt-get install libxml2-utils): XML well-formedness was not checked by libxml2.'
      )
      expect(xml).toMatch(/^<\?xml /)
      return
    }
    expect(lint.status, lint.stderr).toBe(0)
    const title = spawnSync('xmllint', ['--xpath', 'string(/oembed/title)', '-'], {
      input: xml,
      encoding: 'utf8',
    })
    expect(title.stdout.trim()).toBe('Tide mill turns again & grinds "flour"')
  })
})
