/**
 * What partner pages load: widget.js (stable and versioned URLs), the iframe card (CSP whose hashes
 * match its inline style and script, frame-ancestors, quiet 404, no echo), and the /embed demo
 * page.
 */
import { describe, expect, it } from 'vitest'
import { BASE, call, fetchChecked, createArticle, expectProblem, uniqueSlug } from '../../helpers'

const anon = { key: null } as const

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

describe('widget.js', () => {
  it('is served at a stable short-cached URL and a versioned immutable one, with the same bytes', async () => {
    const stable = await call('GET', '/embed/widget.js', anon)
    expect(stable.status, await stable.clone().text()).toBe(200)
    expect(stable.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(stable.headers.get('cache-control')).toBe(
      'public, max-age=300, stale-while-revalidate=86400'
    )
    expect(stable.headers.get('access-control-allow-origin')).toBe('*')
    const source = await stable.text()
    expect(source).toContain("customElements.define('edgewire-related'")
    const version = /"widget-([0-9a-f]{8})"/.exec(stable.headers.get('etag') ?? '')?.[1]
    expect(version).toBeTruthy()
    const pinned = await call('GET', `/embed/widget.v${version}.js`, anon)
    expect(pinned.status).toBe(200)
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await pinned.text()).toBe(source)
    const again = await call('GET', '/embed/widget.js', {
      key: null,
      headers: { 'if-none-match': stable.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
  })

  it('never puts data in as HTML, sets no cookies and calls no one but its own origin', async () => {
    const source = await (await call('GET', '/embed/widget.js', anon)).text()
    expect(source).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/
    )
    expect(source).not.toMatch(/document\.cookie|localStorage|sessionStorage|sendBeacon/)
    expect(source).toContain("credentials: 'omit'")
    expect(source).toContain('event.origin !== ORIGIN')
    expect(source).toContain('adoptedStyleSheets')
    expect(source).not.toMatch(/<style|\.style\s*=|setAttribute\('style'/)
  })

  it('sends an outdated version to the current one (a fixed local path), and 404s anything else', async () => {
    const res = await fetchChecked(`${BASE}/embed/widget.v00000000.js`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toMatch(/^\/embed\/widget\.v[0-9a-f]{8}\.js$/)
    await expectProblem(await call('GET', '/embed/widget.vZZ.js', anon), 404, 'not_found')
    await expectProblem(await call('GET', '/embed/%2F%2Fevil.example', anon), 404, 'not_found')
  })
})

describe('GET /embed/articles/{slug}', () => {
  it('renders a self-contained card whose CSP allows exactly its own inline style and script', async () => {
    const article = await createArticle({
      slug: uniqueSlug('card'),
      headline: 'Pier <b>reopens</b>',
      dek: 'After "storms" & repairs',
      section: 'City',
      bylines: ['Ada Quill'],
      image: { url: 'https://img.example/pier.jpg', caption: 'The pier', credit: null },
    })
    const res = await call('GET', `/embed/articles/${article.slug}`, anon)
    expect(res.status, await res.clone().text()).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html).toContain('<h1 id="h"><a href="https://news.example/articles/')
    expect(html).toContain('Pier &#60;b&#62;reopens&#60;/b&#62;')
    expect(html).toContain('After &#34;storms&#34; &#38; repairs')
    expect(html).toContain('<img src="https://img.example/pier.jpg" alt="The pier"')
    expect(html).toContain('By Ada Quill')
    expect(html).toContain('target="_blank" rel="noopener"')
    const csp = res.headers.get('content-security-policy') ?? ''
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(script).toContain('edgewire:height')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain(`style-src 'sha256-${await sha256(style)}'`)
    expect(csp).toContain(`script-src 'sha256-${await sha256(script)}'`)
    expect(csp).toMatch(/frame-ancestors \*$/)
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).not.toMatch(/ style="| on[a-z]+=/)
    expect(res.headers.get('cache-control')).toMatch(/^public/)
    expect(res.headers.get('etag')).toBeTruthy()
    const cached = await call('GET', `/embed/articles/${article.slug}`, {
      key: null,
      headers: { 'if-none-match': res.headers.get('etag')! },
    })
    expect(cached.status).toBe(304)
  })

  it('shows a quiet "not available" card for drafts, unknown and hostile slugs, echoing nothing', async () => {
    const draft = await createArticle({ slug: uniqueSlug('card'), status: 'draft' })
    for (const slug of [
      draft.slug,
      'not-a-story-here',
      encodeURIComponent('"><script>alert(1)</script>'),
    ]) {
      const res = await call('GET', `/embed/articles/${slug}`, anon)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
      const html = await res.text()
      expect(html).toContain('This story is not available.')
      expect(html).not.toContain('alert(1)')
      expect(html).not.toContain(draft.slug)
    }
  })
})

describe('GET /embed', () => {
  it('shows each widget live with its snippet, loading the versioned script', async () => {
    const article = await createArticle({ slug: uniqueSlug('demo'), section: 'Harbour' })
    const res = await call('GET', '/embed', anon)
    expect(res.status, await res.clone().text()).toBe(200)
    const html = await res.text()
    expect(html).toMatch(
      /<script async="" src="https:\/\/news\.example\/embed\/widget\.v[0-9a-f]{8}\.js"><\/script>/
    )
    for (const tag of ['edgewire-latest', 'edgewire-related', 'edgewire-card']) {
      expect(html).toContain(`<${tag} `)
      expect(html).toContain(`&lt;${tag} `)
    }
    expect(html).toContain(`article="${article.slug}"`)
    expect(html).toContain(`${BASE}/embed/articles/${article.slug}`)
    expect(html).toContain('/oembed?url=')
  })
})
