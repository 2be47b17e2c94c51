/**
 * @module Extraction as the product offers it: structure what a caller sent (`POST /v1/extract`),
 * turn copy into the fields of a new article, and read an article's stored extraction.
 */
import type { Article } from '../domain/article'
import { extractArticle } from '../domain/derived'
import { withMinConfidence, type Extraction } from '../extract/index'
import { getStoredExtraction } from '../storage/extraction'
import type { ServiceDeps } from './deps'
import { findVisibleArticle } from './articles'

export {
  createFieldsFromCopy,
  runExtraction,
  type CopyOverrides,
  type ExtractInput,
} from '../domain/article-copy'

/**
 * The extraction of an article the caller may see, at least `minConfidence` sure of each quote's
 * speaker: the stored one, or (for articles written before extraction existed) one computed now and
 * not stored on a read.
 */
export async function getArticleExtraction(
  deps: ServiceDeps,
  ref: string,
  minConfidence?: number
): Promise<{ article: Article; extraction: Extraction }> {
  const article = await findVisibleArticle(deps, ref)
  const stored = await getStoredExtraction(deps.db, article.seq)
  const full = stored?.revision === article.revision ? stored.extraction : extractArticle(article)
  return { article, extraction: withMinConfidence(full, minConfidence) }
}
