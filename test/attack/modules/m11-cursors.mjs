/**
 * @module Item 11: forged cursors (a rank cursor on lists that are not searches, garbage base64,
 * huge numbers, wrong types) on every list route: 400, never 5xx.
 */
import { pool } from '../lib.mjs'
import { createStory } from '../support.mjs'

// A date without a time and a fractional seq: a fix may read it or refuse it, but never fail.
const LENIENT = Buffer.from(JSON.stringify({ sortAt: '2026-01-01', seq: 1.5 })).toString(
  'base64url'
)
const b64 = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url')

export async function run(m) {
  const story = await createStory(m, {
    section: 'Cursor Desk',
    tags: ['Cursor Tag'],
    bylines: ['Cursor Writer'],
  })
  const lists = [
    '/v1/articles?',
    '/v1/articles?section=cursor-desk&',
    '/v1/articles?tag=cursor-tag&',
    '/v1/articles?author=cursor-writer&',
    '/v1/articles?status=draft&',
    '/?',
    '/sections/cursor-desk?',
    '/tags/cursor-tag?',
    '/authors/cursor-writer?',
    '/feeds/latest.rss?',
    '/feeds/latest.json?',
    '/feeds/sections/cursor-desk.atom?',
    '/feeds/tags/cursor-tag.json?',
    '/feeds/authors/cursor-writer.rss?',
  ]
  const searches = [
    '/v1/articles?q=tide&',
    '/feeds/search.rss?q=tide&',
    '/feeds/search.json?q=harbour&',
  ]
  const forged = [
    { rank: 1, seq: 1 },
    { rank: -1e308, seq: 1 },
    { rank: 1e308, seq: 9007199254740993 },
    { rank: 0, seq: -1 },
    { sortAt: 'not a date', seq: 1 },
    { sortAt: '2026-01-01T00:00:00.000Z', seq: 'x' },
    { sortAt: 1, seq: 1 },
    { sortAt: '2026-01-01T00:00:00.000Z', seq: 1e400 },
    { sortAt: "'; DROP TABLE articles; --", seq: 1 },
    { sortAt: '9'.repeat(300), seq: 1 },
    [],
    null,
    'x',
    1,
    { rank: '1', seq: 1 },
    { rank: 1 },
    { seq: 1 },
  ]
  const raw = [
    ...forged.map(b64),
    LENIENT,
    '!!!',
    '%00',
    '%FF%FE',
    'eyJ',
    b64('{"rank":1e999,"seq":1}'),
    b64('{"sortAt":"2026-01-01T00:00:00.000Z","seq":1e999}'),
    'A'.repeat(499),
    'A'.repeat(501),
    '',
    b64('\u0000\uffff'),
  ]
  const jobs = []
  for (const list of lists) for (const c of raw) jobs.push([list, c, false])
  for (const list of searches) for (const c of raw) jobs.push([list, c, true])
  const key = (list) => (list.includes('status=draft') ? 'drafts' : 'anon')
  await pool(jobs, 6, async ([list, c, search]) => {
    const path = `${list}cursor=${c.includes('%') ? c : encodeURIComponent(c)}`
    const res = await m.req('GET', path, {
      key: key(list),
      headers: { accept: 'application/json' },
    })
    const allowed = search || c === '' || c === LENIENT ? [200, 400] : [400]
    m.check(
      search ? 'a forged cursor on a search: 200 or 400' : 'a forged cursor on a list: 400',
      allowed.includes(res.status),
      `GET ${path} → ${res.status} ${res.json()?.code ?? ''}`
    )
  })
  m.note = `${jobs.length} forged cursors over ${lists.length + searches.length} list routes (story ${story.slug})`
}
