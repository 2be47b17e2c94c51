/**
 * @module Publication dates: what the metadata declares (JSON-LD, `<meta>`, `<time>`, the URL)
 * checked against what the page shows readers. Pages often declare one date and display another (a
 * later "Updated" stamp, a re-dated template): the date shown beside the headline is the one
 * readers see.
 */
import {
  classAndId,
  headedAsOtherStories,
  inAnotherArticle,
  textOf,
  textRuns,
  type El,
} from './html-dom'
import { MONTHS } from './lexicon'
import { parseDate } from './text'

/** Dates the page shows, gathered in one walk. */
export interface VisibleDates {
  /** Characters of text seen so far (the walk's position). */
  position: number
  /** Where the first `<h1>` starts, or -1. */
  headlineAt: number
  /**
   * Short texts that are mostly a date, as days, with their positions; `otherReading` is the day
   * an all-numeric date ("04.03.2031") names when read the other way round.
   */
  found: { day: string; at: number; updated?: boolean; otherReading?: string }[]
  /** `datetime` of the first `<time>` not marked as a revision (by its class or a label before it). */
  firstTime?: string
  /**
   * Whether that `<time>` stands far below the headline and is not marked as the publication's
   * (hAtom `published`): a related story's card or a comment, dating something else.
   */
  firstTimeStray?: boolean
  /**
   * `datetime` of the first such `<time>` at or just below the headline: the story's own, where
   * earlier ones (a "Trending" list, a breaking-news bar) date other stories.
   */
  headlineTime?: string
  /** The last non-blank text seen (a label such as "Updated:" before a date in its own element). */
  previous?: string
  /** The last element whose own texts were read, and the text seen before them. */
  owner?: { el: El; before?: string }
  /**
   * Whether the page's language writes "04/12/2031" day first (`<html lang>` other than US
   * English: "fr", "es-ES", "en-GB").
   */
  dayFirst?: boolean
  /** Whether the page's language is US English, which writes "03-04-2031" month first. */
  monthFirst?: boolean
  /** The headline's ancestors: an `<article>` outside them with an h1 of its own is another story. */
  headlineBlocks?: Set<El>
}

const MAX_FOUND = 200
/**
 * A label that marks a shown date as a revision's ("Updated", "Last modified", "Reviewed"), also
 * in French, Spanish, Portuguese, Italian, German and Dutch ("Mis à jour", "Actualizado",
 * "Aktualisiert", "Stand:").
 */
const UPDATED =
  /\b(?:updated|modified|revised|edited|reviewed|refreshed|mis à jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|aktualisiert|bijgewerkt)\b|\bstand:/i
/** A label that ends on naming the publication date ("Published", "Publish date:", "Posted on"). */
const PUBLISHED_LABEL = /\b(?:published|publish(?:ed)? date|publication date|posted(?: on)?)\s*:?$/i
/**
 * "2031-03-04", "2031/3/4", "04-03-2031", "04-Mar-2031", "March 4, 2031", "Mar. 4th 2031", "4 March
 * 2031", "4th of March, 2031", the day-first forms of other languages ("4 mars 2031", "4. März
 * 2031", "4 de marzo de 2031") and the year-first ones of Chinese, Japanese and Korean
 * ("2031年3月4日", "2031년 3월 4일", "2031. 3. 4.").
 */
const DATE_TEXT =
  /\b(?:\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2}|\d{4}[/.]\d{1,2}[/.]\d{1,2}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Za-z]{3,9}\.?,? \d{4}|\d{1,2}-[A-Za-z]{3,9}-\d{4}|\d{1,2}(?:\.|er)? (?:de )?\p{L}{3,10}\.? (?:de )?\d{4})\b|\d{4} ?[年년] ?\d{1,2} ?[月월] ?\d{1,2} ?[日일]|\b\d{4}\. \d{1,2}\. \d{1,2}\./u
const DATE_TEXTS = new RegExp(DATE_TEXT.source, 'gu')
/**
 * The dateline a press release opens on: "LOWMERE, Ore., March 4, 2031 /Wire Name/ --", "LOWMERE--(WIRE
 * NAME)--March 4, 2031--": the place in capitals, the full date, then the wire's name or a dash.
 */
const RELEASE_DATELINE =
  /^[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)?(?:,? |--\([A-Za-z ]{3,30}\)--)([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}) ?(?:\/|\(|--|–|—)/

/**
 * Words of a weekday and a time of day around a date ("Thursday, … at 4:05 p.m. EST"): they say
 * when, so they do not make the text a sentence about something else.
 */
const CLOCK_WORD =
  /^(?:[Aa]t|[àÀ]|h|[Uu]hr|um|às|alle|ore|om|uur|kl|le|[AaPp]|[Mm]|[AaPp][Mm]|(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)(?:day)?|[A-Z]{1,2}[SD]?T|UTC|GMT)$/
/** A time told relative to now ("2 days ago", "yesterday"), which dates nothing by itself. */
const RELATIVE = /^\s*(?:\d+|an?|one)\s+\w+\s+ago\s*$|^\s*(?:yesterday|today|just now)\s*$/i

/** Data attributes in which scripts keep the date they show as "2 days ago". */
const DATA_DATES = ['data-timestamp', 'data-time', 'data-date', 'data-datetime', 'data-published']

/** Class words of an element that shows a date or a time ("post-date", "timeago"). */
const DATE_CLASS = /date|time|ago|published/i

/**
 * The date in one of `el`'s {@link DATA_DATES}: an ISO or written date as it is, a count of seconds
 * or milliseconds since 1970 as an ISO stamp.
 */
function dataDate(el: El): string | undefined {
  for (const name of DATA_DATES) {
    const value = el.attrs[name]?.trim()
    if (!value) continue
    if (!/^\d{10}(?:\d{3})?$/.test(value)) return value
    return new Date(Number(value.slice(0, 10)) * 1000).toISOString()
  }
  return undefined
}

/** How far from the headline a displayed date still belongs to it (characters of text). */
const BEFORE_HEADLINE = 300
const AFTER_HEADLINE = 600

/** Class words of the boxes beside a story that list other stories ("related", "trending"). */
const OTHER_STORIES =
  /related|trending|ticker|recommend|popular|most-?read|sidebar|read-?more|more-stories/

/**
 * Whether `el` sits in a box named for other stories (a related list, a ticker): its dates are
 * theirs. The `<aside>` tag alone does not say so: pages also put the story's own meta line in one.
 */
export function besideStory(el: El): boolean {
  let node: El | null = el
  for (let level = 0; node && level < 12; level++, node = node.parent)
    // …or a block headed "More stories" or "Related" with no class to say so.
    if (OTHER_STORIES.test(classAndId(node)) || headedAsOtherStories(node)) return true
  return false
}

/**
 * Class words of the site's own bar above every page (a masthead, a top bar): the date there is
 * today's, printed by newspapers above whatever story the page holds.
 */
const SITE_CHROME = /(?:^|[\s_-])(?:site-?header|masthead|top-?bar|header-?top|navbar)(?:$|[\s_-])/

/**
 * Whether `el` sits in the site's navigation or top bar, outside the story's `<article>` or
 * `<main>`.
 */
function inSiteChrome(el: El): boolean {
  let node: El | null = el
  for (let level = 0; node && level < 12; level++, node = node.parent) {
    if (node.tag === 'article' || node.tag === 'main' || node.tag === 'body') return false
    if (node.tag === 'nav' || SITE_CHROME.test(classAndId(node))) return true
  }
  return false
}

/**
 * Whether `el` sits in a list item that links to a story by its headline (four words or more): a
 * card in a list of other stories, whatever the list's class ("col-3", "stack").
 */
function inStoryCard(el: El): boolean {
  let node: El | null = el
  for (let level = 0; node && level < 4; level++, node = node.parent)
    if (node.tag === 'li') return linksHeadline(node)
  return false
}

function linksHeadline(item: El): boolean {
  const todo: El[] = [item]
  for (let seen = 0; todo.length > 0 && seen < 60; seen++) {
    const node = todo.pop()!
    if (node.tag === 'a' && textOf(node).trim().split(/\s+/).length >= 4) return true
    for (const child of node.children) if (typeof child !== 'string') todo.push(child)
  }
  return false
}

/** Class words of a comment thread ("comments", "comment-list", WordPress's "respond"). */
const COMMENTS = /comment|respon(?:d|ses?\b)|disqus|replies/

/** Whether `el` sits in a comment thread: its dates are the readers' comments'. */
export function inComments(el: El): boolean {
  let node: El | null = el
  // The page's own classes ("comments-open" on <body>) say nothing about where a date stands.
  for (let level = 0; node && node.tag !== 'body' && level < 12; level++, node = node.parent)
    if (COMMENTS.test(classAndId(node))) return true
  return false
}

/**
 * The text just before `el` ("Updated" in "<p>Published <time>…</time> · Updated <time>…</time>
 * </p>"). The walk reads a parent's own texts before its children, so the last text seen may be
 * one after `el`.
 */
function labelBefore(el: El, out: VisibleDates): string | undefined {
  const siblings = el.parent?.children ?? []
  // Long lists of siblings (a flat page body) are not searched: the walk's last text stands.
  const at = siblings.length > 200 ? -1 : siblings.indexOf(el)
  if (at < 0) return out.previous
  for (let i = at - 1; i >= 0; i--) {
    const sibling = siblings[i]!
    if (typeof sibling !== 'string') return out.previous
    if (sibling.trim()) return sibling.replace(/\s+/g, ' ').trim().slice(-40)
  }
  // First in its parent: what stood before the parent's own texts.
  return el.parent && out.owner?.el === el.parent ? out.owner.before : out.previous
}

/** A fresh collector for {@link collectVisibleDates}. */
export function newVisibleDates(): VisibleDates {
  return { position: 0, headlineAt: -1, found: [] }
}

/**
 * Records the date texts among `el`'s own text children (call for every element in document order).
 * A text counts when it is short and mostly a date ("Updated March 4, 2031 · 5 min read").
 */
export function collectVisibleDates(el: El, out: VisibleDates): void {
  if (el.tag === 'h1' && out.headlineAt < 0) {
    out.headlineAt = out.position
    out.headlineBlocks = new Set()
    for (let node: El | null = el; node; node = node.parent) out.headlineBlocks.add(node)
  }
  if (el.tag === 'html' && el.attrs.lang) {
    const lang = el.attrs.lang.trim().toLowerCase()
    out.dayFirst = !/^en\b/.test(lang) || /^en[-_](?:gb|au|nz|ie|in|za)\b/.test(lang)
    out.monthFirst = /^en[-_]us\b/.test(lang)
  }
  // `<html lang="en">` names no country, and many themes print it whatever the site's locale;
  // the OpenGraph locale ("en_GB", set from the site's settings by SEO plugins) then decides.
  if (
    el.tag === 'meta' &&
    el.attrs.property === 'og:locale' &&
    !out.dayFirst &&
    !out.monthFirst &&
    el.attrs.content
  ) {
    const locale = el.attrs.content.trim().toLowerCase()
    out.dayFirst = /^en[-_](?:gb|au|nz|ie|in|za)\b/.test(locale)
    out.monthFirst = /^en[-_]us\b/.test(locale)
  }
  // A <time> shows its datetime to readers in whatever format ("03/04/2031", "2 days ago").
  const label = el.tag === 'time' && el.attrs.datetime ? (labelBefore(el, out) ?? '') : ''
  if (
    el.tag === 'time' &&
    el.attrs.datetime &&
    out.found.length < MAX_FOUND &&
    // Pages that set the story's facts in a side column ("Published 4 March 2031", "Reviewed …",
    // "Topics") label the date there; other stories' cards do not.
    (!besideStory(el) || PUBLISHED_LABEL.test(label)) &&
    !inSiteChrome(el) &&
    !inStoryCard(el) &&
    // A reader's comment is dated when it was posted, after the story.
    !inComments(el) &&
    !inAnotherArticle(el, out.headlineBlocks)
  ) {
    const day = parseDate(el.attrs.datetime)?.slice(0, 10)
    // hAtom marks the revision's <time> class="updated" (themes write "published updated" on a
    // story never revised).
    const css = el.attrs.class ?? ''
    const updated = UPDATED.test(label) || (UPDATED.test(css) && !/published/i.test(css))
    if (day) out.found.push({ day, at: out.position, updated })
    if (
      day &&
      !updated &&
      out.headlineTime === undefined &&
      out.headlineAt >= 0 &&
      out.position - out.headlineAt <= AFTER_HEADLINE
    )
      out.headlineTime = el.attrs.datetime
    if (day && !updated && out.firstTime === undefined) {
      out.firstTime = el.attrs.datetime
      out.firstTimeStray =
        out.headlineAt >= 0 &&
        out.position - out.headlineAt > AFTER_HEADLINE &&
        !/published/i.test(css) &&
        !PUBLISHED_LABEL.test(label)
    }
  }
  // "2 days ago" with the date in the title a pointer shows (forums, comment and social widgets,
  // many blog themes): the date is the title's. Scripts that write the relative time keep the
  // date in a data attribute instead (`data-timestamp` in seconds or milliseconds since 1970,
  // `data-date`), often on an element still empty in the page's HTML.
  const stamp = el.attrs.title ?? dataDate(el)
  if (
    stamp &&
    el.children.length <= 3 &&
    out.found.length < MAX_FOUND &&
    /\d{4}/.test(stamp) &&
    (RELATIVE.test(textOf(el).slice(0, 40)) ||
      (el.attrs.title === undefined &&
        el.children.length === 0 &&
        DATE_CLASS.test(classAndId(el)))) &&
    !besideStory(el) &&
    !inSiteChrome(el) &&
    !inStoryCard(el)
  ) {
    const day = parseDate(stamp)?.slice(0, 10)
    if (day) out.found.push({ day, at: out.position })
  }
  const runs = textRuns(el)
  // The label of a date the element opens on stands before the element.
  const opens =
    /\d{4}/.test(runs[0] ?? '') &&
    typeof el.children.find((c) => typeof c !== 'string' || c.trim()) === 'string'
  const opening = opens ? labelBefore(el, out) : undefined
  if (runs.some((run) => run.trim())) out.owner = { el, before: out.previous }
  for (const [r, child] of runs.entries()) {
    const text = child.replace(/\s+/g, ' ').trim()
    out.position += text.length + 1
    const previous = r === 0 && opens ? opening : out.previous
    if (text) out.previous = text.slice(-40)
    if (out.found.length >= MAX_FOUND || !/\d{4}/.test(text)) continue
    // A press release opens its first paragraph on a dateline with the full date.
    const dateline = text.length > 100 ? RELEASE_DATELINE.exec(text) : null
    const released = dateline && parseDate(dateline[1]!)
    if (released && !besideStory(el)) out.found.push({ day: released, at: out.position })
    if (text.length > 100) continue
    // A line may give both dates ("Updated April 2, 2031 · Originally published March 4, 2031"):
    // each is labelled by the words just before it.
    const matches = [...text.matchAll(DATE_TEXTS)].slice(0, 3)
    if (
      matches.length === 0 ||
      (text.length > 60 && matches.length < 2) ||
      besideStory(el) ||
      inSiteChrome(el) ||
      inStoryCard(el) ||
      inComments(el) ||
      inAnotherArticle(el, out.headlineBlocks)
    )
      continue
    let rest = text
    for (const match of matches) rest = rest.replace(match[0], ' ')
    // Letters of any script: "Clémence" is one word, not "Cl" and "mence".
    const words = (rest.match(/\p{L}+/gu) ?? []).filter((word) => !CLOCK_WORD.test(word))
    if (words.length > 5) continue
    matches.forEach((match, i) => {
      const numeric = /^\d{1,2}\D\d{1,2}\D\d{4}$/.test(match[0])
      const day = (numeric ? numericDay(match[0], false, out) : parseDate(match[0]))?.slice(0, 10)
      const start = i === 0 ? 0 : matches[i - 1]!.index + matches[i - 1]![0].length
      const label =
        match.index > start ? text.slice(start, match.index) : i === 0 ? (previous ?? '') : ''
      const otherReading = numericDay(match[0], true, out)?.slice(0, 10)
      if (day)
        out.found.push({
          day,
          at: out.position,
          updated: UPDATED.test(label),
          ...(otherReading && otherReading !== day ? { otherReading } : {}),
        })
    })
  }
}

/**
 * A numeric day as pages show it: "23.07.2031" is day first (the dotted European form), "7/23/2031"
 * month first (the US form) unless the first number cannot be a month or the page's language
 * writes the day first (`page.dayFirst`). "04-03-2031" goes either way across the world (day first
 * in Europe and India, month first in the US): read only when one reading is impossible or the
 * page's language decides. `swapped`: the other reading of a date both ways can name ("04.03.2031"
 * as April 3), null when only one can.
 */
function numericDay(
  text: string,
  swapped: boolean,
  page: { dayFirst?: boolean; monthFirst?: boolean }
): string | null {
  const match = /^(\d{1,2})([./-])(\d{1,2})[./-](\d{4})$/.exec(text)
  if (!match) return null
  const [a, b] = [Number(match[1]), Number(match[3])]
  const either = a <= 12 && b <= 12
  if (swapped && !either) return null
  if (match[2] === '-' && either && !page.dayFirst && !page.monthFirst) return null
  const dayFirst = (match[2] === '.' || a > 12 || (page.dayFirst === true && b <= 12)) !== swapped
  const [day, month] = dayFirst ? [a, b] : [b, a]
  return parseDate(`${match[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
}

/** The displayed date nearest the headline, if one is close enough to belong to it. */
function dateBesideHeadline(visible: VisibleDates): string | null {
  if (visible.headlineAt < 0) return null
  const near = visible.found.filter(({ at }) => {
    const offset = at - visible.headlineAt
    return offset >= -BEFORE_HEADLINE && offset <= AFTER_HEADLINE
  })
  // A revision's date ("Updated March 4") gives way to any other date shown there.
  const first = near.some((f) => !f.updated) ? near.filter((f) => !f.updated) : near
  let best: { day: string; distance: number } | null = null
  for (const { day, at } of first) {
    const offset = at - visible.headlineAt
    if (!best || Math.abs(offset) < best.distance) best = { day, distance: Math.abs(offset) }
  }
  return best?.day ?? null
}

/** A month in a URL path, by name or its usual abbreviation ("mar", "march", "sept"). */
const URL_MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const URL_DATE = new RegExp(
  String.raw`[/_-]((?:19|20)\d{2})[/-](\d{1,2}|${URL_MONTH})[/-](\d{1,2})(?=[/+_.-]|$)`,
  'i'
)

/** "/20310304/", "/20310304-slug", "/2031/0304/": the date as one number, or the year apart. */
const URL_COMPACT_DATE = /[/_-]((?:19|20)\d{2})\/?(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/

/**
 * A `YYYY-MM-DD` date in a URL path ("/2031/03/04/", "/2031-03-04-slug"), the month also as a
 * name ("/2031/mar/04/", "/2031/march/04/", the form some news sites give every story), or written
 * as one number ("/20310304/", "/2031/0304/").
 */
export function dateInUrl(url: string | undefined): string | null {
  if (!url) return null
  const path = url.replace(/[?#].*$/, '')
  const match = URL_DATE.exec(path)
  if (!match) {
    const compact = URL_COMPACT_DATE.exec(path)
    return compact ? parseDate(`${compact[1]}-${compact[2]}-${compact[3]}`) : null
  }
  const month = /\d/.test(match[2]!)
    ? Number(match[2])
    : MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase()) + 1
  return parseDate(`${match[1]}-${String(month).padStart(2, '0')}-${match[3]!.padStart(2, '0')}`)
}

const daysApart = (a: string, b: string) =>
  Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000

const dayOf = (value: string | null) => value?.slice(0, 10) ?? null

/**
 * The publication date: the first declared date, unless the page never shows it and shows another
 * date beside the headline; a URL date one day off the declared one wins (a UTC stamp of a local
 * evening). With nothing declared, the date beside the headline, else `fallbacks` in order.
 *
 * @example
 * pickPublishedDate(['2031-03-04T09:30:00Z'], newVisibleDates(), []) // '2031-03-04T09:30:00Z'
 */
export function pickPublishedDate(
  declared: (string | null | undefined)[],
  visible: VisibleDates,
  fallbacks: string[],
  url?: string,
  trace?: (rule: string) => void
): string | null {
  let chosen: string | null = null
  let rule = 'none'
  let source: string | null | undefined
  for (let i = 0; i < declared.length && !chosen; i++) {
    source = declared[i]
    chosen = source ? parseDate(normalizeDate(source, visible)) : null
    if (chosen) rule = `declared #${i}`
  }
  const beside = dateBesideHeadline(visible)
  const fromUrl = dateInUrl(url)
  if (chosen) {
    const day = dayOf(chosen)!
    // A stray <time> (a related story's card) confirms nothing by being shown.
    const stray = source === visible.firstTime && visible.firstTimeStray === true
    // Shown somewhere, confirmed by the URL, or shown in another time zone: the declared date
    // stands.
    const confirmed =
      day === fromUrl ||
      // Either reading of an all-numeric date: US pages write "03.04.2031" month first too.
      (!stray &&
        visible.found.some((f) => (f.day === day || f.otherReading === day) && !f.updated)) ||
      // A day apart only when the declared stamp carries a zone (another time zone shows another
      // day); a bare day is the one the publisher meant.
      (beside !== null && daysApart(beside, day) <= (chosen.length > 10 ? 1 : 0))
    if (!confirmed && beside) [chosen, rule] = [beside, 'shown beside headline over declared']
  } else if (beside) [chosen, rule] = [beside, 'shown beside headline']
  for (let i = 0; i < fallbacks.length && !chosen; i++) {
    chosen = parseDate(fallbacks[i]!)
    if (chosen) rule = `fallback #${i}`
  }
  // A UTC stamp of a local evening: the URL's day is the one the publisher meant.
  if (chosen && fromUrl && daysApart(fromUrl, dayOf(chosen)!) === 1)
    [chosen, rule] = [fromUrl, 'URL day, one off']
  trace?.(rule)
  return chosen
}

const MONTH = /^(\d{4}) ([A-Za-z]{3,9})\.? (\d{1,2})$/

/**
 * Pads "2031-3-4", turns citation style "2031 Mar 4" round, dashes the basic ISO form
 * ("20310304") and reads an all-numeric day ("03/04/2031") as `numericDay` does, so the shared
 * date reader takes them.
 */
function normalizeDate(raw: string, page: VisibleDates): string {
  const text = raw.trim()
  // "03/04/2031", "04.03.2031 10:30": the numeric form some CMSs declare, read as the page's
  // language writes it.
  const numeric = /^\d{1,2}([./-])\d{1,2}\1\d{4}(?![\d./-])/.exec(text)
  if (numeric) return numericDay(numeric[0], false, page) ?? text
  // "20310304", "20310304T093000Z": the basic ISO 8601 form, digits only.
  const basic = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:T\d{4,6}Z?)?$/.exec(text)
  if (basic) return `${basic[1]}-${basic[2]}-${basic[3]}`
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return text.replace(/-(\d)(?!\d)/g, '-0$1')
  const cited = MONTH.exec(text)
  return cited ? `${cited[3]} ${cited[2]} ${cited[1]}` : text
}
