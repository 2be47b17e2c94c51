/**
 * @module Stored extractions and the entity index. One writer, registered with the article index
 * writers, recomputes every written article's extraction from its stored text and rewrites its entity
 * links in the same batch, so `GET /v1/articles?person=…` can never disagree with the article.
 */
import type { Article } from '../domain/article'
import { ATTRIBUTION_THRESHOLD, extractFromText, type Entity, type Extraction } from '../extract/index'
import { ARTICLE_INDEX_WRITERS, type ArticleIndexWriter } from './article-indexes'
import type { Db } from './db'

export type EntityKind = 'person' | 'organization' | 'place'

/**
 * The folded form entity names and aliases are matched by: lower case, no accents, single spaces.
 *
 * @example
 * entityKey('  Élysée   Palace ') // 'elysee palace'
 */
export function entityKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 200)
}

/**
 * The extraction of an article's current text (headline and standfirst as given, body as stored),
 * with the rules of the article's language (declared or detected when it was written).
 */
export function extractArticle(
  article: Pick<Article, 'headline' | 'dek' | 'bodyText'> & { language?: string },
): Extraction {
  return extractFromText(article.bodyText, { headline: article.headline, dek: article.dek }, article.language)
}

interface IndexedEntity {
  type: EntityKind
  key: string
  name: string
  mentions: number
  salience: number
  aliases: string[]
}

/**
 * The entities an article is indexed under (`?person=`, `?organization=`). Attributions count only
 * from ATTRIBUTION_THRESHOLD up: they add to an entity's mentions, and a name known only from a
 * credit (salience 0: "“…,” said Ann Roe" with no other mention) is indexed as a person only when one of its
 * quotes reaches the threshold.
 */
function indexedEntities(x: Extraction): IndexedEntity[] {
  const lists: [EntityKind, Entity[]][] = [['person', x.entities.people], ['organization', x.entities.organizations], ['place', x.entities.places]]
  const attributed = new Map<string, number>()
  for (const q of x.quotes) {
    if (!q.speakerEntity || q.confidence < ATTRIBUTION_THRESHOLD) continue
    const at = `${q.speakerEntity.type}:${q.speakerEntity.index}`
    attributed.set(at, (attributed.get(at) ?? 0) + 1)
  }
  const seen = new Set<string>()
  const out: IndexedEntity[] = []
  for (const [type, list] of lists) {
    list.slice(0, 50).forEach((e, index) => {
      const key = entityKey(e.name)
      const quoted = attributed.get(`${type}:${index}`) ?? 0
      if (!key || seen.has(`${type}:${key}`) || (e.salience === 0 && quoted === 0 && type === 'person')) return
      seen.add(`${type}:${key}`)
      const aliases = [...new Set([key, ...e.aliases.map(entityKey)])].filter(Boolean)
      out.push({ type, key, name: e.name.slice(0, 200), mentions: e.mentions + quoted, salience: e.salience, aliases })
    })
  }
  return out
}

/**
 * Statements that store the extraction and entity links of `articles` (a constant number of them,
 * whatever the number of articles: each walks one JSON parameter with `json_each`).
 */
export const extractionIndexWriter: ArticleIndexWriter = (db, articles) => {
  const rows = articles.map((article) => {
    const extraction = extractArticle(article)
    return { id: article.id, revision: article.revision, at: article.updatedAt, extraction, entities: indexedEntities(extraction) }
  })
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
    db.prepare(`DELETE FROM article_entities WHERE article_seq IN (SELECT ${seqOf} FROM json_each(?1) j)`).bind(json),
    db
      .prepare(
        `INSERT OR REPLACE INTO article_entities (article_seq, entity_id, mentions, salience)
         SELECT ${seqOf}, ${entityId}, json_extract(e.value, '$.mentions'), json_extract(e.value, '$.salience') FROM ${eachEntity}`
      )
      .bind(json),
  ]
}

ARTICLE_INDEX_WRITERS.push(extractionIndexWriter)

/** The stored extraction of an article, or null when none was written yet. */
export async function getStoredExtraction(db: Db, articleSeq: number): Promise<{ extraction: Extraction; revision: number } | null> {
  const row = await db
    .prepare('SELECT extraction, revision FROM article_extractions WHERE article_seq = ?1')
    .bind(articleSeq)
    .first<{ extraction: string; revision: number }>()
  return row ? { extraction: JSON.parse(row.extraction) as Extraction, revision: row.revision } : null
}

/**
 * A condition on the articles row `a` for `listArticles`' `extra` hook: the article mentions an entity
 * of `type` that `name` is the canonical name or any alias of.
 *
 * @example
 * filter.extra = [entityCondition('person', 'Jinping')]
 */
export function entityCondition(type: EntityKind, name: string): { sql: string; params: unknown[] } {
  return {
    sql: `EXISTS (SELECT 1 FROM entity_aliases al JOIN article_entities ae ON ae.entity_id = al.entity_id
      WHERE al.type = ?1 AND al.alias_key = ?2 AND ae.article_seq = a.seq)`,
    params: [type, entityKey(name)],
  }
}
