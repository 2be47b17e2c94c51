/**
 * @module The derived indexes are an explicit list: loading the article storage module alone (a
 * fresh module graph, nothing else imported) writes every index, and the write statements run no
 * extraction of their own. SQL is only recorded here, never executed (workerd tests run it on D1).
 */
import { describe, expect, it } from 'vitest'

// Loaded by path so that this Node-typed file does not type-check Worker sources.
const load = (path: string) => import(/* @vite-ignore */ path)

interface PreparedSql {
  sql: string
  bind: (...values: unknown[]) => PreparedSql
}

/** A Db that records the SQL of each prepared statement. */
function recordingDb() {
  const prepared: string[] = []
  const prepare = (sql: string): PreparedSql => {
    prepared.push(sql)
    const statement: PreparedSql = { sql, bind: () => statement }
    return statement
  }
  return { prepared, db: { prepare, batch: async () => [] } }
}

const ARTICLE = {
  id: 'art_indexes00000000001',
  slug: 'pier-reopens',
  headline: 'Pier reopens in Portavel',
  dek: 'Traffic returns',
  body: '<p>“It is open,” said Pia Strand in Portavel.</p>',
  bodyText: '“It is open,” said Pia Strand in Portavel.',
  section: null,
  tags: [],
  bylines: [],
  status: 'published',
  publishAt: null,
  publishedAt: '2031-03-04T09:30:00.000Z',
  createdAt: '2031-03-04T09:30:00.000Z',
  updatedAt: '2031-03-04T09:30:00.000Z',
  revision: 1,
  canonicalUrl: null,
  language: 'en',
  image: null,
  source: null,
  corrections: [],
}

describe('article index writers', () => {
  it('are all written by storage/articles.ts on its own, with no extraction in storage', async () => {
    const storage = await load('../../src/storage/articles.ts')
    const { deriveArticles } = await load('../../src/domain/derived.ts')
    const { analysisCountForTests } = await load('../../src/extract/index.ts')
    const derived = deriveArticles([ARTICLE])
    expect(analysisCountForTests()).toBe(1)
    const { prepared, db } = recordingDb()
    storage.articleWriteStatements(db, derived, 'test')
    expect(analysisCountForTests()).toBe(1)
    const written = (table: string) =>
      prepared.some((sql) => new RegExp(`INSERT[^;]*INTO ${table}\\b`).test(sql))
    for (const table of [
      'articles',
      'articles_fts',
      'article_extractions',
      'article_entities',
      'entities',
      'related_docs',
      'related_postings',
      'related_neighbors',
    ]) {
      expect(written(table), table).toBe(true)
    }
  })

  it('are one fixed list', async () => {
    const { ARTICLE_INDEX_WRITERS } = await load('../../src/storage/article-indexes.ts')
    expect(ARTICLE_INDEX_WRITERS.map((w: { name: string }) => w.name)).toEqual([
      'searchIndexWriter',
      'relatedIndexWriter',
      'extractionIndexWriter',
    ])
    expect(Object.isFrozen(ARTICLE_INDEX_WRITERS)).toBe(true)
  })
})
