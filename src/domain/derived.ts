/**
 * @module The derived data of an article write (extraction, entity index, related-story vector,
 * search alternatives), computed once in one pure step and handed to storage, which only writes it.
 */
import type { Article } from './article'
import { chunkByStoredBytes, MAX_STORED_ARTICLE_BYTES } from './article-edit'
import { entityKey } from './entity-key'
import { headlineStems, simhash, termVector } from './related-text'
import { SEARCH_ALT_BATCH, SEARCH_ALT_MAX, searchAltText } from './search-text'
import {
  ATTRIBUTION_THRESHOLD,
  extractFromText,
  type Entity,
  type Extraction,
} from '../extract/index'

export type EntityKind = 'person' | 'organization' | 'place'

/** An entity an article is indexed under, with every folded alias it is found by. */
export interface IndexedEntity {
  type: EntityKind
  key: string
  name: string
  mentions: number
  salience: number
  aliases: string[]
}

/** What the related-story index keeps of an article: its term vector and fingerprint. */
export interface RelatedVector {
  published: boolean
  terms: Record<string, number>
  labels: Record<string, string>
  simhash: string
  /** The distinct stems of the headline (`headlineStems`). */
  headline: string[]
}

/** An article with everything its write derives from it: storage writes these as they are. */
export interface DerivedArticle {
  article: Article
  extraction: Extraction
  entities: IndexedEntity[]
  related: RelatedVector
  /** Folded spellings and character pairs full-text search indexes beside the words. */
  searchAlt: string
}

export { entityKey }

/**
 * The extraction of an article's current text (headline and standfirst as given, body as stored),
 * with the rules of the article's language (declared or detected when it was written).
 *
 * @example
 * extractArticle({ headline: 'Pier reopens', dek: null, bodyText: 'The mayor said…' }).quotes
 */
export function extractArticle(
  article: Pick<Article, 'headline' | 'dek' | 'bodyText'> & { language?: string | null }
): Extraction {
  const known = { headline: article.headline, dek: article.dek }
  return extractFromText(article.bodyText, known, article.language ?? undefined)
}

/**
 * The entities an article is indexed under (`?person=`, `?organization=`). Attributions count only
 * from ATTRIBUTION_THRESHOLD up: they add to an entity's mentions, and a name known only from a
 * credit (salience 0: "“…,” said Ann Roe" with no other mention) is indexed as a person only when
 * one of its quotes reaches the threshold.
 */
export function indexedEntities(x: Extraction): IndexedEntity[] {
  const lists: [EntityKind, Entity[]][] = [
    ['person', x.entities.people],
    ['organization', x.entities.organizations],
    ['place', x.entities.places],
  ]
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
      const creditOnly = e.salience === 0 && quoted === 0 && type === 'person'
      if (!key || seen.has(`${type}:${key}`) || creditOnly) return
      seen.add(`${type}:${key}`)
      const aliases = [...new Set([key, ...e.aliases.map(entityKey)])].filter(Boolean)
      const name = e.name.slice(0, 200)
      out.push({ type, key, name, mentions: e.mentions + quoted, salience: e.salience, aliases })
    })
  }
  return out
}

/** The text the related-story index reads from an article: headline, standfirst and body. */
export function indexedText(article: Pick<Article, 'headline' | 'dek' | 'bodyText'>): {
  headline: string
  body: string
} {
  const body = article.dek ? `${article.dek}\n\n${article.bodyText}` : article.bodyText
  return { headline: article.headline, body }
}

/** The related-story vector of an article; only published stories get postings. */
export function relatedVector(article: Article): RelatedVector {
  const { headline, body } = indexedText(article)
  const vector = termVector(headline, body)
  return {
    published: article.status === 'published',
    terms: vector.weights,
    labels: vector.labels,
    simhash: simhash(`${headline}\n${body}`),
    headline: headlineStems(headline),
  }
}

/**
 * Derives everything a write stores beside the articles themselves: one extraction per article, and
 * from it the entity index; the related-story vector; the search alternatives, whose budget the
 * articles bound in one statement share (so it follows `sliceForWrite`'s slices, article-edit.ts).
 *
 * @example
 * await writeArticles(db, deriveArticles([applyPatch(current, patch, now, known)]), principal.id)
 */
export function deriveArticles(articles: readonly Article[]): DerivedArticle[] {
  return chunkByStoredBytes(articles, MAX_STORED_ARTICLE_BYTES).flatMap((slice) => {
    const share = Math.floor(SEARCH_ALT_BATCH / Math.max(1, slice.length))
    const budget = Math.min(SEARCH_ALT_MAX, share)
    return slice.map((article) => {
      const extraction = extractArticle(article)
      const text = `${article.headline}\n${article.dek ?? ''}\n${article.bodyText}`
      return {
        article,
        extraction,
        entities: indexedEntities(extraction),
        related: relatedVector(article),
        searchAlt: searchAltText(text, budget),
      }
    })
  })
}
