/**
 * @module Derived indexes written in the same batch as an article (extraction, entities, related-story
 * terms...). Each capability adds one writer to ARTICLE_INDEX_WRITERS; every article write (create,
 * patch, publish, unpublish, archive, the scheduler, bulk import) runs them all, so no index can drift.
 */
import type { Article } from '../domain/article'
import type { Db } from './db'
import { relatedIndexWriter } from './related-index'

/**
 * Returns the statements that bring one derived index in step with the new state of `articles` (one
 * article for an edit, up to 100 for a bulk import). Runs after the article rows are written, inside the
 * same transaction; an article's integer key is `(SELECT seq FROM articles WHERE id = …)`. Must be
 * synchronous, and the NUMBER OF STATEMENTS MUST NOT GROW WITH THE NUMBER OF ARTICLES: bind one JSON array
 * and walk it with `json_each` (D1 allows 1,000 queries per invocation and 100 bound parameters each).
 */
export type ArticleIndexWriter = (db: Db, articles: readonly Article[]) => D1PreparedStatement[]

/** The registered writers, in order. */
export const ARTICLE_INDEX_WRITERS: ArticleIndexWriter[] = [relatedIndexWriter]
