/**
 * @module The list of API operations, from which /openapi.json and /docs are generated. Request
 * schemas are the same valibot schemas the handlers validate with, so the document cannot drift.
 */
import type { Operation } from './operation'
import { ARTICLE_BATCH, ARTICLE_OPERATIONS } from '../articles/spec'
import { EXTRACTION_OPERATIONS } from '../extraction/spec'
import { FEEDS_OPERATIONS } from '../feeds/spec'
import { ADMIN_REINDEX, ADMIN_RELATED_REFRESH } from '../admin/spec'
import { KEY_CREATE, KEY_LIST, KEY_REVOKE } from '../keys/spec'
import { PAGES_OPERATIONS } from '../pages/spec'
import { RELATED_OPERATIONS } from '../related/spec'
import { SYNC_OPERATIONS } from '../sync/spec'
import { DOCS, FAVICON, HEALTHZ, OPENAPI, PING, PROBLEM, PROBLEMS } from '../system/spec'
import { TAXONOMY_OPERATIONS } from '../articles/taxonomy-spec'
import { WIDGETS_OPERATIONS } from '../widgets/spec'

export type { Operation, ResponseSpec } from './operation'

export const OPERATIONS: Operation[] = [
  PING,
  FAVICON,
  HEALTHZ,
  OPENAPI,
  DOCS,
  PROBLEMS,
  PROBLEM,
  ...ARTICLE_OPERATIONS,
  KEY_CREATE,
  KEY_LIST,
  KEY_REVOKE,
  ADMIN_REINDEX,
  ADMIN_RELATED_REFRESH,
  ...TAXONOMY_OPERATIONS,
  ...FEEDS_OPERATIONS,
  ...PAGES_OPERATIONS,
  ...EXTRACTION_OPERATIONS,
  ...WIDGETS_OPERATIONS,
  ...RELATED_OPERATIONS,
  ARTICLE_BATCH,
  ...SYNC_OPERATIONS,
]
