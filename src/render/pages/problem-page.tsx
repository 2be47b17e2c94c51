/**
 * @module The pages that problem `type` URIs name: one per error code, and an index of them all.
 */
import {
  PROBLEM_DESCRIPTION,
  PROBLEM_STATUS,
  PROBLEM_TITLE,
  type ProblemCode,
} from '../../domain/errors'
import type { SiteInfo } from '../jsonld'
import { problemTypePath } from '../problem'
import { Layout, toDocument } from './layout'

/**
 * Renders the page for one problem code: its title, status, what it means and what to do.
 *
 * @example
 * await renderProblemPage('slug_taken', site)
 */
export function renderProblemPage(code: ProblemCode, site: SiteInfo): Promise<string> {
  const title = PROBLEM_TITLE[code]
  return toDocument(
    <Layout site={site} title={`${title} · API problems · ${site.name}`} feeds={[]}>
      <h1>{title}</h1>
      <p>
        HTTP status <strong>{PROBLEM_STATUS[code]}</strong>, code <code>{code}</code>
      </p>
      <p>{PROBLEM_DESCRIPTION[code]}</p>
      <p>
        <a href={`${site.origin}/problems`}>Every problem type</a> ·{' '}
        <a href={`${site.origin}/docs`}>API reference</a>
      </p>
    </Layout>
  )
}

/** Renders the index of every problem code the API answers with. */
export function renderProblemIndex(site: SiteInfo): Promise<string> {
  const codes = Object.keys(PROBLEM_STATUS) as ProblemCode[]
  return toDocument(
    <Layout site={site} title={`API problems · ${site.name}`} feeds={[]}>
      <h1>API problems</h1>
      <p>
        Every error body is an RFC 9457 problem whose <code>type</code> names one of these pages.
      </p>
      <ul>
        {codes.map((code) => (
          <li>
            <a href={`${site.origin}${problemTypePath(code)}`}>{PROBLEM_TITLE[code]}</a> (
            {PROBLEM_STATUS[code]}, <code>{code}</code>)
          </li>
        ))}
      </ul>
    </Layout>
  )
}
