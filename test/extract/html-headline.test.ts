/**
 * Headline rules on invented pages: the site's name recognised from og:site_name, its initials or
 * the host; an h1 that wraps the declared title; " | " tails; masthead h1s.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pickHeadline, stripSiteParts } from '../../src/extract/html-headline'
import { extractFromHtml } from '../../src/extract/index'

const none = { ld: null, og: null, twitter: null, title: null }

describe('masthead h1s', () => {
  const body =
    '<p>The gulls came back to the harbour three weeks early this spring, and the counters were not ready.</p>'.repeat(
      3
    )

  it('skips an h1 that only links to the home page, and cuts its name from "Site: Story" titles', () => {
    const html = (href: string) =>
      `<html><head><title>Lowmere Notes: Gulls return early</title></head><body><header><h1 class="title"><a href="${href}"> Lowmere Notes </a></h1></header><article><h3>Gulls return early</h3>${body}</article></body></html>`
    expect(extractFromHtml(html('/'), 'https://notes.example/2031/03/gulls.html').headline).toBe(
      'Gulls return early'
    )
    expect(
      extractFromHtml(html('https://notes.example/'), 'https://notes.example/2031/03/gulls.html')
        .headline
    ).toBe('Gulls return early')
    // A heading that links to the story itself is the headline.
    const own = `<html><head><title>Gulls return early</title></head><body><h1><a href="/2031/03/gulls.html">Gulls return early</a></h1>${body}</body></html>`
    expect(extractFromHtml(own, 'https://notes.example/2031/03/gulls.html').headline).toBe(
      'Gulls return early'
    )
  })
})

describe('pickHeadline', () => {
  it("skips an h1 linking to a site's root even when the page's address is not given", () => {
    const html = `<html><head><title>Lowmere Notes: Gulls return early</title><meta property="og:title" content="Gulls return early"></head><body><header><h1 class="title"><a href="https://notes.example/">Lowmere Notes</a></h1></header><article><h3>Gulls return early</h3>${'<p>The gulls came back early this spring.</p>'.repeat(3)}</article></body></html>`
    expect(extractFromHtml(html).headline).toBe('Gulls return early')
  })

  it('cuts the site name after a lone guillemet ("Story « Site", "Site » Story")', () => {
    const text = '<p>The gulls came back early this spring.</p>'.repeat(3)
    const site = '<meta property="og:site_name" content="Lowmere Notes">'
    const titled = (title: string) =>
      extractFromHtml(
        `<html><head><title>${title}</title>${site}</head><body><div><h2>Gulls return early</h2>${text}</div></body></html>`
      ).headline
    expect(titled('Gulls return early « Lowmere Notes')).toBe('Gulls return early')
    expect(titled('Lowmere Notes » Gulls return early')).toBe('Gulls return early')
    // A pair quotes words inside the headline.
    expect(titled('Le maire : « Nous fermerons » en mars')).toBe(
      'Le maire : « Nous fermerons » en mars'
    )
  })

  it('passes over an h1 that is one word of a long declared title (a section heading)', () => {
    const title = 'How the harbour board rebuilt the old pier and won back the summer ferries'
    expect(pickHeadline(['Ferries', 'Timetable'], { ...none, og: title }, [])).toBe(title)
    // An h1 that shares a fair part of the title still wins over it.
    expect(pickHeadline(['Summer ferries return'], { ...none, og: title }, [])).toBe(
      'Summer ferries return'
    )
  })

  it('takes the whole title when the JSON-LD headline is the same title cut near 110 characters', () => {
    const whole =
      'Harbour board agrees to rebuild the old pier before summer, and the ferry timetable changes from June onwards for good'
    const cut = whole.slice(0, whole.lastIndexOf(' ', 110))
    const declared = { ...none, ld: cut, og: `${whole} - Lowmere Post` }
    expect(pickHeadline([], declared, ['Lowmere Post'])).toBe(whole)
    // A short headline that a longer title merely extends is an editorial choice, and stays.
    expect(
      pickHeadline([], { ...none, ld: 'Pier reopens', og: 'Pier reopens to ferries' }, [])
    ).toBe('Pier reopens')
  })

  it('cuts the part of <title> that the host spells, even when it is the longer part', () => {
    const title = 'Tide tables | The Lowmere Harbour Authority'
    expect(
      pickHeadline(
        ['Tide tables'],
        { ...none, title },
        [],
        'https://www.lowmereharbourauthority.example/tides'
      )
    ).toBe('Tide tables')
    expect(
      pickHeadline([], { ...none, title }, [], 'https://www.lowmereharbourauthority.example/tides')
    ).toBe('Tide tables')
  })

  it('cuts the site name before a colon ("Site: Story", as blog platforms title posts)', () => {
    expect(
      pickHeadline([], { ...none, title: 'Lowmere Notes: Gulls return early' }, ['Lowmere Notes'])
    ).toBe('Gulls return early')
    // A colon after anything else is part of the headline.
    expect(
      pickHeadline([], { ...none, title: 'Tides: what the new tables mean' }, ['Lowmere Notes'])
    ).toBe('Tides: what the new tables mean')
  })

  it('cuts a part that is the initials of the host or of the site name', () => {
    expect(stripSiteParts('Ferry timetable | LHA', new Set(['lha']), '')).toBe('Ferry timetable')
    expect(
      pickHeadline([], { ...none, og: 'Ferry timetable | LHA' }, ['Lowmere Harbour Authority'])
    ).toBe('Ferry timetable')
    expect(
      pickHeadline(
        [],
        { ...none, title: 'Gull Survey Service | Counting the gulls' },
        [],
        'https://gss.example.org/x'
      )
    ).toBe('Counting the gulls')
  })

  it('keeps both parts when neither names the site, and takes the first part of <title> when nothing else is declared', () => {
    expect(
      stripSiteParts('Pier reopens - What it means for ferries', new Set(), 'news.example')
    ).toBeNull()
    expect(pickHeadline([], { ...none, title: 'Pier reopens - Photos - Lowmere' }, [])).toBe(
      'Pier reopens'
    )
  })

  it('takes the declared title when the h1 only wraps it with a date, a label or a count', () => {
    const og = 'Harbour wall repairs begin next week'
    expect(pickHeadline([`Mar 4 2031 ${og}`], { ...none, og }, [])).toBe(og)
    expect(pickHeadline([`Blog: ${og}`], { ...none, og }, [])).toBe(og)
    expect(pickHeadline([`${og} (lowmere.example) 87`], { ...none, og }, [])).toBe(og)
    // More words of the story after it: a longer headline, kept.
    expect(pickHeadline([`${og} after storm damage`], { ...none, og }, [])).toBe(
      `${og} after storm damage`
    )
  })

  it('drops a " | " tail from the h1 and a site name glued with a dash', () => {
    expect(
      pickHeadline(
        ['Best ferry seats in 2031 | Top 9 Picks'],
        { ...none, og: 'Best ferry seats in 2031 | Top 9 Picks' },
        []
      )
    ).toBe('Best ferry seats in 2031')
    expect(
      pickHeadline(
        ['Gull count rises – Lowmere Post'],
        { ...none, og: 'Gull count rises – Lowmere Post' },
        ['Lowmere Post']
      )
    ).toBe('Gull count rises')
  })

  it('skips an h1 that is the site name or the host (a masthead)', () => {
    const og = 'Small boats, long winters'
    expect(
      pickHeadline(
        ['lowmere.example', og],
        { ...none, og, title: `lowmere.example ${og}` },
        [],
        'https://lowmere.example/p/1'
      )
    ).toBe(og)
    expect(
      pickHeadline(['Lowmere Post | Harbour news', og], { ...none, og }, [
        'Lowmere Post | Harbour news',
      ])
    ).toBe(og)
  })

  it('never throws and stays quick on hostile titles', () => {
    const piece = fc.oneof(
      fc.constantFrom(' | ', ' - ', ' – ', ' :: ', ':', 'Blog', 'Mar 4 ', '2031', '(', ' ', 'a'),
      fc.string({ maxLength: 5 })
    )
    const title = fc.array(piece, { maxLength: 400 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(title, title, fc.array(title, { maxLength: 3 }), (t, og, h1s) => {
        const headline = pickHeadline(
          h1s,
          { ld: og, og, twitter: null, title: t },
          [t],
          `https://${og.replace(/[^a-z]/g, '')}.example/`
        )
        expect(headline === null || typeof headline === 'string').toBe(true)
      }),
      { numRuns: 200 }
    )
    const spaces = `${' '.repeat(20_000)}x`
    expect(stripSiteParts(spaces, new Set([spaces]), 'a.example')).toBeNull()
  })

  it('reads the site name from og:site_name and the page URL in extractFromHtml', () => {
    const html = `<html><head><title>Tide tables | The Lowmere Harbour Authority</title></head><body><h1>Tide tables</h1><p>High water at noon.</p></body></html>`
    expect(extractFromHtml(html, 'https://lowmereharbourauthority.example/tides').headline).toBe(
      'Tide tables'
    )
  })
})

describe('kickers and decks inside the h1', () => {
  const body = '<p>The ferry pier on the east side reopens on Monday after a winter of repairs.</p>'
  const html = (h1: string) =>
    `<html><head><title>Pier reopens after winter repairs | Lowmere Post</title><meta property="og:title" content="Pier reopens after winter repairs"></head><body><h1>${h1}</h1>${body}</body></html>`

  it('drops a kicker set in its own element above the declared title', () => {
    expect(
      extractFromHtml(
        html('<span class="overline">Waterfront</span> Pier reopens after winter repairs')
      ).headline
    ).toBe('Pier reopens after winter repairs')
  })

  it('drops a deck set in its own element after the declared title', () => {
    expect(
      extractFromHtml(
        html('Pier reopens after winter repairs <small>Work ended a week early</small>')
      ).headline
    ).toBe('Pier reopens after winter repairs')
  })

  it('keeps an h1 split into spans that together make the title', () => {
    expect(
      extractFromHtml(html('<span>Pier reopens</span> <span>after winter repairs</span>')).headline
    ).toBe('Pier reopens after winter repairs')
  })
})

describe('the site named first in an unrecognised title', () => {
  it('takes the h1 that is one part of "Site :: Story" when nothing names the site', () => {
    const html = (sep: string) =>
      `<html><head><title>Lowmere Harbour Post${sep}Pier reopens after winter repairs</title></head><body><h1>Pier reopens after winter repairs</h1><p>The east pier reopens on Monday.</p></body></html>`
    expect(extractFromHtml(html(' :: ')).headline).toBe('Pier reopens after winter repairs')
    expect(extractFromHtml(html(' | ')).headline).toBe('Pier reopens after winter repairs')
  })
})

describe('a section beside the site name in the title', () => {
  it('drops "| Ferries |" between the story and the site when no h1 shows the headline', () => {
    const html = `<html><head><title>Night ferry timetable cut to three sailings | Ferries | Lowmere Post</title><meta property="og:site_name" content="Lowmere Post"></head><body><p>The night ferry will run three times a week from January.</p></body></html>`
    expect(extractFromHtml(html).headline).toBe('Night ferry timetable cut to three sailings')
  })

  it('keeps a longer second part of the story ("Storm on the coast | What we know so far | Site")', () => {
    const html = `<html><head><title>Storm on the coast | What we know so far | Lowmere Post</title><meta property="og:site_name" content="Lowmere Post"></head><body><p>Winds reached gale force overnight.</p></body></html>`
    expect(extractFromHtml(html).headline).toBe('Storm on the coast - What we know so far')
  })
})

describe('a page without an h1 whose title names only the site', () => {
  const story = '<p>The night ferry will run three times a week from January.</p>'.repeat(3)

  it('takes the heading of lower rank: an element named for the headline, else an <h2>', () => {
    const named = `<html><head><title>Lowmere Post</title></head><body><div class="masthead">Lowmere Post</div><aside><h2>Most read this week</h2></aside><div class="headline">Night ferry timetable cut to three sailings</div>${story}</body></html>`
    expect(extractFromHtml(named, 'https://news.lowmerepost.example/a/881').headline).toBe(
      'Night ferry timetable cut to three sailings'
    )
    const h2 = `<html><head><title>The Lowmere Post</title><meta property="og:site_name" content="The Lowmere Post"></head><body><h2>Night ferry timetable cut to three sailings</h2>${story}</body></html>`
    expect(extractFromHtml(h2).headline).toBe('Night ferry timetable cut to three sailings')
  })

  it('keeps the title when it is the story, or when an h1 shows it', () => {
    const titled = `<html><head><title>Night ferry timetable cut | Lowmere Post</title><meta property="og:site_name" content="Lowmere Post"></head><body><h2>Most read this week</h2>${story}</body></html>`
    expect(extractFromHtml(titled).headline).toBe('Night ferry timetable cut')
    // og:site_name misfilled with the whole title: the h1 that repeats it is still the story.
    const title = 'How the night ferry timetable was cut to three sailings | Lowmere Post'
    const misfilled = `<html><head><title>${title}</title><meta property="og:site_name" content="${title}"></head><body><h1>How the night ferry timetable was cut to three sailings</h1><h2>Introduction to the timetable</h2>${story}</body></html>`
    expect(extractFromHtml(misfilled).headline).toBe(
      'How the night ferry timetable was cut to three sailings'
    )
  })
})

describe('"Site: Story" with the site named only by the host', () => {
  it('cuts a name of two words or more that the host spells, not a one-word place', () => {
    const html = (title: string) =>
      `<html><head><title>${title}</title></head><body><p>The wall will be rebuilt by May.</p></body></html>`
    expect(
      extractFromHtml(html('Gull News: Harbour wall repairs begin'), 'https://gullnews.example/a/1')
        .headline
    ).toBe('Harbour wall repairs begin')
    expect(
      extractFromHtml(html('Lowmere: Harbour wall repairs begin'), 'https://lowmere.example/a/1')
        .headline
    ).toBe('Lowmere: Harbour wall repairs begin')
  })
})

describe('an h1 typed in capitals', () => {
  const story = '<p>The east pier reopens on Monday after a winter of repairs.</p>'.repeat(3)
  const html = (h1: string) =>
    `<html><head><title>Pier repairs: what the winter works involve | Lowmere Post</title><meta property="og:site_name" content="Lowmere Post"></head><body><h1>${h1}</h1>${story}</body></html>`

  it('gives way to the declared title when it says something else (a label, a display line)', () => {
    expect(extractFromHtml(html('SUPPORTING PIER REPAIRS')).headline).toBe(
      'Pier repairs: what the winter works involve'
    )
  })

  it('keeps its words when they are the declared title, or no title is in ordinary case', () => {
    const same = extractFromHtml(html('PIER REPAIRS: WHAT THE WINTER WORKS INVOLVE')).headline
    expect(same?.toLowerCase()).toBe('pier repairs: what the winter works involve')
    const shouted = `<html><head><title>SUPPORTING PIER REPAIRS</title></head><body><h1>SUPPORTING PIER REPAIRS</h1>${story}</body></html>`
    expect(extractFromHtml(shouted).headline).toBe('SUPPORTING PIER REPAIRS')
  })
})

describe('text only screen readers read', () => {
  it('is no part of the h1 a reader sees', () => {
    const story = '<p>The east pier reopens on Monday after a winter of repairs.</p>'.repeat(3)
    const html = `<html><head><title>Pier reopens after winter repairs - Lowmere Weekly</title></head><body><h1><span class="sr-only">Article: </span>Pier reopens after winter repairs</h1>${story}</body></html>`
    expect(extractFromHtml(html).headline).toBe('Pier reopens after winter repairs')
  })
})

describe('a <title> that is only the site name', () => {
  const story =
    '<p>Crews worked through the night to restore power along the coast road.</p>'.repeat(3)
  const html = (title: string) =>
    `<html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><h1>Storm cuts power to coastal homes</h1>${story}</body></html>`

  it('gives way to an h1 that says something else, when the host spells the title', () => {
    for (const [title, url] of [
      ['WLMR Channel Four', 'https://www.wlmr.example/news/1234'],
      ['Lowmere FM', 'https://lowmerefm.example/story/storm'],
    ] as const)
      expect(extractFromHtml(html(title), url).headline).toBe('Storm cuts power to coastal homes')
  })

  it('stays the headline when the host does not name it', () => {
    const url = 'https://www.wlmr.example/news/1234'
    expect(extractFromHtml(html('Harbour ferries stop for winter'), url).headline).toBe(
      'Harbour ferries stop for winter'
    )
  })
})

describe('mprobe6 headlines damaged by encoding', () => {
  const body =
    '<p>The harbour board met on Thursday and agreed to repair the old pier before the summer.</p>'.repeat(
      3
    )
  const html = (shown: string) =>
    `<html><head><title>${shown} | Lowmere Times</title><meta property="og:title" content="Harbour’s new pier opens"></head><body><h1>${shown}</h1>${body}</body></html>`

  it('takes the apostrophe from og:title where the h1 lost it ("?" or U+FFFD)', () => {
    for (const shown of [
      'Harbour\uFFFDs new pier opens',
      'Harbour?s new pier opens',
      'Harbour??s new pier opens',
      'Harbourâ€™s new pier opens',
    ])
      expect(extractFromHtml(html(shown), 'https://lowmeretimes.example/n/1').headline).toBe(
        'Harbour’s new pier opens'
      )
  })

  it('keeps a real question mark', () => {
    const page = `<html><head><title>Is the pier safe? | Lowmere Times</title></head><body><h1>Is the pier safe?</h1>${body}</body></html>`
    expect(extractFromHtml(page).headline).toBe('Is the pier safe?')
  })
})

describe('mprobe6 soft hyphens in a headline', () => {
  it('are dropped ("Pier re&shy;pairs agreed")', () => {
    const body = '<p>The harbour board met on Thursday and agreed to repair the old pier.</p>'
    const html = `<html><head><title>Pier repairs agreed | Lowmere Times</title></head><body><h1>Pier re&shy;pairs agreed&#8288;</h1>${body}</body></html>`
    expect(extractFromHtml(html).headline).toBe('Pier repairs agreed')
  })
})

describe("mprobe6 the site's address before the title", () => {
  it('is cut when the title prints it with no separator ("lowmere.example Pier reopens")', () => {
    const body = '<p>The harbour board met on Thursday and agreed to repair the old pier.</p>'
    const html = `<html><head><title>lowmere.example Pier reopens</title></head><body><h1><a href="https://lowmere.example/">lowmere.example</a></h1>${body}</body></html>`
    expect(extractFromHtml(html, 'https://lowmere.example/2031/03/04/pier.html').headline).toBe(
      'Pier reopens'
    )
  })
})

describe("mprobe6 a section between the site's name and the story", () => {
  it('is dropped whichever end the site stands', () => {
    const sites = new Set(['lowmere times'])
    expect(stripSiteParts('Lowmere Times | News | Pier repairs agreed at last', sites, '')).toBe(
      'Pier repairs agreed at last'
    )
    expect(stripSiteParts('Pier repairs agreed at last | News | Lowmere Times', sites, '')).toBe(
      'Pier repairs agreed at last'
    )
  })
})

describe("mprobe6 the writer's credit glued to a title", () => {
  it('is cut (", by Jane Roe", " - by Jane Roe - Site")', () => {
    const body = '<p>The harbour board met on Thursday and agreed to repair the old pier.</p>'
    for (const title of [
      'Pier repairs agreed, by Ada Quill',
      'Pier repairs agreed - by Ada Quill - Harbour Notes',
    ])
      expect(
        extractFromHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`)
          .headline
      ).toBe('Pier repairs agreed')
  })
})

describe('mprobe6 a title that names only a section beside the site', () => {
  it('gives way to the h1 ("News | Lowmere Times")', () => {
    const body = '<p>The harbour board met on Thursday and agreed to repair the old pier.</p>'
    const html = `<html><head><title>News | Lowmere Times</title><meta property="og:site_name" content="Lowmere Times"></head><body><h1>Pier repairs agreed after long meeting</h1>${body}</body></html>`
    expect(extractFromHtml(html).headline).toBe('Pier repairs agreed after long meeting')
  })
})

describe('mprobe6 a headline declared by name or microdata', () => {
  const page = (head: string, body = '') =>
    `<html><head><title>Lowmere Times</title>${head}</head><body>${body}<p>The harbour board met on Thursday and agreed to repair the old pier.</p></body></html>`
  const want = 'Pier repairs agreed after long meeting'

  it('reads JSON-LD "name", <meta itemprop="headline"> and an element marked itemprop="headline"', () => {
    const url = 'https://lowmeretimes.example/news/1'
    for (const html of [
      page(`<script type="application/ld+json">{"@type":"BlogPosting","name":"${want}"}</script>`),
      page(`<meta itemprop="headline" content="${want}">`),
      page('', `<article itemscope><div itemprop="headline">${want}</div></article>`),
    ])
      expect(extractFromHtml(html, url).headline).toBe(want)
  })
})

describe("mprobe6 a section's label before the story in a title", () => {
  it('is dropped ("Opinion | Story - Site")', () => {
    const sites = new Set(['the lowmere times'])
    expect(
      stripSiteParts('Opinion | Pier repairs agreed at last - The Lowmere Times', sites, '')
    ).toBe('Pier repairs agreed at last')
  })
})

describe('mprobe7 headings of a mega-menu', () => {
  it("are the site's navigation, not the story's headline", () => {
    const menu = (label: string) =>
      `<div class="header-mega-dropdown_inner"><div class="col"><h1 class="mega-header">${label}</h1><ul><li><a href="/a">Ferries</a></li><li><a href="/b">Piers</a></li></ul></div></div>`
    const para =
      '<p>The harbour board met on Thursday and agreed to repair the old pier before the summer ferries start running again.</p>'
    const html = `<html><head><title>Your ferry timetable: a guide to summer crossings | Lowmere Post</title></head><body class="dropdown-hover"><header>${menu('Timetable')}${menu('Guide')}</header><div class="page-hero"><h1>Summer ferry timetable: a crossing guide</h1></div><div class="content">${para}${para}${para}</div></body></html>`
    expect(extractFromHtml(html).headline).toBe('Summer ferry timetable: a crossing guide')
  })
})

describe('mprobe8 a blog name before a colon in <title>', () => {
  it("Blogger's h1 is the blog's name when og:title is the story alone", () => {
    expect(
      pickHeadline(
        ['Pebblewick'],
        {
          ld: null,
          og: 'Stone walls of the upper dale',
          twitter: null,
          title: 'Pebblewick: Stone walls of the upper dale',
        },
        [],
        'https://pebblewick.blog.example/2031/07/walls.html'
      )
    ).toBe('Stone walls of the upper dale')
  })
})

describe('mprobe8 a site named after a tilde or a slash, and an h1 that is the site', () => {
  const para =
    '<p>The ferry ran late again on Tuesday, the third time this month, and passengers waited an hour on the pier in the rain.</p>'
  it('cuts "Story ~ Site" and "Story / Site" when the host spells the site', () => {
    const declared = (title: string) => ({ ld: null, og: null, twitter: null, title })
    const url = 'https://tarnbyradio.example/news/1'
    expect(pickHeadline([], declared('Ferry runs late again ~ Tarnby Radio'), [], url)).toBe(
      'Ferry runs late again'
    )
    expect(pickHeadline([], declared('Ferry runs late again / Tarnby Radio'), [], url)).toBe(
      'Ferry runs late again'
    )
    // A slash inside the story's own title stays.
    expect(pickHeadline([], declared('Cats / dogs: the town votes'), [], url)).toBe(
      'Cats / dogs: the town votes'
    )
  })
  it('takes the lower heading when the title and the h1 both only name the site', () => {
    const html = `<html><head><title>Tarnby Radio</title><meta property="og:title" content="Tarnby Radio"></head><body><article><h1>Tarnby Radio</h1><h2>Ferry runs late again after storm</h2>${para}${para}${para}</article></body></html>`
    expect(extractFromHtml(html, 'https://tarnbyradio.example/news/2').headline).toBe(
      'Ferry runs late again after storm'
    )
  })
})

describe("mprobe8 an h1 that prints the site's name as <title> does", () => {
  it('drops " - Site" from the h1 when the host spells it and <title> ends on it', () => {
    const declared = {
      ld: null,
      og: null,
      twitter: null,
      title: 'Ferry runs late again - Tarnby Ledger',
    }
    const url = 'https://tarnbyledger.example/news/1'
    expect(pickHeadline(['Ferry runs late again - Tarnby Ledger'], declared, [], url)).toBe(
      'Ferry runs late again'
    )
    // A part the host does not spell is the story's own.
    const own = { ...declared, title: 'Ferry runs late again - a diary' }
    expect(pickHeadline(['Ferry runs late again - a diary'], own, [], url)).toBe(
      'Ferry runs late again - a diary'
    )
  })
})
