/**
 * Date rules on invented pages: the declared date unless the page shows another one beside the
 * headline; URL dates; citation dates; publication tags named by the site.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  collectVisibleDates,
  dateInUrl,
  newVisibleDates,
  pickPublishedDate,
} from '../../src/extract/html-dates'
import { parsePage, walk } from '../../src/extract/html-dom'
import { extractFromHtml } from '../../src/extract/index'

const story =
  '<p>The ferry ran late again on Tuesday, the third time this month, and passengers waited an hour on the pier in the rain.</p>'
const page = (head: string, header: string) =>
  `<html><head>${head}</head><body><article><h1>Ferry runs late again</h1>${header}${story}${story}${story}</article></body></html>`

describe('publication dates', () => {
  it('keeps the declared date when the page shows it', () => {
    const html = page(
      '<meta property="article:published_time" content="2031-03-04T09:00:00Z">',
      '<p class="meta">Published March 4, 2031</p>'
    )
    expect(extractFromHtml(html).publishedAt?.slice(0, 10)).toBe('2031-03-04')
  })

  it('takes the date shown beside the headline when the declared one is never shown', () => {
    const html = page(
      '<meta property="article:published_time" content="2029-01-10T09:00:00Z">',
      '<div class="byline"><span>Updated June 2, 2031</span></div>'
    )
    expect(extractFromHtml(html).publishedAt).toBe('2031-06-02')
  })

  it('ignores dates far below the headline (related stories, comments)', () => {
    const filler = story.repeat(12)
    const html = `<html><head><meta property="article:published_time" content="2029-01-10"></head><body><h1>Ferry runs late again</h1>${filler}<ul><li><span>June 2, 2031</span></li></ul></body></html>`
    expect(extractFromHtml(html).publishedAt).toBe('2029-01-10')
  })

  it('takes a date the page shows, never a modification date it declares', () => {
    const filler = story.repeat(12)
    const modified = '<meta property="article:modified_time" content="2031-06-02T08:00:00Z">'
    const html = `<html><head>${modified}</head><body><h1>Ferry runs late again</h1>${filler}<p class="entry-date">March 4, 2031</p></body></html>`
    expect(extractFromHtml(html).publishedAt).toBe('2031-03-04')
    // With nothing else to go on the story stays undated: the last edit is not its publication.
    const bare = `<html><head>${modified}</head><body><h1>Ferry runs late again</h1>${filler}</body></html>`
    expect(extractFromHtml(bare).publishedAt).toBeNull()
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2031-06-02"}</script>`
    const declared = `<html><head>${ld}</head><body><h1>Ferry runs late again</h1>${filler}</body></html>`
    expect(extractFromHtml(declared).publishedAt).toBeNull()
  })

  it('keeps a declared UTC stamp shown as the local day before', () => {
    const html = page(
      '<meta property="article:published_time" content="2031-03-05T02:30:00+00:00">',
      '<time>March 4, 2031</time>'
    )
    expect(extractFromHtml(html).publishedAt?.slice(0, 10)).toBe('2031-03-05')
    expect(extractFromHtml(html, 'https://news.example/2031/03/04/ferry').publishedAt).toBe(
      '2031-03-04'
    )
  })

  it('takes the element microdata marks as published over an earlier <time>', () => {
    const updated = '<p>Updated <time datetime="2031-06-02">June 2, 2031</time></p>'
    const marked =
      '<p>Published <span itemprop="datePublished" content="2031-03-04">March 4, 2031</span></p>'
    expect(extractFromHtml(page('', updated + marked)).publishedAt?.slice(0, 10)).toBe('2031-03-04')
    // The HTML5 pubdate attribute marks the same thing on a <time>.
    const pubdate = '<p>First run <time pubdate datetime="2031-03-04">March 4, 2031</time></p>'
    expect(extractFromHtml(page('', updated + pubdate)).publishedAt?.slice(0, 10)).toBe(
      '2031-03-04'
    )
    // Without the mark, the first <time> stands, unless a label says it is a revision's.
    const plain = '<p>First run <time datetime="2031-03-04">March 4, 2031</time></p>'
    const unlabelled = '<p><time datetime="2031-06-02">June 2, 2031</time></p>'
    expect(extractFromHtml(page('', unlabelled + plain)).publishedAt?.slice(0, 10)).toBe(
      '2031-06-02'
    )
    expect(extractFromHtml(page('', updated + plain)).publishedAt?.slice(0, 10)).toBe('2031-03-04')
  })

  it('reads a <time> beside the headline by its datetime, whatever its text', () => {
    const html = page(
      '<meta property="article:published_time" content="2029-01-10">',
      '<time datetime="2031-03-04T12:00:00Z">03/04/2031</time>'
    )
    expect(extractFromHtml(html).publishedAt).toBe('2031-03-04')
  })

  it('keeps a declared date an all-numeric shown date names when read the other way round', () => {
    // "03.04.2031" reads as 3 April day first, as March 4 month first: it confirms either.
    const declared = '<meta property="article:published_time" content="2031-03-04T09:00:00Z">'
    expect(extractFromHtml(page(declared, '<span>03.04.2031</span>')).publishedAt).toBe(
      '2031-03-04T09:00:00Z'
    )
    // A date only one reading allows still stands against the declared one.
    expect(extractFromHtml(page(declared, '<span>23.04.2031</span>')).publishedAt).toBe(
      '2031-04-23'
    )
  })

  it('takes no <time> far below the headline (a related story) over the date beside it', () => {
    const related = `${story.repeat(8)}<aside><a>Pier to close</a><time datetime="2031-02-01">1 February 2031</time></aside>`
    const html = page('', `<p>Updated: 4 March 2031</p>${related}`)
    expect(extractFromHtml(html).publishedAt).toBe('2031-03-04')
    // Beside the headline, a <time> is the story's own.
    const own = page('', `<time datetime="2031-03-04">4 March 2031</time>${related}`)
    expect(extractFromHtml(own).publishedAt).toBe('2031-03-04')
  })

  it('reads numeric dates beside the headline: dotted day first, slashed month first', () => {
    expect(extractFromHtml(page('', '<span>23.07.2031</span>')).publishedAt).toBe('2031-07-23')
    expect(extractFromHtml(page('', '<span>3/4/2031</span>')).publishedAt).toBe('2031-03-04')
    expect(extractFromHtml(page('', '<span>23/4/2031</span>')).publishedAt).toBe('2031-04-23')
  })

  it('reads dates in URL paths, publication tags named by the site and citation dates', () => {
    expect(dateInUrl('https://blog.example/posts/2031-3-4-ferry-notes')).toBe('2031-03-04')
    expect(dateInUrl('https://news.example/2031/03/04/ferry')).toBe('2031-03-04')
    expect(dateInUrl('https://news.example/ferry?d=2031/03/04')).toBeNull()
    // The month by name, as some news sites write every story's path.
    expect(dateInUrl('https://news.example/world/2031/mar/04/ferry')).toBe('2031-03-04')
    expect(dateInUrl('https://news.example/blog/2031/september/14/ferry')).toBe('2031-09-14')
    expect(dateInUrl('https://news.example/2031/marine/04/ferry')).toBeNull()
    // The date as one number, or the year apart from the month and day.
    expect(dateInUrl('https://news.example/harbour/20310304-ferry-runs-late')).toBe('2031-03-04')
    expect(dateInUrl('https://news.example/2031/0304/ferry-runs-late.html')).toBe('2031-03-04')
    expect(dateInUrl('https://news.example/the-year-in-ferries-20310304')).toBe('2031-03-04')
    expect(dateInUrl('https://news.example/item/20311345/ferry')).toBeNull()
    expect(dateInUrl('https://news.example/item/203103041/ferry')).toBeNull()
    expect(
      extractFromHtml(
        page('<meta name="w-published-date" content="2031-03-04T06:00:00Z">', '')
      ).publishedAt?.slice(0, 10)
    ).toBe('2031-03-04')
    expect(
      extractFromHtml(page('<meta name="citation_publication_date" content="2031 Mar 4">', ''))
        .publishedAt
    ).toBe('2031-03-04')
  })

  it("reads Parse.ly's parsely-page JSON and any <meta> about publication that holds a date", () => {
    const parsely =
      '<meta name="parsely-page" content="{&quot;title&quot;: &quot;Ferry runs late&quot;, &quot;pub_date&quot;: &quot;2031-03-04T09:30:00Z&quot;, &quot;section&quot;: &quot;Harbour&quot;}">'
    expect(extractFromHtml(page(parsely, '')).publishedAt?.slice(0, 10)).toBe('2031-03-04')
    expect(
      extractFromHtml(page('<meta name="parsely-page" content="{not json">', '')).publishedAt
    ).toBeNull()
    const named =
      '<meta name="publication" content="Harbour Weekly"><meta name="OriginalPublicationDate" content="2031/03/04 09:30:00">'
    expect(extractFromHtml(page(named, '')).publishedAt).toBe('2031-03-04')
  })

  it('uses the date beside the headline when nothing is declared', () => {
    const html = page('', '<div class="x"><p>Mar 4, 2031</p></div>')
    expect(extractFromHtml(html).publishedAt).toBe('2031-03-04')
    expect(pickPublishedDate([null], newVisibleDates(), [])).toBeNull()
  })

  it('prefers a shown date to one labelled as a revision beside the headline', () => {
    // The revision sits nearer the headline, with its label in the same text or just before.
    const same = page('', '<p>Updated June 2, 2031</p><p>By Ada Quill</p><p>March 4, 2031</p>')
    expect(extractFromHtml(same).publishedAt).toBe('2031-03-04')
    const before = page(
      '',
      '<p><span>Last modified:</span> <time datetime="2031-06-02">2 June</time></p><p>Posted 4 March 2031</p>'
    )
    expect(extractFromHtml(before).publishedAt).toBe('2031-03-04')
    // hAtom classes: "updated" marks the revision, "published updated" a story never revised.
    const hatom = (cls: string) =>
      extractFromHtml(
        page(
          '',
          `<p><time class="${cls}" datetime="2031-06-02">2 June</time></p>${story.repeat(6)}<time class="entry-date published" datetime="2031-03-04">4 March</time>`
        )
      ).publishedAt
    expect(hatom('updated')).toBe('2031-03-04')
    expect(hatom('published updated')).toBe('2031-06-02')
    // Shown alone, a revision's date still dates the page.
    const alone = page('', '<p>Updated June 2, 2031</p>')
    expect(extractFromHtml(alone).publishedAt).toBe('2031-06-02')
  })

  it('reads a shown date with its weekday and time of day, not a comment dated later', () => {
    // "Posted: Thursday, … at 4:05 p.m. EST": the weekday, time and zone say when, nothing else.
    const posted = '<p class="post-info">Posted: Thursday, March 6, 2031 at 4:05 p.m. EST</p>'
    const comment = `${story.repeat(2)}<div class="comment"><span class="comment-date">Posted: Friday, March 7, 2031 at 9:00 a.m. EST</span></div>`
    expect(extractFromHtml(page('', posted + comment)).publishedAt).toBe('2031-03-06')
  })

  it("takes the <time> below the headline over a 'Trending' list's <time> above it", () => {
    const trending = `<aside><ol><li><a href="/a/1">Pier to close</a><time datetime="2031-02-27T10:00:00Z">3 days ago</time></li></ol></aside>`
    const own =
      '<p class="meta">By Ada Quill <time datetime="2031-03-02T14:00:00Z">2 hours ago</time></p>'
    const html = `<html><body><header><a href="/">Harbour Daily</a></header>${trending}<article><h1>Ferry runs late again</h1>${own}${story}</article></body></html>`
    expect(extractFromHtml(html).publishedAt).toBe('2031-03-02T14:00:00Z')
    // With no <time> near the headline, the first one still dates the page.
    const only = `<html><body>${trending}<article><h1>Ferry runs late again</h1>${story}</article></body></html>`
    expect(extractFromHtml(only).publishedAt).toBe('2031-02-27T10:00:00Z')
  })

  it('knows revision labels in other languages ("Mis à jour", "Actualizado", "Stand:")', () => {
    for (const [updated, published] of [
      ['Mis à jour le 7 mars 2031', 'Publié le 6 mars 2031'],
      ['Actualizado: 7 de marzo de 2031', 'Publicado: 6 de marzo de 2031'],
      ['Stand: 07.03.2031, 10:00 Uhr', 'Erstellt am 06.03.2031'],
      ['Aggiornato il 7 marzo 2031', 'Pubblicato il 6 marzo 2031'],
    ])
      expect(
        extractFromHtml(page('', `<p>${updated}</p><p>${published}</p>`)).publishedAt,
        updated
      ).toBe('2031-03-06')
  })

  it('reads a slashed date day first on pages in a language that writes it so', () => {
    const shown = (lang: string, date: string) =>
      extractFromHtml(
        `<html lang="${lang}"><body><article><h1>Ferry runs late again</h1><p class="date">${date}</p>${story}</article></body></html>`
      ).publishedAt
    expect(shown('es-ES', '04/03/2031')).toBe('2031-03-04')
    expect(shown('en-GB', '04/03/2031')).toBe('2031-03-04')
    expect(shown('fr', '04/03/2031')).toBe('2031-03-04')
    // US English writes the month first; a date that cannot be day first stays month first.
    expect(shown('en-US', '04/03/2031')).toBe('2031-04-03')
    expect(shown('en-GB', '04/23/2031')).toBe('2031-04-23')
  })

  it('reads Chinese, Japanese and Korean dates shown beside the headline', () => {
    const shown = (lang: string, date: string) =>
      extractFromHtml(
        `<html lang="${lang}"><body><article><h1>渡轮再次晚点</h1><div class="info"><span>${date}</span></div>${story}</article></body></html>`
      ).publishedAt
    expect(shown('zh-CN', '发布时间：2031年3月4日 09:30')).toBe('2031-03-04')
    expect(shown('ja', '2031年03月04日')).toBe('2031-03-04')
    expect(shown('ko', '입력 2031년 3월 4일 오전 9:30')).toBe('2031-03-04')
    expect(shown('ko', '2031. 3. 4. 09:30')).toBe('2031-03-04')
  })

  it('reads Dutch and Scandinavian month names', () => {
    const shown = (lang: string, date: string) =>
      extractFromHtml(
        `<html lang="${lang}"><body><article><h1>Veerboot weer te laat</h1><p class="datum">${date}</p>${story}</article></body></html>`
      ).publishedAt
    expect(shown('nl', '4 maart 2031')).toBe('2031-03-04')
    expect(shown('nl', 'Gepubliceerd: 4 mei 2031, 09:30')).toBe('2031-05-04')
    expect(shown('sv', '4 maj 2031')).toBe('2031-05-04')
    expect(shown('nb', '4. desember 2031')).toBe('2031-12-04')
  })

  it('reads both dates of one line ("Updated … · Originally published …") by their own labels', () => {
    for (const [line, day] of [
      ['Last updated June 2, 2031 · Originally published March 4, 2031', '2031-03-04'],
      ['Originally published March 4, 2031 | Last updated June 2, 2031', '2031-03-04'],
      // No language given: slashed dates read month first.
      ['Updated: 06/02/2031 — Published: 04/03/2031', '2031-04-03'],
    ])
      expect(extractFromHtml(page('', `<p class="meta">${line}</p>`)).publishedAt, line).toBe(day)
    expect(
      extractFromHtml(page('', '<p>Updated June 2, 2031, first published March 4, 2031</p>'))
        .publishedAt
    ).toBe('2031-03-04')
  })

  it('reads a dashed date ("04-03-2031") only when its language or its numbers decide the order', () => {
    const shown = (lang: string, date: string) =>
      extractFromHtml(
        `<html lang="${lang}"><body><article><h1>Ferry runs late again</h1><p class="date">Posted: ${date}</p>${story}</article></body></html>`
      ).publishedAt
    expect(shown('en-GB', '04-03-2031')).toBe('2031-03-04')
    expect(shown('nl', '04-03-2031')).toBe('2031-03-04')
    expect(shown('en-US', '04-03-2031')).toBe('2031-04-03')
    expect(shown('en', '23-03-2031')).toBe('2031-03-23')
    expect(shown('en', '03-23-2031')).toBe('2031-03-23')
    // Plain "en" is written both ways round: an ambiguous dashed date names no day.
    expect(shown('en', '04-03-2031')).toBeNull()
  })

  it('takes no date from a box of other stories (related, trending, a ticker) near the headline', () => {
    const declared = '<meta property="article:published_time" content="2031-03-04T09:00:00Z">'
    for (const box of ['related-posts', 'trending-now', 'news-ticker', 'most-read'])
      expect(
        extractFromHtml(
          page(
            declared,
            `<div class="${box}"><ul><li><a href="/b">Pier to close</a> <span>February 2, 2031</span></li></ul></div>`
          )
        ).publishedAt,
        box
      ).toBe('2031-03-04T09:00:00Z')
  })

  it("takes no date from the site's top bar or navigation (today's date above every page)", () => {
    const shown = '<p class="meta">Published March 4, 2031</p>'
    for (const bar of [
      '<div class="site-header"><span>Thursday, June 12, 2031</span></div>',
      '<div class="top-bar"><time datetime="2031-06-12">Thursday, June 12, 2031</time></div>',
      '<nav><ul><li><a href="/">Home</a></li><li>June 12, 2031</li></ul></nav>',
    ])
      expect(
        extractFromHtml(
          `<html><body>${bar}<article><h1>Ferry runs late again</h1>${shown}${story}</article></body></html>`
        ).publishedAt,
        bar
      ).toBe('2031-03-04')
    // A story header the theme calls a masthead is the story's own.
    const own = `<html><body><article><div class="masthead"><h1>Ferry runs late again</h1><p>June 12, 2031</p></div>${story}</article></body></html>`
    expect(extractFromHtml(own).publishedAt).toBe('2031-06-12')
  })

  it('takes no date from a list of other stories just above the headline, whatever its class', () => {
    const cards = [
      '<li><a href="/a">Council approves the new ferry timetable</a> <span>March 12, 2031</span></li>',
      '<li><a href="/b">Pier divers find cracked pilings</a><time datetime="2031-03-11">Mar 11</time></li>',
    ].join('')
    const html = `<html><body><div class="col-3"><ul>${cards}</ul></div><article><h1>Ferry runs late again</h1><p class="by">By Jane Roe</p><p>Mar 4, 2031</p>${story}</article></body></html>`
    expect(extractFromHtml(html).publishedAt).toBe('2031-03-04')
    // The story's own meta line set as a list stays the story's.
    const meta =
      '<ul class="meta"><li>By <a href="/jane-roe">Jane Roe</a></li><li>March 4, 2031</li></ul>'
    expect(extractFromHtml(page('', meta)).publishedAt).toBe('2031-03-04')
  })

  it("leaves a story undated when the only dates on the page are readers' comments", () => {
    const comments = ['April 2, 2031', 'April 9, 2031']
      .map(
        (d) => `<li class="comment"><div class="comment-date">${d}</div><p>Long overdue.</p></li>`
      )
      .join('')
    const thread = `<section id="comments"><ol>${comments}</ol></section>`
    const html = (byline: string) =>
      `<html><body class="comments-open"><article><h1>Ferry runs late again</h1>${byline}${story.repeat(12)}</article>${thread}</body></html>`
    expect(extractFromHtml(html('<p>By Jane Roe</p>')).publishedAt).toBeNull()
    expect(extractFromHtml(html('<p>By Jane Roe · 4 Mar 2031</p>')).publishedAt).toBe('2031-03-04')
  })

  it("reads a press release's date from the dateline its first paragraph opens on", () => {
    const release = (opening: string) =>
      extractFromHtml(
        `<html><body><article><h1>Lowmere Logistics opens a second depot</h1><p>${opening} Lowmere Logistics said it had opened a second depot near the rail yard, adding forty jobs over the coming year.</p>${story}</article></body></html>`
      ).publishedAt
    expect(release('LOWMERE, Ore., March 4, 2031 /Harbour Wire/ --')).toBe('2031-03-04')
    expect(release('NEW LOWMERE, March 4, 2031 (HARBOUR NEWSWIRE) --')).toBe('2031-03-04')
    expect(release('LOWMERE--(HARBOUR WIRE)--March 4, 2031--')).toBe('2031-03-04')
    // A date later in a paragraph is a fact of the story, not its date.
    expect(release('The depot, planned since March 4, 2031, opened on time.')).toBeNull()
  })

  it('takes the shown publication date over a declared one the page shows as its revision', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Jun 2, 2031"}</script>`
    const line =
      '<div class="meta"><span>Published</span> <span>Mar 4, 2031</span> <span>Updated</span> <span>Jun 2, 2031</span></div>'
    expect(extractFromHtml(page(ld, line)).publishedAt).toBe('2031-03-04')
    // Shown as the revision and nothing else beside the headline: the declared date stands.
    expect(extractFromHtml(page(ld, '<p>Updated Jun 2, 2031</p>')).publishedAt).toBe('2031-06-02')
  })

  it('labels each date in a line of mixed text and elements by the words just before it', () => {
    for (const line of [
      '<p>Published <time datetime="2031-03-04">Mar 4</time> · Updated <time datetime="2031-06-02">Jun 2</time></p>',
      '<p>Published <span>Mar 4, 2031</span> · Updated <span>Jun 2, 2031</span></p>',
      '<p><span>Mar 4, 2031</span> · Updated <span>Jun 2, 2031</span></p>',
    ])
      expect(extractFromHtml(page('', line)).publishedAt, line).toBe('2031-03-04')
  })

  it('reads a shown date written with character references ("Mar.&nbsp;6,&nbsp;2031")', () => {
    const shown = '<div class="x"><span>Mar.&nbsp;6,&nbsp;2031</span></div>'
    const comment = `${story.repeat(2)}<div class="c"><span>April 9, 2031</span></div>`
    expect(extractFromHtml(page('', shown + comment)).publishedAt).toBe('2031-03-06')
  })

  it('never throws and stays linear on hostile text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('2031', '-', '/', ' ', 'March ', '4th ', 'of ', ','),
            fc.string({ maxLength: 4 })
          ),
          { maxLength: 200 }
        ),
        (parts) => {
          const text = parts.join('')
          const visible = newVisibleDates()
          walk(parsePage(`<h1>x</h1><p>${text}</p>`).root, (el) => collectVisibleDates(el, visible))
          const picked = pickPublishedDate([text], visible, [text], `https://x.example/${text}`)
          expect(picked === null || typeof picked === 'string').toBe(true)
        }
      ),
      { numRuns: 200 }
    )
    expect(dateInUrl(`https://x.example/${'2031-'.repeat(20_000)}`)).toBeNull()
  })
})

describe('mprobe6 an all-numeric declared date', () => {
  const ld = (date: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry runs late again","datePublished":"${date}"}</script>`
  const html = (lang: string, date: string, header = '') =>
    page(ld(date), header).replace('<html>', `<html lang="${lang}">`)

  it('is read as the page writes days ("03/04/2031" month first in US English)', () => {
    expect(extractFromHtml(html('en-US', '03/04/2031')).publishedAt).toBe('2031-03-04')
    expect(extractFromHtml(html('en-GB', '03/04/2031 09:21:40')).publishedAt).toBe('2031-04-03')
    expect(extractFromHtml(html('de', '04.03.2031')).publishedAt).toBe('2031-03-04')
  })

  it('gives way to the day shown beside the headline when it carries no time zone', () => {
    const shown = '<p class="date">12 March 2031</p>'
    expect(extractFromHtml(html('en-GB', '2031-03-13', shown)).publishedAt).toBe('2031-03-12')
    // A stamp with a zone may fall on the next day where the page is read.
    expect(
      extractFromHtml(page(ld('2031-03-13T01:00:00+00:00'), shown)).publishedAt?.slice(0, 10)
    ).toBe('2031-03-13')
  })
})

describe('mprobe6 Dublin Core terms', () => {
  it('reads dcterms.issued, dcterms.date and dcterms.created as the publication date', () => {
    for (const name of ['dcterms.issued', 'DCTERMS.date', 'dcterms.created'])
      expect(
        extractFromHtml(page(`<meta name="${name}" content="2031-03-04">`, '')).publishedAt
      ).toBe('2031-03-04')
    expect(
      extractFromHtml(page('<meta name="dcterms.modified" content="2031-03-04">', '')).publishedAt
    ).toBeNull()
  })
})

describe('mprobe6 the basic ISO 8601 form in a date tag', () => {
  it('reads "20310304" and "20310304T093000Z"', () => {
    for (const value of ['20310304', '20310304T093000Z'])
      expect(extractFromHtml(page(`<meta name="date" content="${value}">`, '')).publishedAt).toBe(
        '2031-03-04'
      )
    // Not a day: a number of another length, or a month 13.
    expect(
      extractFromHtml(page('<meta name="date" content="20311304">', '')).publishedAt
    ).toBeNull()
  })
})

describe("mprobe6 hAtom's abbr pattern", () => {
  it('reads the date in the title of an element classed "published"', () => {
    const shown =
      '<p class="post-footer">Posted at <abbr class="published" title="2031-03-04T09:30:00Z">9:30</abbr></p>'
    expect(extractFromHtml(page('', shown)).publishedAt?.slice(0, 10)).toBe('2031-03-04')
  })
})

describe('mprobe6 the day-month-year form with dashes', () => {
  it('reads "04-Mar-2031" shown or declared', () => {
    expect(extractFromHtml(page('', '<p class="meta">04-Mar-2031</p>')).publishedAt).toBe(
      '2031-03-04'
    )
    expect(extractFromHtml(page('<meta name="date" content="4-March-2031">', '')).publishedAt).toBe(
      '2031-03-04'
    )
  })
})

describe('mprobe6 a relative time with the date in its title', () => {
  it('reads the title ("2 days ago" over "March 4, 2031")', () => {
    const shown = '<p class="meta"><span title="March 4, 2031 9:30 AM">2 days ago</span></p>'
    expect(extractFromHtml(page('', shown)).publishedAt).toBe('2031-03-04')
    // A title on text that is no relative time is a tooltip, not its date.
    const tip = '<p class="meta"><span title="March 4, 2031">Harbour board</span></p>'
    expect(extractFromHtml(page('', tip)).publishedAt).toBeNull()
  })
})

describe('mprobe6 a date badge', () => {
  it('reads day, month and year set in elements of their own with nothing between', () => {
    const badge =
      '<div class="post-date"><span class="day">04</span><span class="month">Mar</span><span class="year">2031</span></div>'
    expect(extractFromHtml(page('', badge)).publishedAt).toBe('2031-03-04')
  })
})

describe('mprobe7 the dashed day-month-year form in other languages', () => {
  it('reads "04-ago-2031" (a Spanish blog platform\'s credit line) as August 4', () => {
    const shown = '<p class="post-meta">Publicado por Ada Quill on 04-ago-2031 5:11:10</p>'
    expect(extractFromHtml(page('', shown)).publishedAt).toBe('2031-08-04')
  })
})

describe('mprobe7 a relative time with the date in a data attribute', () => {
  it('reads data-timestamp in seconds or milliseconds and data-date', () => {
    const shown = (attrs: string, text: string) =>
      extractFromHtml(
        page('', `<p class="meta"><span class="post-date" ${attrs}>${text}</span></p>`)
      ).publishedAt
    expect(shown('data-timestamp="1930381200"', '2 days ago')).toBe('2031-03-04')
    expect(shown('data-timestamp="1930381200000"', '')).toBe('2031-03-04')
    expect(shown('data-date="2031-03-04T09:00:00Z"', 'yesterday')).toBe('2031-03-04')
    // A number on text that is no relative time dates nothing shown.
    expect(shown('data-timestamp="1930381200"', 'Harbour board')).toBeNull()
  })
})

describe('mprobe7 the story facts in a side column', () => {
  it('reads a <time> labelled "Published" in a sidebar, not a later card\'s', () => {
    const facts =
      '<div class="layout-sidebar"><div><h4>Published</h4> <time datetime="2031-03-04T12:00:00Z">4 March 2031</time></div><div><h4>Reviewed</h4> <time datetime="2031-06-01T12:00:00Z">1 June 2031</time></div></div>'
    const card =
      '<div class="cards"><a href="/x"><span><time datetime="2031-07-09T12:00:00Z">9 Jul 2031</time></span><h3>Ferry fares rise for the summer</h3></a></div>'
    const html = `<html><head></head><body><main><h1>Ferry runs late again</h1>${story.repeat(8)}</main>${facts}${card}</body></html>`
    expect(extractFromHtml(html).publishedAt?.slice(0, 10)).toBe('2031-03-04')
  })
})

describe('mprobe7 a site-named publication tag stamped after the last edit', () => {
  it('is the moment the page was built, not its publication', () => {
    const head =
      '<meta name="published-time" content="2033-01-09T08:45:32Z"><meta name="modified-date" content="2032-07-30"><meta name="published-date" content="2031-03-04">'
    expect(extractFromHtml(page(head, '')).publishedAt).toBe('2031-03-04')
  })
})

describe('mprobe8 the OpenGraph locale and lines in other languages', () => {
  it('reads "03/12/2031" day first on a British site whose <html lang> names no country', () => {
    const html = `<html lang="en"><head><meta property="og:locale" content="en_GB"></head><body><article><h1>Ferry runs late again</h1><p class="date">Published 03/12/2031</p>${story}${story}${story}</article></body></html>`
    expect(extractFromHtml(html).publishedAt?.slice(0, 10)).toBe('2031-12-03')
  })
  it('finds the date in a French byline line with an accented name', () => {
    const html = `<html lang="fr"><head></head><body><article><h1>Le marché rouvre</h1><p class="meta">Par Clémence Aubertin - Publié le 03/12/2031 à 08h15</p>${story}${story}${story}</article></body></html>`
    const x = extractFromHtml(html)
    expect(x.publishedAt?.slice(0, 10)).toBe('2031-12-03')
    expect(x.bylines).toEqual(['Clémence Aubertin'])
  })
})

describe("mprobe8 the date in a Next.js page's props", () => {
  it('reads the publication field when the HTML states no date', () => {
    const props = JSON.stringify({
      props: {
        pageProps: {
          post: { title: 'Ferry runs late again', publishedAt: '2031-03-04T09:00:00.000Z' },
          related: [{ publishedAt: '2031-01-02T09:00:00.000Z' }],
        },
      },
    })
    const html = `<html><head></head><body><div id="__next"><article><h1>Ferry runs late again</h1>${story}${story}${story}</article></div><script id="__NEXT_DATA__" type="application/json">${props}</script></body></html>`
    expect(extractFromHtml(html).publishedAt?.slice(0, 10)).toBe('2031-03-04')
  })
  it('gives way to a date the page shows', () => {
    const props = JSON.stringify({ props: { pageProps: { post: { publishedAt: '2031-01-02' } } } })
    const html = `<html><head></head><body><article><h1>Ferry runs late again</h1><p class="date">March 4, 2031</p>${story}${story}</article><script id="__NEXT_DATA__" type="application/json">${props}</script></body></html>`
    expect(extractFromHtml(html).publishedAt?.slice(0, 10)).toBe('2031-03-04')
  })
})

describe("mprobe8 dates of other stories and of readers' responses", () => {
  const wrap = (after: string) =>
    `<html><head></head><body><main><article><h1>Ferry runs late again</h1>${story}${story}${story}</article>${after}</main></body></html>`
  it('a block headed "More stories" with no class dates other stories', () => {
    const more =
      '<section><h2>More stories</h2><div><h3><a href="/m1">Bypass plans shelved</a></h3><p>March 1, 2031</p></div></section>'
    expect(extractFromHtml(wrap(more)).publishedAt).toBeNull()
    const times =
      '<section><h2>Related</h2><ul><li><a href="/m1">Bypass</a> <time datetime="2031-03-01">Mar 1</time></li></ul></section>'
    expect(extractFromHtml(wrap(times)).publishedAt).toBeNull()
  })
  it("a reader's response is dated when it was posted", () => {
    const text =
      '<div class="responses"><div class="response"><span class="when">March 6, 2031</span><p>Long overdue.</p></div></div>'
    expect(extractFromHtml(wrap(text)).publishedAt).toBeNull()
    const time =
      '<div class="responses"><div class="response"><time datetime="2031-03-06T10:00:00Z">March 6, 2031</time><p>Long overdue.</p></div></div>'
    expect(extractFromHtml(wrap(time)).publishedAt).toBeNull()
  })
  it("still reads the story's own date", () => {
    const own = wrap('').replace(
      '<h1>Ferry runs late again</h1>',
      '<h1>Ferry runs late again</h1><p class="date">March 4, 2031</p>'
    )
    expect(extractFromHtml(own).publishedAt?.slice(0, 10)).toBe('2031-03-04')
  })
})

describe('mprobe8 the next story an endless-scroll page appends', () => {
  const next = `<article><h1>Library hours extended again</h1><p class="byline">By Zorv Quillane</p><p class="date">February 26, 2031</p>${story}${story}</article>`
  it("credits and dates nothing of the first story's", () => {
    const html = `<html><head></head><body><main><article><h1>Ferry runs late again</h1>${story}${story}${story}</article>${next}</main></body></html>`
    const x = extractFromHtml(html)
    expect(x.publishedAt).toBeNull()
    expect(x.bylines).toEqual([])
  })
  it("keeps the first story's own credit and date", () => {
    const html = `<html><head></head><body><main><article><h1>Ferry runs late again</h1><p class="byline">By Ebbe Marrow</p><p class="date">March 4, 2031</p>${story}${story}${story}</article>${next}</main></body></html>`
    const x = extractFromHtml(html)
    expect(x.publishedAt?.slice(0, 10)).toBe('2031-03-04')
    expect(x.bylines).toEqual(['Ebbe Marrow'])
  })
})
