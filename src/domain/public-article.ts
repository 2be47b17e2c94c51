/** @module The article as the public API shows it: no internal `seq`, and its page `url`. */
import type { Article } from './article'
import { articleUrl } from './site'

/** The article as the API shows it: no internal `seq`, and its public page `url`. */
export function publicView(
  article: Article & { seq?: number },
  origin: string
): Article & { url: string } {
  const { seq: _seq, id, slug, ...rest } = article
  return { id, slug, url: articleUrl(origin, slug), ...rest }
}
