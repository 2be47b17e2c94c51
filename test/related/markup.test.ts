import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markupText } from '../../src/domain/related-text'
import { call, expectJson, uniqueSlug } from '../helpers'

const story = (slug: string, headline: string, body: string) => ({ slug, headline, body, status: 'published' })

describe('stories whose body text sits outside any element', () => {
  it('are matched on their body words, not the headline alone', async () => {
    // A pasted wire story: the `<...>` company markers make it HTML, and its text is outside any element.
    const [wire, plain, other] = [uniqueSlug('wire'), uniqueSlug('plain'), uniqueSlug('other')]
    await expectJson(await call('POST', '/v1/articles/batch', { json: { articles: [
      story(wire, 'Quarterly statement issued', 'Quillfeather Mills <QFM.L> said its tapestry looms and indigo dye vats at\nthe Brackenmoor weaving sheds ran at full capacity.\n    Quillfeather expects the weaving sheds to hire.'),
      story(plain, 'Brackenmoor weavers busy', 'The Brackenmoor weaving sheds of Quillfeather Mills kept every tapestry loom and indigo dye vat busy.'),
      story(other, 'Lighthouse keeper retires', 'The keeper of the Gullrock lighthouse retired after forty winters on the rock.'),
    ] } }), 200)
    const body = await expectJson(await call('GET', `/v1/articles/${plain}/related?limit=5`, { key: null }), 200)
    expect(body.related.map((r: any) => r.slug), JSON.stringify(body.related)).toEqual([wire])
    expect(body.related[0].explanation.terms).toEqual(expect.arrayContaining(['tapestry', 'brackenmoor']))
  })
})

describe('markupText', () => {
  it('keeps text outside elements, drops tags, decodes references', () => {
    expect(markupText('Quillfeather Mills  said <b>looms</b> &amp; vats<br>ran').replace(/\s+/g, ' ')).toBe('Quillfeather Mills said looms & vats ran')
  })

  it('never throws and stays linear on hostile input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (html) => {
        expect(markupText(html)).not.toMatch(/<[^<>]*>/)
      })
    )
    const started = performance.now()
    markupText('<'.repeat(200_000) + 'a'.repeat(200_000) + '<a'.repeat(100_000))
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
