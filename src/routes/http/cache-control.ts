/**
 * @module The named `Cache-Control` policies of public answers: each string is written once here,
 * and routes pick one by name.
 */

/** `Cache-Control` values by what the answer is. */
export const CACHE_POLICY = {
  /**
   * Public rendered pages, cards and widget JSON. Browsers revalidate after a minute (cheap: a 304
   * from the ETag); shared caches keep it five minutes, may serve it a minute stale while
   * refetching, and a day stale if the origin fails.
   */
  page: 'public, max-age=60, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400',
  /** Anything requested with a key: never stored anywhere. */
  private: 'private, no-store',
  /** Answers that must not be stored (error pages, the missing card). */
  noStore: 'no-store',
  /** Feeds and sitemaps: revalidated on every use, so a change shows on the very next request. */
  revalidate: 'public, no-cache',
  /** A stable URL whose bytes change on deploy (`/embed/widget.js`): five minutes, a day stale. */
  short: 'public, max-age=300, stale-while-revalidate=86400',
  /** A content-hashed URL (`/embed/widget.v{hash}.js`): its bytes never change. */
  immutable: 'public, max-age=31536000, immutable',
  /** Answers that stand for "nothing here" (`missing=empty`): short, never in KV. */
  empty: 'public, max-age=60',
} as const
