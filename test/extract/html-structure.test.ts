import { describe, expect, it } from 'vitest'
import { extractFromHtml } from '../../src/extract/index'

const para = (t: string) =>
  `<p>${t} The council met again on Thursday to discuss the harbour budget, the ferry timetable and the repairs to the old pier, which residents say are long overdue.</p>`

describe('HTML structure the engine reads', () => {
  it('takes every citation_author (turning "Last, First" round) over a visible "Written by" label', () => {
    const html = `<html><head><title>Ferry fares rise | Lowmere Post</title>
      <meta name="citation_author" content="Quill, Ada"><meta name="citation_author" content="Reyes, Tomas"></head>
      <body><nav>Home News</nav><main><h1>Ferry fares rise</h1><div class="byline"><span>Written by</span> <a>Ada Quill</a></div>
      <article>${para('One.')}${para('Two.')}${para('Three.')}</article></main></body></html>`
    const result = extractFromHtml(html)
    expect(result.headline).toBe('Ferry fares rise')
    expect(result.bylines).toEqual(['Ada Quill', 'Tomas Reyes'])
  })

  it('reads the older citation_authors tags, one per author or one list', () => {
    const head = (tags: string) =>
      `<html><head><title>Tide gauges compared</title>${tags}</head><body><h1>Tide gauges compared</h1>${para('One.')}${para('Two.')}</body></html>`
    const each =
      '<meta name="citation_authors" content="Ada Quill"><meta name="citation_authors" content="Tomas Reyes">'
    expect(extractFromHtml(head(each)).bylines).toEqual(['Ada Quill', 'Tomas Reyes'])
    const list = '<meta name="citation_authors" content="Quill, Ada; Reyes, Tomas">'
    expect(extractFromHtml(head(list)).bylines).toEqual(['Ada Quill', 'Tomas Reyes'])
  })

  it('reads a "Written by" label with the name in the next element', () => {
    const html = `<html><body><main><h1>Pier closes</h1><div class="meta"><span>Written by</span> <a href="/a/kit">Kit Ambrose</a></div>
      <article>${para('One.')}${para('Two.')}${para('Three.')}</article></main></body></html>`
    expect(extractFromHtml(html).bylines).toEqual(['Kit Ambrose'])
  })

  it('reads streamed segments that a script moves into place (hidden S:n containers)', () => {
    const html = `<html><body><h1>Pier repairs begin</h1><div id="root"><p>Loading</p></div>
      <div hidden id="S:0">${para('Streamed one.')}${para('Streamed two.')}${para('Streamed three.')}</div>
      <script>$RC("B:0","S:0")</script></body></html>`
    const result = extractFromHtml(html)
    expect(result.body).toHaveLength(3)
    expect(result.body[0]).toMatch(/^Streamed one\./)
  })

  it('joins the items of a listicle split into repeated containers', () => {
    const items = [1, 2, 3, 4]
      .map(
        (n) => `<section class="item"><h2>Stop ${n}</h2>${para(`Stop ${n} of the walk.`)}</section>`
      )
      .join('')
    const html = `<html><body><header><a href="/">Home</a></header><main><h1>Four stops on the harbour walk</h1>${items}</main><footer>© Lowmere</footer></body></html>`
    const text = extractFromHtml(html).body.join('\n')
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Stop ${n} of the walk.`)
    expect(text).not.toContain('© Lowmere')
  })
})

describe('quotations in the markup', () => {
  const page = (story: string) =>
    `<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>${para('One.')}${story}${para('Two.')}</article><footer>© Lowmere Post</footer></body></html>`

  it('reads an inline <q> as quoted speech', () => {
    const result = extractFromHtml(
      page(
        '<p>Commuters were unhappy. <q>Every year it is more</q>, said Dev Patel, who crosses daily.</p>'
      )
    )
    expect(result.quotes.find((q) => q.text.includes('Every year'))).toMatchObject({
      kind: 'direct',
      speaker: 'Dev Patel',
    })
  })

  it('credits a blockquote to the name in its <footer>, and keeps the credit as a line of the body', () => {
    const result = extractFromHtml(
      page(
        '<p>“Every year it is more,” said Dev Patel.</p><blockquote><p>“The ferry is our highway.”</p><footer>— Sandra Lee, Marrow Island resident</footer></blockquote>'
      )
    )
    expect(result.body).toContain('— Sandra Lee, Marrow Island resident')
    expect(result.body.join(' ')).not.toContain('Lowmere Post')
    expect(result.quotes.find((q) => q.text.includes('our highway'))?.speaker).toBe('Sandra Lee')
  })

  it('names the outlet of a photo credit in brackets without the bracket', () => {
    const result = extractFromHtml(
      page(
        '<figure><img src="a.jpg"><figcaption>Commuters board the ferry. (Photo: Ben Tully/Harbour Daily)</figcaption></figure>'
      )
    )
    expect(result.entities.organizations.map((o) => o.name)).toContain('Harbour Daily')
  })
})

describe('mprobe6 loosely written JSON-LD', () => {
  const ld = (script: string) =>
    `<html><head><title>Lowmere Times</title><script type="application/ld+json">${script}</script></head><body><p>The harbour board met on Thursday and agreed to repair the old pier before summer.</p></body></html>`
  const article =
    '{"@type":"NewsArticle","headline":"Pier repairs agreed","author":{"@type":"Person","name":"Ada Quill"},"datePublished":"2031-03-04"}'

  it('is read as browsers and search engines forgive it', () => {
    for (const script of [
      article.replace('Pier repairs', 'Pier\nrepairs'),
      article.replace('"Ada Quill"}', '"Ada Quill",}').replace(/}$/, ',}'),
      `//<![CDATA[\n${article}\n//]]>`,
      `${article};`,
      `{"@type":"WebSite","name":"Lowmere Times"}\n${article}`,
    ]) {
      const got = extractFromHtml(ld(script))
      expect(got.bylines).toEqual(['Ada Quill'])
      expect(got.publishedAt).toBe('2031-03-04')
    }
  })
})

describe('mprobe7 JSON-LD in a <meta name="script:ld+json">', () => {
  it('is read as a script of its own is (Next.js metadata renders it so)', () => {
    const data =
      '{"@type":"Article","headline":"Pier repairs agreed","author":{"@type":"Person","name":"Ada Quill"},"datePublished":"2031-03-04"}'
    const html = `<html><head><title>Lowmere Times</title><meta name="script:ld+json" content="${data.replace(/"/g, '&quot;')}"></head><body><h1>Pier repairs agreed</h1>${para('One.')}${para('Two.')}</body></html>`
    const got = extractFromHtml(html)
    expect(got.bylines).toEqual(['Ada Quill'])
    expect(got.publishedAt).toBe('2031-03-04')
  })
})
