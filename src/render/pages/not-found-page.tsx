/**
 * @module The HTML error page browsers get for a missing page (and for a malformed page address).
 */
import type { SiteInfo } from '../jsonld'
import { Layout, feedLinks, toDocument } from './layout'

/**
 * Renders the "not found" (or "bad request") document. `detail` is shown as text, never as markup.
 *
 * @example
 * await renderErrorPage({ status: 404, detail: 'No article "x".' }, site)
 */
export function renderErrorPage(
  input: { status: 400 | 404 | 406; detail: string },
  site: SiteInfo
): Promise<string> {
  const title =
    input.status === 404
      ? 'Page not found'
      : input.status === 406
        ? 'Not acceptable'
        : 'Bad request'
  return toDocument(
    <Layout site={site} title={`${title} · ${site.name}`} feeds={feedLinks(site)} noindex>
      <h1>{title}</h1>
      <p>{input.detail}</p>
      <p>
        <a href={`${site.origin}/`}>Go to the front page</a>
      </p>
    </Layout>
  )
}
