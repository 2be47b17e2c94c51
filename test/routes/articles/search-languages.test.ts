import { env } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { call, createArticle, expectJson } from '../../helpers'
import { toMatchQuery } from '../../../src/storage/article-list'

async function searchIds(q: string): Promise<string[]> {
  const body = await expectJson(
    await call('GET', `/v1/articles?q=${encodeURIComponent(q)}&limit=100`),
    200
  )
  return body.articles.map((a: { id: string }) => a.id)
}

async function story(headline: string, body: string): Promise<string> {
  return (await createArticle({ headline, body: `<p>${body}</p>` })).id
}

describe('search folds what readers do not type', () => {
  it('finds Zürich as Zurich and résumé as resume, and the other way round', async () => {
    const zurich = await story(
      'Tram fares rise in Zürich',
      'The city council of Zürich approved the new fares.'
    )
    const resume = await story(
      'A résumé clinic for school leavers',
      'Volunteers read each résumé twice.'
    )
    const other = await story('Harbour ferry timetable', 'The ferry now leaves every ten minutes.')
    for (const q of ['Zurich', 'zürich', 'ZURICH']) {
      const ids = await searchIds(q)
      expect(ids, q).toContain(zurich)
      expect(ids, q).not.toContain(other)
    }
    for (const q of ['resume', 'Résumé', 'RESUME']) expect(await searchIds(q), q).toContain(resume)
  })

  it('finds Straße as strasse, Łódź as lodz and Greek without accents', async () => {
    const strasse = await story(
      'Hauptstraße closed for repairs',
      'Die Straße bleibt bis Freitag gesperrt.'
    )
    const lodz = await story(
      'Łódź film school opens an archive',
      'Students in Łódź catalogued old reels.'
    )
    const athens = await story('Ωραία μέρα στην Αθήνα', 'Ο καιρός ήταν ωραίος σήμερα στην Αθήνα.')
    expect(await searchIds('strasse')).toContain(strasse)
    expect(await searchIds('Straße')).toContain(strasse)
    expect(await searchIds('Straße Freitag gesperrt')).toContain(strasse)
    expect(await searchIds('Straße Łódź')).not.toContain(strasse)
    expect(await searchIds('lodz')).toContain(lodz)
    expect(await searchIds('αθηνα')).toContain(athens)
    expect(await searchIds('ΑΘΗΝΑ')).toContain(athens)
    expect(await searchIds('strasse')).not.toContain(lodz)
  })

  it('folds case in Cyrillic', async () => {
    const id = await story('Путин встретился с Си Цзиньпином', 'Встреча прошла в Москве.')
    for (const q of ['путин', 'ПУТИН', 'Путин', 'москве'])
      expect(await searchIds(q), q).toContain(id)
  })

  it('finds a Japanese and a Chinese story by a two- or three-character query inside a sentence', async () => {
    const ja = await story(
      '東京で今年初めての雪が観測された',
      '気象庁によると、都心では朝から雪が降り続いた。'
    )
    const zh = await story('北京市政府宣布新的交通计划', '市民对地铁票价调整表示欢迎。')
    for (const q of ['東京', '初めて', '気象庁', '雪']) expect(await searchIds(q), q).toContain(ja)
    for (const q of ['北京', '交通', '地铁票价', '计划'])
      expect(await searchIds(q), q).toContain(zh)
    expect(await searchIds('東京')).not.toContain(zh)
    expect(await searchIds('北京')).not.toContain(ja)
    // Pairs must be adjacent: two characters of the story that never stand side by side do not
    // match.
    expect(await searchIds('京雪')).not.toContain(ja)
  })

  it('keeps Thai and Devanagari words whole across their vowel signs', async () => {
    const thai = await story('กรุงเทพมหานครเปิดสวนใหม่', 'ประชาชนมาเที่ยวสวนสาธารณะ')
    const hindi = await story('नमस्ते दुनिया समाचार', 'दिल्ली में बारिश हुई।')
    expect(await searchIds('กรุงเทพ')).toContain(thai)
    expect(await searchIds('สวน')).toContain(thai)
    expect(await searchIds('दिल्ली')).toContain(hindi)
    expect(await searchIds('नमस्ते')).toContain(hindi)
  })

  it('reindex rebuilds the folded and paired index of older rows', async () => {
    const id = await story('大阪の新しい橋', '橋の開通式が行われた。 Die Brücke über die Weißach.')
    expect(await searchIds('開通')).toContain(id)
    // A database migrated by 0006: the rows were copied without the alternative column.
    await env.DB.prepare(
      `UPDATE articles_fts SET alt = '' WHERE rowid = (SELECT seq FROM articles WHERE id = ?1)`
    )
      .bind(id)
      .run()
    expect(await searchIds('開通')).not.toContain(id)
    expect(await searchIds('weissach')).not.toContain(id)
    let after = 0
    for (;;) {
      const res = await expectJson(
        await call('POST', '/v1/admin/reindex', { json: { after, limit: 100 } }),
        200
      )
      if (res.next === null) break
      after = res.next
    }
    expect(await searchIds('開通')).toContain(id)
    expect(await searchIds('weissach')).toContain(id)
  })
})

describe('toMatchQuery', () => {
  it('quotes every piece and joins spaced, folded and spaceless terms', () => {
    expect(toMatchQuery('Straße NEAR "東京都"')).toBe(
      '("straße" OR "strasse") AND "near" AND "東京 京都"'
    )
    expect(toMatchQuery('Straße NEAR', ' OR ')).toBe('("straße" OR "strasse") OR "near"')
    expect(toMatchQuery('tram fares')).toBe('"tram" "fares"')
    expect(toMatchQuery('雪', ' OR ')).toBe('"雪"*')
    expect(toMatchQuery('iPhone発売')).toBe('"iphone" "発売"')
    expect(toMatchQuery('«»—')).toBeNull()
  })

  it('any Unicode query is a valid FTS5 query (no syntax error, so never a 500)', async () => {
    const pieces = [
      'Straße',
      'NEAR',
      'AND',
      'OR',
      'NOT',
      '"',
      '*',
      '(',
      ')',
      '-',
      '^',
      ':',
      '東京',
      '雪',
      'ก',
      'ุ',
      'e\u0301',
      'Ωραία',
      'كَتَبَ',
      '😀',
      '𠮷',
      ' ',
      'x',
    ]
    const query = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''))
    )
    await fc.assert(
      fc.asyncProperty(
        query,
        fc.constantFrom(' ' as const, ' OR ' as const),
        async (text, joiner) => {
          const match = toMatchQuery(text, joiner)
          if (match === null) return
          await env.DB.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?1')
            .bind(match)
            .first()
        }
      ),
      { numRuns: 150 }
    )
  })
})
