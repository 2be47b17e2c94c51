/**
 * @module Whether a short visible text reads as a person's (or a team's) name: what a "By …" line
 * or an element named for the author shows, as opposed to the menus ("By Industry"), roles ("Senior
 * Writer") and labels that sit in the same places.
 */
import { GIVEN_NAMES, ORG_ENDINGS, ORG_WORDS } from './lexicon'

/** Words that make a text a role, a credential or a menu entry rather than a name. */
const NOT_NAME = new Set(
  `writer editor editors reporter correspondent columnist contributor contributing expert officer coordinator
  manager director founder co-founder cofounder ceo cto cfo head chief senior marketing content
  journalism grader reviewer specialist strategist analyst consultant engineer researcher educator
  educators professor lecturer category categories type types industry industries role roles size
  sizes need needs topic topics company solutions solution product products brand brands price use
  case platform read more view edition comments comment reply share menu home news by researched
  reviewed edited photography photos
  name email website mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean)
)
/** Lower-case words that belong inside names ("Ludwig van Beethoven", "Ana de la Cruz"). */
const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'la',
  'le',
  'von',
  'da',
  'di',
  'du',
  'dos',
  'bin',
  'al',
  'y',
  'ter',
  'st.',
])

/**
 * True when `text` names a role, a credential or a menu entry ("Senior Writer", "By Industry") or
 * carries digits: never a byline, whatever else the page says.
 *
 * @example
 * isRoleOrMenu('Content Marketing Coordinator') // true
 */
export function isRoleOrMenu(text: string): boolean {
  return (
    /\d/.test(text) ||
    text.split(/\s+/).some((w) => NOT_NAME.has(w.toLowerCase().replace(/[.,'’]+$/, '')))
  )
}

/**
 * A credit to a group rather than a person: capitalised words before a collective noun ("The
 * Marketing Team", "Lowmere Post Staff", "The Harbour editors"). Its words would read as a role
 * ("marketing", "editors"), but the whole is the byline the page gives.
 *
 * @example
 * isGroupCredit('The Harbour Desk editors') // true
 * isGroupCredit('Senior Writer') // false
 */
export function isGroupCredit(text: string): boolean {
  return /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}(?:[Tt]eam|[Ss]taff|[Ee]ditors|[Dd]esk|[Nn]ewsroom)$/u.test(
    text
  )
}

/**
 * True when `text` reads as a name: one to six capitalised words (particles and initials allowed),
 * no digits, no role or menu words; a single word only when it is a known given name.
 *
 * @example
 * looksLikeName('Ada Quill') // true
 * looksLikeName('Industry') // false
 */
export function looksLikeName(text: string): boolean {
  if (text.length < 2 || text.length > 60 || /[\d@/\\|:;!?<>{}[\]=_]/.test(text)) return false
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 6) return false
  const lower = words.map((w) => w.toLowerCase().replace(/[.,'’]+$/, ''))
  if (lower.some((w) => NOT_NAME.has(w))) return false
  const first = lower[0]!
  const allCaps = text === text.toUpperCase()
  if (words.length === 1 || allCaps) return GIVEN_NAMES.has(first)
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && PARTICLES.has(w.toLowerCase())))
}

/**
 * The person a personal site is named after ("Jane Roe", "Jane Roe's blog", "© 2031 Jane Roe."), or
 * null when the text names anything else (organisations, publications, topics).
 *
 * @example
 * siteOwner("Jane Roe's blog") // 'Jane Roe'
 */
export function siteOwner(text: string): string | null {
  const name = text
    .slice(0, 200)
    .replace(/^.*?©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?/, '')
    .replace(/[’']s\s+(?:blog|site|website|homepage|substack|notes|journal)\b.*$/i, '')
    .replace(/\.\s.*$|[.,]$/, '')
    .trim()
  const words = name.split(/\s+/)
  if (words.length < 2 || words.length > 3 || !looksLikeName(name)) return null
  // A title with an article ("The Valley Voice", "L'Écho de Brévannes") names a publication.
  if (/^(?:(?:The|Les|El|Los|Las|Der|Die|Das)\s|L['’])/.test(name)) return null
  // "Lowmere Clinic", and the industry word that ends a company's name ("Quill Solutions").
  const last = words[words.length - 1]!.toLowerCase()
  return words.some((w) => ORG_WORDS.has(w.toLowerCase())) ||
    ORG_ENDINGS.has(last) ||
    BUSINESS_ENDINGS.has(last) ||
    NAMEPLATE_ENDINGS.has(last)
    ? null
    : name
}

/**
 * Words that end a small business's or a practice's name ("Quilla Medical", "Harbour Dental",
 * "Tarnby Travel") and no person's: such a site's name is its owner's company, not a writer.
 */
const BUSINESS_ENDINGS = new Set(
  `medical dental wellness fitness travel tours design designs digital marketing creative legal
  tech software apps shop store supply supplies kitchen cafe farms gardens studio interiors
  cleaning roofing plumbing landscaping`
    .split(/\s+/)
    .filter(Boolean)
)

/**
 * The nameplate words of newspapers beyond those of organisations ("Gullhaven Ledger", "Tarnby
 * Courier", "Lowmere Sentinel"): a town's paper shows its name in the masthead and the copyright
 * line alike, which would otherwise read as a personal site's owner agreeing with itself.
 */
const NAMEPLATE_ENDINGS = new Set(
  `ledger courier sentinel dispatch examiner bulletin inquirer enquirer advertiser register
  recorder reporter messenger monitor beacon clarion courant argus gleaner almanac digest`
    .split(/\s+/)
    .filter(Boolean)
)

/** One signal of who a site is named after, read from one place or from several alike. */
export type OwnerSignal = string | null | undefined | (string | null | undefined)[]

/**
 * The person a site is named after, from its signals (the site's name, a copyright line, the
 * masthead): one that starts with a known given name, or one that two independent signals agree
 * on. Places that state the same thing form one signal (an array): `og:site_name` and the `<title>`'s
 * site part both give the site's name, so any shop or organisation ("Lowmere Garden Centre") would
 * agree with itself there.
 *
 * @example
 * personalSiteOwner([['Ada Quill', 'Ada Quill'], '© 2031 Ada Quill', null]) // 'Ada Quill'
 * personalSiteOwner([['Harbour Tested', 'Harbour Tested'], null, null]) // null
 */
export function personalSiteOwner(signals: OwnerSignal[]): string | null {
  const perSignal = signals.map((signal) => {
    const places = Array.isArray(signal) ? signal : [signal]
    return [...new Set(places.map((s) => (s ? siteOwner(s) : null)).filter((n) => !!n))] as string[]
  })
  const names = perSignal.flat()
  const known = names.find((n) => GIVEN_NAMES.has(n.split(/\s+/)[0]!.toLowerCase()))
  if (known) return known
  return names.find((n, i) => names.indexOf(n) !== i) ?? null
}
