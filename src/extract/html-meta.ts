/**
 * @module Page metadata for headlines, bylines and dates: JSON-LD (`NewsArticle` and kin) first,
 * then OpenGraph / `<meta>`, then `<time>` and visible structure (h1, byline elements), then the
 * URL.
 */
import {
  cleanByline,
  collectBylineEvidence,
  inListedPost,
  decodeResidual,
  pickBylines,
  type BylineEvidence,
} from './html-bylines'
import {
  classAndId,
  headedAsOtherStories,
  inAnotherArticle,
  textOf,
  walk,
  type El,
  type Page,
} from './html-dom'
import {
  collectVisibleDates,
  dateInUrl,
  inComments,
  newVisibleDates,
  pickPublishedDate,
} from './html-dates'
import { pickHeadline, type VisibleHeading } from './html-headline'
import { appDataAuthors, appDataDate, flightAuthors } from './html-app-data'
import { isGroupCredit, isRoleOrMenu, looksLikeName, personalSiteOwner } from './html-names'
import { parseDate, squash } from './text'

/** What the page says about itself. */
export interface PageMeta {
  headline: string | null
  dek: string | null
  bylines: string[]
  publishedAt: string | null
  language: string | null
  image: string | null
  siteName: string | null
}

type Json = Record<string, unknown>

/** Every JSON-LD object on the page, flattening `@graph` and arrays. */
function jsonLdObjects(page: Page): Json[] {
  const out: Json[] = []
  for (const raw of page.jsonLd) {
    const value = parseLenient(raw)
    if (value === undefined) continue
    const todo: unknown[] = [value]
    while (todo.length > 0 && out.length < 200) {
      const item = todo.pop()
      if (Array.isArray(item)) todo.push(...item)
      else if (item && typeof item === 'object') {
        out.push(item as Json)
        if (Array.isArray((item as Json)['@graph']))
          todo.push(...((item as Json)['@graph'] as unknown[]))
        // A WebPage that holds its story as `mainEntity` (an object with its own type).
        const main = (item as Json).mainEntity
        if (main && typeof main === 'object' && '@type' in (main as Json)) todo.push(main)
        // A Blog that holds the one post the page shows as `blogPost` (blog platforms and SEO
        // plugins mark a post page up so); a list of several is an index's.
        const posts = (item as Json).blogPost
        const post = Array.isArray(posts) && posts.length === 1 ? posts[0] : posts
        if (post && typeof post === 'object' && !Array.isArray(post)) todo.push(post)
      }
    }
  }
  return out
}

/** A CDATA wrapper around a script, commented out for old parsers ("//<![CDATA[" … "//]]>"). */
const CDATA = /^\s*(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?|(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?\s*$/g

/**
 * A JSON-LD script's value, also when the CMS wrote it loosely (what browsers' and search engines'
 * readers forgive): wrapped in an HTML comment or CDATA, raw line breaks or tabs inside strings,
 * trailing commas, a closing semicolon, or objects one after another with no array around them.
 * Undefined when it still does not parse.
 */
function parseLenient(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, '')
  try {
    return JSON.parse(text) as unknown
  } catch {
    // Repaired only when the strict reading failed, so valid scripts cost nothing more.
  }
  const unwrapped = text.includes('CDATA') ? text.replace(CDATA, '') : text
  const repaired = unwrapped
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,(\s*[}\]])/g, '$1')
    .replace(/;\s*$/, '')
    .trim()
  try {
    return JSON.parse(
      /^\{.*\}\s*\{/.test(repaired) ? `[${repaired.replace(/\}\s*\{/g, '},{')}]` : repaired
    ) as unknown
  } catch {
    return undefined
  }
}

/**
 * Class or id of an element that holds a story's title below h1 rank ("headline",
 * "story-title", "entry_title"), not "headline-list" or "subheadline".
 */
const HEADLINE_CLASS =
  /(?:^|\s)(?:headline|(?:story|article|entry|post|news|page)[_-]?title)(?:$|\s)/

/** The name of the first article node's publisher, if any. */
function articlePublisher(ld: Json[]): string | null {
  for (const article of ld.filter(isArticleType).slice(0, 5)) {
    const publisher = article.publisher
    if (publisher && typeof publisher === 'object' && typeof (publisher as Json).name === 'string')
      return (publisher as Json).name as string
  }
  return null
}

function isArticleType(obj: Json): boolean {
  const type = obj['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.some(
    (t) => typeof t === 'string' && /Article|Posting|Report|NewsArticle|Blog/i.test(t)
  )
}

/**
 * Author names from a JSON-LD `author` value, resolving `{ "@id": … }` references to other nodes of
 * the page. People and organisations come apart: an organisation is a byline only when nothing else
 * is.
 */
function authorNames(
  value: unknown,
  byId: Map<string, Json>
): { people: string[]; organizations: string[] } {
  const list = Array.isArray(value) ? value : [value]
  const people: string[] = []
  const organizations: string[] = []
  for (const raw of list.slice(0, 20)) {
    if (typeof raw === 'string') people.push(raw)
    if (!raw || typeof raw !== 'object') continue
    let item = raw as Json
    if (typeof item.name !== 'string' && typeof item['@id'] === 'string')
      item = byId.get(item['@id']) ?? item
    // A name given as a list of one spelling (`"name": ["Jane Roe"]`).
    if (Array.isArray(item.name) && typeof item.name[0] === 'string')
      item = { ...item, name: item.name[0] }
    // A Person given by its parts only ("givenName", "familyName").
    if (typeof item.name !== 'string' && typeof item.givenName === 'string')
      item = {
        ...item,
        name: [item.givenName, item.familyName].filter((p) => typeof p === 'string').join(' '),
      }
    // ", Lowmere Post": a template that joins the writer and the publication, the writer left
    // blank. The publication is not the writer.
    if (typeof item.name !== 'string' || /^\s*[,|–—-]/.test(item.name)) continue
    const type = String(item['@type'] ?? '')
    ;(/Organization|Corporation|NewsMediaOrganization|WebSite|Brand/i.test(type)
      ? organizations
      : people
    ).push(item.name)
  }
  return { people, organizations }
}

/** Class words of a site menu's drop-down panel ("mega-menu", "mega-dropdown", "sub-menu"). */
const MENU_PANEL = /mega-?(?:menu|dropdown|nav)|(?:^|[\s_-])(?:dropdown|sub-?menu)(?:$|[\s_-])/

/**
 * Whether a heading titles a column of the site's navigation (an `<h1>` per column of a mega-menu,
 * in page builders' headers): inside `<nav>` or a drop-down panel, not the story.
 */
function inMenuPanel(heading: El): boolean {
  let node: El | null = heading.parent
  for (let level = 0; node && level < 8; level++, node = node.parent) {
    // The story's own containers end the search; the page's classes ("dropdown-hover" on
    // <body>) set how menus behave, not where the heading stands.
    if (node.tag === 'article' || node.tag === 'main' || node.tag === 'body') return false
    if (node.tag === 'nav' || MENU_PANEL.test(classAndId(node))) return true
  }
  return false
}

/**
 * Whether all of a heading's text sits in links to the site's home page ("<h1><a href="/">Site</a>
 * </h1>"): the masthead of a blog theme, not the story's headline.
 */
function linksHome(heading: El, url: string | undefined): boolean {
  const origin = /^[a-z][a-z\d+.-]*:\/\/[^/?#]+/i.exec(url ?? '')?.[0]
  const home = origin?.replace(/^https?:/i, '') ?? null
  const isHome = (a: El) => {
    const href = (a.attrs.href ?? '')
      .trim()
      .replace(/\/+$/, '')
      .replace(/^https?:/i, '')
    // The root of any site ("https://blog.example/") is a home page: a story links to itself
    // by its own path, never to a bare host.
    return (
      a.attrs.href !== undefined && (href === '' || href === home || /^\/\/[^/?#]+$/.test(href))
    )
  }
  let texts = 0
  const todo: [El | string, boolean][] = [[heading, false]]
  for (let seen = 0; todo.length > 0 && seen < 40; seen++) {
    const [node, linked] = todo.pop()!
    if (typeof node === 'string') {
      if (!node.trim()) continue
      if (!linked) return false
      texts++
    } else {
      const inside = linked || (node.tag === 'a' && isHome(node))
      for (const child of node.children) todo.push([child, inside])
    }
  }
  return texts > 0 && todo.length === 0
}

/**
 * Which rule decided each field (filled when passed to `readPageMeta`): lets the evaluation count
 * the pages each rule family decides.
 */
export interface MetaTrace {
  headline?: string
  byline?: string
  date?: string
}

/** Reads the page's own statements about headline, byline, date and language. */
export function readPageMeta(page: Page, url?: string, trace?: MetaTrace): PageMeta {
  const meta = page.meta
  const ld = jsonLdObjects(page)
  const article = ld.find(isArticleType) ?? null
  const siteName = meta.get('og:site_name') ?? null
  const h1s: VisibleHeading[] = []
  const namedHeadings: VisibleHeading[] = []
  const h2s: VisibleHeading[] = []
  const mastheads: string[] = []
  const dateTexts: string[] = []
  const looseDates: string[] = []
  const microdataDates: string[] = []
  const byline: BylineEvidence = { byLines: [], authorEls: [] }
  const visibleDates = newVisibleDates()
  const listedDates = new Set<string>()
  let htmlLang: string | null = null
  walk(page.root, (el) => {
    if (el.tag === 'html' && el.attrs.lang) htmlLang = el.attrs.lang
    if (el.tag === 'h1' && h1s.length < 10) {
      const text = shownText(el).slice(0, 400)
      if (linksHome(el, url)) mastheads.push(text)
      else if (!inMenuPanel(el)) h1s.push({ text, trimmed: headingTrims(el) })
    } else {
      const list =
        el.tag === 'h2'
          ? h2s
          : HEADLINE_CLASS.test(classAndId(el)) || el.attrs.itemprop === 'headline'
            ? namedHeadings
            : null
      const text = list && list.length < 3 ? textOf(el).slice(0, 400) : ''
      if (list && text.length >= 10) list.push({ text, trimmed: [], minor: true })
    }
    if (
      looseDates.length < 40 &&
      el.children.length === 1 &&
      typeof el.children[0] === 'string' &&
      el.children[0].length <= 60 &&
      /\d{4}/.test(el.children[0]) &&
      !inComments(el) &&
      !headedBlock(el) &&
      !inAnotherArticle(el, visibleDates.headlineBlocks)
    )
      looseDates.push(el.children[0])
    if (
      dateTexts.length < 5 &&
      /date|time|posted|published|updated|byline|meta/.test(classAndId(el)) &&
      !inComments(el) &&
      !headedBlock(el) &&
      !inAnotherArticle(el, visibleDates.headlineBlocks)
    ) {
      const text = textOf(el)
      // A date badge sets day, month and year in elements of their own with nothing between
      // ("<span>04</span><span>Mar</span><span>2031</span>"): read apart, not glued.
      const shown = parseDate(text) === null ? partsApart(el) : text
      if (shown.length >= 6 && shown.length <= 120) dateTexts.push(shown)
    }
    // Microdata on shown elements (<time itemprop="datePublished" datetime=…>, the HTML5 pubdate
    // attribute): the page marks which of its dates is the publication date.
    if (
      microdataDates.length < 3 &&
      el.tag !== 'meta' &&
      (/\bdatepublished\b/i.test(el.attrs.itemprop ?? '') ||
        (el.tag === 'time' && 'pubdate' in el.attrs) ||
        // hAtom's abbr pattern (Blogger, older WordPress themes): <abbr class="published"
        // title="2031-03-04T09:30:00Z">9:30</abbr>, the date in the title, the time shown.
        (el.attrs.title !== undefined &&
          /(?:^|\s)(?:dt-)?published(?:\s|$)/.test(el.attrs.class ?? ''))) &&
      !inListedPost(el, byline.headlineBlocks)
    ) {
      const value =
        el.attrs.datetime ?? el.attrs.content ?? el.attrs.title ?? textOf(el).slice(0, 60)
      if (value) microdataDates.push(value)
    }
    // A post grid's cards each carry microdata (<meta itemprop="datePublished">), which the
    // page's <meta> map also holds: their dates are the cards' stories'.
    if (
      el.tag === 'meta' &&
      el.attrs.content &&
      !el.attrs.name &&
      !el.attrs.property &&
      /\bdatepublished\b/i.test(el.attrs.itemprop ?? '') &&
      inListedPost(el, byline.headlineBlocks)
    )
      listedDates.add(el.attrs.content.trim())
    collectBylineEvidence(el, byline)
    collectVisibleDates(el, visibleDates)
  })
  const publisher = articlePublisher(ld)
  const headline = pickHeadline(
    // Elements named for the headline before <h2>s (a sidebar's "Most read" may come first).
    [...h1s, ...namedHeadings, ...h2s],
    {
      // schema.org's "name" stands in for "headline", and so does microdata's <meta itemprop=
      // "headline"> on pages with no JSON-LD.
      ld:
        typeof article?.headline === 'string'
          ? article.headline
          : typeof article?.name === 'string'
            ? article.name
            : (meta.get('headline') ?? null),
      og: meta.get('og:title') ?? null,
      twitter: meta.get('twitter:title') ?? null,
      title: page.title || null,
    },
    [siteName, publisher, ...mastheads.slice(0, 1)].filter((n): n is string => !!n),
    url,
    trace && ((rule) => (trace.headline = rule))
  )
  const bylines = readBylines(
    page,
    ld,
    byline,
    [siteName, ...mastheads.slice(0, 1), ...titleSiteParts(page.title, headline)],
    trace && ((rule) => (trace.byline = rule))
  )
  const unlisted = (value: string | undefined) =>
    value && listedDates.has(value) ? undefined : value
  const ldDate = (key: string) =>
    [article, ...ld].map((o) => o?.[key]).find((v): v is string => typeof v === 'string') ?? null
  // Sites name their own publication tags ("w-published-date", "published",
  // "OriginalPublicationDate"): any tag about publishing that holds a date.
  // A date after the page's last declared edit ("modified-time") is no publication: templates
  // also stamp the moment the page was built into a tag named for publishing.
  const edits = [...meta]
    .filter(([key]) => /modif|updat/.test(key))
    .map(([, value]) => parseDate(value)?.slice(0, 10) ?? '')
  const lastEdit = edits.reduce((a, b) => (b > a ? b : a), '')
  const publishTag = [...meta].find(
    ([key, value]) =>
      /publish|publication/.test(key) &&
      !/modif|updat|by|author|er$|^citation/.test(key) &&
      parseDate(value) !== null &&
      !listedDates.has(value) &&
      !(lastEdit && parseDate(value)!.slice(0, 10) > lastEdit)
  )?.[1]
  const declaredDates: [string, string | null | undefined][] = [
    ['JSON-LD datePublished', ldDate('datePublished')],
    ['article:published_time', meta.get('article:published_time')],
    ['<meta> publication date', unlisted(meta.get('datepublished'))],
    ['<meta> publication date', meta.get('og:published_time')],
    ['<meta> publication date', meta.get('publishdate')],
    ['<meta> publication date', meta.get('pubdate')],
    ['<meta> date', meta.get('date')],
    ['<meta> date', meta.get('dc.date')],
    ['<meta> date', meta.get('dc.date.issued')],
    // Dublin Core's terms namespace (Drupal and library and government sites): the date the
    // resource was issued or created.
    ['<meta> date', meta.get('dcterms.issued')],
    ['<meta> date', meta.get('dcterms.date')],
    ['<meta> date', meta.get('dcterms.created')],
    ['<meta> publication date', meta.get('sailthru.date')],
    ['<meta> publication date', meta.get('parsely-pub-date')],
    ['<meta> publication date', parselyPage(meta.get('parsely-page'))],
    ['<meta> publication date', meta.get('article.published')],
    ['<meta> publication date', meta.get('published_time')],
    ['<meta> publication date', meta.get('release_date')],
    ['site-named publication <meta>', publishTag],
    ['microdata datePublished', microdataDates[0]],
    ['citation date', meta.get('citation_publication_date')],
    ['citation date', meta.get('citation_date')],
    // The first <time> that is not a revision's (hAtom "updated", "Last modified:").
    ['<time datetime>', visibleDates.headlineTime ?? visibleDates.firstTime],
    ['JSON-LD dateCreated', ldDate('dateCreated')],
    ['URL date', dateInUrl(url)],
  ]
  // Visible dates in elements named for them ("post-date", "entry-meta"), then any short date
  // text. A declared modification date (dateModified, article:modified_time) is never taken: on a
  // page that states no publication date it is the last edit, usually long after publication.
  const fallbackDates: [string, string | null | undefined][] = [
    ...[...dateTexts, ...looseDates].map((text): [string, string] => ['short date text', text]),
    // Last, the props a Next.js page was built from: a page rendered in the browser may state its
    // date nowhere in its HTML.
    // Parsed only when nothing else could date the page: the props can run to megabytes.
    [
      'app data date',
      declaredDates.some(([, value]) => value) || dateTexts.length + looseDates.length > 0
        ? null
        : appDataDate(page.appData),
    ],
  ]
  const ruleName = (rule: string) =>
    rule
      .replace(/^declared #(\d+)$/, (_, i: string) => declaredDates[+i]![0])
      .replace(/^fallback #(\d+)$/, (_, i: string) => fallbackDates[+i]![0])
  const publishedAt = pickPublishedDate(
    declaredDates.map(([, value]) => value),
    visibleDates,
    fallbackDates.map(([, value]) => value ?? ''),
    url,
    trace && ((rule) => (trace.date = ruleName(rule)))
  )
  const dek =
    meta.get('og:description') ??
    meta.get('description') ??
    (typeof article?.description === 'string' ? article.description : null)
  return {
    headline,
    dek: dek ? squash(dek) : null,
    bylines,
    publishedAt,
    language:
      (typeof article?.inLanguage === 'string' ? article.inLanguage : null) ??
      htmlLang ??
      meta.get('og:locale') ??
      null,
    image: meta.get('og:image') ?? null,
    siteName,
  }
}

/**
 * `pub_date` of Parse.ly's older `parsely-page` tag, a JSON object in the `content` attribute
 * (`{"title": …, "pub_date": "2031-03-04T09:30:00Z", …}`).
 */
function parselyPage(content: string | undefined): string | null {
  if (!content) return null
  try {
    const value = (JSON.parse(content) as Json | null)?.pub_date
    return typeof value === 'string' ? value : null
  } catch {
    return null
  }
}

/**
 * An account name rather than a person's: one token with dots or underscores ("jane.roe",
 * "jroe_42"), digits ("jroe42"), a capital after a lower-case letter ("JaneR", "janeRoe") or no
 * capital at all ("janeroe"): the login a CMS fills in when the writer set no display name.
 */
const isHandle = (author: string) => {
  const text = author.trim()
  // "Site Admin", "NOC Administrator", "Webmaster": the account that runs the site, not a writer.
  if (/\b(?:admin|administrator|webmaster|sysop)$/i.test(text)) return true
  // "Staff", "Editor", "Web Desk": the generic credit a CMS fills in for the newsroom's account,
  // weaker than the writer a "By" line names.
  if (
    /^(?:(?:web|news|digital|online)\s+)?(?:staff|editor|editors|editorial|newsroom|desk|team)$/i.test(
      text
    )
  )
    return true
  return /^\S+$/.test(text) && (/[._\d]/.test(text) || /\p{Ll}\p{Lu}|^\p{Ll}+$/u.test(text))
}

/**
 * Bylines in order of trust: JSON-LD authors, `<meta>` authors, a visible "By …" line, an element
 * named for the author; names that are the site or its publisher (and JSON-LD organisations) come
 * last.
 */
function readBylines(
  page: Page,
  ld: Json[],
  visible: BylineEvidence,
  siteNames: (string | null)[],
  trace?: (rule: string) => void
): string[] {
  const meta = page.meta
  const byId = new Map<string, Json>()
  for (const obj of ld)
    if (typeof obj['@id'] === 'string' && !byId.has(obj['@id'])) byId.set(obj['@id'], obj)
  const articles = ld.filter(isArticleType).slice(0, 5)
  const houses = new Set(
    [...siteNames, articlePublisher(ld)]
      .filter((n): n is string => !!n)
      .map((n) => n.toLowerCase().trim())
  )
  const isHouse = (name: string) => houses.has(cleanByline(name)?.toLowerCase() ?? '')
  const fromLd = articles.map((a) => authorNames(a.author ?? a.creator, byId))
  // Pages that mark up only a WebPage (or another creative work) credit its author there.
  const fromPages = articles.some((a) => a.author || a.creator)
    ? []
    : ld
        .filter((o) => !isArticleType(o) && !!o.author)
        // …and so do the creative works recipe, how-to and review plugins declare instead of an
        // article (WP Recipe Maker's "Recipe", a review site's "Review").
        .filter((o) => /Page|CreativeWork|Recipe|HowTo|Review\b/.test(String(o['@type'] ?? '')))
        .slice(0, 3)
        .map((o) => authorNames(o.author, byId))
  const labelled = /^written by$/i.test(meta.get('twitter:label1') ?? '')
    ? meta.get('twitter:data1')
    : undefined
  const metaAuthors = [
    meta.get('author'),
    meta.get('article:author'),
    meta.get('byl'),
    meta.get('parsely-author'),
    meta.get('sailthru.author'),
    meta.get('dc.creator'),
    meta.get('cxenseparse:author'),
    meta.get('citation_author'),
    labelled,
  ]
    .filter((a): a is string => !!a && !/^https?:/.test(a))
    // Template placeholders left unfilled ("page.head.meta.author") are not credits.
    .filter((a) => !/^[a-z]+(?:\.[a-z]+){3,}$/i.test(a.trim()))
  const ldPeople = [...fromLd, ...fromPages].map((n) => n.people.filter((a) => !isHouse(a)))
  const houseNames = [
    ...fromLd.flatMap((n) => [...n.people, ...n.organizations]),
    ...metaAuthors,
  ].filter(isHouse)
  const declared = (rule: string) => (names: string[]) => ({ names, rule })
  const shown = (rule: string) => (names: string[]) => ({ names, visible: true, rule })
  let rule = ''
  const picked = pickBylines(
    [
      // An account handle ("jane.roe") is weaker evidence than a name the page shows.
      ...ldPeople.map((names) => declared('JSON-LD author')(names.filter((a) => !isHandle(a)))),
      // Scholarly citation tags list every author, in order.
      declared('citation_author')([meta.get('citation_author') ?? '']),
      // A "By …" line credits the writer; an author <meta> often names the CMS account that
      // posted it.
      ...[...visible.byLines, ...(visible.byLinesBefore ?? [])].map((line) =>
        shown('visible By line')([line])
      ),
      // An account handle ("jane.roe") in <meta> is weaker evidence than a name the page shows.
      ...metaAuthors
        .filter((a) => !isHouse(a) && !isHandle(a))
        .map((a) => declared('author <meta>')([a])),
      ...visible.authorEls.map((text) => shown('author element')([text])),
      ...ldPeople.map((names) => declared('JSON-LD handle')(names.filter(isHandle))),
      ...metaAuthors
        .filter((a) => !isHouse(a) && isHandle(a))
        .map((a) => declared('<meta> handle')([a])),
      ...(visible.nameEls ?? []).map((text) => shown('name in author box')([text])),
      shown('name beside headline')([visible.besideHeadline ?? '']),
      // A name linked to a writer's archive page, when nothing names the author more plainly.
      shown('author page link')(visible.authorLinks ?? []),
      // The props a JavaScript-rendered page was built from: its writers, when it shows no credit
      // the other rules read. They must read as names (the field may hold account ids).
      declared('app data author')(
        (page.appData ? appDataAuthors(page.appData) : flightAuthors(page.flightData)).filter(
          (n) => looksLikeName(n) || isGroupCredit(n)
        )
      ),
      // WordPress's tag manager plugin names the post's author in its data layer: the display
      // name, or the login when none was set.
      declared('data layer author')(
        // A first name alone ("Krystyna") is the display name of many a personal blog.
        [page.dataLayerAuthor ?? ''].filter(
          (n) =>
            (looksLikeName(n) || (/^\p{Lu}\p{Ll}{2,}$/u.test(n) && !isRoleOrMenu(n))) &&
            !isHandle(n)
        )
      ),
      ...fromLd.map((n) => declared('JSON-LD organisation')(n.organizations)),
      declared('site or publisher name')(houseNames.slice(0, 1)),
      // Last resort on a personal site: the person it is named after.
      shown('personal site owner')([
        personalSiteOwner([
          [
            siteNames[0] ?? null,
            page.title
              .split(/\s[|–—-]\s/)
              .slice(1)
              .join(' '),
          ],
          visible.copyright,
          visible.mastheadName,
        ]) ?? '',
      ]),
    ],
    (r) => (rule = r),
    isHouse
  )
  // Themes often declare only the lead writer while the "By" line shows every co-author ("By Jane
  // Roe, Kit Ambrose and Sam Oduya" over a JSON-LD author of Jane Roe): the line, when it names
  // everyone declared and more.
  // The same for co-authors shown as archive links side by side under the headline.
  const lines: [string, string[]][] = [
    ['visible By line', visible.byLines.slice(0, 1)],
    ['co-author links', visible.coAuthors ? [visible.coAuthors.join(', ')] : []],
  ]
  for (const [kind, line] of lines) {
    if (!rule.startsWith('JSON-LD') || line.length === 0) continue
    const shownNames = pickBylines([shown(kind)(line)], undefined, isHouse)
    if (
      shownNames.length > picked.length &&
      picked.every((name) => shownNames.some((other) => sameName(name, other)))
    ) {
      trace?.(`${kind} naming the declared authors and more`)
      return shownNames
    }
  }
  trace?.(rule)
  return picked
}

/** Two spellings of one writer: equal once accents, case and a "Dr" or "Prof." are folded. */
function sameName(a: string, b: string): boolean {
  const plain = (name: string) =>
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/^(?:dr|prof)\.?\s+/, '')
      .replace(/\s+/g, ' ')
      .trim()
  return plain(a) === plain(b)
}

/** The texts below `el` (a bounded look) joined by spaces, as separate elements show them. */
function partsApart(el: El): string {
  const parts: string[] = []
  const todo: (El | string)[] = [el]
  for (let seen = 0; todo.length > 0 && seen < 40; seen++) {
    const node = todo.pop()!
    if (typeof node === 'string') parts.push(node)
    else for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i]!)
  }
  return squash(parts.join(' '))
}

/** Classes that hide text from sight and keep it for screen readers. */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-(?:text|only)|a11y-hidden|u-hidden-visually)(?:\s|$)/i

/**
 * A heading's text as seen: without what only screen readers read ("<span class="sr-only">
 * Article:</span> Pier reopens"), unless nothing else is left.
 */
function shownText(heading: El): string {
  const hidden = (el: El) => SCREEN_READER_ONLY.test(el.attrs.class ?? '')
  let found = false
  walk(heading, (el) => void (found ||= hidden(el)))
  if (!found) return textOf(heading)
  const parts: string[] = []
  const todo: (El | string)[] = [heading]
  while (todo.length > 0) {
    const node = todo.pop()!
    if (typeof node === 'string') parts.push(node)
    else if (node.tag === 'br') parts.push(' ')
    else if (!hidden(node))
      for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i]!)
  }
  const shown = squash(parts.join(''))
  return shown.length >= 3 ? shown : textOf(heading)
}

/**
 * An h1's text without its first or its last child element, when other text remains beside it: a
 * kicker or a deck set apart by the markup.
 */
function headingTrims(h1: El): string[] {
  const kids = h1.children.filter((c) => typeof c !== 'string' || c.trim())
  if (kids.length < 2) return []
  const without = (skip: El | string) =>
    kids
      .filter((c) => c !== skip)
      .map((c) => (typeof c === 'string' ? c : textOf(c)))
      .join(' ')
  return [kids[0]!, kids[kids.length - 1]!]
    .filter((c): c is El => typeof c !== 'string')
    .map(without)
}

/**
 * The outer parts of a `<title>` that are not the headline ("Story | Lowmere Post", "Lowmere Post:
 * Story"): the site's name, by where titles put it, when no tag declares it.
 */
function titleSiteParts(title: string, headline: string | null): string[] {
  const parts = title.split(/\s+[|–—•·:-]\s+|:\s+|\s+::\s+/).map((p) => squash(p))
  if (parts.length < 2 || !headline) return []
  const story = squash(headline).toLowerCase()
  return [parts[0]!, parts[parts.length - 1]!].filter(
    (p) => p.length >= 3 && p.toLowerCase() !== story
  )
}

/** Whether `el` sits in a block headed "More stories" or "Related": its dates are other stories'. */
function headedBlock(el: El): boolean {
  let node: El | null = el
  for (let level = 0; node && level < 8; level++, node = node.parent)
    if (headedAsOtherStories(node)) return true
  return false
}
