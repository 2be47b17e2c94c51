import { describe, expect, it } from 'vitest'
import { call, expectJson, expectProblem } from '../../helpers'

async function extract(body: string, type: string, query = ''): Promise<Response> {
  return call('POST', `/v1/extract${query}`, { key: null, body, headers: { 'content-type': type } })
}

describe('POST /v1/extract: language', () => {
  it("detects French and German copy (the issue's examples)", async () => {
    const fr = await expectJson(
      await extract('« Je quitte le gouvernement », a déclaré Jean Dupont', 'text/plain'),
      200
    )
    expect(fr.extraction.language).toBe('fr')
    const de = await expectJson(
      await extract('„Wir werden das prüfen“, sagte Angela Weber', 'text/plain'),
      200
    )
    expect(de.extraction.language).toBe('de')
  })

  it('a declared language wins: ?lang= for copy, "lang" in JSON, over <html lang> too', async () => {
    const text = '„Wir werden das prüfen“, sagte Angela Weber'
    expect(
      (await expectJson(await extract(text, 'text/plain', '?lang=de-AT'), 200)).extraction.language
    ).toBe('de')
    expect(
      (await expectJson(await extract(text, 'text/plain', '?lang=nl'), 200)).extraction.language
    ).toBe('nl')
    const html = `<html lang="fr"><body><article><p>${text} am Montag in der Stadt.</p></article></body></html>`
    expect((await expectJson(await extract(html, 'text/html'), 200)).extraction.language).toBe('fr')
    const json = JSON.stringify({ html, lang: 'de' })
    expect(
      (await expectJson(await extract(json, 'application/json'), 200)).extraction.language
    ).toBe('de')
    const bad = await expectProblem(
      await extract(text, 'text/plain', '?lang=not%20a%20tag'),
      400,
      'validation_failed'
    )
    expect(bad.errors?.[0]?.message).toMatch(/BCP 47/)
  })
})
