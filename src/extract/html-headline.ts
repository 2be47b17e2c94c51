/**
 * @module Headlines: the visible `<h1>` that agrees with what the page declares about itself
 * (JSON-LD
 * `headline`, `og:title`, `twitter:title`, `<title>`), cleaned of the site's name and of what pages
 * glue around it (dates, comment counts, "Blog:" labels, " | SEO tails").
 */
import { decodeResidual } from './html-bylines'
import { squash } from './text'

/** What the page declares as its title, raw. */
export interface DeclaredTitles {
  ld: string | null
  og: string | null
  twitter: string | null
  title: string | null
}

/**
 * A visible `<h1>`: its text, and its text without its first or its last child element (the
 * kicker above the headline, "<span>Harbour</span> Pier reopens", or the deck set inside it,
 * "Pier reopens <small>Work ends early</small>").
 */
export interface VisibleHeading {
  text: string
  trimmed: string[]
  /**
   * A heading of lower rank (an `<h2>`, an element named "headline" or "story-title"): the
   * headline only on a page with no `<h1>` whose declared titles name nothing but the site.
   */
  minor?: boolean
}

/**
 * Separators between a title and the site's name ("Story | Site", "Story – Site", "Site :: Story").
 */
const SEPARATOR = /\s+[|–—•·-]\s+|\s+::\s+/
/** A separator left at the end of a title whose last part was cut. */
const SEPARATOR_END = /\s+(?:[|–—•·-]|::)\s*$/
/** A writer's credit after a title (", by Jane Roe", " - by Jane Roe"), up to the next separator. */
const BY_TAIL =
  /(?:,|\s[-–—|])\s+by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?=$|\s[-–—|]\s)/u
/** Least Dice overlap with the closest declared title for an h1 to count as the headline. */
const MIN_OVERLAP = 0.2
/** Characters from which a title that another declared title continues reads as truncated. */
const TRUNCATED = 100
/** Most words of a title that only names the site ("Lowmere Harbour Post | Home"). */
const SITE_WORDS = 6
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'to', 'in', 'on', 'at', 'by', 'with'])

const plain = (text: string) =>
  text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const wordList = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * Whether one part of a title names the site: it is the declared site name, or the host spells it
 * ("RenoFi" on renofi.com, "The Partnership for Student Success" on partnershipstudentsuccess.org),
 * or the host is its initials ("Economic Research Service" on ers.example.gov).
 */
function namesSite(part: string, sites: Set<string>, host: string): boolean {
  if (sites.has(plain(part))) return true
  if (!host) return false
  const whole = compact(part)
  if (whole.length >= 4 && host.includes(whole)) return true
  const words = wordList(part).filter((w) => !STOP.has(w))
  if (words.length === 0) return false
  if (words.length >= 2 && words.every((w) => host.includes(w))) return true
  const initials = words.map((w) => w[0]).join('')
  return words.length >= 2 && host.split('.').includes(initials)
}

/**
 * A title without the parts that name the site, or null when no part is recognisably the site.
 *
 * @example
 * stripSiteParts('Pier reopens | Lowmere Post', new Set(['lowmere post']), '') // 'Pier reopens'
 */
export function stripSiteParts(title: string, sites: Set<string>, host: string): string | null {
  const parts = title.split(SEPARATOR).filter((p) => p.trim())
  if (parts.length <= 1) return null
  const kept = parts.filter((p) => !namesSite(p, sites, host))
  if (kept.length === 0) return parts[0]!
  if (kept.length === parts.length) return null
  // "Story | Ferries | Site": a word or two after the story, beside the site's name, is its section;
  // "Site | Ferries | Story": before the story when the site's name comes first.
  const siteFirst = namesSite(parts[0]!, sites, host)
  // "Opinion | Story | Site": one word before a longer part is the section's label.
  const labelled = wordList(kept[0]!).length === 1 && kept.some((p) => wordList(p).length > 2)
  const end = siteFirst || labelled ? kept.length - 1 : 0
  const story = kept.filter((p, i) => (i === end && !labelled) || wordList(p).length > 2)
  return story.join(' - ')
}

/** Dice overlap of two texts' word sets, from 0 to 1. */
function overlap(a: string, b: string): number {
  const left = new Set(wordList(a))
  const right = new Set(wordList(b))
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const w of left) if (right.has(w)) shared++
  return (2 * shared) / (left.size + right.size)
}

/**
 * The headline: the visible h1 that agrees best with the declared titles, else the first declared
 * title without its site name. An h1 that merely wraps a declared title (a date before it, a
 * comment count after it) gives way to that title, and an h1's " | tail" is dropped.
 *
 * @example
 * pickHeadline(['Pier reopens | Photos'], { ld: null, og: 'Pier reopens', twitter: null, title: 'Pier reopens - Lowmere Post' }, ['Lowmere Post'], 'lowmerepost.example')
 * // 'Pier reopens'
 */
export function pickHeadline(
  h1s: (string | VisibleHeading)[],
  declaredRaw: DeclaredTitles,
  siteNames: string[],
  url?: string,
  trace?: (rule: string) => void
): string | null {
  const decided = (rule: string, headline: string | null) => {
    trace?.(rule)
    return headline && DAMAGED.test(headline) ? undamaged(headline, declaredRaw, h1s) : headline
  }
  const host = hostOf(url)
  // A site name can carry its own tagline ("Site | Gyms near you"): each part names the site.
  const sites = new Set(
    siteNames
      .map(squash)
      .flatMap((n) => [n, ...n.split(SEPARATOR)])
      .map(plain)
      .filter(Boolean)
  )
  // …and so do its initials ("WFA" for "World Future Awards").
  for (const name of [...sites]) {
    const words = wordList(name).filter((w) => !STOP.has(w))
    if (words.length >= 2) sites.add(words.map((w) => w[0]).join(''))
  }
  // "Blog: Story" in <title> beside an og:title or JSON-LD headline of the story alone (Blogger's
  // template, whose h1 is the blog's name): the part before the colon names the site.
  const colonLead = /^([^:]{3,60}):\s+(.{3,})$/.exec(squash(declaredRaw.title ?? ''))
  const storyAlone = [declaredRaw.og, declaredRaw.ld].map((d) => plain(squash(d ?? '')))
  if (colonLead && storyAlone.includes(plain(colonLead[2]!))) sites.add(plain(colonLead[1]!))
  // "Site: Story", the form blog platforms give <title>: the site's name before a colon.
  const escaped = [...sites]
    .filter((n) => n.length >= 3)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const prefix = new RegExp(`^(?:${escaped.join('|') || '(?!)'}):\\s+`, 'i')
  // Soft hyphens, word joiners and byte-order marks are hints for laying out a word ("re&shy;
  // pairs"), no character of the title.
  const clean = (text: string | null) =>
    text ? squash(decodeResidual(text).replace(/[\u00ad\u2060\ufeff]/g, '')) : ''
  const cleanTitle = (text: string | null) => {
    // "Story « Site", "Site » Story" (blog themes): a lone guillemet separates like " | "; a pair
    // quotes ("« Nous fermerons »").
    // "Story - by Jane Roe - Site", "Story, by Jane Roe" (newsletter platforms): the writer's credit
    // glued to the title.
    const raw = clean(text).replace(BY_TAIL, '')
    const whole = /«.*»|».*«/.test(raw) ? raw : raw.replace(/\s+[«»]\s+/g, ' | ')
    // …or a name of two words or more that the host spells ("Gull News: Story" on gullnews.example);
    // one word before a colon is as often a place ("Lowmere: council votes").
    const lead = /^([^:]{3,60}):\s+/.exec(whole)?.[1]
    const named = lead && wordList(lead).length >= 2 && namesSite(lead, sites, host)
    // "lowmere.example Pier reopens": blog templates that print the site's address before the
    // title with no separator.
    const hosted =
      host.includes('.') && whole.toLowerCase().startsWith(`${host} `)
        ? whole.slice(host.length + 1)
        : whole
    // "Story ~ Site", "Story / Site": a tilde or a slash before a part the host spells.
    const tail = /\s[~/]\s+([^~/]{2,60})$/.exec(hosted)
    const untailed =
      tail && namesSite(tail[1]!, sites, host) ? hosted.slice(0, tail.index).trim() : hosted
    const cut = named ? whole.slice(whole.indexOf(':') + 1).trim() : untailed.replace(prefix, '')
    return cut.length >= 3 ? cut : whole
  }
  // twitter:title stands in for og:title only: sites often fill it with a description.
  const cleaned = [declaredRaw.ld, declaredRaw.og ?? declaredRaw.twitter, declaredRaw.title]
    .map(cleanTitle)
    .filter(Boolean)
  // A long title that another declared title continues was cut at a length limit (SEO plugins cap
  // the JSON-LD headline near 110 characters): the longer one is whole.
  const raw = cleaned.map(
    (d) =>
      (d.length >= TRUNCATED &&
        cleaned.find((e) => e.length > d.length && plain(e).startsWith(plain(d)))) ||
      d
  )
  // Site names cut where recognised; otherwise titles put the story first ("Story | Section |
  // Site").
  const siteFree = raw
    .map((d) => stripSiteParts(d, sites, host) ?? (SEPARATOR.test(d) ? null : d))
    .filter((d): d is string => !!d && d.length >= 3)
  const declared = raw
    .map((d) => stripSiteParts(d, sites, host) ?? d.split(SEPARATOR)[0]!)
    .filter((d) => d.length >= 3)
  // An h1 that is the site's name (or its host) is the masthead, not the story's headline.
  const all = h1s.map((h): VisibleHeading => (typeof h === 'string' ? { text: h, trimmed: [] } : h))
  const headings = all.filter((h) => !h.minor)
  const shown = (list: VisibleHeading[]) =>
    list
      .map((h) => clean(h.text))
      .filter(
        (h) =>
          h.length >= 3 &&
          h.length <= 300 &&
          !sites.has(plain(h)) &&
          compact(h) !== host.replace(/\./g, '') &&
          compact(h) !== compact(host)
      )
  // A page titled only with the site's name, whose h1 says the same: the h1 is the masthead too.
  const titledBySite =
    declaredRaw.title !== null &&
    [declaredRaw.ld, declaredRaw.og, declaredRaw.title]
      .map(clean)
      .filter(Boolean)
      .every((d) => wordList(d).length <= SITE_WORDS && namesSite(d, sites, host))
  const visible = shown(headings).filter(
    (h) => !titledBySite || !namesSite(h, sites, host) || wordList(h).length > SITE_WORDS
  )
  // No h1, and a <title> of a few words that names only the site ("Lowmere Post", "Lowmere Post |
  // LP"): the story's title is the heading the page shows at a lower rank. A long title that
  // the page also declares as its site's name is a misfilled og:site_name, and still the story's.
  const minor = visible.length === 0 ? shown(all.filter((h) => h.minor)) : []
  const onlySite = raw.every(
    (d) =>
      wordList(d).length <= SITE_WORDS && d.split(SEPARATOR).every((p) => namesSite(p, sites, host))
  )
  if (minor.length > 0 && onlySite) return decided('lower heading, title names the site', minor[0]!)
  if (declared.length === 0) return decided('h1, nothing declared', visible[0] ?? null)
  const reference = new Set(wordList(raw.map((d) => stripSiteParts(d, sites, host) ?? d).join(' ')))
  // The parts of each declared title ("Site :: Story" when the site is not recognised): an h1 that
  // is one of them is the story's part, whichever side of the separator it stands.
  const titleParts = new Set(raw.flatMap((d) => d.split(SEPARATOR)).map(plain))
  let best: string | null = null
  let bestScore = 0
  for (const h of visible) {
    const words = [...new Set(wordList(h))]
    if (words.length === 0) continue
    // Share of the h1's words the declared titles use; the closest single title breaks ties.
    const score =
      words.filter((w) => reference.has(w)).length / words.length +
      0.01 * Math.max(...declared.map((d) => overlap(h, d)))
    // A word of a long title ("Ferries" in a title of ten words or more) is a section heading
    // that the word-share score would otherwise rate as high as the headline itself.
    const part = h.length >= 12 && titleParts.has(plain(h))
    if (!part && Math.max(...declared.map((d) => overlap(h, d))) < MIN_OVERLAP) continue
    if (score > bestScore) [best, bestScore] = [h, score]
  }
  // Declared titles that are only the site's name ("KVRL Channel Nine" on kvrl.example, the
  // same text in og:title), and an h1 that says something else: the h1 is the story's.
  const siteTitle = raw.every(
    (d) =>
      (wordList(d).length <= SITE_WORDS &&
        d.split(SEPARATOR).every((p) => namesSite(p, sites, host))) ||
      startsWithHost(d, host)
  )
  if (!best && siteTitle && visible.length > 0 && wordList(visible[0]!).length >= 3)
    return decided('h1, title names only the site', visible[0]!)
  // Declared titles that are a section's name beside the site's ("News | Lowmere Times", a
  // template that titles every story by its section): the h1 that says more is the story's.
  const sectionTitle = declared.every((d) => wordList(d).length === 1)
  if (!best && sectionTitle && visible.length > 0 && wordList(visible[0]!).length >= 4)
    return decided('h1, title names a section', visible[0]!)
  if (!best || bestScore < 0.4) return decided('declared title, no h1 agrees', declared[0]!)
  // An h1 typed in capitals that says something else than the declared title ("SUPPORTING
  // PIER REPAIRS" over "Pier repairs: what the works involve") is a label or a display line; the
  // declared title in ordinary case is the story's headline. The same words in capitals are the
  // headline as the page shows it.
  const letters = best.replace(/[^\p{L}]/gu, '')
  const inCapitals =
    letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  const sameWords = (d: string) => overlap(best!, d) === 1
  const cased = inCapitals ? siteFree.find((d) => d !== d.toUpperCase()) : undefined
  if (cased && !sameWords(cased)) return decided('declared title, h1 in capitals', cased)
  const heading = plain(best)
  // A kicker or a deck in an element of its own inside the h1, around a declared title.
  const chosen = best
  const inner = headings
    .filter((h) => clean(h.text) === chosen)
    .flatMap((h) => h.trimmed.map((t) => plain(clean(t))))
  const apart = siteFree.find(
    (d) => d.length >= 12 && plain(d) !== heading && inner.includes(plain(d))
  )
  if (apart) return decided('declared title inside h1, set apart', apart)
  // "Dec 18 2031 Pier reopens", "Blog: Pier reopens", "Pier reopens (news.example) 87": the
  // declared title inside.
  const wrapped = siteFree.filter((d) => d.length >= 12 && wrapsTitle(heading, plain(d)))
  if (wrapped.length > 0)
    return decided(
      'declared title inside h1',
      wrapped.reduce((a, b) => (b.length > a.length ? b : a))
    )
  // " | " in a visible headline separates an SEO tail or the site's name, never part of the story's
  // title.
  const cut = best.split(/\s+\|\s+/)[0]!
  // "Story - Lowmere Ledger" shown in the h1 as in <title> (themes that print the SEO title): the
  // last part is the site when the host spells it and the <title> ends on it too.
  const parts = cut.split(SEPARATOR)
  const last = parts.length > 1 ? parts[parts.length - 1]! : ''
  const titleEnd = plain(clean(declaredRaw.title)).endsWith(` ${plain(last)}`)
  const siteTail = last && titleEnd && namesSite(last, sites, host)
  const untailed = siteTail
    ? cut.slice(0, cut.length - last.length).replace(SEPARATOR_END, '')
    : cut
  const stripped = stripSiteParts(untailed, sites, '') ?? untailed
  // The same words with other quote marks: the declared spelling is the one the page is indexed
  // under.
  const rule = stripped === best ? 'h1' : 'h1 without its tail'
  return decided(rule, declared.find((d) => plain(d) === plain(stripped)) ?? stripped)
}

/**
 * A character lost to a wrong encoding: U+FFFD, "?" between letters ("Harbour?s", "Harbour??s"),
 * or the bytes of a curly apostrophe, quote or dash read as Windows-1252 ("Harbourâ€™s").
 */
const DAMAGED = /\uFFFD|\p{L}\?{1,3}\p{L}|â€/u

/**
 * The same title from another source where each damaged character is a punctuation mark
 * ("Harbour’s new pier" for "Harbour�s new pier"): og:title and JSON-LD are often written by
 * another system than the page's `<title>` or h1, and keep their apostrophes. Else as it is.
 */
function undamaged(
  headline: string,
  declared: DeclaredTitles,
  h1s: (string | VisibleHeading)[]
): string {
  const pattern = new RegExp(
    `^${headline
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\uFFFD|(?<=\p{L})(?:\\\?){1,3}(?=\p{L})|â€[^\\\s]?/gu, '[^\\p{L}\\p{N}\\s]')}$`,
    'iu'
  )
  const candidates = [declared.ld, declared.og, declared.twitter, declared.title]
    .filter((d): d is string => !!d)
    .flatMap((d) => [d, ...d.split(SEPARATOR)])
    .concat(h1s.map((h) => (typeof h === 'string' ? h : h.text)))
    .map((d) => squash(decodeResidual(d)))
  return candidates.find((d) => !DAMAGED.test(d) && pattern.test(d)) ?? headline
}

/**
 * Whether a visible heading is a declared title with a label or date before it ("Blog: …", "Dec 18
 * 2031 …") or a date, count or bracket after it ("… (news.example) 87"), rather than a longer
 * title.
 */
function wrapsTitle(heading: string, title: string): boolean {
  const at = heading.indexOf(title)
  if (at < 0 || heading === title) return false
  const before = heading.slice(0, at)
  const after = heading.slice(at + title.length)
  const beforeWords = wordList(before).length
  // A label ("Blog:") or a date ("Dec 18 2031"), not words that belong to the title ("2031 Price
  // Guide").
  if (beforeWords > 3 || (before.trim() && !/:\s*$|[a-z]{3}\.? \d/.test(before))) return false
  return !after.trim()
    ? beforeWords > 0
    : wordList(after).length > 0 &&
        /^[\s,.–—-]*(?:\d|[([]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)/.test(
          after
        )
}

/**
 * A short title (four words at most, no separator) whose first word is the host's own name
 * ("KVRL Channel Nine" on kvrl.example): the site's name, not a story's title.
 */
function startsWithHost(title: string, host: string): boolean {
  const words = wordList(title)
  if (words.length === 0 || words.length > 4 || SEPARATOR.test(title)) return false
  const labels = host.split('.').slice(0, -1)
  return words[0]!.length >= 3 && labels.some((l) => l === words[0] || l.split('-')[0] === words[0])
}

/** The host of a URL without "www.", lower-cased; empty when there is none. */
function hostOf(url: string | undefined): string {
  if (!url) return ''
  const match = /^[a-z][a-z\d+.-]*:\/\/([^/?#:@]+)/i.exec(url)
  return match ? match[1]!.toLowerCase().replace(/^www\./, '') : ''
}
