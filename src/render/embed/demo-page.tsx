/**
 * @module `/embed`: the widgets page for partners. Each widget runs live beside the snippet that
 * makes it, with the iframe card, oEmbed and theming snippets.
 */
import type { SiteInfo } from '../jsonld'
import { Layout, feedLinks, toDocument } from '../pages/layout'

export interface DemoPageProps {
  site: SiteInfo
  /** The versioned `widget.js` URL. */
  widgetUrl: string
  /** A published story to show (its slug), or null on an empty site. */
  article: string | null
  section: string | null
}

const THEME = `edgewire-latest, edgewire-related, edgewire-card {
  --edgewire-font: 16px/1.4 Georgia, serif;
  --edgewire-link: #8a1c1c;
  --edgewire-border: 2px solid #8a1c1c;
  --edgewire-radius: 0;
}
edgewire-latest::part(heading) { text-transform: uppercase; }`

// Snippets scroll inside their box instead of widening the page; widgets take the page's link
// colour.
const DEMO_STYLE = `pre{overflow-x:auto;background:#8881;padding:.75rem;border-radius:6px;font-size:.8rem}
.example{margin:2rem 0}edgewire-latest,edgewire-related,edgewire-card{--edgewire-link:#0b57a4;margin:.75rem 0}`

function Example(props: { title: string; snippet: string; children?: unknown }) {
  return (
    <section class="example">
      <h2>{props.title}</h2>
      {props.children}
      <pre>
        <code>{props.snippet}</code>
      </pre>
    </section>
  )
}

/** The whole demo page as an HTML document. */
export async function renderDemoPage(props: DemoPageProps): Promise<string> {
  const { site, widgetUrl } = props
  const article = props.article ?? 'your-article-slug'
  const section = props.section ?? 'world'
  const script = `<script async src="${widgetUrl}"></script>`
  const card = `${site.origin}/embed/articles/${article}`
  const page = (
    <Layout
      site={site}
      title={`Widgets · ${site.name}`}
      description={`Embed ${site.name} stories on your site.`}
      feeds={feedLinks(site)}
      head={
        <>
          <script async src={widgetUrl} />
          <style dangerouslySetInnerHTML={{ __html: DEMO_STYLE }} />
        </>
      }
    >
      <h1>Embed {site.name} on your site</h1>
      <p class="dek">
        One script, three elements. No cookies, no tracking, nothing inline: it runs under a strict
        Content-Security-Policy that allows this origin ({site.origin}).
      </p>
      {props.article ? null : (
        <p class="meta">
          Nothing is published yet: the examples below stay empty until a story is.
        </p>
      )}
      <Example
        title="Latest stories"
        snippet={`${script}\n<edgewire-latest section="${section}" limit="5"></edgewire-latest>`}
      >
        {props.section ? (
          <edgewire-latest section={section} limit="5" />
        ) : (
          <edgewire-latest limit="5" />
        )}
      </Example>
      <Example
        title="Related stories"
        snippet={`${script}\n<edgewire-related article="${article}" limit="4"></edgewire-related>`}
      >
        <edgewire-related article={article} limit="4" />
      </Example>
      <Example
        title="A story card"
        snippet={`${script}\n<edgewire-card article="${article}"></edgewire-card>`}
      >
        <edgewire-card article={article} />
      </Example>
      <Example
        title="Iframe card (for editors that take no scripts)"
        snippet={`<iframe src="${card}" width="560" height="400" title="Story card" loading="lazy" frameborder="0"></iframe>\n${script}`}
      >
        <iframe
          src={card}
          width="560"
          height="400"
          title="Story card"
          loading="lazy"
          frameborder="0"
        />
        <p class="meta">With the script on the page, the iframe takes the height of its card.</p>
      </Example>
      <Example
        title="oEmbed"
        snippet={`curl '${site.origin}/oembed?url=${encodeURIComponent(`${site.origin}/articles/${article}`)}&format=json&maxwidth=480'`}
      >
        <p>
          Article pages advertise it with{' '}
          <code>&lt;link rel="alternate" type="application/json+oembed"&gt;</code>.
        </p>
      </Example>
      <Example title="Theming" snippet={THEME}>
        <p>
          Set CSS custom properties on the elements, or style their parts: <code>container</code>,{' '}
          <code>heading</code>, <code>list</code>, <code>item</code>, <code>link</code>,{' '}
          <code>meta</code>, <code>image</code>, <code>section</code>, <code>dek</code>,{' '}
          <code>byline</code>, <code>date</code>.
        </p>
      </Example>
    </Layout>
  )
  return toDocument(page)
}
