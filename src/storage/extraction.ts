/**
 * @module Stored extractions and the entity index. The writer stores each written article's
 * extraction, derived before the write, and rewrites its entity links in the same batch, so
 * `GET /v1/articles?person=…` can never disagree with the article.
 */
import type { DerivedArticle, EntityKind } from '../domain/derived'
import { entityKey } from '../domain/entity-key'
import type { Extraction } from '../extract/index'
import type { Db } from './db'

/**
 * Statements that store the extraction and entity links of `articles` (a constant number of them,
 * whatever the number of articles: each walks one JSON parameter with `json_each`).
 */
export function extractionIndexWriter(
  db: Db,
  derived: readonly DerivedArticle[]
): D1PreparedStatement[] {
  const rows = derived.map(({ article, extraction, entities }) => ({
    id: article.id,
    revision: article.revision,
    at: article.updatedAt,
    extraction,
    entities,
  }))
  const json = JSON.stringify(rows)
  const seqOf = `(SELECT seq FROM articles WHERE id = json_extract(j.value, '$.id'))`
  const entityId = `(SELECT id FROM entities WHERE type = json_extract(e.value, '$.type') AND key = json_extract(e.value, '$.key'))`
  const eachEntity = `json_each(?1) j, json_each(j.value, '$.entities') e`
  return [
    db
      .prepare(
        `INSERT INTO article_extractions (article_seq, extraction, revision, updated_at)
         SELECT ${seqOf}, json_extract(j.value, '$.extraction'), json_extract(j.value, '$.revision'), json_extract(j.value, '$.at')
         FROM json_each(?1) j WHERE true
         ON CONFLICT (article_seq) DO UPDATE SET extraction = excluded.extraction, revision = excluded.revision, updated_at = excluded.updated_at`
      )
      .bind(json),
    db
      .prepare(
        `INSERT OR IGNORE INTO entities (type, key, name)
         SELECT json_extract(e.value, '$.type'), json_extract(e.value, '$.key'), json_extract(e.value, '$.name') FROM ${eachEntity}`
      )
      .bind(json),
    db
      .prepare(
        `INSERT OR IGNORE INTO entity_aliases (type, alias_key, entity_id)
         SELECT json_extract(e.value, '$.type'), al.value, ${entityId} FROM ${eachEntity}, json_each(e.value, '$.aliases') al`
      )
      .bind(json),
    db
      .prepare(
        `DELETE FROM article_entities WHERE article_seq IN (SELECT ${seqOf} FROM json_each(?1) j)`
      )
      .bind(json),
    db
      .prepare(
        `INSERT OR REPLACE INTO article_entities (article_seq, entity_id, mentions, salience)
         SELECT ${seqOf}, ${entityId}, json_extract(e.value, '$.mentions'), json_extract(e.value, '$.salience') FROM ${eachEntity}`
      )
      .bind(json),
  ]
}

/** The stored extraction of an article, or null when none was written yet. */
export async function getStoredExtraction(
  db: Db,
  articleSeq: number
): Promise<{ extraction: Extraction; revision: number } | null> {
  const row = await db
    .prepare('SELECT extraction, revision FROM article_extractions WHERE article_seq = ?1')
    .bind(articleSeq)
    .first<{ extraction: string; revision: number }>()
  return row
    ? { extraction: JSON.parse(row.extraction) as Extraction, revision: row.revision }
    : null
}

/**
 * A condition on the articles row `a` for `listArticles`' `extra` hook: the article mentions an
 * entity of `type` that `name` is the canonical name or any alias of.
 *
 * @example
 * filter.extra = [entityCondition('person', 'Jinping')]
 */
export function entityCondition(
  type: EntityKind,
  name: string
): { sql: string; params: unknown[] } {
  return {
    sql: `EXISTS (SELECT 1 FROM entity_aliases al JOIN article_entities ae ON ae.entity_id = al.entity_id
      WHERE al.type = ?1 AND al.alias_key = ?2 AND ae.article_seq = a.seq)`,
    params: [type, entityKey(name)],
  }
}
