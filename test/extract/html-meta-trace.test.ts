/**
 * @module The metadata trace: readPageMeta names the rule that decided each field, so the
 * evaluation can count the pages each rule family decides (invented pages).
 */
import { describe, expect, it } from 'vitest'
import { parsePage } from '../../src/extract/html-dom'
import { readPageMeta, type MetaTrace } from '../../src/extract/html-meta'

const story =
  '<p>The lock keepers opened the upper gates at dawn so the first barges could pass before the tide turned.</p>'

describe('metadata trace', () => {
  it('names the deciding source of headline, byline and date', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lock gates open early","datePublished":"2031-05-06T07:00:00Z"}</script>'
    const html = `<html><head>${ld}<title>Lock gates open early | Canal Courier</title></head><body><h1>Lock gates open early</h1><p class="credit">By Ada Quill</p><p>May 6, 2031</p>${story}${story}</body></html>`
    const trace: MetaTrace = {}
    const meta = readPageMeta(parsePage(html), 'https://courier.example/locks', trace)
    expect(meta.bylines).toEqual(['Ada Quill'])
    expect(trace).toEqual({
      headline: 'h1',
      byline: 'visible By line',
      date: 'JSON-LD datePublished',
    })
  })

  it('says when nothing was found, and leaves the result unchanged', () => {
    const html = `<html><body>${story}</body></html>`
    const trace: MetaTrace = {}
    const traced = readPageMeta(parsePage(html), undefined, trace)
    expect(traced).toEqual(readPageMeta(parsePage(html)))
    expect(traced.bylines).toEqual([])
    expect(trace.byline).toBe('none')
    expect(trace.date).toBe('none')
  })

  it('takes no modification date for the publication date', () => {
    const html = `<html><head><meta property="article:modified_time" content="2031-06-02T08:00:00Z"></head><body><h1>Lock gates open early</h1>${story}</body></html>`
    const trace: MetaTrace = {}
    expect(readPageMeta(parsePage(html), undefined, trace).publishedAt).toBeNull()
    expect(trace.date).toBe('none')
  })
})
