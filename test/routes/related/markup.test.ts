import { describe, expect, it } from 'vitest'
import { call, expectJson, uniqueSlug } from '../../helpers'

const story = (slug: string, headline: string, body: string) => ({
  slug,
  headline,
  body,
  status: 'published',
})

describe('wire stories with <Company> markers in their copy', () => {
  it('are matched on their body words, not the headline alone', async () => {
    // A pasted wire story: `<QFM.L>` is not an HTML tag, so the copy is plain text and every word
    // is indexed.
    const [wire, plain, other] = [uniqueSlug('wire'), uniqueSlug('plain'), uniqueSlug('other')]
    await expectJson(
      await call('POST', '/v1/articles/batch', {
        json: {
          articles: [
            story(
              wire,
              'Quarterly statement issued',
              'Quillfeather Mills <QFM.L> said its tapestry looms and indigo dye vats at\nthe Brackenmoor weaving sheds ran at full capacity.\n    Quillfeather expects the weaving sheds to hire.'
            ),
            story(
              plain,
              'Brackenmoor weavers busy',
              'The Brackenmoor weaving sheds of Quillfeather Mills kept every tapestry loom and indigo dye vat busy.'
            ),
            story(
              other,
              'Lighthouse keeper retires',
              'The keeper of the Gullrock lighthouse retired after forty winters on the rock.'
            ),
          ],
        },
      }),
      200
    )
    const body = await expectJson(
      await call('GET', `/v1/articles/${plain}/related?limit=5`, { key: null }),
      200
    )
    expect(
      body.related.map((r: any) => r.slug),
      JSON.stringify(body.related)
    ).toEqual([wire])
    expect(body.related[0].explanation.terms).toEqual(
      expect.arrayContaining(['tapestry', 'brackenmoor'])
    )
  })
})
