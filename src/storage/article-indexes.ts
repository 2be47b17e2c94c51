/**
 * @module Derived indexes written in the same batch as an article (full text, extraction and
 * entities, related-story terms). The list below is the whole set: every article write (create,
 * patch, publish, unpublish, archive, the scheduler, bulk import, reindex) runs each of them, so no
 * index can drift, and which indexes exist does not depend on what else was imported.
 */
import type { DerivedArticle } from '../domain/derived'
import type { Db } from './db'
import { extractionIndexWriter } from './extraction'
import { relatedIndexWriter } from './related-index'
import { searchIndexWriter } from './search-index'

/**
 * Returns the statements that bring one derived index in step with the new state of the articles
 * (one for an edit, up to 100 for a bulk import), from data derived before the write: a writer runs
 * no extraction of its own. Runs after the article rows are written, inside the same transaction;
 * an article's integer key is `(SELECT seq FROM articles WHERE id = …)`. Must be synchronous, and
 * the NUMBER OF STATEMENTS MUST NOT GROW WITH THE NUMBER OF ARTICLES: bind one JSON array and walk
 * it with `json_each` (D1 allows 1,000 queries per invocation and 100 bound parameters each).
 */
export type ArticleIndexWriter = (
  db: Db,
  derived: readonly DerivedArticle[]
) => D1PreparedStatement[]

/** Every derived index, in the order its statements run. Add a new index here. */
export const ARTICLE_INDEX_WRITERS = Object.freeze([
  searchIndexWriter,
  relatedIndexWriter,
  extractionIndexWriter,
] as const satisfies readonly ArticleIndexWriter[])
