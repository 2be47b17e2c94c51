/**
 * Extraction in French, German, Spanish, Italian and Portuguese through POST /v1/extract: each
 * language's quotation marks, reporting verbs and inverted cues, titles and particles in speakers'
 * names, dates in datelines; corner-bracket quotes in Japanese. Invented copy throughout.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../src/extract/entities'
import { parseDate } from '../../src/extract/index'
import { lexiconFor } from '../../src/extract/lexicon'
import { extractLanguageQuotes } from '../../src/extract/quote-languages'
import { call, createArticle, expectJson, uniqueSlug } from '../helpers'

interface Said {
  text: string
  speaker: string | null
  kind: string
}

async function extract(
  text: string
): Promise<{ language: string; publishedAt: string | null; quotes: Said[] }> {
  const res = await call('POST', '/v1/extract', {
    key: null,
    body: text,
    headers: { 'content-type': 'text/plain' },
  })
  const body = await expectJson(res, 200)
  return body.extraction
}

const pairs = (quotes: Said[]) => quotes.map((q) => [q.text, q.speaker])

describe('POST /v1/extract: quotes in other languages', () => {
  it('French: « », inverted verbs with titles, "a-t-il", "selon"', async () => {
    const x = await extract(`« Je quitte le gouvernement », a déclaré Jean Dupont.

« Ce n’est pas une décision facile », a-t-il ajouté devant la presse.

« Nous resterons vigilants », a précisé Mme Claire Morel, députée de la Somme.

Selon Claire Morel, « le dossier n’est pas clos ».`)
    expect(x.language).toBe('fr')
    expect(pairs(x.quotes)).toEqual([
      ['Je quitte le gouvernement', 'Jean Dupont'],
      ['Ce n’est pas une décision facile', 'Jean Dupont'],
      ['Nous resterons vigilants', 'Claire Morel'],
      ['le dossier n’est pas clos', 'Claire Morel'],
    ])
  })

  it('German: „ “ and » «, "sagte sie", "so X", a colon after the subject, "von" in a name', async () => {
    const x = await extract(`„Wir werden das prüfen“, sagte Angela Weber am Montag in Berlin.

Bürgermeister Heinrich von Stetten hält dagegen: „Die Stadt hat keine Wahl.“

»Es wird teuer«, so von Stetten. „Aber wir stehen zu unserem Wort“, sagte Weber. „Das ist klar“, fügte sie hinzu.`)
    expect(x.language).toBe('de')
    expect(pairs(x.quotes)).toEqual([
      ['Wir werden das prüfen', 'Angela Weber'],
      ['Die Stadt hat keine Wahl.', 'Heinrich von Stetten'],
      ['Es wird teuer', 'Heinrich von Stetten'],
      ['Aber wir stehen zu unserem Wort', 'Angela Weber'],
      ['Das ist klar', 'Angela Weber'],
    ])
  })

  it('Spanish: « », dialogue dashes with an incise, "según", a verb with no subject', async () => {
    const x = await extract(`«No vamos a ceder», dijo la ministra Ana Ruiz en Madrid.

—Es nuestra última oferta —dijo el alcalde Juan Pérez—. No habrá otra.

Según Ruiz, «el acuerdo está cerca». «Confiamos en firmar mañana», añadió.`)
    expect(x.language).toBe('es')
    expect(pairs(x.quotes)).toEqual([
      ['No vamos a ceder', 'Ana Ruiz'],
      ['Es nuestra última oferta', 'Juan Pérez'],
      ['No habrá otra.', 'Juan Pérez'],
      ['el acuerdo está cerca', 'Ana Ruiz'],
      ['Confiamos en firmar mañana', 'Ana Ruiz'],
    ])
  })

  it('Italian: « », "ha detto", "Dott.ssa", "secondo", "di" in a name', async () => {
    const x =
      await extract(`«Siamo pronti a ripartire», ha detto il sindaco Mario Di Stefano ai giornalisti.

«Il virus è sotto controllo», ha spiegato la Dott.ssa Giulia Neri, primario dell’ospedale.

Secondo Di Stefano, «la città ha dimostrato grande maturità».`)
    expect(x.language).toBe('it')
    expect(pairs(x.quotes)).toEqual([
      ['Siamo pronti a ripartire', 'Mario Di Stefano'],
      ['Il virus è sotto controllo', 'Giulia Neri'],
      ['la città ha dimostrato grande maturità', 'Mario Di Stefano'],
    ])
  })

  it('Portuguese: « » and “ ”, "disse", "afirmou ela", "da" in a name, "segundo"', async () => {
    const x = await extract(`«Não vamos desistir», disse o ministro João da Silva em Lisboa.

“É um escândalo”, afirmou a deputada Ana Costa. «Vamos pedir explicações», acrescentou ela.

Segundo João da Silva, «o acordo será assinado em março».`)
    expect(x.language).toBe('pt')
    expect(pairs(x.quotes)).toEqual([
      ['Não vamos desistir', 'João da Silva'],
      ['É um escândalo', 'Ana Costa'],
      ['Vamos pedir explicações', 'Ana Costa'],
      ['o acordo será assinado em março', 'João da Silva'],
    ])
  })

  it('Japanese: 「」 and 『』 are quotes (speakers are not credited yet)', async () => {
    const x = await extract(
      '首相は記者団に対し「新しい計画を来月発表する」と述べた。関係者は『慎重に進める』と話した。'
    )
    expect(x.language).toBe('ja')
    expect(x.quotes.map((q) => q.text)).toEqual(['新しい計画を来月発表する', '慎重に進める'])
  })

  it("scare quotes and titles in the reporter's sentence are not speech", async () => {
    const x = await extract(
      'La direction a regretté un mouvement « disproportionné » lors de la grève à Lyon.'
    )
    expect(x.language).toBe('fr')
    expect(x.quotes).toEqual([])
  })
})

describe('stored articles in other languages', () => {
  it("GET /v1/articles/{ref}/extraction uses the article's language for quotes and people", async () => {
    const article = await createArticle({
      slug: uniqueSlug('sprache'),
      headline: 'Stadtwerke erhöhen die Preise',
      body:
        '<p>„Wir werden das prüfen“, sagte Angela Weber am Montag in Berlin.</p>' +
        '<p>Die Ministerin betonte danach: „Es gibt keine Alternative.“</p>' +
        '<p>„Für viele Haushalte wird es eng“, sagte sie.</p>',
    })
    expect(article.language).toBe('de')
    const res = await call('GET', `/v1/articles/${article.slug}/extraction`, { key: null })
    const x = (await expectJson(res, 200)).extraction
    expect(x.language).toBe('de')
    expect(x.quotes.map((q: Said) => [q.text, q.speaker])).toEqual([
      ['Wir werden das prüfen', 'Angela Weber'],
      ['Es gibt keine Alternative.', null],
      ['Für viele Haushalte wird es eng', 'Angela Weber'],
    ])
    expect(x.entities.people.map((p: { name: string }) => p.name)).toEqual(['Angela Weber'])
  })
})

describe('dates in other languages', () => {
  it('a dateline with a day-first date gives the publication day', async () => {
    const x = await extract(`BERLIN, 3. Dezember 2026 – Die Stadtwerke erhöhen die Preise.

„Wir werden das prüfen“, sagte Angela Weber.`)
    expect(x.publishedAt).toBe('2026-12-03')
  })

  it('a web page in French: the date it shows, its quotes and their speakers', async () => {
    const html = `<html lang="fr"><body><article><h1>Le ministre quitte le gouvernement</h1>
      <p class="date">Publié le 3 décembre 2026</p>
      <p>« Je quitte le gouvernement avec le sentiment du devoir accompli », a déclaré Jean Dupont
      devant la presse mercredi à Paris.</p>
      <p>Il a ajouté : « Ce n’est pas une décision facile, mais elle est mûrement réfléchie. »</p>
      </article></body></html>`
    const res = await call('POST', '/v1/extract', {
      key: null,
      body: html,
      headers: { 'content-type': 'text/html' },
    })
    const x = (await expectJson(res, 200)).extraction
    expect(x.publishedAt).toBe('2026-12-03')
    expect(x.language).toBe('fr')
    expect(x.quotes.map((q: Said) => q.speaker)).toEqual(['Jean Dupont', 'Jean Dupont'])
  })

  it('parseDate reads the five languages and leaves English as it was', () => {
    expect(parseDate('3 décembre 2026')).toBe('2026-12-03')
    expect(parseDate('Publié le 1er mai 2026')).toBe('2026-05-01')
    expect(parseDate('Mittwoch, 3. Dezember 2026')).toBe('2026-12-03')
    expect(parseDate('miércoles 3 de diciembre de 2026')).toBe('2026-12-03')
    expect(parseDate('3 dicembre 2026')).toBe('2026-12-03')
    expect(parseDate('3 de dezembro de 2026')).toBe('2026-12-03')
    expect(parseDate('December 3, 2026')).toBe('2026-12-03')
    expect(parseDate('3 Monday 2026')).toBeNull()
  })
})

describe('the lexicon', () => {
  it("joins each language's lists to the English ones; unknown codes get English", () => {
    const fr = lexiconFor('fr-CA')
    expect(fr.titles.has('mme') && fr.titles.has('president')).toBe(true)
    expect(lexiconFor('de').titles.has('innenministerin')).toBe(true)
    expect(lexiconFor('xx')).toBe(lexiconFor('en'))
    expect(lexiconFor(null).words).toBeNull()
  })
})

describe('hostile input for the language quote rules', () => {
  const languages = ['fr', 'de', 'es', 'it', 'pt', 'ja']

  it('50,000 unmatched opening marks, dashes and cues finish and yield well-formed quotes', () => {
    const inputs = [
      '«'.repeat(50_000),
      '„'.repeat(50_000),
      '» '.repeat(25_000),
      '\n— '.repeat(20_000),
      '« a », a déclaré '.repeat(4_000),
      `„${'sagte sie, '.repeat(5_000)}`,
      `—${' —dijo'.repeat(8_000)}`,
      '「'.repeat(50_000),
    ]
    for (const text of inputs) {
      for (const language of languages) {
        const quotes = extractLanguageQuotes(text, extractEntities(text, '', language), language)!
        for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text)
      }
    }
  })

  it('random mixes of marks, dashes, cues and names never throw and keep offsets true', () => {
    const piece = fc.constantFrom(
      '«',
      '»',
      '„',
      '“',
      '”',
      '‚',
      '‘',
      '‹',
      '›',
      '「',
      '」',
      '『',
      '』',
      '"',
      '—',
      '–',
      '\n',
      '\n\n',
      ', ',
      '. ',
      ': ',
      ' a déclaré ',
      ' a-t-il ajouté',
      ' sagte ',
      ' sie',
      ' so ',
      ' dijo ',
      ' según ',
      ' ha detto ',
      ' disse ',
      ' selon ',
      ' Jean Dupont',
      ' Mme',
      ' M.',
      ' von',
      ' de la',
      ' Weber',
      'mot '
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 400 }),
        fc.constantFrom(...languages),
        (parts, language) => {
          const text = parts.join('')
          const quotes = extractLanguageQuotes(text, extractEntities(text, '', language), language)!
          for (const q of quotes) {
            expect(text.slice(q.start, q.end)).toBe(q.text)
            expect(q.confidence === 0 || q.speaker !== null).toBe(true)
          }
        }
      ),
      { numRuns: 200 }
    )
  })
})
