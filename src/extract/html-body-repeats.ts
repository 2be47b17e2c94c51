/**
 * @module Pages that carry their story twice (a desktop and a mobile layout, a print copy, a
 * carousel that repeats its slides) give the same run of paragraphs twice: the second copy is
 * dropped. A paragraph repeated on its own (a recurring step, a caption line) is kept.
 */

/** Repeated runs shorter than this many paragraphs are kept. */
const MIN_RUN = 3
/**
 * A repeated run must hold this much text: schedules and spec sheets repeat short lines by design.
 */
const MIN_CHARS = 600
/**
 * Paragraphs shorter than this do not start a repeated run (labels such as 'Pros' recur by design).
 */
const MIN_START = 40

/**
 * Drops every run of at least three consecutive paragraphs (600 characters or more) that repeats,
 * in order, a run seen earlier. One pass plus one map: linear in the number of paragraphs.
 *
 * @example
 * // story = three paragraphs of 300 characters each; the page shows them twice
 * dropRepeatedRuns([...story, ...story]) // → story
 */
export function dropRepeatedRuns(paragraphs: string[]): string[] {
  const first = new Map<string, number>()
  paragraphs.forEach((text, i) => {
    if (!first.has(text)) first.set(text, i)
  })
  const drop: boolean[] = new Array<boolean>(paragraphs.length).fill(false)
  let i = 0
  while (i < paragraphs.length) {
    const earlier = first.get(paragraphs[i]!)!
    if (earlier === i || paragraphs[i]!.length < MIN_START) {
      i++
      continue
    }
    // Extend the run while each paragraph equals the one the same distance back.
    const offset = i - earlier
    let end = i
    while (end < paragraphs.length && paragraphs[end] === paragraphs[end - offset]) end++
    let chars = 0
    for (let k = i; k < end; k++) chars += paragraphs[k]!.length
    if (end - i >= MIN_RUN && chars >= MIN_CHARS) for (let k = i; k < end; k++) drop[k] = true
    i = end
  }
  return paragraphs.filter((_, k) => !drop[k])
}
