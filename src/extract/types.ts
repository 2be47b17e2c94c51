/**
 * @module The shape of an extraction: what `extractFromText` and `extractFromHtml` return.
 * Every character offset points into `body.join('\n\n')` (the `bodyText` of the extraction).
 */

/** A photo with its caption and the credit line ("Reuters photo", "AP"). */
export interface ExtractedImage {
  url: string | null
  caption: string | null
  credit: string | null
}

/**
 * A quotation with its speaker. `start`/`end` are offsets of `text` in the body text: the words
 * inside the quotation marks (for an indirect quote, the reported clause).
 */
export interface Quote {
  /** The quoted words, without the marks. */
  text: string
  /**
   * The speaker's canonical name: the `name` of the person or organisation `speakerEntity` points
   * to in `entities`, or null when the mention resolves to none (never a pronoun or description).
   */
  speaker: string | null
  /** The speaker's entity: its list (`people` or `organizations`) and index there, or null. */
  speakerEntity: { type: 'person' | 'organization'; index: number } | null
  /** The speaker as written where the quote is attributed ("He", "Putin", "the ministry"). */
  speakerMention: string | null
  /** The reporting verb or phrase ("said", "told", "according to"). */
  cue: string | null
  /**
   * `direct`: quoted speech; `mixed`: quoted words inside reported speech; `indirect`: reported
   * speech.
   */
  kind: 'direct' | 'mixed' | 'indirect'
  start: number
  end: number
  /**
   * Offsets of the whole reported content the quote belongs to: for direct speech the quotation
   * with its marks; for a partial quote the reporter's paraphrase around the quoted words, from
   * after the reporting verb to the end of the clause ("said ⟨the plan would leave “gaps and
   * doubts”⟩"); for an indirect quote the same span as `start`/`end`.
   */
  content: { start: number; end: number }
  /**
   * 0–1: how likely `speaker` is right, from the evidence that named them (a name in the sentence,
   * a pronoun near its antecedent, a quote continuing the last speaker…); 0 without a speaker.
   */
  confidence: number
}

export type EntityType = 'person' | 'organization' | 'place'

/** A person or organisation with how much the story quotes them. */
export interface QuotedSource {
  type: 'person' | 'organization'
  /** Index in `entities.people` or `entities.organizations`. */
  index: number
  name: string
  /** Quotes attributed to them (direct, mixed and reported). */
  quotes: number
  /** Words in those quotes. */
  words: number
}

/** A named entity with every surface form it was mentioned by. */
export interface Entity {
  name: string
  aliases: string[]
  mentions: number
  firstOffset: number
  /** 0..1: how central the entity is to the story (mentions, early and headline mentions). */
  salience: number
}

/** One occurrence of an entity in the body text (used for evaluation and indexing). */
export interface EntityMention {
  type: EntityType
  text: string
  start: number
  end: number
  /** Index of the entity in the list of its type. */
  entity: number
}

/** A "ALSO READ | …" style pointer to another story. */
export interface RelatedLink {
  text: string
  url: string | null
}

/** Everything the engine recovers from a story. */
export interface Extraction {
  headline: string | null
  dek: string | null
  bylines: string[]
  dateline: string | null
  /** ISO 8601 date or timestamp when the copy or page states one. */
  publishedAt: string | null
  language: string
  body: string[]
  images: ExtractedImage[]
  quotes: Quote[]
  /** People and organisations ranked by how much they are quoted (quotes, then words). */
  quotedPeople: QuotedSource[]
  entities: { people: Entity[]; organizations: Entity[]; places: Entity[] }
  sources: string[]
  relatedLinks: RelatedLink[]
  keywords: string[]
  summary: string
  wordCount: number
  readingTimeMinutes: number
  /** True when the body was longer than the analysed prefix (quotes, entities, keywords). */
  truncated: boolean
}

/** The structural part of an extraction, before the language analysis runs over the body. */
export interface Skeleton {
  headline: string | null
  dek: string | null
  bylines: string[]
  dateline: string | null
  publishedAt: string | null
  language: string | null
  body: string[]
  images: ExtractedImage[]
  sources: string[]
  relatedLinks: RelatedLink[]
}
