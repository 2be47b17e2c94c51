/**
 * @module Index pages: the front page and the pages of a section, tag or author: a list of stories
 * with a link to the next page.
 */
import type { Article } from '../../domain/article'
import { languageDirection } from '../../domain/scripts'
import { articleUrl } from '../../domain/site'
import type { SiteInfo } from '../jsonld'
import { Layout, feedLinks, toDocument, type FeedScope } from './layout'
import { Bylines, DateTime } from './parts'

export interface IndexPageInput {
  /** Null for the front page. */
  scope: FeedScope | null
  articles: readonly Article[]
  /** Path and query of the next page, or null on the last page. */
  nextHref: string | null
  /** True on a page reached through a cursor. */
  continued: boolean
}

const SCOPE_LABEL = { sections: 'Section', tags: 'Tag', authors: 'Stories by' } as const

function StoryItem(props: { article: Article; site: SiteInfo }) {
  const { article, site } = props
  return (
    <li lang={article.language} dir={languageDirection(article.language)}>
      <article>
        <h2>
          <a href={articleUrl(site.origin, article.slug)}>{article.headline}</a>
        </h2>
        {article.dek ? <p class="dek">{article.dek}</p> : null}
        <p class="meta">
          <Bylines bylines={article.bylines} site={site} />
          <DateTime iso={article.publishedAt ?? article.createdAt} />
        </p>
      </article>
    </li>
  )
}

/**
 * Renders a complete index page document.
 *
 * @example
 * await renderIndexPage({ scope: null, articles, nextHref: null, continued: false }, site)
 */
export function renderIndexPage(input: IndexPageInput, site: SiteInfo): Promise<string> {
  const { scope } = input
  const heading = scope
    ? scope.kind === 'authors'
      ? `${SCOPE_LABEL.authors} ${scope.name}`
      : scope.name
    : 'Latest stories'
  const path = scope ? `/${scope.kind}/${scope.slug}` : '/'
  return toDocument(
    <Layout
      site={site}
      title={scope ? `${heading} · ${site.name}` : site.name}
      description={
        scope
          ? `${heading}: the latest stories from ${site.name}.`
          : `The latest stories from ${site.name}.`
      }
      canonical={input.continued ? undefined : `${site.origin}${path}`}
      feeds={feedLinks(site, scope ?? undefined)}
      noindex={input.continued}
    >
      {scope && scope.kind !== 'authors' ? <p class="kicker">{SCOPE_LABEL[scope.kind]}</p> : null}
      <h1>{heading}</h1>
      {input.articles.length ? (
        <ol class="stories">
          {input.articles.map((a) => (
            <StoryItem article={a} site={site} />
          ))}
        </ol>
      ) : (
        <p>No stories here yet.</p>
      )}
      <nav class="pager" aria-label="Pages">
        {input.continued ? <a href={`${site.origin}${path}`}>First page</a> : null}
        {input.continued && input.nextHref ? ' · ' : null}
        {input.nextHref ? (
          <a href={`${site.origin}${input.nextHref}`} rel="next">
            Older stories
          </a>
        ) : null}
      </nav>
    </Layout>
  )
}
