/**
 * @module WebSub publisher: after an article write, tells the configured hub which feeds changed.
 * Registered in ARTICLE_CHANGE_LISTENERS, so it runs in `waitUntil` and a failing hub never fails a
 * write.
 */
import type { Article } from '../../domain/article'
import type { ArticleChange } from '../../services/article-events'
import { previousVersionOf } from '../../services/public-reads'

/** How long a hub may take to answer before the ping is abandoned. */
export const HUB_TIMEOUT_MS = 5000
const FORMATS = ['rss', 'atom', 'json'] as const

/** Feed paths (without extension) an article appears in while it is published. */
export function feedPathsOf(article: Pick<Article, 'section' | 'tags' | 'bylines'>): string[] {
  return [
    'latest',
    ...(article.section ? [`sections/${encodeURIComponent(article.section.slug)}`] : []),
    ...article.tags.map((t) => `tags/${encodeURIComponent(t.slug)}`),
    ...article.bylines.map((b) => `authors/${encodeURIComponent(b.slug)}`),
  ]
}

/**
 * The absolute feed URLs a change affects: every feed the article is in now or was in before the
 * change, when it is or was published. Empty for changes no public feed shows (draft edits).
 */
export function affectedFeedUrls(origin: string, before: Article | null, after: Article): string[] {
  const states = [before, after].filter((a): a is Article => a !== null && a.status === 'published')
  const paths = new Set(states.flatMap(feedPathsOf))
  return [...paths].flatMap((path) => FORMATS.map((ext) => `${origin}/feeds/${path}.${ext}`))
}

/**
 * Pings the hub (`hub.mode=publish`, one `hub.url` per feed) after a committed change. Throws on a
 * hub error so the listener runner logs it; the write itself has already succeeded.
 */
export async function pingWebSubHub(change: ArticleChange): Promise<void> {
  const hub = change.env.WEBSUB_HUB_URL?.trim()
  if (!hub) return
  if (!change.origin)
    throw new Error(
      'WebSub ping skipped: set PUBLIC_BASE_URL so feed URLs are absolute outside a request'
    )
  const { article } = change
  const before = await previousVersionOf({ db: change.env.DB }, article)
  const urls = affectedFeedUrls(change.origin, before, article)
  if (urls.length === 0) return
  const body = new URLSearchParams([
    ['hub.mode', 'publish'],
    ...urls.map((url): [string, string] => ['hub.url', url]),
  ])
  const res = await fetch(hub, {
    method: 'POST',
    body,
    signal: AbortSignal.timeout(HUB_TIMEOUT_MS),
  })
  if (!res.ok) throw new Error(`WebSub hub answered ${res.status}`)
  await res.body?.cancel()
}
