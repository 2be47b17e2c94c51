/**
 * Byline rules on invented pages: "By" lines over author <meta>, menus and roles kept out, names
 * inside author boxes, dates and "on …" tails cut.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanByline, pickBylines, splitBylines } from '../../src/extract/html-bylines'
import {
  isRoleOrMenu,
  looksLikeName,
  personalSiteOwner,
  siteOwner,
} from '../../src/extract/html-names'
import { extractFromHtml } from '../../src/extract/index'

const story =
  '<p>The harbour board met on Thursday and agreed to repair the old pier before the summer ferries start running again.</p>'
const page = (head: string, body: string) =>
  `<html><head>${head}</head><body><article><h1>Pier repairs agreed</h1>${body}${story}${story}${story}</article></body></html>`

describe('bylines', () => {
  it('prefers a visible "By" line to the author <meta> (the account that posted it)', () => {
    const html = page(
      '<meta name="author" content="webdesk">',
      '<p class="credit">By: Ada Quill</p>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
  })

  it('reads a whole credit line in one text, cutting its date, time or handle ("Written by X on …")', () => {
    for (const line of [
      'Written by Ada Quill on March 4, 2031',
      'Posted by Ada Quill at 10:30 PM',
      'Posted by Ada Quill at March 4, 2031 10:30 AM',
      'By Ada Quill on Tuesday',
      'By Ada Quill @adaquill',
      // A feature's credits: the writer's, then the photographer's.
      'Story by Ada Quill · Photos by Tomas Reyes-Albarran',
      'Words by Ada Quill, photographs by Tomas Reyes-Albarran',
    ])
      expect(
        extractFromHtml(page('', `<div class="post-meta">${line}</div>`)).bylines,
        line
      ).toEqual(['Ada Quill'])
    // Consent text under a form is no credit.
    const consent = '<p class="small">By submitting this form you agree to our terms of use.</p>'
    expect(extractFromHtml(page('', consent)).bylines).toEqual([])
  })

  it('prefers a visible "By" line to a JSON-LD author that is an account handle', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier repairs agreed","author":{"@type":"Person","name":"webdesk.admin"}}</script>'
    expect(extractFromHtml(page(ld, '<p class="credit">By Ada Quill</p>')).bylines).toEqual([
      'Ada Quill',
    ])
    // With nothing shown, the handle is still the only credit there is.
    expect(extractFromHtml(page(ld, '')).bylines).toEqual(['webdesk.admin'])
    // Logins without dots: a capital after a lower-case letter, digits, or no capital at all.
    for (const login of ['AdaQ', 'adaquill', 'aquill7']) {
      const shown = ld.replace('webdesk.admin', login)
      expect(
        extractFromHtml(page(shown, '<p class="credit">By Ada Quill</p>')).bylines,
        login
      ).toEqual(['Ada Quill'])
    }
  })

  it('reads the author of a JSON-LD WebPage when no article node credits one', () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","@id":"#page","name":"Pier repairs agreed","author":{"@id":"#kit"}},{"@type":"Person","@id":"#kit","name":"Kit Ambrose"}]}</script>`
    expect(
      extractFromHtml(page(`${ld}<meta name="author" content="Lowmere Desk">`, '')).bylines
    ).toEqual(['Kit Ambrose'])
  })

  it('drops the publication named beside the writers ("Jane Roe, The Lowmere Post")', () => {
    const ld = (author: string) =>
      `<meta property="og:site_name" content="The Lowmere Post"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier repairs agreed","author":{"@type":"Person","name":"${author}"}}</script>`
    const both = 'Ada Quill and Tomas Reyes, The Lowmere Post'
    expect(extractFromHtml(page(ld(both), '')).bylines).toEqual(['Ada Quill', 'Tomas Reyes'])
    // The publisher's name in JSON-LD counts as the house too.
    const publisher = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ada Quill, Harbour Wire"},"publisher":{"@type":"Organization","name":"Harbour Wire"}}</script>`
    expect(extractFromHtml(page(publisher, '')).bylines).toEqual(['Ada Quill'])
    // Credited alone, the publication is still the byline.
    expect(extractFromHtml(page(ld('The Lowmere Post'), '')).bylines).toEqual(['The Lowmere Post'])
  })

  it('drops a wire service or a role credited after the writer ("Jane Roe, The Invented Press")', () => {
    // A syndicated story names the agency, not the site that runs it.
    const wire = '<p class="byline">By Ada Quill, The Northgate Press</p>'
    expect(extractFromHtml(page('', wire)).bylines).toEqual(['Ada Quill'])
    const agency = '<p class="byline">By Ada Quill and Tomas Reyes, Harbour Press</p>'
    expect(extractFromHtml(page('', agency)).bylines).toEqual(['Ada Quill', 'Tomas Reyes'])
    // A role in the JSON-LD author's name is not a second author.
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ada Quill, Staff Writer"}}</script>`
    expect(extractFromHtml(page(ld, '')).bylines).toEqual(['Ada Quill'])
    // …nor is what is left of a qualified role ("Senior Health Reporter").
    const qualified = ld.replace('Staff Writer', 'Senior Health Reporter')
    expect(extractFromHtml(page(qualified, '')).bylines).toEqual(['Ada Quill'])
  })

  it('reads "By" in French, Spanish, German, Italian, Dutch and Swedish, and their "and"', () => {
    const cases: [string, string[]][] = [
      ['<span class="signature">Par Camille Roux</span>', ['Camille Roux']],
      ['<p class="firma">Por María Ruiz y Pedro Gil</p>', ['María Ruiz', 'Pedro Gil']],
      ['<div class="autorin">Von Jana Roth und Emil Kern</div>', ['Jana Roth', 'Emil Kern']],
      ['<p>par Anne Lévêque et Luc Petit</p>', ['Anne Lévêque', 'Luc Petit']],
      ['<p class="firma">di Giulia Ferri e Marco Bellandi</p>', ['Giulia Ferri', 'Marco Bellandi']],
      [
        '<p class="auteur">Door Sanne de Vries en Joost Bakker</p>',
        ['Sanne de Vries', 'Joost Bakker'],
      ],
      ['<span class="byline">Av Lars Berg och Eva Lind</span>', ['Lars Berg', 'Eva Lind']],
      // A credit longer than a short label, as long as an English "Written by" line may be.
      [
        '<p class="signature">Par Solène Guérin-Lefèvre et Thibault Marceau</p>',
        ['Solène Guérin-Lefèvre', 'Thibault Marceau'],
      ],
    ]
    for (const [line, names] of cases)
      expect(extractFromHtml(page('', line)).bylines, line).toEqual(names)
    // A sentence that starts with the word is no credit.
    expect(extractFromHtml(page('', '<p>Por favor, lea esto.</p>')).bylines).toEqual([])
    expect(extractFromHtml(page('', '<p>Von Montag bis Freitag</p>')).bylines).toEqual([])
    expect(extractFromHtml(page('', '<p>Door de regen bleef het stil.</p>')).bylines).toEqual([])
    expect(extractFromHtml(page('', '<p>Di Venezia Mestre si parla poco.</p>')).bylines).toEqual([])
  })

  it('ends a credit at a line break: the role on the next line is not part of a name', () => {
    const line = '<p class="byline">By Ada Quill and Tomas Reyes<br><span>Staff writers</span></p>'
    expect(extractFromHtml(page('', line)).bylines).toEqual(['Ada Quill', 'Tomas Reyes'])
    const label = '<p class="byline">By<br>Ada Quill</p>'
    expect(extractFromHtml(page('', label)).bylines).toEqual(['Ada Quill'])
  })

  it('reads the story a JSON-LD WebPage holds as its mainEntity (author and date)', () => {
    const ld = `<script type="application/ld+json">{"@type":"WebPage","name":"Pier repairs agreed","mainEntity":{"@type":"NewsArticle","datePublished":"2031-03-04T08:00:00Z","author":{"@type":"Person","name":"Ada Quill"}}}</script>`
    const x = extractFromHtml(page(ld, '<p class="bio">Tomas Reyes edits the harbour pages.</p>'))
    expect(x.bylines).toEqual(['Ada Quill'])
    expect(x.publishedAt).toBe('2031-03-04T08:00:00Z')
  })

  it("takes no photographer's credit for the writer (a figure's caption, a 'photo-author')", () => {
    const figure =
      '<figure><img src="/pier.jpg"><figcaption>The pier at dusk. <span class="author">Tomas Reyes</span></figcaption></figure>'
    const named = '<p><span class="photo-author">Tomas Reyes</span></p>'
    const writer = '<div class="article-author">Ada Quill</div>'
    expect(extractFromHtml(page('', figure + writer)).bylines).toEqual(['Ada Quill'])
    expect(extractFromHtml(page('', named + writer)).bylines).toEqual(['Ada Quill'])
  })

  it('reads the credit of an opinion piece or a wire story ("Guest column by", "Reporting by")', () => {
    const column = '<p><span class="author">Guest column by Ada Quill</span></p>'
    expect(extractFromHtml(page('', column)).bylines).toEqual(['Ada Quill'])
    const wire = `${story}<p>Reporting by Ada Quill; Editing by Tomas Reyes</p>`
    expect(extractFromHtml(page('', wire)).bylines).toEqual(['Ada Quill'])
  })

  it('reads a microdata author whose name is only in a <meta itemprop="name">', () => {
    const author =
      '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Ada Quill"></span>'
    expect(extractFromHtml(page('', author)).bylines).toEqual(['Ada Quill'])
  })

  it('cuts a role, a "Special to" outlet or a "Published" stamp glued after the name', () => {
    for (const line of [
      'By Ada Quill Staff Writer',
      'By Ada Quill Senior Political Correspondent',
      'By Ada Quill Special to the Harbour Ledger',
      'By Ada Quill Published 10:05 AM EST Mar. 4, 2031',
      // The dateline in capitals after a dash.
      'By Ada Quill — LOWMERE',
      'By Ada Quill - PORT ELWYN, Ont.',
    ])
      expect(extractFromHtml(page('', `<div class="byline">${line}</div>`)).bylines, line).toEqual([
        'Ada Quill',
      ])
  })

  it('reads a meta line with its date first under the headline ("March 4, 2031 by Ada Quill")', () => {
    for (const line of ['March 4, 2031 by Ada Quill', 'Posted on 4 March 2031 by Ada Quill | News'])
      expect(extractFromHtml(page('', `<p class="meta">${line}</p>`)).bylines, line).toEqual([
        'Ada Quill',
      ])
    // The same line on the cards of other posts below the story credits their writers.
    const cards = `${story.repeat(4)}<p class="name"><a rel="author" href="/u/ada">Ada Quill</a></p><h3>Gulls return</h3><p class="meta">March 1, 2031 by Tomas Reyes</p>`
    expect(extractFromHtml(page('', cards)).bylines).toEqual(['Ada Quill'])
  })

  it('cuts the outlet after a name set in capitals ("By ADA QUILL Associated Writers")', () => {
    const wire = page('', '<div class="byline">By ADA QUILL Associated Writers</div>')
    expect(extractFromHtml(wire).bylines).toEqual(['ADA QUILL'])
    // Initials before a surname in ordinary case are the name itself.
    const initials = page('', '<div class="byline">By A. J. Quill</div>')
    expect(extractFromHtml(initials).bylines).toEqual(['A. J. Quill'])
  })

  it('cuts a role set in an element glued to each name, whatever words open the role', () => {
    const html = page(
      '',
      '<div class="byline"><div class="author"><a href="/authors/ada-quill">Ada Quill</a><span class="title">Senior Reporter</span></div><div class="author"><a href="/authors/tomas-reyes">Tomas Reyes</a><span class="title">Data Editor</span></div></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill', 'Tomas Reyes'])
    // A capital inside a surname, before a given name, is part of the name.
    const inner = page('', '<p class="byline">By Ian MacDonald Senior Writer</p>')
    expect(extractFromHtml(inner).bylines).toEqual(['Ian MacDonald'])
  })

  it('reads a JSON-LD Person given only by givenName and familyName', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Ada","familyName":"Quill"}}</script>`
    expect(extractFromHtml(page(ld, '')).bylines).toEqual(['Ada Quill'])
  })

  it('prefers the "By" line below the headline to the cards of other stories above it', () => {
    const rail =
      '<div class="top-stories"><div class="card"><h3><a href="/b">Gulls return</a></h3><p class="byline">By Tomas Reyes</p></div></div>'
    const html = `<html><body>${rail}<article><h1>Pier repairs agreed</h1><p class="byline">By Ada Quill</p>${story}</article></body></html>`
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
    // Above the headline and alone, a "By" line still credits the story.
    const above = `<html><body><p class="byline">By Ada Quill</p><h1>Pier repairs agreed</h1>${story}</body></html>`
    expect(extractFromHtml(above).bylines).toEqual(['Ada Quill'])
  })

  it('reads a "By" line set in capitals and a "Par" label before linked names', () => {
    const caps = '<p class="meta">BY ADA QUILL AND TOMAS REYES, HARBOUR PRESS</p>'
    expect(extractFromHtml(page('', caps)).bylines).toEqual(['ADA QUILL', 'TOMAS REYES'])
    const linked =
      '<p class="signature">Par <a href="/j/a">Anne Lévêque</a> et <a href="/j/l">Luc Petit</a></p>'
    expect(extractFromHtml(page('', linked)).bylines).toEqual(['Anne Lévêque', 'Luc Petit'])
  })

  it('reads "Author: X" labels below the headline and "Posted on <date> by <a>X</a>"', () => {
    for (const line of ['Author: Ada Quill', 'Autor: Ada Quill', 'Auteur : Ada Quill'])
      expect(extractFromHtml(page('', `<p>${line}</p>`)).bylines, line).toEqual(['Ada Quill'])
    // Far below the headline such a label describes something else (a listed tool, a paper).
    const far = `${story.repeat(6)}<p>Author: Tomas Reyes</p>`
    expect(extractFromHtml(page('', far)).bylines).toEqual([])
    const posted = '<p>Posted on March 4, 2031 by <a href="/u/ada">Ada Quill</a></p>'
    expect(extractFromHtml(page('', posted)).bylines).toEqual(['Ada Quill'])
  })

  it('takes any name before the date of a meta line below the headline ("X — March 4, 2031")', () => {
    for (const line of ['Zorv Quillane — March 4, 2031', 'Zorv Quillane &mdash; March 4, 2031'])
      expect(
        extractFromHtml(page('', `<div class="entry-meta">${line}</div>`)).bylines,
        line
      ).toEqual(['Zorv Quillane'])
  })

  it('keeps names in separate list items or blocks apart instead of gluing them', () => {
    const html = page(
      '',
      '<div class="author">Written by: <ul><li><a href="/a/1">Ada Quill</a></li><li><a href="/a/2">Tomas Reyes</a></li></ul></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill', 'Tomas Reyes'])
    const blocks = page(
      '',
      '<div class="post-author"><div>Kit Ambrose</div><div>Harbour Editor</div></div>'
    )
    expect(extractFromHtml(blocks).bylines).toEqual(['Kit Ambrose'])
  })

  it('keeps menu entries and roles out: "By Industry", "Senior Writer"', () => {
    const html = page(
      '',
      '<div><span>By Industry</span></div><div class="post-author">Kit Ambrose, Senior Writer, Harbour desk</div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Kit Ambrose'])
  })

  it('reads a label heading an author box ("Insights from") as a label, not a second name', () => {
    const html = page(
      '',
      '<div class="post-author"><h4>Insights from</h4><div><img alt=""><span>Kit Ambrose</span></div></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Kit Ambrose'])
    expect(cleanByline('A guide by')).toBeNull()
  })

  it('reads no credit from topic links (rel="tag", tag and category archives)', () => {
    const html = page(
      '',
      '<h4>By</h4><div><a href="/t/ferries" rel="tag">Ferries</a><a href="/t/harbour" rel="tag">Summer Travel</a></div><div class="post-author"><span>Kit Ambrose</span></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Kit Ambrose'])
    // Links into a tag or category archive are topics too, with or without rel="tag".
    const archive = page(
      '',
      '<div class="post-author"><a href="/blog/category/summer-travel/">Summer Travel</a></div>'
    )
    expect(extractFromHtml(archive).bylines).toEqual([])
  })

  it('accepts a desk credit ("Harbour Staff") from an author box', () => {
    expect(
      extractFromHtml(
        page('', '<div class="authorWrap"><p class="authorName">Lowmere Staff</p></div>')
      ).bylines
    ).toEqual(['Lowmere Staff'])
  })

  it('finds the name inside an author box whose class only mentions the author', () => {
    const html = page(
      '',
      '<div class="blog__authorBox"><img alt=""><div class="authorname">Tomas Reyes</div><p>Tomas Reyes has covered the harbour for ten years and writes about ferries.</p></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Tomas Reyes'])
  })

  it('cuts dates, "on …" tails and labels around a name', () => {
    expect(cleanByline('By: Ada Quill on 04-03-2031 5:11:10')).toBe('Ada Quill')
    expect(cleanByline('Ada Quill on behalf of the harbour desk')).toBe('Ada Quill')
    expect(cleanByline('Ada Quill 4 March 2031')).toBe('Ada Quill')
    expect(cleanByline('Ada Quill30 Sep 2031, 11:07am')).toBe('Ada Quill')
    expect(cleanByline('Mar 4, 2031 · Ada Quill')).toBe('Ada Quill')
    expect(cleanByline('Updated March 4, 2031 Written by Ada Quill')).toBe('Ada Quill')
    expect(cleanByline('“Ada Quill”')).toBe('Ada Quill')
    expect(cleanByline('Ada Quill ⋅ Review Editor')).toBe('Ada Quill')
  })

  it('reads names and roles', () => {
    expect(looksLikeName('Ada Quill')).toBe(true)
    expect(looksLikeName('Ana de la Cruz')).toBe(true)
    expect(looksLikeName('Industry')).toBe(false)
    expect(looksLikeName('COMPANY TYPE')).toBe(false)
    expect(looksLikeName('Senior Writer')).toBe(false)
    expect(isRoleOrMenu('Content Marketing Coordinator')).toBe(true)
    expect(isRoleOrMenu('Ada Quill')).toBe(false)
    expect(
      pickBylines([{ names: ['Ada Quill, Harbour Editor, Tomas Reyes'], visible: true }])
    ).toEqual(['Ada Quill', 'Tomas Reyes'])
    expect(
      pickBylines([{ names: ['By Role'], visible: true }, { names: ['Kit Ambrose'] }])
    ).toEqual(['Kit Ambrose'])
  })

  it('falls back to the person a personal site is named after (site name, title, copyright line)', () => {
    expect(
      extractFromHtml(page('<meta property="og:site_name" content="Ada Quill’s blog">', '')).bylines
    ).toEqual(['Ada Quill'])
    expect(
      extractFromHtml(
        `<html><head><title>Pier notes | Tomas Reyes</title></head><body><h1>Pier notes</h1>${story}</body></html>`
      ).bylines
    ).toEqual(['Tomas Reyes'])
    expect(
      extractFromHtml(page('', '<footer><p>© 2031 Ada Quill. All rights reserved.</p></footer>'))
        .bylines
    ).toEqual(['Ada Quill'])
    // A site named like an organisation is not a person.
    expect(
      extractFromHtml(page('<meta property="og:site_name" content="Harbour Press Group">', ''))
        .bylines
    ).toEqual([])
    expect(siteOwner('Lowmere Harbour Authority')).toBeNull()
    // A title with an article is a publication's, however its site name and masthead agree.
    expect(siteOwner('The Quay Voice')).toBeNull()
    expect(personalSiteOwner([['The Quay Voice'], null, 'The Quay Voice'])).toBeNull()
    expect(personalSiteOwner([["L'Écho de Vernelles"], null, "L'Écho de Vernelles"])).toBeNull()
    // Two signals that agree name the person even without a known given name; one alone does not.
    expect(personalSiteOwner(['Zorv Quillane', null, 'Zorv Quillane'])).toBe('Zorv Quillane')
    expect(personalSiteOwner(['Harbour Tested', null, null])).toBeNull()
  })

  it("takes a name linked to a writer's archive page when nothing names the author more plainly", () => {
    const link = (href: string, text: string) =>
      extractFromHtml(page('', `<p><a href="${href}">${text}</a></p>`)).bylines
    expect(link('/contributors/orla_penhallow', 'Orla Penhallow')).toEqual(['Orla Penhallow'])
    expect(link('https://news.example/author/orla-penhallow/', 'Orla Penhallow')).toEqual([
      'Orla Penhallow',
    ])
    // Not a writer's page, or not a name.
    expect(link('/topics/orla-penhallow', 'Orla Penhallow')).toEqual([])
    expect(link('/author/orla-penhallow/', 'More stories')).toEqual([])
    // A plainer credit comes first.
    expect(
      extractFromHtml(
        page('', '<p>By Ada Quill</p><p><a href="/author/orla-penhallow">Orla Penhallow</a></p>')
      ).bylines
    ).toEqual(['Ada Quill'])
  })

  it('leaves reader comments and the comment form out of the credit', () => {
    const comments =
      '<ol class="comment-list"><li><div class="comment-author vcard"><b>Perrin Vasko</b></div><p>Lovely pier.</p></li></ol>'
    const form =
      '<form id="reply"><p class="reply-name"><label class="author-label">Name*</label><input name="author"></p></form>'
    expect(
      extractFromHtml(
        `<html><head><meta property="og:site_name" content="Lowmere Post"></head><body><h1>Pier repairs agreed</h1>${story}${story}${story}${comments}${form}</body></html>`
      ).bylines
    ).toEqual([])
    // The story's own author element still credits it.
    const credited = `<html><body><h1>Pier repairs agreed</h1><p class="author">Ada Quill</p>${story}${comments}</body></html>`
    expect(extractFromHtml(credited).bylines).toEqual(['Ada Quill'])
  })

  it("counts the site name and the title's site part as one signal of a site owner", () => {
    // Any shop or body names itself in both places: that agreement says nothing about a person.
    const shop = (copyright: string) =>
      extractFromHtml(
        `<html><head><title>Pruning roses | Zelvin Brookworth</title><meta property="og:site_name" content="Zelvin Brookworth"></head><body><h1>Pruning roses</h1>${story}${copyright}</body></html>`
      ).bylines
    expect(shop('')).toEqual([])
    // A copyright line in the same name is a second, independent signal.
    expect(shop('<footer><p>© 2031 Zelvin Brookworth</p></footer>')).toEqual(['Zelvin Brookworth'])
    expect(personalSiteOwner([['Zelvin Brookworth', 'Zelvin Brookworth'], null, null])).toBeNull()
    expect(personalSiteOwner([['Zelvin Brookworth', null], '© 2031 Zelvin Brookworth', null])).toBe(
      'Zelvin Brookworth'
    )
  })

  it('reads a "By" line split by character references, and a name rendered twice', () => {
    const html = page(
      '',
      '<div class="x">By <a href="/a/ada">Ada Quill</a> &sdot; Review Editor&nbsp; &sdot; &nbsp;<span>Updated March 4, 2031</span></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
    expect(cleanByline('Ada QuillAda Quill')).toBe('Ada Quill')
    expect(cleanByline('Dec. 19, 2031 · Kit Ambrose on behalf of the desk')).toBe('Kit Ambrose')
    expect(pickBylines([{ names: ['Dec. 19, 2031 · Kit Ambrose'], visible: true }])).toEqual([
      'Kit Ambrose',
    ])
  })

  it("takes a bare person's name shown just below the headline when nothing else credits the story", () => {
    const html = page('', '<p>Ada Quill | Senior Writer | March 4, 2031</p>')
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
    // Far below the headline, a name is someone else (a quoted source, a commenter).
    expect(extractFromHtml(page('', `${story.repeat(6)}<p>Ada Quill</p>`)).bylines).toEqual([])
  })

  it('takes any name after the date of a meta line below the headline ("March 4, 2031 · X")', () => {
    const line = (html: string) => extractFromHtml(page('', `<div class="meta">${html}</div>`))
    // Neither given name is a known one: the meta line's form says this is the writer.
    expect(line('<span>March 4, 2031</span><span>·</span><a>Torvald Quennell</a>').bylines).toEqual(
      ['Torvald Quennell']
    )
    expect(line('<span>Mar 4, 2031 · Ysolde Brannoc</span>').bylines).toEqual(['Ysolde Brannoc'])
    // A date with no separator is followed by anything (a section, a tag).
    expect(line('<span>March 4, 2031</span><a>Torvald Quennell</a>').bylines).toEqual([])
  })

  it('accepts a group credited in a "By" line ("By the Harbour Desk editors")', () => {
    for (const credit of ['The Harbour Desk editors', 'Marketing Team', 'Lowmere Newsroom'])
      expect(
        extractFromHtml(page('', `<p class="post-meta">By ${credit}</p>`)).bylines,
        credit
      ).toEqual([credit])
    // A role is still no credit.
    expect(extractFromHtml(page('', '<p class="post-meta">By Senior Editor</p>')).bylines).toEqual(
      []
    )
  })

  it('reads the author box a longer label heads ("Article written by:")', () => {
    const box =
      '<h2>Article written by:</h2><div><img alt=""><h3>Ysolde Brannoc, MD</h3><p>Ysolde Brannoc is a family doctor who writes about rural clinics and the long drives patients make to reach them.</p></div>'
    expect(extractFromHtml(page('', box)).bylines).toEqual(['Ysolde Brannoc'])
  })

  it('refuses unfilled template placeholders and ranks account handles below shown names', () => {
    expect(
      extractFromHtml(page('<meta name="author" content="page.head.meta.author">', '')).bylines
    ).toEqual([])
    expect(
      extractFromHtml(
        page('<meta name="author" content="ada.quill">', '<span class="author">Kit Ambrose</span>')
      ).bylines
    ).toEqual(['Kit Ambrose'])
  })

  it('never throws on hostile bylines', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('By ', 'on ', ' 4 March 2031', '·', ',', 'Ada ', 'written by ', ' '),
            fc.string({ maxLength: 6 })
          ),
          { maxLength: 120 }
        ),
        (parts) => {
          const text = parts.join('')
          const name = cleanByline(text)
          expect(name === null || name.length <= 80).toBe(true)
          expect(typeof looksLikeName(text)).toBe('boolean')
          expect(siteOwner(text) === null || typeof siteOwner(text) === 'string').toBe(true)
        }
      ),
      { numRuns: 300 }
    )
    expect(cleanByline(`Ada${' on'.repeat(50_000)}`)).not.toBeUndefined()
    expect(siteOwner(`© ${'. '.repeat(500_000)}`)).toBeNull()
    const title = `<title>${'Ada Quill. '.repeat(50_000)} | ${'x. '.repeat(50_000)}</title>`
    expect(
      extractFromHtml(`<html><head>${title}</head><body><h1>Pier</h1>${story}</body></html>`)
        .bylines.length
    ).toBeLessThanOrEqual(10)
  })
})

describe('bylines on unseen sites', () => {
  it('cuts the writer\'s e-mail address after the name ("By Ada Quill ada.quill@news.example")', () => {
    const html = page('', '<p class="byline">By Ada Quill ada.quill@lowmere.example</p>')
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
    expect(cleanByline('Ada Quill (ada@lowmere.example)')).toBe('Ada Quill')
  })
})

describe('the site named only in its <title>', () => {
  it('drops the site after the writer ("By Ada Quill, Lowmere Post") when only the title names it', () => {
    const html = page(
      '<title>Lowmere Post: Pier repairs agreed</title>',
      '<p>By Ada Quill, Lowmere Post</p>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
  })

  it("prefers the writer shown to an author <meta> that holds the site's name", () => {
    const html = page(
      '<title>Pier repairs agreed | Lowmere Post</title><meta name="author" content="Lowmere Post">',
      '<div class="author"><a href="/author/ada-quill">Ada Quill</a><p>Harbour reporter</p></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
  })
})

describe('a writer named in the <title>', () => {
  it('keeps the JSON-LD author whom the title also names ("Story | Ada Quill")', () => {
    const ld =
      '{"@type":"BlogPosting","headline":"Pier repairs agreed","author":{"@type":"Person","name":"Ada Quill"}}'
    const html = page(
      `<title>Pier repairs agreed | Ada Quill</title><script type="application/ld+json">${ld}</script>`,
      '<p class="tags">Harbour, Repairs</p>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
  })
})

describe('credit labels with a colon', () => {
  it('reads "Words: Ada Quill" and "Reporter: Ada Quill" under the headline', () => {
    expect(extractFromHtml(page('', '<p>Words: Ada Quill</p>')).bylines).toEqual(['Ada Quill'])
    expect(extractFromHtml(page('', '<p>Reporter: Ada Quill</p>')).bylines).toEqual(['Ada Quill'])
    // "Text:" heads the writer's credit before the photographer's on German and Nordic pages.
    const text = '<p>Text: Ada Quill, Foto: Tomas Reyes</p>'
    expect(extractFromHtml(page('', text)).bylines).toEqual(['Ada Quill'])
  })

  it('reads "Submitted by", "Contributed by" and "Compiled by" as "Written by"', () => {
    for (const verb of ['Submitted', 'Contributed', 'Compiled'])
      expect(extractFromHtml(page('', `<p>${verb} by Ada Quill</p>`)).bylines, verb).toEqual([
        'Ada Quill',
      ])
  })

  it('leaves a label whose words are no name ("Reporter: Questions remain")', () => {
    expect(extractFromHtml(page('', '<p>Reporter: Questions remain</p>')).bylines).toEqual([])
  })
})

describe('a handle in brackets', () => {
  it('cuts "(@adaquill)" after the name', () => {
    expect(extractFromHtml(page('', '<p>By Ada Quill (@adaquill)</p>')).bylines).toEqual([
      'Ada Quill',
    ])
  })
})

describe('an outlet after a slash', () => {
  it('cuts "/ The Invented Press" after the writers', () => {
    const html = page('', '<p class="byline">By Ada Quill and Kit Ambrose / The Invented Press</p>')
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill', 'Kit Ambrose'])
    expect(cleanByline('Ada Quill / Lowmere News')).toBe('Ada Quill')
  })
})

describe('a labelled credit naming several writers', () => {
  it('reads "Contributors: Ada Quill, Kit Ambrose" under the headline', () => {
    const html = page('', '<p>Contributors: Ada Quill, Kit Ambrose</p>')
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill', 'Kit Ambrose'])
  })

  it('reads "Reporter: Ada Quill and Kit Ambrose", longer than a short label line', () => {
    const html = page('', '<p>Reporter: Ada Quill and Kit Ambrose</p>')
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill', 'Kit Ambrose'])
  })
})

describe('the props a Next.js page was rendered from', () => {
  const next = (props: unknown, shown = '') =>
    `<html><head><title>Pier repairs agreed</title></head><body><div id="__next"><h1 class="css-1x2y3z">Pier repairs agreed</h1>${shown}${story}${story}</div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: props } })}</script></body></html>`

  it('reads the writers of the first author field, whatever shape the CMS gives each entry', () => {
    const shapes: [unknown, string[]][] = [
      [
        { post: { authors: [{ name: 'Ada Quill' }, { name: 'Tomas Reyes' }] } },
        ['Ada Quill', 'Tomas Reyes'],
      ],
      [{ post: { author: { node: { name: 'Ada Quill' } } } }, ['Ada Quill']],
      [
        { content: { writers: [{ _id: 'x1', title: 'Ada Quill', jobTitle: 'Analyst' }] } },
        ['Ada Quill'],
      ],
      [{ author: { firstName: 'Ada', lastName: 'Quill' } }, ['Ada Quill']],
      [{ data: { authors: [{ profile: { display_name: 'Ada Quill' } }] } }, ['Ada Quill']],
    ]
    for (const [props, names] of shapes)
      expect(extractFromHtml(next(props)).bylines, JSON.stringify(props)).toEqual(names)
  })

  it("skips other stories' and readers' authors, account ids, and gives way to a shown credit", () => {
    const others = {
      relatedPosts: [{ author: { name: 'Orla Penhallow' } }],
      comments: [{ author: { name: 'Kit Ambrose' } }],
      post: { title: 'Pier repairs agreed', author: { name: 'Ada Quill' } },
    }
    expect(extractFromHtml(next(others)).bylines).toEqual(['Ada Quill'])
    expect(extractFromHtml(next({ post: { author: 'u_81723' } })).bylines).toEqual([])
    const shown = '<p class="byline">By Tomas Reyes</p>'
    expect(
      extractFromHtml(next({ post: { author: { name: 'Ada Quill' } } }, shown)).bylines
    ).toEqual(['Tomas Reyes'])
  })
})

describe('an archive link without a name in it', () => {
  it('takes the name shown beside it in the card that the address spells', () => {
    const card =
      '<div class="card"><div><p class="css-1a">Renée O’Hara</p><p class="css-2b">Tech Writer</p></div><a class="css-3c" href="/blog/authors/renee-ohara">Articles by Renée</a></div>'
    // Below the story, where no bare name beside the headline is read.
    expect(extractFromHtml(page('', story.repeat(4) + card)).bylines).toEqual(['Renée O’Hara'])
    // A name the address does not spell is someone else's.
    const other =
      '<div class="card"><p class="css-1a">Orla Penhallow</p><a class="css-3c" href="/blog/authors/renee-ohara">View profile</a></div>'
    expect(extractFromHtml(page('', story.repeat(4) + other)).bylines).toEqual([])
  })
})

describe('a meta line of several writers', () => {
  it('reads "By Ada Quill · Sam Oduya" as two writers, and a role or date after the dot as neither', () => {
    const at = (line: string) =>
      extractFromHtml(page('', `<div class="meta">${line}</div>`)).bylines
    expect(at('By Ada Quill · Sam Oduya')).toEqual(['Ada Quill', 'Sam Oduya'])
    expect(at('By Ada Quill · Staff Writer')).toEqual(['Ada Quill'])
    expect(at('By Ada Quill · March 4, 2031')).toEqual(['Ada Quill'])
    expect(at('By Ada Quill · Lowmere Harbour Post')).toEqual(['Ada Quill'])
  })
})

describe('bylines in other scripts and languages', () => {
  it('cuts the word for reporter from Korean, Japanese and Chinese bylines', () => {
    expect(cleanByline('한가람 기자 garam@news.example')).toBe('한가람')
    expect(cleanByline('한가람 특파원')).toBe('한가람')
    expect(cleanByline('森川結衣記者')).toBe('森川結衣')
    expect(cleanByline('记者 林晓')).toBe('林晓')
  })

  it('reads "Yazar: …" and "Penulis: …" under the headline', () => {
    for (const label of ['Yazar', 'Penulis', 'Forfatter'])
      expect(
        extractFromHtml(page('', `<div class="meta"><span>${label}: Ada Quill</span></div>`))
          .bylines
      ).toEqual(['Ada Quill'])
  })
})

describe('a newsroom credited instead of a person', () => {
  it('keeps "By Staff", "Por Redacción" and "By the Editorial Board" as the credit', () => {
    const at = (line: string) => extractFromHtml(page('', `<p class="byline">${line}</p>`)).bylines
    expect(at('By Staff')).toEqual(['Staff'])
    expect(at('Por Redacción')).toEqual(['Redacción'])
    expect(at('Par La Rédaction')).toEqual(['La Rédaction'])
    expect(at('By the Editorial Board')).toEqual(['the Editorial Board'])
  })
})

describe("other stories' cards", () => {
  it("skips the writer a related story's card credits before the story's own credit", () => {
    const html = page(
      '',
      '<div class="related-top"><div class="card"><h3>Gulls return</h3>' +
        '<span class="author">Tomas Reyes</span></div></div>' +
        '<div class="story-meta"><span class="author">Ada Quill</span></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
  })

  it('still reads a credit in a wrapper around the headline, whatever its class', () => {
    const html =
      '<html><body><div class="post has-related-posts"><h1>Pier repairs agreed</h1>' +
      `<span class="author">Ada Quill</span>${story}${story}</div></body></html>`
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
  })
})

describe('an "Authors" box listing several writers', () => {
  it('reads the name of each item, not the roles and affiliations beside them', () => {
    const html = page(
      '',
      '<aside class="content-box"><h4>Authors</h4><ul>' +
        '<li><span>Ada Quill</span><span>Lecturer in Marine Ecology, Invented University of Lowmere</span></li>' +
        '<li><span>Tomas Reyes</span><span>Professor of Oceanography, Harbour Institute</span></li>' +
        '</ul></aside>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill', 'Tomas Reyes'])
  })
})

describe('a company site', () => {
  it('is not a person: a name ending in an industry word ("Tarnby Logistics") owns no byline', () => {
    expect(siteOwner('Tarnby Logistics')).toBeNull()
    expect(siteOwner('Harbour Dental')).toBeNull()
    expect(
      personalSiteOwner([['Quilla Medical', 'Quilla Medical'], null, 'Quilla Medical'])
    ).toBeNull()
    expect(
      personalSiteOwner([['Tarnby Logistics', 'Tarnby Logistics'], null, 'Tarnby Logistics'])
    ).toBeNull()
    expect(siteOwner('Ada Quill')).toBe('Ada Quill')
  })
})

describe("a Next.js app-router page's payload", () => {
  const push = (row: string) => `<script>self.__next_f.push(${JSON.stringify([1, row])})</script>`
  const tree = JSON.stringify([
    '$',
    'div',
    null,
    {
      children: [
        '$',
        '$L6',
        null,
        { story: { authors: [{ name: 'Ada Quill', slug: 'ada-quill' }] } },
      ],
    },
  ])

  it('reads the writers in the story props of its rows', () => {
    const html = `<html><body><h1>Pier repairs agreed</h1>${story}${story}${push('1:I["x",[],""]\n')}${push(`5:${tree}\n`)}</body></html>`
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
  })

  it('leaves other inline scripts alone', () => {
    const html = `<html><body><h1>Pier repairs agreed</h1>${story}<script>var authors = [{"name":"Tomas Reyes"}]</script></body></html>`
    expect(extractFromHtml(html).bylines).toEqual([])
  })
})

describe('a "By" label before several linked names', () => {
  it('reads every name joined to the first by a comma, "&" or "and"', () => {
    const html = page(
      '',
      '<div class="credit"><span>By</span> <a href="/people/ada-quill">Ada Quill</a>, ' +
        '<a href="/people/sam-oduya">Sam Oduya</a> and <a href="/people/tomas-reyes">Tomas Reyes</a></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill', 'Sam Oduya', 'Tomas Reyes'])
  })

  it('stops at anything else after the name (a date, a role)', () => {
    const html = page(
      '',
      '<div class="credit"><span>By</span> <a href="/people/ada-quill">Ada Quill</a> ' +
        '<span>Harbour reporter</span></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
  })
})

describe("a feature's joint credit", () => {
  it('reads "Text and photos: Ada Quill" under the headline as one writer', () => {
    for (const label of ['Text and photos', 'Words & pictures'])
      expect(
        extractFromHtml(page('', `<p class="credits">${label}: Ada Quill</p>`)).bylines
      ).toEqual(['Ada Quill'])
  })
})

describe('co-authors the JSON-LD leaves out', () => {
  it('takes the "By" line when it names the declared writer and more', () => {
    const ld = (names: string[]) =>
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Pier repairs agreed',
        author: names.map((name) => ({ '@type': 'Person', name })),
      })}</script>`
    const line =
      '<div class="credit">Written by <span>Dr Ada Quill</span><span>, </span><span>Sam Oduya</span></div>'
    expect(extractFromHtml(page(ld(['Ada Quill']), line)).bylines).toEqual([
      'Dr Ada Quill',
      'Sam Oduya',
    ])
    // A line that names someone else is not the declared writers' credit.
    expect(extractFromHtml(page(ld(['Tomas Reyes']), line)).bylines).toEqual(['Tomas Reyes'])
  })

  it('reads names joined by a separator in an element of its own', () => {
    const html = page(
      '',
      '<div class="credit"><span>By</span> <a href="/a/ada">Ada Quill</a><span>, </span>' +
        '<a href="/a/sam">Sam Oduya</a></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill', 'Sam Oduya'])
  })
})

describe("the site's admin account", () => {
  it('gives way to a writer the page shows ("Harbour Admin" in JSON-LD)', () => {
    const ld = `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Pier repairs agreed","author":{"@type":"Person","name":"Harbour Admin"}}</script>`
    const html = page(ld, '<span class="author">Ada Quill</span>')
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
    expect(extractFromHtml(page(ld, '')).bylines).toEqual(['Harbour Admin'])
  })
})

describe('an "About the author" box', () => {
  it('credits the name after its heading, not the bio sentence', () => {
    // At the end of the story, far from the headline.
    const box = (inner: string) =>
      `<html><body><h1>Pier repairs agreed</h1>${story.repeat(5)}<section class="bio"><h3>About the author</h3>${inner}</section></body></html>`
    expect(
      extractFromHtml(box('<h4>Ada Quill</h4><p>Ada has sailed for years.</p>')).bylines
    ).toEqual(['Ada Quill'])
    expect(
      extractFromHtml(box('<div><p>Ada has sailed for years.</p><p>Ada Quill</p></div>')).bylines
    ).toEqual(['Ada Quill'])
  })
})

describe('mprobe6 a blog meta line with an ordinal date', () => {
  it('credits the name after "Posted on 4th March 2031 by"', () => {
    for (const line of ['Posted on 4th March 2031 by Ada Quill', 'March 4th, 2031 by Ada Quill'])
      expect(extractFromHtml(page('', `<p class="meta">${line}</p>`)).bylines).toEqual([
        'Ada Quill',
      ])
  })
})

describe('mprobe6 a reviewer credited in an element named for the author', () => {
  it('is not the writer ("Medically reviewed by", "Fact checked by")', () => {
    for (const label of ['Medically reviewed by', 'Fact checked by', 'Edited by'])
      expect(
        extractFromHtml(
          page(
            '',
            `<div class="author">${label} Dr Tomas Reyes</div><div class="author">Ada Quill</div>`
          )
        ).bylines
      ).toEqual(['Ada Quill'])
    expect(cleanByline('Medically reviewed by Dr Tomas Reyes')).toBeNull()
  })
})

describe('mprobe6 a credit line that names the photographer first', () => {
  it('credits the writer after the separator ("Photography by … | Words by …")', () => {
    for (const line of [
      'Photography by Tomas Reyes | Words by Ada Quill',
      'Photos by Tomas Reyes · Story by Ada Quill',
    ])
      expect(extractFromHtml(page('', `<p class="credits">${line}</p>`)).bylines).toEqual([
        'Ada Quill',
      ])
  })
})

describe('mprobe6 the publication after its writer in one author name', () => {
  it('is cut when it is the site ("Ada Quill - Lowmere Times" in JSON-LD)', () => {
    const html = (name: string) =>
      page(
        `<meta property="og:site_name" content="Lowmere Times"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier repairs agreed","author":{"@type":"Person","name":"${name}"}}</script>`,
        ''
      )
    expect(extractFromHtml(html('Ada Quill - Lowmere Times')).bylines).toEqual(['Ada Quill'])
    expect(extractFromHtml(html('Ada Quill | Lowmere Times')).bylines).toEqual(['Ada Quill'])
    // A double-barrelled part that is not the site stays.
    expect(extractFromHtml(html('Ada Quill - Harbour Desk')).bylines).toEqual([
      'Ada Quill - Harbour Desk',
    ])
  })
})

describe('mprobe6 a writer left blank in a JSON-LD template', () => {
  it('gives way to the credit the page shows, without the publication glued after it', () => {
    const html = page(
      '<meta property="og:site_name" content="Lowmere Times"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier repairs agreed","author":{"@type":"Person","name":", Lowmere Times"}}</script>',
      '<div class="byline-section"><span class="author"><a href="/staff/12/ada-quill/">Ada Quill</a> <span class="credit">Lowmere Times</span></span></div>'
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill'])
  })
})

describe('mprobe6 Dublin Core creators', () => {
  it('reads "Surname, Given" in one tag per creator', () => {
    const html = page(
      '<meta name="DC.creator" content="Quill, Ada"><meta name="dcterms.creator" content="Oduya, Sam">',
      ''
    )
    expect(extractFromHtml(html).bylines).toEqual(['Ada Quill', 'Sam Oduya'])
  })
})

describe('mprobe6 the author of a recipe, how-to or review', () => {
  it('is read from its JSON-LD when no article is declared', () => {
    for (const type of ['Recipe', 'HowTo', 'Review'])
      expect(
        extractFromHtml(
          page(
            `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"Pier repairs agreed","author":{"@type":"Person","name":"Nell Marsh"}}</script>`,
            ''
          )
        ).bylines
      ).toEqual(['Nell Marsh'])
  })
})

describe('mprobe6 credits named for the kind of piece', () => {
  it('reads "Interview by", "Feature by" and "Report by" as the writer\'s credit', () => {
    for (const label of ['Interview by', 'Feature by', 'Report by'])
      expect(extractFromHtml(page('', `<p>${label} Ada Quill</p>`)).bylines).toEqual(['Ada Quill'])
  })
})

describe('mprobe6 one author tag per writer', () => {
  it('credits every writer the repeated tags name', () => {
    for (const attr of ['name="author"', 'property="article:author"'])
      expect(
        extractFromHtml(
          page(`<meta ${attr} content="Ada Quill"><meta ${attr} content="Sam Oduya">`, '')
        ).bylines
      ).toEqual(['Ada Quill', 'Sam Oduya'])
  })
})

describe('mprobe6 a role around the name', () => {
  it('is cut before the name ("Staff Writer Ada Quill") and after a slash ("/ Staff Writer")', () => {
    for (const line of ['Staff Writer Ada Quill', 'By Ada Quill / Staff Writer'])
      expect(extractFromHtml(page('', `<p class="byline">${line}</p>`)).bylines).toEqual([
        'Ada Quill',
      ])
  })
})

describe("mprobe6 Drupal's submitted line", () => {
  it('credits the name in "Submitted by Nell Marsh on Tue, 07/01/2031 - 12:00"', () => {
    const line = '<div class="submitted">Submitted by Nell Marsh on Tue, 07/01/2031 - 12:00</div>'
    expect(extractFromHtml(page('', line)).bylines).toEqual(['Nell Marsh'])
    expect(cleanByline('Ada Quill on Sat, 3 May')).toBe('Ada Quill')
  })
})

describe('mprobe6 credits in lists of other stories', () => {
  it('are not the story\'s ("Recent Posts" widget, "latest-posts", "you-may-also-like")', () => {
    const card =
      '<div class="card"><h3><a href="/y">Ferries cancelled for the storm season</a></h3><p>By Tomas Reyes</p></div>'
    for (const cls of ['widget widget_recent_entries', 'latest-posts', 'you-may-also-like'])
      expect(
        extractFromHtml(page('', '') + `<section class="${cls}">${card}</section>`).bylines
      ).toEqual([])
  })
})

describe('mprobe7 co-authors as archive links under the headline', () => {
  const ld =
    '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Pier repairs agreed","author":{"@id":"#ada"}},{"@type":"Person","@id":"#ada","name":"Ada Quill"}]}</script>'
  it('names every co-author when the JSON-LD names only the first', () => {
    const names =
      '<div class="names"><a href="/author/ada-quill/">Ada Quill</a><span>, </span><a href="/author/tomas-reyes/">Tomas Reyes</a><span> &amp;</span> <a href="/author/nell-marsh/">Nell Marsh</a></div>'
    expect(extractFromHtml(page(ld, names)).bylines).toEqual([
      'Ada Quill',
      'Tomas Reyes',
      'Nell Marsh',
    ])
  })
  it('keeps the declared writer when the links do not include her', () => {
    const names =
      '<div class="names"><a href="/author/tomas-reyes/">Tomas Reyes</a>, <a href="/author/nell-marsh/">Nell Marsh</a></div>'
    expect(extractFromHtml(page(ld, names)).bylines).toEqual(['Ada Quill'])
  })
})

describe('mprobe7 microdata of a post grid', () => {
  const card = (title: string, date: string) =>
    `<div class="post-column" itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="datePublished" content="${date}"><div itemscope itemprop="author" itemtype="https://schema.org/Person"><meta itemprop="name" content="Kit Ambrose"></div><h2><a href="/x">${title}</a></h2></div>`
  it("is the cards' stories', not the page's (author and date)", () => {
    const grid = `<div class="post-grid">${card('Pier lights go dark', '2031-03-01')}${card('Tide gauge fixed', '2031-02-21')}</div>`
    const got = extractFromHtml(page('', '') + grid)
    expect(got.bylines).toEqual([])
    expect(got.publishedAt).toBeNull()
  })
  it('still reads the story marked up the same way, alone', () => {
    const html = `<html><head></head><body><article itemscope itemtype="https://schema.org/BlogPosting"><h1>Pier repairs agreed</h1><meta itemprop="datePublished" content="2031-03-04"><span itemprop="author">Ada Quill</span>${story}${story}</article></body></html>`
    const got = extractFromHtml(html)
    expect(got.bylines).toEqual(['Ada Quill'])
    expect(got.publishedAt).toBe('2031-03-04')
  })
})

describe("mprobe7 WordPress tag manager's data layer", () => {
  const layer = (name: string) =>
    `<script data-cfasync="false">var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"${name}"}; dataLayer.push(dataLayer_content);</script>`
  it('names the writer when the page credits nobody else', () => {
    expect(extractFromHtml(page(layer('Ada Quill'), '')).bylines).toEqual(['Ada Quill'])
    expect(extractFromHtml(page(layer('Nell'), '')).bylines).toEqual(['Nell'])
  })
  it('gives way to a shown credit, and a login is no name', () => {
    expect(
      extractFromHtml(page(layer('Ada Quill'), '<p class="credit">By Tomas Reyes</p>')).bylines
    ).toEqual(['Tomas Reyes'])
    expect(extractFromHtml(page(layer('ada.quill'), '')).bylines).toEqual([])
  })
})

describe('mprobe7 a role over two fields', () => {
  it('"Head of Marketing and Community Development" is one role, not a second writer', () => {
    const box =
      '<div class="author-bio">This post was written by Ada Quill, Head of Marketing and Community Development</div>'
    expect(extractFromHtml(page('', box)).bylines).toEqual(['Ada Quill'])
  })
  it('still splits two writers, and keeps an organisation whole', () => {
    expect(splitBylines(['Ada Quill, Professor of History and Tomas Reyes'], true)).toEqual([
      'Ada Quill',
      'Tomas Reyes',
    ])
    expect(splitBylines(['Center for Harbour Studies and Research'])).toEqual([
      'Center for Harbour Studies and Research',
    ])
  })
})

describe('mprobe7 a date element, then "by" and the name', () => {
  it('reads the credit after the date (Drupal node meta, blog themes)', () => {
    const numeric =
      '<div class="node__meta"><time datetime="2031-03-04T12:00:00Z">03/04/2031</time> by Ada Quill</div>'
    expect(extractFromHtml(page('', numeric)).bylines).toEqual(['Ada Quill'])
    const written = '<p class="meta"><span class="date">March 4, 2031</span> by Tomas Reyes</p>'
    expect(extractFromHtml(page('', written)).bylines).toEqual(['Tomas Reyes'])
  })
})

describe('mprobe8 a newspaper nameplate is no personal site', () => {
  it('a town paper named in the masthead and the copyright line is not the writer', () => {
    const html = `<html><head><title>Ferry fares rise - Gullhaven Ledger</title></head><body><header><a href="/">Gullhaven Ledger</a></header><article><h1>Ferry fares rise</h1>${story}${story}</article><footer><p>© 2031 Gullhaven Ledger. All rights reserved.</p></footer></body></html>`
    expect(extractFromHtml(html).bylines).toEqual([])
    expect(siteOwner('Tarnby Courier')).toBeNull()
    expect(siteOwner('Lowmere Sentinel')).toBeNull()
    // A person's own site still names its owner.
    expect(personalSiteOwner(['Zorv Quillane', null, 'Zorv Quillane'])).toBe('Zorv Quillane')
  })
})

describe("mprobe8 Drupal's owner field", () => {
  it('reads the name in field--name-uid as the byline', () => {
    const meta =
      '<div class="node__meta"><span class="field field--name-uid field--type-entity-reference"><span>Zorv Quillane</span></span> <span class="field field--name-created">Thu, 03/04/2031 - 12:00</span></div>'
    expect(extractFromHtml(page('', meta)).bylines).toEqual(['Zorv Quillane'])
  })
})

describe('mprobe8 the outlet filed for, and a joint credit', () => {
  it('"By Jane Roe for The Lowmere Post" credits the writer alone', () => {
    const line = '<p class="byline">By Zorv Quillane for The Tarnby Weekly</p>'
    expect(extractFromHtml(page('', line)).bylines).toEqual(['Zorv Quillane'])
    expect(splitBylines(['Zorv Quillane For Harbour Weekly'])).toEqual(['Zorv Quillane'])
    // An organisation's own name keeps its "for".
    expect(splitBylines(['Center for Harbour Studies'])).toEqual(['Center for Harbour Studies'])
  })
  it('"Story and photos by" credits one writer', () => {
    const line = '<p class="byline">Story and photos by Zorv Quillane</p>'
    expect(extractFromHtml(page('', line)).bylines).toEqual(['Zorv Quillane'])
  })
})

describe('mprobe8 a posted-by element and a sign-off dash', () => {
  it('reads the name in a theme\'s "posted-by" element', () => {
    const meta = '<span class="posted-by">Zorv Quillane</span>'
    expect(extractFromHtml(page('', meta)).bylines).toEqual(['Zorv Quillane'])
  })
  it('drops the dash a sign-off credit opens on', () => {
    expect(cleanByline('— Zorv Quillane')).toBe('Zorv Quillane')
  })
})

describe('mprobe8 the outlet or the pictures after the writer', () => {
  it('"By Jane Roe, Tarnby Courier" credits the writer, not the paper', () => {
    expect(splitBylines(['By Zorv Quillane, Tarnby Courier'], true)).toEqual(['Zorv Quillane'])
    expect(splitBylines(['By Zorv Quillane (Tarnby Courier)'], true)).toEqual(['Zorv Quillane'])
    // Two writers stay two.
    expect(splitBylines(['By Zorv Quillane, Ebbe Marrow'], true)).toEqual([
      'Zorv Quillane',
      'Ebbe Marrow',
    ])
  })
  it('"By Jane Roe / Photos by Kit Ambrose" credits the writer', () => {
    const line = '<p class="byline">By Zorv Quillane / Photos by Ebbe Marrow</p>'
    expect(extractFromHtml(page('', line)).bylines).toEqual(['Zorv Quillane'])
  })
})

describe("mprobe8 a writer's archive link text and an author box's bio", () => {
  it('"View all posts by Jane Roe" credits Jane Roe', () => {
    const link =
      '<div class="entry-meta"><a href="/author/zq/" rel="author">View all posts by Zorv Quillane</a></div>'
    expect(extractFromHtml(page('', link)).bylines).toEqual(['Zorv Quillane'])
  })
  it('reads the name a bio opens on', () => {
    const box =
      '<div class="author-bio"><p>Zorv Quillane is a reporter covering local government.</p></div>'
    expect(extractFromHtml(page('', box)).bylines).toEqual(['Zorv Quillane'])
  })
})

describe('mprobe8 a generic JSON-LD author beside a named writer', () => {
  it('"Staff" in JSON-LD gives way to the "By" line', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pier repairs agreed","author":{"@type":"Person","name":"Staff"}}</script>'
    expect(extractFromHtml(page(ld, '<p class="byline">By Zorv Quillane</p>')).bylines).toEqual([
      'Zorv Quillane',
    ])
    // Alone it is still the credit.
    expect(extractFromHtml(page(ld, '')).bylines).toEqual(['Staff'])
  })
})

describe('mprobe8 JSON-LD shapes: a Blog holding its one post, a name given as a list', () => {
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`
  it("reads the author of a Blog's single blogPost", () => {
    const blog = ld({
      '@context': 'https://schema.org',
      '@type': 'Blog',
      blogPost: [
        {
          '@type': 'BlogPosting',
          headline: 'Pier repairs agreed',
          datePublished: '2031-03-04',
          author: { '@type': 'Person', name: 'Zorv Quillane' },
        },
      ],
    })
    const x = extractFromHtml(page(blog, ''))
    expect(x.bylines).toEqual(['Zorv Quillane'])
    expect(x.publishedAt?.slice(0, 10)).toBe('2031-03-04')
  })
  it('reads a name given as a list of one', () => {
    const article = ld({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Pier repairs agreed',
      author: { '@type': 'Person', name: ['Zorv Quillane'] },
    })
    expect(extractFromHtml(page(article, '')).bylines).toEqual(['Zorv Quillane'])
  })
})

describe("mprobe8 writers' archive links in the site's menu", () => {
  it('a menu of columnists credits nobody with this story', () => {
    const menu =
      '<nav><ul><li><a href="/columnists">Columnists</a><ul><li><a href="/author/zorv-quillane/">Zorv Quillane</a></li><li><a href="/author/ebbe-marrow/">Ebbe Marrow</a></li></ul></li></ul></nav>'
    const html = `<html><head></head><body><header>${menu}</header><article><h1>Pier repairs agreed</h1>${story}${story}</article></body></html>`
    expect(extractFromHtml(html).bylines).toEqual([])
    // The story's own archive link still credits its writer.
    const own = html.replace(
      '<h1>Pier repairs agreed</h1>',
      '<h1>Pier repairs agreed</h1><div class="meta"><a href="/author/ines-calloway/">Ines Calloway</a></div>'
    )
    expect(extractFromHtml(own).bylines).toEqual(['Ines Calloway'])
  })
})

describe('mprobe8 credits of other stories, readers and the site team', () => {
  const wrap = (after: string, footer = '') =>
    `<html><head></head><body><main><article><h1>Pier repairs agreed</h1>${story}${story}</article>${after}</main>${footer}</body></html>`
  it('a block headed "More stories" with no class credits its own writers', () => {
    const more =
      '<section><h2>More stories</h2><div><h3><a href="/m1">Bypass plans shelved</a></h3><p>By Zorv Quillane</p></div></section>'
    expect(extractFromHtml(wrap(more)).bylines).toEqual([])
  })
  it("readers' responses name commenters, not the writer", () => {
    const responses =
      '<div class="responses"><div class="response"><span class="author">Zorv Quillane</span><p>Long overdue.</p></div></div>'
    expect(extractFromHtml(wrap(responses)).bylines).toEqual([])
  })
  it("the site footer's team list credits nobody with this story", () => {
    const team =
      '<footer><ul><li><a href="/author/zorv-quillane/">Zorv Quillane</a></li><li><a href="/author/ebbe-marrow/">Ebbe Marrow</a></li></ul></footer>'
    expect(extractFromHtml(wrap('', team)).bylines).toEqual([])
    // A story's own footer still credits its writer.
    const own = wrap('').replace(
      '</article>',
      '<footer class="entry-footer">Posted by <a href="/author/ines-calloway/">Ines Calloway</a></footer></article>'
    )
    expect(extractFromHtml(own).bylines).toEqual(['Ines Calloway'])
  })
})

describe("mprobe8 more of the paths CMSs give a writer's page", () => {
  it('reads a name linked to /staff/, /reporters/, /columnists/, /by/ or /autor/', () => {
    for (const path of ['/staff/', '/reporters/', '/columnists/', '/by/', '/autor/', '/byline/']) {
      const meta = `<div class="meta"><a href="${path}zorv-quillane">Zorv Quillane</a></div>`
      expect(extractFromHtml(page('', meta)).bylines).toEqual(['Zorv Quillane'])
    }
  })
})

describe("mprobe8 a sidebar widget's credit", () => {
  it("an About widget's 'Written by' is no credit of the story", () => {
    const widget =
      '<aside class="widget-area"><section class="widget widget_text"><h2 class="widget-title">About</h2><p>Written by Zorv Quillane, editor of this small site.</p></section></aside>'
    const meta =
      '<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/em/">Ebbe Marrow</a></span></span></div>'
    const html = `<html><head></head><body><div id="content"><div id="primary"><main><article><h1>Pier repairs agreed</h1>${meta}${story}${story}</article></main></div>${widget}</div></body></html>`
    expect(extractFromHtml(html).bylines).toEqual(['Ebbe Marrow'])
  })
})
