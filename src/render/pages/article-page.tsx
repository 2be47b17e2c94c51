/**
 * @module The article page: headline, dek, bylines, dates, lead image with caption and credit, the
 * (already sanitized) body, corrections, section and tags; with OpenGraph, Twitter card, canonical,
 * feed and oEmbed discovery links and NewsArticle JSON-LD in the head.
 */
import type { Article } from '../../domain/article'
import { sanitizeHtml } from '../../domain/html'
import { cutText, languageDirection } from '../../domain/scripts'
import { articleUrl } from '../../domain/site'
import { articleJsonLd, jsonForScript, type SiteInfo } from '../jsonld'
import { Layout, feedLinks, toDocument } from './layout'
import { DateTime, Bylines } from './parts'

/** A description for meta tags: the dek, else the start of the body text. */
function summary(article: Article): string {
  if (article.dek) return article.dek
  const text = article.bodyText.replace(/\s+/g, ' ').trim()
  return text.length > 200 ? `${cutText(text, 197).trimEnd()}…` : text
}

function ArticleHead(props: {
  article: Article
  site: SiteInfo
  url: string
  description: string
}) {
  const { article, site, url, description } = props
  const oembed = (format: 'json' | 'xml') =>
    `${site.origin}/oembed?url=${encodeURIComponent(url)}&format=${format}`
  return (
    <>
      <link
        rel="alternate"
        type="application/json+oembed"
        href={oembed('json')}
        title={article.headline}
      />
      <link rel="alternate" type="text/xml+oembed" href={oembed('xml')} title={article.headline} />
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:title" content={article.headline} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={article.canonicalUrl ?? url} />
      <meta property="og:locale" content={article.language.replace('-', '_')} />
      {article.image ? <meta property="og:image" content={article.image.url} /> : null}
      {article.image?.caption ? (
        <meta property="og:image:alt" content={article.image.caption} />
      ) : null}
      {article.publishedAt ? (
        <meta property="article:published_time" content={article.publishedAt} />
      ) : null}
      <meta property="article:modified_time" content={article.updatedAt} />
      {article.section ? <meta property="article:section" content={article.section.name} /> : null}
      {article.tags.map((t) => (
        <meta property="article:tag" content={t.name} />
      ))}
      <meta name="twitter:card" content={article.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={article.headline} />
      <meta name="twitter:description" content={description} />
      {article.image ? <meta name="twitter:image" content={article.image.url} /> : null}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonForScript(articleJsonLd(article, site)) }}
      />
    </>
  )
}

function LeadImage(props: { article: Article }) {
  const image = props.article.image
  if (!image) return null
  return (
    <figure>
      <img src={image.url} alt={image.caption ?? ''} decoding="async" />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span class="credit">Credit: {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

function Corrections(props: { article: Article }) {
  if (props.article.corrections.length === 0) return null
  return (
    <aside class="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">
        {props.article.corrections.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ul>
        {props.article.corrections.map((c) => (
          <li>
            <DateTime iso={c.at} />: {c.text}
          </li>
        ))}
      </ul>
    </aside>
  )
}

function ArticleView(props: { article: Article; site: SiteInfo }) {
  const { article, site } = props
  const updated =
    article.publishedAt && Date.parse(article.updatedAt) - Date.parse(article.publishedAt) > 60_000
  return (
    <article lang={article.language} dir={languageDirection(article.language)}>
      {article.section ? (
        <p class="kicker">
          <a href={`${site.origin}/sections/${encodeURIComponent(article.section.slug)}`}>
            {article.section.name}
          </a>
        </p>
      ) : null}
      <h1>{article.headline}</h1>
      {article.dek ? <p class="dek">{article.dek}</p> : null}
      <p class="meta">
        <Bylines bylines={article.bylines} site={site} />
        {article.publishedAt ? (
          <>
            Published <DateTime iso={article.publishedAt} />
          </>
        ) : null}
        {updated ? (
          <>
            . Updated <DateTime iso={article.updatedAt} />
          </>
        ) : null}
        {article.source ? <>. Source: {article.source}</> : null}
      </p>
      <LeadImage article={article} />
      {/* sanitized again at render (idempotent, and the page is cached): a row an older release
          stored is safe here even before POST /v1/admin/reindex has rewritten it */}
      <div class="body" dangerouslySetInnerHTML={{ __html: sanitizeHtml(article.body) }} />
      <Corrections article={article} />
      {article.tags.length ? (
        <nav class="terms" aria-label="Tags">
          <ul>
            {article.tags.map((t) => (
              <li>
                <a href={`${site.origin}/tags/${encodeURIComponent(t.slug)}`} rel="tag">
                  #{t.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  )
}

/** A story in the related block: what the related-stories lookup returns, reduced to what is shown. */
export interface RelatedLink {
  slug: string
  headline: string
  publishedAt: string | null
  section: { slug: string; name: string } | null
}

function RelatedStories(props: { stories: readonly RelatedLink[]; site: SiteInfo }) {
  if (props.stories.length === 0) return null
  return (
    <aside class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related stories</h2>
      <ul>
        {props.stories.map((story) => (
          <li>
            <a href={articleUrl(props.site.origin, story.slug)}>{story.headline}</a>
            {story.section || story.publishedAt ? (
              <small>
                {' '}
                {story.section ? story.section.name : null}
                {story.section && story.publishedAt ? ' · ' : null}
                {story.publishedAt ? <DateTime iso={story.publishedAt} /> : null}
              </small>
            ) : null}
          </li>
        ))}
      </ul>
    </aside>
  )
}

/**
 * Renders the complete HTML document of an article page. The body HTML was sanitized when it was
 * written and goes in as is; every other field is escaped by hono/jsx.
 *
 * @example
 * const html = await renderArticlePage(article, { origin: 'https://news.example', name: 'Edgewire' })
 */
export function renderArticlePage(
  article: Article,
  site: SiteInfo,
  options: { preview?: boolean; related?: readonly RelatedLink[] } = {}
): Promise<string> {
  const url = articleUrl(site.origin, article.slug)
  const description = summary(article)
  const scope = article.section
    ? { kind: 'sections' as const, slug: article.section.slug, name: article.section.name }
    : undefined
  return toDocument(
    <Layout
      site={site}
      title={`${article.headline} · ${site.name}`}
      description={description}
      canonical={article.canonicalUrl ?? url}
      language={article.language}
      feeds={feedLinks(site, scope)}
      noindex={options.preview}
      head={<ArticleHead article={article} site={site} url={url} description={description} />}
    >
      <ArticleView article={article} site={site} />
      <RelatedStories stories={options.related ?? []} site={site} />
    </Layout>
  )
}
