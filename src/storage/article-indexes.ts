/**
 * @module Derived indexes written in the same batch as an article (extraction, entities, related-story
 * terms...). Each capability adds one writer to ARTICLE_INDEX_WRITERS; every article write (create,
 * patch, publish, unpublish, archive, the scheduler, bulk import) runs them all, so no index can drift.
 */
import type { Article } from '../domain/article'
import type { Db } from './db'

/**
 * Returns the statements that bring one derived index in step with the article's new state.
 * Runs after the article row is written, inside the same transaction; the article's integer key is
 * `(SELECT seq FROM articles WHERE id = ?)`. Must be synchronous and bind fewer than 100 parameters
 * per statement (use `json_each` for lists).
 */
export type ArticleIndexWriter = (db: Db, article: Article) => D1PreparedStatement[]

/** The registered writers, in order. */
export const ARTICLE_INDEX_WRITERS: ArticleIndexWriter[] = []
