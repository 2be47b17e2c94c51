import { describe, expect, it } from 'vitest'
import { call, createArticle, uniqueSlug } from '../../helpers'

const html = { accept: 'text/html' }

describe('the related-stories block on article pages', () => {
  it('lists related published stories and changes on the next request after one is published', async () => {
    const topic = uniqueSlug('glassworks')
    const body =
      '<p>The Saltmarsh glassworks furnace relit after the kiln strike; glassblowers and the kiln union agreed new furnace shifts.</p>'
    const base = await createArticle({
      headline: `Glassworks furnace relit ${topic}`,
      body,
      section: 'Business',
    })
    await createArticle({
      headline: 'Kiln union and glassworks agree furnace shifts',
      body,
      section: 'Business',
    })

    const first = await call('GET', `/articles/${base.slug}`, { key: null, headers: html })
    expect(first.status, await first.clone().text()).toBe(200)
    const page1 = await first.text()
    expect(page1).toContain('Related stories')
    expect(page1).toContain('Kiln union and glassworks agree furnace shifts')
    expect(
      (await call('GET', `/articles/${base.slug}`, { key: null, headers: html })).headers.get(
        'x-cache'
      )
    ).toMatch(/HIT/)

    const newer = await createArticle({
      headline: 'Glassblowers return to the furnace floor',
      body,
      section: 'Business',
      status: 'draft',
    })
    const draftTime = await (
      await call('GET', `/articles/${base.slug}`, { key: null, headers: html })
    ).text()
    expect(draftTime).not.toContain('Glassblowers return to the furnace floor')
    const pub = await call('POST', `/v1/articles/${newer.id}/publish`)
    expect(pub.status, await pub.clone().text()).toBe(200)
    const after = await call('GET', `/articles/${base.slug}`, { key: null, headers: html })
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(await after.text()).toContain('Glassblowers return to the furnace floor')
  })

  it('leaves the block out when nothing relates', async () => {
    const lonely = await createArticle({
      headline: `Zyxwvut qqq ${uniqueSlug()}`,
      body: '<p>Xylograph quokka zephyr.</p>',
    })
    const page = await (
      await call('GET', `/articles/${lonely.slug}`, { key: null, headers: html })
    ).text()
    expect(page).not.toContain('Related stories')
  })
})
