/**
 * @module Evaluation: the JSON Feed output validated with ajv-draft-04 against SchemaStore's JSON
 * Feed schemas in `$EDGEWIRE_DATA/feeds/jsonfeed-schema/` (JSON Schema draft-04). Feeds come from
 * the real Worker (`wrangler dev`, local D1/KV) over invented articles: every scope, summary-only,
 * paged, empty and hostile-text feeds.
 *
 * `feed-1.json` is SchemaStore's schema for JSON Feed *1.0* (its members stop at 1.0's `author`,
 * with
 * `additionalProperties: false`); `feed.json` beside it is the 1.1 schema. We emit 1.1, so each
 * document must pass `feed.json` as it is, and `feed-1.json` once the two members 1.1 added and the
 * issue asks for (`authors`, `language`) are set aside: nothing else may fail.
 */
import Ajv from 'ajv-draft-04'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startWorker } from '../support/worker-process.mjs'
import { dataPathOrSkip, printTable } from './table'

const schemaPath = dataPathOrSkip('JSON Feed schema', 'feeds', 'jsonfeed-schema', 'feed-1.json')
const schemaDir = join(schemaPath, '..')

const ajv = new Ajv({ allErrors: true, strict: false })
// ajv ships no formats; the schema uses two, checked here strictly rather than ignored
ajv.addFormat('uri', (value: string) => {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && Boolean(new URL(value))
  } catch {
    return false
  }
})
ajv.addFormat(
  'date-time',
  (value: string) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(value) &&
    !Number.isNaN(Date.parse(value))
)
const validate10 = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
const schema11Path = join(schemaDir, 'feed.json')
const validate11 = existsSync(schema11Path)
  ? ajv.compile(JSON.parse(readFileSync(schema11Path, 'utf8')))
  : null

/**
 * The document without the members JSON Feed 1.1 added (`authors`, `language`), for the 1.0 schema.
 */
function as10(doc: Record<string, any>): Record<string, any> {
  const { authors: _a, language: _l, ...rest } = doc
  return {
    ...rest,
    items: (doc.items ?? []).map(
      ({ authors: _ia, language: _il, ...item }: Record<string, unknown>) => item
    ),
  }
}

/** Validates against both schemas: [1.1 verdict, 1.0 verdict, errors]. */
function check(doc: Record<string, any>): [boolean, boolean, string] {
  const ok11 = validate11 ? validate11(doc) : true
  const errors11 = validate11 && !ok11 ? `1.1: ${ajv.errorsText(validate11.errors)}` : ''
  const ok10 = validate10(as10(doc))
  const errors10 = ok10
    ? ''
    : `1.0: ${ajv.errorsText(validate10.errors, { separator: '; ' })} ${JSON.stringify(validate10.errors?.map((e) => e.params))}`
  return [ok11 as boolean, ok10 as boolean, `${errors11} ${errors10}`.trim().slice(0, 300)]
}

const worker = await startWorker()
const rows: [string, string, string, string][] = []
let invalid = 0
try {
  const post = async (json: unknown) => {
    const res = await fetch(`${worker.url}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    })
    if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`)
  }
  await post({
    headline: 'Harbour bridge reopens after repairs',
    dek: 'Two years of work end',
    body: '<p>Traffic flows again across the <a href="/articles/bridge-history">old bridge</a>.</p>',
    status: 'published',
    section: 'City',
    tags: ['Transport', 'Harbour'],
    bylines: ['Ada Quill', 'Bo Ren'],
    image: { url: 'https://img.example/bridge.jpg', caption: 'At dawn', credit: 'Photo: C. Lens' },
    corrections: [{ text: 'An earlier version gave the wrong span.' }],
  })
  await post({
    headline: 'Tide tables revised',
    body: 'Plain text body.\n\nSecond paragraph.',
    status: 'published',
    section: 'City',
  })
  await post({
    headline: `Fish & "chips" <b>'x'</b> ]]> \u0001 שלום 😀`,
    dek: `Hostile \u0002 dek ]]>`,
    body: '<p>Hostile & <i>body</i> \u0003 😀 עברית</p>',
    status: 'published',
    tags: ['Émigré stories'],
    bylines: ['Zoë Ünal'],
    language: 'he',
  })
  await post({ headline: 'Draft never shown', status: 'draft', section: 'Hidden' })
  const documents: [string, string][] = [
    ['latest, full content', '/feeds/latest.json'],
    ['latest, summary only', '/feeds/latest.json?summary=1'],
    ['latest, first page of 1 (next_url)', '/feeds/latest.json?limit=1'],
    ['section', '/feeds/sections/city.json'],
    ['tag (hostile text)', '/feeds/tags/emigre-stories.json'],
    ['author, two bylines', '/feeds/authors/bo-ren.json'],
    ['search', '/feeds/search.json?q=harbour'],
    ['search, no results (empty items)', '/feeds/search.json?q=nothingmatcheszzz'],
  ]
  let second: string | null = null
  for (const [name, path] of documents) {
    const res = await fetch(`${worker.url}${path}`)
    const body = await res.json()
    if (name.startsWith('latest, first page')) second = body.next_url
    const [ok11, ok10, errors] = check(body)
    const typeOk = res.headers.get('content-type') === 'application/feed+json; charset=utf-8'
    if (!ok11 || !ok10 || !typeOk) invalid += 1
    rows.push([
      name,
      String(body.items?.length ?? 0),
      `${ok11 ? '✔' : '✘'} / ${ok10 ? '✔' : '✘'}${typeOk ? '' : ' (content type!)'}`,
      errors,
    ])
  }
  if (second) {
    const body = await (await fetch(second)).json()
    const [ok11, ok10, errors] = check(body)
    if (!ok11 || !ok10) invalid += 1
    rows.push([
      'latest, second page (followed next_url)',
      String(body.items?.length ?? 0),
      `${ok11 ? '✔' : '✘'} / ${ok10 ? '✔' : '✘'}`,
      errors,
    ])
  } else {
    invalid += 1
    rows.push(['latest, second page (followed next_url)', '0', '✘ no next_url', ''])
  }
} finally {
  await worker.stop()
}

console.log(
  `**JSON Feed output against SchemaStore's schemas (draft-04, ajv-draft-04, formats uri and date-time checked)**\n`
)
console.log(validate11 ? '' : 'feed.json (1.1) is absent: only the 1.0 check ran.\n')
console.log(
  '| document | items | feed.json (1.1) / feed-1.json (1.0, without authors+language) | errors |'
)
console.log('|---|---:|---|---|')
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
console.log('')
printTable('Summary', [
  ['documents valid', `${rows.length - invalid} / ${rows.length}`, 'all', '—'],
])
if (invalid) process.exitCode = 1
