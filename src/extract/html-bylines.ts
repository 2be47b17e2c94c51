/**
 * @module Bylines: the names a page credits, from its metadata or from what it shows readers ("By
 * Jane Roe", a "Written by" label beside a name, an element named for the author), cleaned of
 * roles, dates and labels. Sources are tried in order and the first one that yields a real name
 * wins.
 */
import {
  classAndId,
  headedAsOtherStories,
  inAnotherArticle,
  textOf,
  textRuns,
  type El,
} from './html-dom'
import { isGroupCredit, isRoleOrMenu, looksLikeName, siteOwner } from './html-names'
import { GIVEN_NAMES } from './lexicon'
import { squash } from './text'

/** Visible byline evidence, in document order. */
export interface BylineEvidence {
  /** Short texts that read "By Jane Roe" (or a "Written by" label and the name after it). */
  byLines: string[]
  /**
   * The same, seen before the first `<h1>`: a rail of other stories' cards above the headline
   * credits their writers, so these come after any "By" line below it.
   */
  byLinesBefore?: string[]
  /**
   * Texts of elements named for the author (`rel=author`, `itemprop=author`, `.byline`, `.author`).
   */
  authorEls: string[]
  /**
   * Name-like texts inside elements whose class mentions an author (`.authorName`,
   * `.post-author__box`).
   */
  nameEls?: string[]
  /** Names shown as links to a writer's archive page (`/author/jane-roe/`), in document order. */
  authorLinks?: string[]
  /**
   * Two or more such links side by side just under the headline, nothing but commas, "&" or "and"
   * between them: the story's co-authors.
   */
  coAuthors?: string[]
  /** The person a "© 2031 Jane Roe" line names, if any. */
  copyright?: string
  /** The person the masthead (a home link or heading above the headline) names, if any. */
  mastheadName?: string
  /**
   * Characters of text seen so far, where the first `<h1>` started, and a person's name near it.
   */
  position?: number
  headlineAt?: number
  besideHeadline?: string
  /** The first `<h1>` and the elements around it. */
  headlineBlocks?: Set<El>
  /** What the last text near the headline ended with: a date, or a date and a separator. */
  metaLine?: 'date' | 'separator'
}

/** How far after the headline (characters of text) a bare name still credits the story. */
const NEAR_HEADLINE = 400
/**
 * How far after the headline links to writers' archive pages still credit the story: further than
 * a bare name, past a standfirst, as they are no mere text.
 */
const LINKS_NEAR_HEADLINE = 600

/** One source of names, in order of trust; visible ones must read as names. */
export interface BylineSource {
  names: string[]
  visible?: boolean
  /** What kind of source this is, for diagnostics ("JSON-LD author", "visible By line"). */
  rule?: string
}

const MAX_EVIDENCE = 3
const BY_TEXT =
  /^(?:(?:(?:guest\s+)?(?:written|posted|reported|reporting|published|submitted|contributed|compiled|article|story|text|words|guide|recipe|review|interview|feature|report|authored|column|essay|commentary|opinion|analysis|op-ed|post)\s+)?by|par|por|von|di|door|av|af)\b:?\s*\p{Lu}/iu
/**
 * "By" in French, Spanish and Portuguese, German, Italian, Dutch and the Scandinavian languages
 * ("Par Camille Roux", "Por Ana Ruiz", "Von Jan Roth", "di Giulia Ferri", "Door Sanne Smit", "Av
 * Lars Berg"): the credit when a capitalised first and last name follow.
 */
const FOREIGN_BY = /^(?:par|por|von|di|door|av|af):?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/iu
/**
 * "Author: Jane Roe", "Autor: …", "Auteur : …", "Words: …", "Reporter: …", "Text: …" (German and
 * Nordic pages, "Texto", "Tekst"), and the word for author or reporter in Turkish ("Yazar",
 * "Muhabir"), Indonesian ("Penulis"), Danish and Norwegian, Swedish, Finnish and Hungarian, or a
 * feature's joint credit ("Text and photos:"): a label and a colon before the name.
 */
const AUTHOR_LABEL =
  /^(?:authors?|autor(?:in|a)?|auteur|autore|contributors?|words|reporter|reporting|writer|written|text|texto|tekst|yazar|muhabir|penulis|forfatter|författare|kirjoittaja|szerző|(?:text|words|story)\s(?:and|&)\s(?:photos?|photographs|pictures|images))\s?:\s*(?=\p{Lu})/iu
/** "Posted on March 4, 2031 by", the name in a link after it (the blog theme meta line). */
const DATED_BY = /^(?:posted|published)\s+on\s.{4,40}\sby:?$/i
/** The same word alone, the name in the element after it ("Par <a>Camille Roux</a>"). */
const FOREIGN_LABEL = /^(?:par|por|von|di|door|av|af):?$/i
/**
 * A credit line with a capitalised name after "by" ("Written by Jane Roe on …", "Story by Jane Roe ·
 * Photos by Kit Ambrose", Drupal's "Submitted by Jane Roe on Tue, …"), case kept.
 */
const CREDIT_LINE =
  /^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Ss]ubmitted|[Rr]eported|[Rr]eporting|[Ss]tory|[Ww]ords|[Tt]ext)\s+)?[Bb]y:?\s+\p{Lu}\p{Ll}|^BY:?\s+\p{Lu}{2,}\s/u
/** The heading of an author box ("About the author", "Meet the writer"): a name follows it. */
const ABOUT_AUTHOR = /^(?:about|meet)\s+the\s+(?:author|writer)s?\s*:?$/i

/** A longer label heading an author box ("Article written by:", "This post was written by"). */
const WRITTEN_BY = /^(?:\p{L}+\s+){1,3}(?:written|authored)\s+by:?$/iu
const BY_LABEL =
  /^(?:(?:written|posted|reported|published|article|story|text|words|authored)\s+)?by:?$|^authors?(?:\(s\))?:?$/i
const GLUED_ROLE =
  /^(?:updated|last|published|posted|reviewed|senior|staff|contributing|contributor|writer|editor|founder|co-?founder|head|chief|author|ai\b|former|lead|managing|associate|freelance|reporter|correspondent|expert|content|marketing|ceo|cto|director|manager|certified|licensed|professor|dr\b)/i
/**
 * The forms of a date a meta line shows ("March 4, 2031", "4 Mar 2031", "4th March 2031",
 * "2031-03-04").
 */
const DATE_FORMS = String.raw`(?:[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4}|\d{4}-\d{2}-\d{2})`
/**
 * A blog's meta line in one text, its date first ("March 4, 2031 by Jane Roe", "Posted on 4 March
 * 2031 by Jane Roe"): the credit is what follows "by". Read just below the headline only: the
 * cards of other posts listed further down carry the same line.
 */
const DATED_LINE = new RegExp(
  String.raw`^(?:(?:[Pp]osted|[Pp]ublished)\s+(?:on\s+)?)?(?:${DATE_FORMS}|\d{1,2}[./-]\d{1,2}[./-]\d{4})\s+[Bb]y:?\s+\p{Lu}`,
  'u'
)
/** A date alone in its text. */
const DATE_ALONE = new RegExp(`^${DATE_FORMS}$`)
/** A date and the separator of a meta line after it ("March 4, 2031 ·"). */
const META_DATE = new RegExp(`^${DATE_FORMS}\\s*[·•⋅|]$`)
/** A separator and a date after a name ("Jane Roe — March 4, 2031"). */
const TRAILING_DATE = new RegExp(`\\s[·•⋅|–—-]\\s*${DATE_FORMS}$`)
/** A date and a separator before a name ("Mar 4, 2031 · Jane Roe"). */
const LEADING_DATE =
  /^\s*(?:[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9},? \d{4})\s*[·•|⋅-]\s*/
const MENU_TAGS = new Set(['nav', 'menu', 'a', 'option', 'button', 'select'])
const AUTHOR_HINT =
  /(?:^|[\s_-])(?:byline|author-name|author|byline-name|authors|posted-by|written-by)(?:$|[\s_-])/
/**
 * Drupal's field of the node's owner (`field--name-uid`): the account the story is credited to,
 * shown as the byline by its article templates.
 */
const DRUPAL_AUTHOR = /(?:^|\s)field--name-uid(?:$|\s)/
/**
 * Any class or id that mentions an author or byline ("authorName", "blog__authorname"), not
 * "authority".
 */
const AUTHOR_WORD = /author(?!it|iz|is)|byline/

/**
 * A link to a writer's archive page, the path blog and news platforms give each author
 * ("/author/jane-roe/", "/authors/jane-roe", "/contributor/jane_roe").
 */
const AUTHOR_PAGE =
  /\/(?:authors?|contributors?|writers?|staff|journalists?|reporters?|columnists?|by|byline|autor(?:es|in)?|autore|auteurs?)\/[^/?#]+\/?(?:[?#]|$)/i

/** A tag or category archive's address ("/tag/ferries", "/blog/category/harbour-news/"). */
const TOPIC_PAGE = /\/(?:tags?|categor(?:y|ies))\/[^/?#]/i

/** Elements a browser lays out on their own line: names in separate ones are separate credits. */
const BLOCK_TAGS = new Set([
  'li',
  'div',
  'p',
  'dd',
  'dt',
  'td',
  'th',
  'tr',
  'ul',
  'ol',
  'section',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])

/**
 * The text of a credit element as readers see it: like `textOf`, but names in separate block
 * elements ("<li>Jane Roe</li><li>Kit Ambrose</li>") are kept apart by a comma, not glued together.
 */
function creditText(root: El): string {
  const parts: string[] = []
  const todo: (El | string)[] = [root]
  while (todo.length > 0) {
    const node = todo.pop()!
    if (typeof node === 'string') parts.push(node)
    // A line break ends a credit's line as a block does ("By Jane Roe<br>Staff writers").
    else if (node.tag === 'br') parts.push(', ')
    // A rel="tag" link (microformats rel-tag) or a link to a tag or category archive ("/tag/…",
    // "/category/…", the paths blog platforms give them) names a topic, never a writer.
    else if (node !== root && isTopicLink(node)) parts.push(', ')
    else {
      const block = node !== root && BLOCK_TAGS.has(node.tag)
      if (block) todo.push(', ')
      for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i]!)
      if (block) parts.push(', ')
    }
  }
  return (
    parts
      .join('')
      .replace(/\s+/g, ' ')
      .replace(/\s*,(?:\s*,)*\s*/g, ', ')
      .replace(/^[,\s]+|[,\s]+$/g, '')
      // "By, Jane Roe": a label in its own block belongs to the name after it.
      .replace(/\b((?:written\s+|posted\s+)?by:?|authors?:?),\s/gi, '$1 ')
  )
}

/** A link to a topic: rel="tag", or an address in a tag or category archive. */
const isTopicLink = (node: El) =>
  /(?:^|\s)tag(?:\s|$)/i.test(node.attrs.rel ?? '') ||
  (node.tag === 'a' && TOPIC_PAGE.test(node.attrs.href ?? ''))

/**
 * The credit in `first` and in the elements joined to it by "," "&" or "and" ("By <a>Jane Roe</a>,
 * <a>Kit Ambrose</a> and <a>Sam Oduya</a>"): each a name in its own link after one label.
 */
function joinedNames(first: El): string {
  const names = [creditText(first)]
  const siblings = first.parent?.children ?? []
  let i = siblings.indexOf(first) + 1
  while (names.length < 10 && i + 1 < siblings.length) {
    const glue = siblings[i]!
    const next = siblings[i + 1]
    // The separator as text, or in an element of its own ("<span>, </span>").
    const joint = typeof glue === 'string' ? glue : glue.children.length <= 1 ? textOf(glue) : ''
    if (!/^\s*(?:,|&|and)\s*$/.test(joint)) break
    if (typeof next === 'string' || BLOCK_TAGS.has(next!.tag)) break
    names.push(creditText(next!))
    i += 2
  }
  return names.join(', ')
}

/** The element after `el` among its parent's children, skipping white space. */
function nextElement(el: El): El | null {
  const siblings = el.parent?.children ?? []
  for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) {
    const sibling = siblings[i]!
    if (typeof sibling !== 'string') {
      if (sibling.tag !== 'br') return sibling
    } else if (sibling.trim()) return null
  }
  return null
}

/**
 * Children that are elements or non-blank text (parsers split text at every character reference).
 */
function meaningfulChildren(el: El): number {
  let n = 0
  for (const child of el.children) if (typeof child !== 'string' || child.trim()) n++
  return n
}

/** Menus and links ("Solutions by Role", "Shop by Brand") read like bylines but are navigation. */
function inMenu(el: El): boolean {
  let node: El | null = el
  for (let level = 0; node && level < 6; level++, node = node.parent)
    if (MENU_TAGS.has(node.tag)) return true
  return false
}

/** Whether `el` sits in the site's navigation (`<nav>`, `<menu>`, `role="navigation"`). */
function inNavigation(el: El): boolean {
  let node: El | null = el.parent
  for (let level = 0; node && level < 8; level++, node = node.parent)
    if (node.tag === 'nav' || node.tag === 'menu' || node.attrs.role === 'navigation') return true
  return false
}

/**
 * A reader comment's credit ("comment-author", "comment-form-author") or anything in a form (the
 * "Name*" label of the comment form): the commenter, not the story's author. Only the element's
 * own class counts: pages set comment flags on wrappers of the whole story ("has-comments").
 */
function commenter(el: El, hint: string): boolean {
  if (hint.includes('comment')) return true
  let node: El | null = el
  for (let level = 0; node && level < 8; level++, node = node.parent)
    if (node.tag === 'form') return true
  return false
}

/**
 * Class or id of a block listing other stories ("related-posts", "recommended", "read-next",
 * "more-stories", "most-read", a "Recent Posts" widget, "latest-posts", "you-may-also-like"): the
 * writers its cards credit are not the page's.
 */
const OTHER_STORIES =
  /(?:^|[\s_-])(?:related|recommended|recommendations|read-?next|more-stories|most-(?:read|popular)|trending|popular-posts|recent|latest|you-may-(?:also-)?like|also-like|more-from)(?:$|[\s_-])/i

/**
 * Whether `el` sits in a block listing other stories (up to eight levels up). A block that holds
 * the story's own headline wraps the story, whatever its class says ("has-related-posts").
 */
function inOtherStories(el: El, out: BylineEvidence): boolean {
  let node: El | null = el
  for (let level = 0; node && level < 8; level++, node = node.parent) {
    if (out.headlineBlocks?.has(node)) continue
    if (OTHER_STORIES.test(classAndId(node))) return true
    // Readers' comments ("responses", "comment-list"), the site's widgets, a block headed "More
    // stories" or "Related" with no class to say so, and the site's footer (a team list) credit
    // other people.
    if (READERS.test(classAndId(node)) || headedAsOtherStories(node)) return true
    if (node.tag === 'footer' && !hasAncestor(node, (a) => a.tag === 'article' || a.tag === 'main'))
      return true
  }
  return inListedPost(el, out.headlineBlocks) || inAnotherArticle(el, out.headlineBlocks)
}

/**
 * Class or id tokens of a block of readers' comments or responses, or of a WordPress widget (the
 * site-wide boxes of a sidebar or footer: "Recent posts", "About", whose "Written by" is no credit
 * of this story).
 */
const READERS =
  /(?:^|\s)(?:comments?|comment-list|commentlist|comments-area|responses?|replies|disqus_thread|widget|widget-area)(?:$|\s)/i

/** Whether an ancestor of `el` (up to 12 levels) passes `test`. */
function hasAncestor(el: El, test: (node: El) => boolean): boolean {
  let node: El | null = el.parent
  for (let level = 0; node && level < 12; level++, node = node.parent) if (test(node)) return true
  return false
}

/**
 * Whether `el` sits in one of several microdata posts side by side (a post grid that marks each
 * card `itemscope itemtype="https://schema.org/BlogPosting"`, with its own author and date),
 * unless that post holds the story's headline (`headlineBlocks`).
 *
 * @example
 * inListedPost(authorOfSecondCard) // true: its post has a sibling post of the same type
 */
export function inListedPost(el: El, headlineBlocks?: Set<El>): boolean {
  let node: El | null = el
  for (let level = 0; node && level < 8; level++, node = node.parent) {
    const type = node.attrs.itemtype
    if (!type || !('itemscope' in node.attrs) || !/Article|Posting/.test(type)) continue
    if (headlineBlocks?.has(node)) return false
    const item = node
    return (node.parent?.children ?? []).some(
      (c) => typeof c !== 'string' && c !== item && c.attrs.itemtype === type
    )
  }
  return false
}

/** A credit for a story's pictures ("Photos by", "Photography:", "Illustration by"). */
const PICTURE_CREDIT =
  /^(?:photos?|photography|photographs|pictures|images|illustrations?|graphics|video|artwork)\s*(?:by\b|:)/i

/** Class words of a picture's credit ("photo-author", "image-byline", "caption__author"). */
const PICTURE_WORD = /photo|image|img|picture|caption/

/**
 * A picture's credit: inside a `<figure>` or its caption, or named for the picture ("photo-author").
 * It names the photographer, not the writer.
 */
function pictureCredit(el: El, hint: string): boolean {
  if (PICTURE_WORD.test(hint)) return true
  let node: El | null = el
  for (let level = 0; node && level < 6; level++, node = node.parent)
    if (node.tag === 'figure' || node.tag === 'figcaption') return true
  return false
}

/**
 * Whether the walk is just below the headline, where a labelled credit ("Author: Jane Roe") is the
 * story's; further down such labels describe other things (a listed module, a cited paper).
 */
const nearHeadline = (out: BylineEvidence) =>
  out.headlineAt !== undefined && (out.position ?? 0) - out.headlineAt <= NEAR_HEADLINE

/** Where a "By" line seen now belongs: before or after the first `<h1>`. */
const byLinesOf = (out: BylineEvidence) =>
  out.headlineAt === undefined ? (out.byLinesBefore ??= []) : out.byLines

/**
 * Adds what `el` says about the page's authors. Call it for every element in document order.
 *
 * @example
 * const evidence: BylineEvidence = { byLines: [], authorEls: [] }
 * walk(page.root, (el) => collectBylineEvidence(el, evidence))
 */
export function collectBylineEvidence(el: El, out: BylineEvidence): void {
  if (
    byLinesOf(out).length < MAX_EVIDENCE &&
    el.children.length <= 24 &&
    meaningfulChildren(el) <= 8 &&
    !inMenu(el) &&
    !inOtherStories(el, out)
  ) {
    const first =
      el.children.find((c): c is string => typeof c === 'string' && c.trim() !== '')?.trim() ?? ''
    // A short label ("By", "Written by"), or a whole credit line in one text ("Written by Jane
    // Roe on March 4, 2031").
    if (
      first &&
      (first.length <= 30 ||
        (first.length <= 80 &&
          (CREDIT_LINE.test(first) ||
            PICTURE_CREDIT.test(first) ||
            FOREIGN_BY.test(first) ||
            DATED_BY.test(first) ||
            (DATED_LINE.test(first) && nearHeadline(out)) ||
            (AUTHOR_LABEL.test(first) && nearHeadline(out))))) &&
      (/^(?:[\p{L}-]+\s+){0,2}by\b/iu.test(first) ||
        FOREIGN_BY.test(first) ||
        FOREIGN_LABEL.test(first) ||
        /^authors?\b/i.test(first) ||
        (AUTHOR_LABEL.test(first) && nearHeadline(out)) ||
        DATED_BY.test(first) ||
        (DATED_LINE.test(first) && nearHeadline(out)) ||
        WRITTEN_BY.test(first) ||
        ABOUT_AUTHOR.test(first))
    ) {
      const text = creditText(el)
      if (ABOUT_AUTHOR.test(text)) {
        // The box's first text that reads as a name (a bio sentence after the heading is none).
        const box = nextElement(el)
        const name = box ? firstNameText(box) : null
        if (name) byLinesOf(out).push(name)
      } else if (BY_LABEL.test(text) || WRITTEN_BY.test(text)) {
        // "Written by" in one element, the name in the next one.
        const name = nextElement(el)
        const value = name ? joinedNames(name) : ''
        if (value && value.length <= 80) byLinesOf(out).push(value)
        else if (name) {
          // An author box after the label (photo, name, role, bio): the first text that is a name;
          // a list of such boxes ("Authors" over one item per writer): the first name of each.
          const items = name.children.filter((c): c is El => typeof c !== 'string')
          const listed =
            items.length >= 2 && items.every((c) => c.tag === 'li')
              ? items.slice(0, 10).map(firstNameText)
              : [firstNameText(name)]
          const found = listed.filter((n): n is string => !!n)
          if (found.length > 0) byLinesOf(out).push(found.join(', '))
        }
      } else {
        // "By Jane Roe · Review Editor · 8 min read": the credit ends at the first separator.
        // "Posted on March 4, 2031 by Jane Roe": the credit is what follows "by".
        // "<time>03/04/2031</time> by Jane Roe" (Drupal's node meta, many themes): the date in
        // an element of its own before the credit's text.
        const dated =
          DATED_BY.test(first) ||
          DATED_LINE.test(first) ||
          (text !== first && nearHeadline(out) && DATED_LINE.test(text))
        const line = dated ? text.replace(/^.*?\sby:?\s+(?=\p{Lu})/iu, 'By ') : text
        const parts = line.split(/\s[·•|⋅]\s/)
        // "Photography by Tomas Reyes | Words by Ada Quill": the pictures' credit first, the
        // writer's in a later part.
        const writer = PICTURE_CREDIT.test(parts[0]!)
          ? parts.findIndex((part) => BY_TEXT.test(part))
          : 0
        const [head, ...rest] = parts.slice(Math.max(writer, 0))
        // "By Jane Roe · Kit Ambrose": a second writer after the separator, when the part reads as
        // a person's name (a known given name first), not a role, a date or the outlet.
        const more = rest.slice(0, 3)
        const joined = more.findIndex((part) => !separatedName(part))
        const credit = [head!, ...more.slice(0, joined < 0 ? more.length : joined)].join(', ')
        // In another language the word also starts sentences and headings ("Von Anfang An"):
        // the credit must read as a name.
        const foreign =
          FOREIGN_BY.test(credit) || FOREIGN_LABEL.test(first) || AUTHOR_LABEL.test(credit)
        const lead = credit
          .replace(FOREIGN_BY, '')
          .replace(AUTHOR_LABEL, '')
          .split(/,|\s(?:and|et|y|e|und|en|og|och)\s/)[0]!
          .trim()
        // …a name, once a date after it is cut ("Par Anne Roy - Publié le 04/03/2031").
        const named = !foreign || looksLikeName(lead) || looksLikeName(cleanByline(lead) ?? '')
        const credited = BY_TEXT.test(credit) || (AUTHOR_LABEL.test(credit) && nearHeadline(out))
        // The label goes before the credit is split ("Text and photos: Jane Roe" is one writer).
        if (credit.length <= 80 && credited && named)
          byLinesOf(out).push(BY_TEXT.test(credit) ? credit : credit.replace(AUTHOR_LABEL, ''))
      }
    }
  }
  const hint = classAndId(el)
  if (
    out.authorEls.length < MAX_EVIDENCE &&
    (el.attrs.rel === 'author' ||
      el.attrs.itemprop === 'author' ||
      AUTHOR_HINT.test(hint) ||
      DRUPAL_AUTHOR.test(hint)) &&
    !commenter(el, hint) &&
    !pictureCredit(el, hint) &&
    !inOtherStories(el, out)
  ) {
    const text = creditText(el) || microdataName(el)
    if (text && text.length <= 120) out.authorEls.push(text)
  }
  // The site's name in its masthead (a home link or heading before the story's headline).
  if (
    out.mastheadName === undefined &&
    out.headlineAt === undefined &&
    el.children.length <= 4 &&
    (el.tag === 'a' || /^h[1-3]$/.test(el.tag)) &&
    (el.tag !== 'a' || el.attrs.href === '/')
  ) {
    const text = textOf(el)
    if (text.length <= 40) out.mastheadName = siteOwner(text) ?? undefined
  }
  nameBesideHeadline(el, out)
  if (
    out.copyright === undefined &&
    el.children.some((c) => typeof c === 'string' && c.includes('©'))
  ) {
    const text = textOf(el)
    if (text.length <= 100) out.copyright = siteOwner(text) ?? undefined
  }
  const links = (out.authorLinks ??= [])
  if (
    links.length < MAX_EVIDENCE &&
    el.tag === 'a' &&
    AUTHOR_PAGE.test(el.attrs.href ?? '') &&
    // A site menu's list of columnists, and the cards of other stories, link writers who did not
    // write this story.
    !inNavigation(el) &&
    !inOtherStories(el, out)
  ) {
    const text = squash(textOf(el))
    const name = looksLikeName(text) ? text : nameOfSlug(el)
    if (name && !links.includes(name)) links.push(name)
  }
  // Co-authors as links to their archive pages side by side under the headline ("Ada Quill, Tomas
  // Reyes & Nell Marsh": WordPress's co-author plugins and many themes, whose JSON-LD names only
  // the first).
  if (
    out.coAuthors === undefined &&
    el.children.length <= 24 &&
    out.headlineAt !== undefined &&
    (out.position ?? 0) - out.headlineAt <= LINKS_NEAR_HEADLINE
  ) {
    const linked = el.children.filter(
      (c): c is El => typeof c !== 'string' && c.tag === 'a' && AUTHOR_PAGE.test(c.attrs.href ?? '')
    )
    if (linked.length >= 2) {
      const found = linked.slice(0, 8).map((a) => squash(textOf(a)))
      let between = textOf(el)
      for (const name of found) between = between.replace(name, ' ')
      if (found.every((n) => looksLikeName(n)) && /^(?:[\s,&]|\band\b)*$/i.test(between))
        out.coAuthors = found
    }
  }
  const names = (out.nameEls ??= [])
  if (
    names.length < MAX_EVIDENCE &&
    AUTHOR_WORD.test(hint) &&
    !inMenu(el) &&
    !commenter(el, hint) &&
    !pictureCredit(el, hint) &&
    !inOtherStories(el, out)
  ) {
    // The first text inside that reads as a name: author boxes also hold photos, roles and bios.
    const text = firstNameText(el)
    if (text) names.push(text)
  }
}

/**
 * Tracks the text position and keeps the first bare person's name ("Jane Roe | Senior Writer",
 * "Jane Roe in Gardening") shown just after the headline: bylines without a "By" or an author
 * class. The name must start with a known given name, unless it follows the date of a meta line
 * ("March 4, 2031 · Jane Roe"), a form that says who wrote the story whatever the name.
 */
function nameBesideHeadline(el: El, out: BylineEvidence): void {
  if (el.tag === 'h1' && out.headlineAt === undefined) {
    out.headlineAt = out.position ?? 0
    out.headlineBlocks = new Set()
    for (let node: El | null = el; node; node = node.parent) out.headlineBlocks.add(node)
  }
  // Adjacent texts are one run: parsers split text at character references ("Jane Roe &mdash;
  // March 4, 2031").
  const runs = textRuns(el)
  for (const child of runs) {
    const start = out.position ?? 0
    out.position = start + child.length
    if (
      out.headlineAt === undefined ||
      out.besideHeadline ||
      start - out.headlineAt > NEAR_HEADLINE ||
      child.length > 120
    )
      continue
    const whole = squash(child)
    if (!whole) continue
    // "March 4, 2031 · Jane Roe": the meta line under a headline, a name right after its date.
    const afterDate = out.metaLine === 'separator' || LEADING_DATE.test(whole)
    out.metaLine =
      META_DATE.test(whole) || (out.metaLine === 'date' && /^[·•⋅|]$/.test(whole))
        ? 'separator'
        : DATE_ALONE.test(whole)
          ? 'date'
          : undefined
    const text = whole
      .replace(LEADING_DATE, '')
      .split(/\s[|·•⋅–—-]\s/)[0]!
      .replace(/\s+in$/, '')
    const words = text.split(' ')
    // A known given name, or two or three words right after the date (any name).
    const dated = afterDate || TRAILING_DATE.test(whole)
    const known = GIVEN_NAMES.has(words[0]!.toLowerCase()) || (dated && words.length <= 3)
    if (words.length > 1 && known && looksLikeName(text)) out.besideHeadline = text
  }
}

/** A part of a meta line that names a person: a known given name, then one or two more words. */
function separatedName(part: string): boolean {
  const text = squash(part)
  const words = text.split(' ')
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    GIVEN_NAMES.has(words[0]!.toLowerCase()) &&
    looksLikeName(text)
  )
}

/** A name as an address spells it ("Renée O'Hara" as "renee-ohara"). */
const slugOf = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '')

/**
 * The writer an archive link with no name in it stands for ("Articles by Juliette", "View
 * profile" to "/authors/ada-quill"): the name shown beside it, in the same card (up to three
 * levels up), that the link's address spells.
 */
function nameOfSlug(link: El): string | null {
  const slug =
    /\/(?:authors?|contributors?|writers?|staff|journalists?|reporters?|columnists?|by|byline|autor(?:es|in)?|autore|auteurs?)\/([^/?#]+)/i.exec(
      link.attrs.href ?? ''
    )?.[1]
  let wanted = ''
  try {
    wanted = slug ? slugOf(decodeURIComponent(slug)) : ''
  } catch {
    return null
  }
  if (wanted.length < 4) return null
  let card: El | null = link.parent
  for (let level = 0; card && level < 3; level++, card = card.parent) {
    const todo: (El | string)[] = [card]
    for (let seen = 0; todo.length > 0 && seen < 60; seen++) {
      const node = todo.pop()!
      if (typeof node === 'string') {
        const text = squash(node)
        if (text.length <= 60 && slugOf(text) === wanted && looksLikeName(text)) return text
      } else for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i]!)
    }
  }
  return null
}

/**
 * A microdata author that shows no text: its name in a `<meta itemprop="name" content>` inside
 * (`<span itemprop="author" itemscope><meta itemprop="name" content="Jane Roe"></span>`).
 */
function microdataName(root: El): string {
  const todo: El[] = [root]
  for (let seen = 0; todo.length > 0 && seen < 20; seen++) {
    const node = todo.pop()!
    if (node.tag === 'meta' && node.attrs.itemprop === 'name') return node.attrs.content ?? ''
    for (const child of node.children) if (typeof child !== 'string') todo.push(child)
  }
  return ''
}

/** The first short text below `el` (in document order, a bounded look) that reads as a name. */
function firstNameText(root: El): string | null {
  const todo: (El | string)[] = [root]
  for (let seen = 0; todo.length > 0 && seen < 60; seen++) {
    const node = todo.pop()!
    if (typeof node === 'string') {
      const text = squash(node).replace(/^(?:(?:written|posted|reported|authored)\s+)?by:?\s+/i, '')
      if (text && looksLikeName(text)) return text
      // An author box's bio opens on the writer's name ("Jane Roe is a reporter who covers …").
      const bio = BIO_OPENING.exec(text)?.[1]
      if (bio && looksLikeName(bio)) return bio
    } else if (!isTopicLink(node))
      for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i]!)
  }
  return null
}

/**
 * Decodes character references left in metadata that was escaped twice (`&amp;amp;`, `&#8211;`).
 */
export function decodeResidual(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi,
    (m, dec?: string, hex?: string, name?: string) => {
      if (name)
        return (
          (
            { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' } as Record<
              string,
              string
            >
          )[name.toLowerCase()] ?? m
        )
      const code = dec ? Number(dec) : parseInt(hex!, 16)
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : m
    }
  )
}

/**
 * Cuts a role or label glued to the name by adjacent elements ("Jane RoeSenior Writer", "Jane
 * RoeUpdated", "Jane RoeData Editor"): from the second word on, a capitalised word with a role or
 * label word glued to its end, or with a word glued to it that starts a role ("Data Editor", any
 * words before a role word). Names with inner capitals ("MacFarlane", "SubbaRao", "MacDonald
 * Senior Writer": the glued part a given name) are left alone.
 */
function unglue(text: string): string {
  // "Jane RoeJane Roe", "JaneJane": the same name rendered twice (visible and screen-reader
  // copies).
  const twice = /^(.{2,40}?)\s?\1$/u.exec(text)
  if (twice) return twice[1]!
  const words = text.split(' ')
  for (let i = 1; i < words.length; i++) {
    const glued = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}.*)$/u.exec(words[i]!)
    if (!glued) continue
    const rest = [glued[2]!, ...words.slice(i + 1)].join(' ')
    const role =
      GLUED_ROLE.test(glued[2]!) ||
      (isRoleOrMenu(rest) && !/\d/.test(rest) && !GIVEN_NAMES.has(glued[2]!.toLowerCase()))
    if (role) return [...words.slice(0, i), glued[1]].join(' ')
  }
  return text
}

/** A writer's role after the name, with words that qualify it ("Senior Political Correspondent"). */
const ROLE_AFTER_NAME =
  /\s+(?:(?:staff|senior|contributing|chief|political|business|sports|health|special|associate|managing|executive|deputy|news|investigative|education|science|technology|local|metro|national|foreign|features?|opinion)\s+){1,3}(?:writer|reporter|correspondent|editor|columnist|contributor)s?$/i

/** A writer's role before a first and last name ("Staff Writer Jane Roe", "Correspondent Kit Ambrose"). */
const LEADING_ROLE =
  /^(?:(?:staff|senior|contributing|chief|special|political|business|sports|health|associate|managing|news|local)\s+)*(?:writer|reporter|correspondent|editor|columnist)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/iu

/** A name, then "for" and the outlet ("Jane Roe for The Lowmere Post"). */
const FILED_FOR = /^([^,|]{3,60}?)\s+(?:for|For|FOR)\s+(?:[Tt]he\s+|THE\s+)?\p{Lu}.*$/u

/** A bio's first words: a name of two or three words, then what the person is or does. */
const BIO_OPENING =
  /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})\s+(?:is|was|has|writes|covers|reports|joined)\s/u

/** A joint credit for the words and the pictures ("Story and photos by", "Text & images by"). */
const JOINT_CREDIT =
  /^\s*(?:story|text|words|article)\s+(?:and|&)\s+(?:photos?|photographs|photography|pictures|images|video)\s+by:?\s+/i

/** A credit for checking a story rather than writing it ("Medically reviewed by", "Edited by"). */
const REVIEWER_CREDIT =
  /^(?:(?:medically|clinically|expert|professionally)\s+)?(?:reviewed|fact[- ]?checked|edited|verified|approved)\s+by\b/i

/** A byline without "By", roles or URLs; null when it is not a name. */
export function cleanByline(raw: string): string | null {
  const whole = squash(decodeResidual(raw.slice(0, 300)))
  // "Medically reviewed by …", "Fact checked by …", "Edited by …" in an element named for the
  // author: the credit of the person who checked the story, not of its writer.
  if (REVIEWER_CREDIT.test(whole)) return null
  const text = unglue(whole)
    // "Updated Jan 8, 2031 Written by Jane Roe": the credit inside a longer line.
    .replace(/^.*?\b(?:written|posted|reported|authored)\s+by\b[:\s]*(?=\p{Lu})/iu, '')
    // A date and a separator before the name ("Mar 4, 2031 · Jane Roe"), quotes around it.
    .replace(LEADING_DATE, '')
    .replace(/^["“”]+|["“”]+$/g, '')
    // "View all posts by Jane Roe": the text WordPress themes give the link to a writer's archive.
    .replace(
      /^(?:(?:view|see|read|browse)\s+)?(?:all\s+)?(?:posts|articles|stories|entries)\s+by:?\s+/i,
      ''
    )
    // "— Jane Roe" signing off the story, the dash a sign-off line opens on.
    .replace(/^[—–-]+\s*(?=\p{Lu})/u, '')
    .replace(
      /^(?:(?:guest\s+)?(?:written|posted|reported|reporting|published|submitted|contributed|compiled|article|story|text|words|guide|recipe|review|interview|feature|report|authored|column|essay|commentary|opinion|analysis|op-ed|post)\s*)?(?:by\b[:\s]*|by(?=\p{Lu}))/iu,
      ''
    )
    .replace(/^(?:the\s+)?authors?[:\s]+/i, '')
    .replace(AUTHOR_LABEL, '')
    .replace(FOREIGN_BY, '')
    // "Por Redacción", "Par La Rédaction", "Von Redaktion": a newsroom credited as one word.
    .replace(/^(?:[Pp]ar|[Pp]or|[Vv]on|[Dd]oor|[Aa]v|[Aa]f):?\s+(?=(?:La\s+)?\p{Lu}\p{Ll}+$)/u, '')
    // "김민준 기자", "山田太郎記者": Korean and Japanese bylines put the word for reporter (or
    // correspondent, editorial writer) after the name; Chinese ones put it before ("记者 王明").
    .replace(
      /\s*(?:(?:선임|수석|객원)?기자|특파원|논설위원|記者|特派員|編集委員)(?=[\s,]|$).*$/u,
      ''
    )
    .replace(/^(?:记者|記者)[\s:：]*/u, '')
    // "Jane Roe in Gardening": the section the post was filed under.
    .replace(/\s+in\s+\p{Lu}.*$/u, '')
    // "Jane Roe on 4 Mar", "Jane Roe on behalf of the desk", "Jane Roe 4 March 2031", "Jane Roe30
    // Sep 2031".
    // "Jane Roe at 10:30 PM", "Jane Roe at March 4, 2031 10:30 AM" (a blog's "Posted by … at …").
    .replace(
      /\s+(?:on\s+behalf\b|(?:on|at)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b)).*$/i,
      ''
    )
    .replace(
      /(?<=\p{L})\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}.*$/iu,
      ''
    )
    .replace(
      /\s*(?:\||•|·|⋅|\bupdated\b|\bpublished\b|\bsponsored\b|\breviewed by\b|\bfact[- ]checked\b|\bedited by\b).*$/i,
      ''
    )
    // The same in French, German, Spanish, Portuguese, Italian and Dutch ("Par Anne Roy - Publié le
    // 04/03/2031", "Von Jan Roth, veröffentlicht am …").
    .replace(
      /\s*[-–—,]?\s*\b(?:publi[ée]e?|mis à jour|ver[öo]ffentlicht|aktualisiert|publicad[oa]|actualizad[oa]|atualizad[oa]|pubblicat[oa]|aggiornat[oa]|gepubliceerd|bijgewerkt)(?:\s.*)?$/i,
      ''
    )
    .replace(
      /\s*[|,–—/-]\s*(?:[\p{L} ]{0,30}(?:staff|writer|reporter|correspondent|editor|editorial|contributor|team)).*$/iu,
      ''
    )
    // "Staff Writer Jane Roe": the role before the name.
    .replace(LEADING_ROLE, '')
    // A date glued after the name: "Jane Roe - Mar 27", "Jane Roe Jul 18, 2025".
    .replace(
      /\s*[-–—|,]?\s*(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*$/i,
      ''
    )
    // The outlet the writer filed for ("Jane Roe Special to the Ledger") and a role without a
    // separator ("Jane Roe Staff Writer").
    .replace(/\s+[Ss]pecial\s+to\s+(?:[Tt]he\s+)?\p{Lu}.*$/u, '')
    // "Jane Roe for The Lowmere Post", "Jane Roe for Harbour Weekly": the outlet the writer filed
    // for, after a person's name ("Center for Harbour Studies" is one organisation's name).
    .replace(FILED_FOR, (whole, writer: string) =>
      writer.includes(' ') && looksLikeName(writer) ? writer : whole
    )
    // "Jane Roe / Photos by Kit Ambrose": the pictures' credit after the writer's.
    .replace(/\s+\/\s+(?:photos?|photographs?|photography|pictures|images|video)\b.*$/i, '')
    // "Jane Roe (Tarnby Courier)", "Jane Roe (Invented Press)": the outlet in brackets.
    .replace(/(?<=\p{L})\s+\((?:[Tt]he\s+)?\p{Lu}[^()]{1,40}\)$/u, (whole) =>
      OUTLET_PART.test(whole.trim().slice(1, -1)) ? '' : whole
    )
    // "Jane Roe / The Invented Press", "Jane Roe / Lowmere News": the outlet after the writer.
    .replace(
      /(?<=\p{L})\s+\/\s+(?=[Tt]he\s|[\p{L} ]{0,40}\b(?:Press|News|Agency|Wire|Service)$).*$/u,
      ''
    )
    .replace(ROLE_AFTER_NAME, '')
    // "JANE ROE Associated Press": a name set in capitals, then the outlet or role in ordinary case.
    // The last word in capitals is a surname, not an initial ("A. J. Neal" stays).
    .replace(/^((?:\p{Lu}[\p{Lu}.'’-]*\s+)+\p{Lu}[\p{Lu}'’-]*\p{Lu})\s+\p{Lu}\p{Ll}.*$/u, '$1')
    // "Jane Roe — LOWMERE", "Jane Roe - LOWMERE, Ont.": the dateline set in capitals after a dash.
    .replace(/(?<=\p{Ll})\s+[–—-]\s+\p{Lu}{2,}(?![\p{Ll}]).*$/u, '')
    // "Jane Roe jane.roe@news.example", "Jane Roe (jane@news.example)": the writer's address.
    .replace(/(?<=\p{L})[\s,|]+[(<]?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[)>]?$/u, '')
    // "Jane Roe @janeroe", "Jane Roe (@janeroe)": the writer's social handle after the name.
    .replace(/(?<=\p{L})\s+\(?@[\w.]{1,30}\)?$/u, '')
    .replace(/[\s\-–—:,]+$/, '')
    .trim()
  // "Jane says:" heads a reader comment, not the story.
  if (
    !text ||
    text.length > 80 ||
    /\bsays:?$/i.test(text) ||
    // A label that introduces the name in the next element ("Insights from", "A guide by"): it
    // ends in a lower-case connecting word, which no name does.
    /\s(?:from|by|with|of|for|at|on|to)$/.test(text) ||
    /^https?:|@|\d{3}/.test(text) ||
    /^(?:by|author|the author|admin)$/i.test(text)
  )
    return null
  return text
}

/** An outlet's name: "The …", or words ending in a wire or newsroom noun ("Invented Press"). */
const OUTLET_PART =
  /^[Tt]he\s|\s(?:Press|News|Agency|Wire|Service|Media|Newspapers?|Network|Times|Post|Herald|Gazette|Tribune|Journal|Chronicle|Courier|Ledger|Sentinel|Dispatch|Examiner|Bulletin|Inquirer|Enquirer|Advertiser|Observer|Telegraph|Standard|Daily|Weekly|Magazine)$/
/** A writer's role ("Staff Writer", "Contributing editor"). */
const ROLE_PART =
  /(?:^|\s)(?:[Ww]riter|[Ee]ditor|[Rr]eporter|[Cc]orrespondent|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Pp]hotographer)s?$/

/** A role over a field ("Head of Marketing", "Director for Research"), "and", a capital word. */
const ROLE_FIELDS =
  /(\s(?:of|for)\s+\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)?)\s+(?:and|&)\s+(\p{Lu}\p{L}*)/gu

/** Stands for an "and" the split must not cut at (a private-use character, never in text). */
const JOINED_AND = '\uE000'

/** "KIT AMBROSE" as "Kit Ambrose". */
const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase()
    )

/**
 * Names from one source: split on `,` `;` `&` `and`, cleaned, at most ten. From a visible source,
 * a role or menu entry ("Senior Writer", "By Industry") is dropped, and so is any later part that
 * does not read as a name.
 */
export function splitBylines(list: string[], visible = false): string[] {
  const out = new Set<string>()
  for (const entry of list) {
    decodeResidual(entry)
      .replace(LEADING_DATE, '')
      // "Jane Roe, Head of Marketing and Community Development": after a role over a field, "and"
      // joins a second field, not a second writer (who opens on a given name).
      .replace(ROLE_FIELDS, (whole, role: string, next: string) =>
        GIVEN_NAMES.has(next.toLowerCase()) ? whole : `${role} ${JOINED_AND} ${next}`
      )
      // "et", "y", "e", "und", "en", "og", "och" join two names as "and" does ("Par Anne Roy et
      // Luc Petit", "Door Sanne Smit en Joost Bakker").
      // "Story and photos by Jane Roe": one writer credited for both, not a writer named "Story".
      .replace(JOINT_CREDIT, 'By ')
      .split(/\s*(?:,|;|&|\b(?:and|AND)\b|\s(?:et|y|e|und|en|og|och)\s(?=\p{Lu}))\s*/u)
      .forEach((joined, i) => {
        const part = joined.replaceAll(JOINED_AND, 'and')
        const name = cleanByline(part)
        if (!name) return
        // After a writer, an outlet ("Jane Roe, The Invented Press") or the writer's role ("Jane
        // Roe, Staff Writer") is not a second writer, whichever source gives the credit.
        const cased = titleCase(name)
        if (i > 0 && [name, cased].some((n) => OUTLET_PART.test(n) || ROLE_PART.test(n))) return
        // A role that cleaning cut to a fragment ("Senior Health Reporter" to "Senior"): the part
        // as written is a role, and what is left is no name.
        if (i > 0 && ROLE_PART.test(squash(part)) && !looksLikeName(name)) return
        // The first part is the credit as the page wrote it (a person or a group, "The Desk
        // Team"); later ones must be names, not roles.
        const first = !isRoleOrMenu(name) || isGroupCredit(name)
        // A line set in capitals ("BY JANE ROE AND KIT AMBROSE") is read as its words are.
        const named = looksLikeName(name) || (name === name.toUpperCase() && looksLikeName(cased))
        if (!visible || (i === 0 ? first : named)) out.add(name)
      })
  }
  return [...out].slice(0, 10)
}

/**
 * A name without the publication written after it ("Jane Roe - Lowmere Post", "Jane Roe | Lowmere
 * Post", "Jane Roe Lowmere Post" from two elements of one credit), when `isHouse` knows it.
 */
function withoutHouse(name: string, isHouse: (name: string) => boolean): string {
  const words = name.split(' ')
  for (let i = 2; i < words.length && i <= 6; i++) {
    if (!isHouse(words.slice(i).join(' '))) continue
    const writer = words
      .slice(0, i)
      .join(' ')
      .replace(/\s*[-–—|,/]$/, '')
    // A given name alone before the site ("Laura / Plant House") is how the site signs itself.
    if (writer.includes(' ')) return writer
  }
  return name
}

/**
 * The first source, in order of trust, that yields at least one name. A part that names the
 * publication itself (`isHouse`: "Jane Roe, The Lowmere Post", the wire-service form) is dropped
 * when a person is credited beside it.
 */
export function pickBylines(
  sources: BylineSource[],
  trace?: (rule: string) => void,
  isHouse: (name: string) => boolean = () => false
): string[] {
  for (const source of sources) {
    const split = splitBylines(source.names, source.visible).map((name) =>
      withoutHouse(name, isHouse)
    )
    const people = split.filter((name) => !isHouse(name))
    const names = people.length > 0 ? people : split
    if (names.length > 0) {
      trace?.(source.rule ?? 'unnamed')
      return names
    }
  }
  trace?.('none')
  return []
}
