import { describe, expect, it } from 'vitest'
import { extractFromHtml, extractFromText } from '../../src/extract/index'
import { detectLanguage, languageDirection } from '../../src/extract/language'

// Invented sentences, three or four per language: a headline-length line, a reported quote, a
// longer one.
const SAMPLES: Record<string, string[]> = {
  en: [
    'Harbour ferry returns after a winter of repairs',
    '"We will look at the figures again," said Mara Linden, the council treasurer.',
    'The new timetable starts on Monday and the first boat leaves the pier at six in the morning.',
  ],
  fr: [
    '« Je quitte le gouvernement », a déclaré Jean Dupont',
    'La mairie de Villebrune a fermé le pont pour des travaux qui dureront tout l’été.',
    'Selon le syndicat, les conducteurs de bus ne sont pas consultés sur les nouveaux horaires.',
  ],
  de: [
    '„Wir werden das prüfen“, sagte Angela Weber',
    'Die Stadtwerke haben am Montag die neue Straßenbahnlinie eröffnet.',
    'Nach Angaben der Polizei wurde niemand verletzt, die Straße ist aber noch gesperrt.',
  ],
  es: [
    '«No vamos a subir los impuestos», dijo la alcaldesa',
    'El ayuntamiento de Valdemora aprobó el presupuesto para las escuelas del barrio.',
    'Según los vecinos, el mercado cerrará los domingos a partir de enero.',
  ],
  it: [
    '«Non lasceremo il porto», ha detto il sindaco',
    'Il consiglio comunale di Borgoluce ha approvato il nuovo piano per le biciclette.',
    'Secondo la polizia, gli incendi sono stati spenti nella notte e non ci sono feriti.',
  ],
  pt: [
    '“Não vamos fechar a escola”, disse a diretora',
    'A câmara municipal de Vilaverde aprovou o novo horário dos autocarros.',
    'Segundo os moradores, a ponte está fechada desde o início do mês e não há previsão.',
  ],
  nl: [
    '"We gaan de brug niet sluiten," zei de wethouder',
    'De gemeente heeft het nieuwe fietspad bij de haven geopend.',
    'Volgens de politie is er niemand gewond geraakt, maar de weg is nog afgesloten.',
  ],
  ru: [
    'Путин встретился с Си Цзиньпином',
    '«Мы не будем закрывать завод», заявил директор предприятия.',
    'По словам жителей, новый мост через реку откроют уже в этом году.',
  ],
  uk: [
    'Київ і Львів домовилися про нові потяги',
    'Мер міста сказав, що школи відкриються у вересні.',
  ],
  ar: [
    'افتتاح جسر جديد في المدينة',
    'قال رئيس البلدية إن المدارس ستفتح أبوابها في الأسبوع المقبل.',
    'وأكدت الشرطة أنه لم يصب أحد في الحادث الذي وقع صباح اليوم.',
  ],
  fa: ['شهردار گفت که پل جدید تا پایان سال باز می‌شود.'],
  he: ['ראש העירייה אמר כי הגשר ייפתח בשבוע הבא.'],
  el: ['Ο δήμαρχος είπε ότι η γέφυρα θα ανοίξει την επόμενη εβδομάδα.'],
  zh: [
    '北京市政府宣布新的交通计划',
    '市长表示，新桥将于明年春天通车。',
    '警方说，事故中没有人受伤。',
  ],
  ja: [
    '東京で今年初めての雪',
    '市長は「新しい橋は来年開通する」と述べた。',
    '気象庁によると、都心では朝から雪が降り続いた。',
  ],
  ko: ['서울시는 새로운 교통 계획을 발표했다.'],
  th: ['กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่'],
}

describe('detectLanguage', () => {
  it('names the language of every invented sentence', () => {
    const wrong: string[] = []
    let total = 0
    for (const [lang, sentences] of Object.entries(SAMPLES)) {
      for (const sentence of sentences) {
        total += 1
        const got = detectLanguage(sentence)
        if (got !== lang) wrong.push(`${lang} → ${got}: ${sentence}`)
      }
    }
    expect(total).toBeGreaterThanOrEqual(40)
    expect(wrong).toEqual([])
  })

  it('weighs scripts by words: one long Latin word or URL does not outvote a Japanese story', () => {
    expect(detectLanguage('東京で初雪')).toBe('ja')
    expect(
      detectLanguage(`東京で今年初めての雪。 ${'x'.repeat(300)} https://news.example/a/b/c`)
    ).toBe('ja')
    expect(detectLanguage('The mayor of 北京 said the bridge would reopen on Monday.')).toBe('en')
  })

  it('falls back when the text gives no signal', () => {
    expect(detectLanguage('')).toBe('en')
    expect(detectLanguage('2026 · 3:1 · 🎉', 'und')).toBe('und')
    expect(detectLanguage('Zorblat quanix', 'fr')).toBe('fr')
  })

  it('knows which languages are written right to left', () => {
    expect(languageDirection('ar')).toBe('rtl')
    expect(languageDirection('he-IL')).toBe('rtl')
    expect(languageDirection('fa')).toBe('rtl')
    expect(languageDirection('ur')).toBe('rtl')
    expect(languageDirection('en')).toBe('ltr')
    expect(languageDirection('ja')).toBe('ltr')
  })
})

describe('language in extraction', () => {
  it('detects the language of plain copy, and a declared one wins', () => {
    const copy =
      'Nouveau pont à Villebrune\n\n« Je quitte le gouvernement », a déclaré Jean Dupont devant la presse.'
    expect(extractFromText(copy).language).toBe('fr')
    expect(extractFromText(copy, undefined, 'de-CH').language).toBe('de')
  })

  it('<html lang> wins over detection; a declared language wins over both', () => {
    const page = (lang: string) =>
      `<!doctype html><html${lang}><head><title>Neue Brücke</title></head><body><article><h1>Neue Brücke</h1>` +
      '<p>„Wir werden das prüfen“, sagte Angela Weber am Montag in der Stadt.</p>' +
      '<p>Die Brücke über den Fluss wird nach Angaben der Stadt im Mai eröffnet.</p></article></body></html>'
    expect(extractFromHtml(page('')).language).toBe('de')
    expect(extractFromHtml(page(' lang="nl-BE"')).language).toBe('nl')
    expect(extractFromHtml(page(' lang="nl-BE"'), undefined, 'fr').language).toBe('fr')
    expect(extractFromHtml(page(' lang="x"')).language).toBe('de')
  })
})
