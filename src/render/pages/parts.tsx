/**
 * @module Small pieces shared by the article and index pages: dates and bylines.
 */
import type { Term } from '../../domain/article'
import type { SiteInfo } from '../jsonld'

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** A `<time>` with a machine-readable datetime and a fixed, locale-independent UTC label. */
export function DateTime(props: { iso: string | null | undefined }) {
  if (!props.iso) return null
  const ms = Date.parse(props.iso)
  if (Number.isNaN(ms)) return null
  return <time datetime={new Date(ms).toISOString()}>{`${DATE_FORMAT.format(ms)} UTC`}</time>
}

/** "By A, B and C. " with each name linking to the author's page. */
export function Bylines(props: { bylines: readonly Term[]; site: SiteInfo }) {
  const n = props.bylines.length
  if (n === 0) return null
  return (
    <>
      By{' '}
      {props.bylines.map((b, i) => (
        <>
          <a href={`${props.site.origin}/authors/${encodeURIComponent(b.slug)}`} rel="author">
            {b.name}
          </a>
          {i < n - 2 ? ', ' : i === n - 2 ? ' and ' : '. '}
        </>
      ))}
    </>
  )
}
