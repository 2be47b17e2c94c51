import { describe, expect, it } from 'vitest'
import { extractFromHtml } from '../../src/extract/index'

const para = (t: string) =>
  `<p>${t} The council met again on Thursday to discuss the harbour budget, the ferry timetable and the repairs to the old pier, which residents say are long overdue.</p>`
const page = (article: string) =>
  `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>Harbour budget agreed</h1><article>${article}</article></main><footer>© Lowmere Post</footer></body></html>`
const bodyOf = (html: string) => extractFromHtml(html).body.join('\n')

describe('body blocks the engine reads or leaves out', () => {
  it('reads a table that a block editor wrapped in <figure>, but not its caption', () => {
    const table = `<figure class="wp-block-table"><table><tbody><tr><td>Ferry fare</td><td>£4.20</td></tr><tr><td>Pier repairs</td><td>£1.3m</td></tr></tbody></table><figcaption>Source: Lowmere council</figcaption></figure>`
    const text = bodyOf(page(`${para('One.')}${table}${para('Two.')}`))
    expect(text).toContain('Ferry fare')
    expect(text).toContain('£1.3m')
    expect(text).not.toContain('Source: Lowmere council')
  })

  it('reads a pull quote wrapped in <figure>, but still leaves a photo and its caption out', () => {
    const quote = `<figure class="pullquote"><blockquote><p>We cannot wait another winter for the pier.</p><cite>Mara Lind</cite></blockquote></figure>`
    const photo = `<figure><img src="/pier.jpg" alt=""><figcaption>The old pier at low tide. Photo: Jon Reyes</figcaption></figure>`
    const text = bodyOf(page(`${para('One.')}${quote}${photo}${para('Two.')}`))
    expect(text).toContain('We cannot wait another winter for the pier.')
    expect(text).not.toContain('The old pier at low tide')
  })

  it('leaves social posts embedded as quotations out, and keeps ordinary quotations', () => {
    const tweet = `<blockquote class="twitter-tweet"><p>Ferry cancelled again this morning, third time this week</p>— Harbour Watch (@harbourwatch)</blockquote>`
    const post = `<blockquote class="instagram-media"><a href="https://example.com/p/1">View this post</a> A post shared by Lowmere Ferries</blockquote>`
    const quote = `<blockquote><p>The repairs will start in March, weather permitting.</p></blockquote>`
    const text = bodyOf(page(`${para('One.')}${tweet}${quote}${post}${para('Two.')}`))
    expect(text).not.toContain('Ferry cancelled again')
    expect(text).not.toContain('A post shared by')
    expect(text).toContain('The repairs will start in March')
  })
})

describe('lists of links inside the story', () => {
  const tools = ['Tide gauge', 'Depth sounder', 'Mooring winch']
    .map((t) => `<li><a href="/shop/${t.length}">${t}</a></li>`)
    .join('')

  it('keeps a list of links that sits between the paragraphs of the story', () => {
    const text = bodyOf(
      page(
        `${para('One.')}<p>The harbour master named three tools the crews rely on:</p><ul>${tools}</ul>${para('Two.')}`
      )
    )
    expect(text).toContain('Depth sounder')
  })

  it('leaves out a list of links after the last paragraph, a table of contents and a nested menu', () => {
    const toc = `<ul><li><a href="#budget">The budget</a></li><li><a href="#ferries">The ferries</a></li></ul>`
    const menu = `<ul><li>Sections<ul><li><a href="/sport">Sport pages</a></li><li><a href="/arts">Arts pages</a></li></ul></li></ul>`
    const text = bodyOf(
      page(`${para('One.')}${toc}${para('Two.')}${menu}${para('Three.')}<ul>${tools}</ul>`)
    )
    expect(text).toContain('Three.')
    expect(text).not.toContain('The ferries')
    expect(text).not.toContain('Arts pages')
    expect(text).not.toContain('Depth sounder')
  })
})

describe('page furniture lines inside the story', () => {
  it('drops ad labels and sign-up prompts standing alone, not sentences that mention them', () => {
    const article = `${para('One.')}<div>Advertisement</div><p>Like this:</p>${para('Two.')}<h3>Join our newsletter</h3><p>Subscribe now!</p><p>Readers who subscribe to the council newsletter hear about closures first.</p>`
    const text = bodyOf(page(article))
    expect(text).toContain('Two.')
    expect(text).not.toMatch(/^Advertisement$/m)
    expect(text).not.toContain('Like this:')
    expect(text).not.toContain('Join our newsletter')
    expect(text).not.toContain('Subscribe now!')
    expect(text).toContain('Readers who subscribe to the council newsletter')
  })
})

describe('stories printed twice on one page', () => {
  it('drops the second copy of a run of paragraphs, keeping lines that repeat by design', () => {
    const story = `${para('One.')}${para('Two.')}${para('Three.')}${para('Four.')}`
    const schedule = ['Monday', 'Tuesday']
      .map((d) => `<p>${d}</p><p>Ferry at 9:00, 12:00 and 17:00</p>`)
      .join('')
    const html = `<html><body><main><h1>Harbour budget agreed</h1><article>${story}${schedule}${schedule}</article><div class="mobile-copy">${story}</div></main></body></html>`
    const body = extractFromHtml(html).body
    expect(body.filter((p) => p.startsWith('Two.'))).toHaveLength(1)
    expect(body.filter((p) => p === 'Monday')).toHaveLength(2)
  })
})

describe('date and credit lines inside the story', () => {
  it('drops lines that only date the page or name the writer, not sentences about dates or writers', () => {
    const article = `<p>By Ada Quill</p><p>Last updated: March 3, 2031</p>${para('One.')}<div>Published 03/04/2031</div>${para('Two.')}<p>Written by Lowmere Staff</p><p>Updated timetables were published on 3 March.</p><p>By Thursday the pier was closed.</p>`
    const text = bodyOf(page(article))
    expect(text).toContain('One.')
    expect(text).not.toContain('By Ada Quill')
    expect(text).not.toContain('Last updated')
    expect(text).not.toContain('Published 03/04/2031')
    expect(text).not.toContain('Written by Lowmere Staff')
    expect(text).toContain('Updated timetables were published on 3 March.')
    expect(text).toContain('By Thursday the pier was closed.')
  })
})

describe('headings at the end of the story', () => {
  it('drops a short heading with nothing of the story after it, and keeps headings followed by text', () => {
    const article = `<h2>What the council decided</h2>${para('One.')}<h3>Still to come</h3>${para('Two.')}<h3>Other stories you may enjoy</h3><ul><li><a href="/a">Ferry fares rise</a></li><li><a href="/b">Pier closes</a></li></ul>`
    const body = extractFromHtml(page(article)).body
    expect(body).toContain('What the council decided')
    expect(body).toContain('Still to come')
    expect(body).not.toContain('Other stories you may enjoy')
  })
})
