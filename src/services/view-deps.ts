/**
 * @module The names of what a view depends on (migrations 0007, 0010, 0011): a view records them
 * when it is rendered, the write path's triggers queue the ones a write changed, and a flush drops
 * the views that recorded them. Each view names the narrowest one that covers what it shows.
 */
import { MAX_WIDGET_ITEMS } from '../domain/widget'

/** Stories a related block shows at most to depend on the short head (`rh:`): the page's five. */
export const SHORT_HEAD = 5
/** Stories a stored head holds (`rw:`): the largest related widget. */
export const HEAD_SIZE = MAX_WIDGET_ITEMS

/** Anything of the story: its own page, JSON, card, oEmbed, and full-content feeds. */
export const storyDep = (id: string): string => `s:${id}`
/** What a card of the story shows (index pages, list widgets, related lookup entries). */
export const cardDep = (id: string): string => `c:${id}`
/** What a link to the story shows: headline, URL, date, section (related blocks and widgets). */
export const linkDep = (id: string): string => `h:${id}`
/** Any change of a story's stored related list, scores included. */
export const relatedListDep = (seq: number): string => `r:${seq}`

/**
 * What a view showing the first `shown` stories of a stored related list depends on: the short
 * head, the stored head, or (more than a head holds) the whole list.
 */
export function relatedHeadDep(seq: number, shown: number): string {
  if (shown <= SHORT_HEAD) return `rh:${seq}`
  return shown <= HEAD_SIZE ? `rw:${seq}` : relatedListDep(seq)
}

/**
 * What a related lookup (scores and explanations) showing the first `shown` stories of a stored
 * list with the default window depends on (migration 0013): the head's stories with their stored
 * items, or (more than a head holds) the whole list.
 */
export function relatedScoresDep(seq: number, shown: number): string {
  return shown <= HEAD_SIZE ? `rs:${seq}` : relatedListDep(seq)
}
