import { describe, expect, it } from 'vitest'
import { call, createArticle, expectJson, uniqueSlug } from '../../helpers'

function get(path: string, accept = 'text/html') {
  return call('GET', path, { key: null, headers: { accept } })
}

async function text(res: Response): Promise<string> {
  const body = await res.text()
  expect(res.status, body.slice(0, 500)).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/charset=utf-8/i)
  return body
}

describe('the language of a story reaches pages, feeds and JSON-LD', () => {
  it('detects and stores the language when the create request declares none', async () => {
    const ar = await createArticle({
      headline: 'افتتاح جسر جديد في المدينة',
      body: '<p>قال رئيس البلدية إن الجسر سيفتح الأسبوع المقبل.</p>',
      language: undefined,
    })
    expect(ar.language).toBe('ar')
    const fr = await createArticle({
      headline: 'Le pont de Villebrune rouvre',
      body: '<p>« Je quitte le gouvernement », a déclaré Jean Dupont.</p>',
    })
    expect(fr.language).toBe('fr')
    const declared = await createArticle({
      headline: 'Le pont rouvre',
      body: '<p>Le pont est ouvert.</p>',
      language: 'en-GB',
    })
    expect(declared.language).toBe('en-GB')
    const unsure = await createArticle({ headline: 'Zorblat', body: '<p>Quanix.</p>' })
    expect(unsure.language).toBe('en')
  })

  it('an Arabic page is right to left; its feeds and JSON-LD say ar', async () => {
    const tag = `arabic-${uniqueSlug()}`
    const article = await createArticle({
      headline: 'افتتاح جسر جديد في المدينة',
      body: '<p>قال رئيس البلدية إن المدارس ستفتح أبوابها في الأسبوع المقبل.</p>',
      tags: [tag],
    })
    const html = await text(await get(`/articles/${encodeURIComponent(article.slug)}`))
    expect(html).toMatch(/<html lang="ar" dir="rtl">/)
    expect(html).toMatch(/<article lang="ar" dir="rtl">/)
    const ld = await expectJson(
      await get(`/articles/${encodeURIComponent(article.slug)}`, 'application/ld+json'),
      200
    )
    expect(ld.inLanguage).toBe('ar')

    const rss = await text(await get(`/feeds/tags/${tag}.rss`, '*/*'))
    expect(rss).toContain('<language>ar</language>')
    const atom = await text(await get(`/feeds/tags/${tag}.atom`, '*/*'))
    expect(atom).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ar">/)
    const feed = await expectJson(await get(`/feeds/tags/${tag}.json`, '*/*'), 200)
    expect(feed.language).toBe('ar')
    expect(feed.items[0].language).toBe('ar')

    const index = await text(await get(`/tags/${tag}`))
    expect(index).toMatch(/<li lang="ar" dir="rtl">/)
  })

  it('a Japanese page keeps lang=ja, left to right', async () => {
    const article = await createArticle({
      headline: '東京で今年初めての雪',
      body: '<p>気象庁によると、都心では朝から雪が降り続いた。</p>',
    })
    expect(article.language).toBe('ja')
    const html = await text(await get(`/articles/${encodeURIComponent(article.slug)}`))
    expect(html).toMatch(/<html lang="ja">/)
    expect(html).toMatch(/<article lang="ja" dir="ltr">/)
    expect(html).toContain('overflow-wrap:anywhere')
  })
})
