/** @module German: quotation marks, reporting verbs, titles, particles, names, places, months. */
import type { LanguageWords } from './types'
import { wordList } from './word-set'

const TITLES = wordList(`
  herr frau dr prof professor professorin minister ministerin bundeskanzler bundeskanzlerin kanzler
  kanzlerin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin präsident
  präsidentin sprecher sprecherin chef chefin direktor direktorin trainer trainerin richter
  richterin staatsanwalt staatsanwältin geschäftsführer geschäftsführerin landrat landrätin
  senator senatorin polizeisprecher polizeisprecherin innenminister innenministerin finanzminister
  finanzministerin gesundheitsminister gesundheitsministerin umweltminister umweltministerin
  wirtschaftsminister wirtschaftsministerin bischof pfarrer pfarrerin kapitän kapitänin experte
  expertin ökonom ökonomin forscher forscherin vorsitzende vorsitzender abgeordnete abgeordneter
  landwirt landwirtin ministerpräsident ministerpräsidentin
`)

/** What German adds to the English lists. */
export const GERMAN: LanguageWords = {
  language: 'de',
  // „…“ is the German pair; »…« the book form; the English “…” marks also appear.
  quoteMarks: [
    ['„', '“'],
    ['„', '”'],
    ['»', '«'],
    ['«', '»'],
    ['‚', '‘'],
    ['“', '”'],
    ['"', '"'],
  ],
  dialogueDash: false,
  capitalisedNouns: true,
  titleEndings: new RegExp(
    `.(?:${[
      'minister',
      'meister',
      'rat',
      'rät',
      'sprecher',
      'direktor',
      'chef',
      'präsident',
      'leiter',
      'trainer',
      'kanzler',
      'vorsitzende',
      'beauftragte',
      'richter',
      'anwalt',
      'anwält',
      'vorstand',
      'vorständ',
      // Biologe, Biologin, Psychologin: scientists by their field.
      'loge',
      'log',
      'förster',
    ].join('|')})(?:in)?$`
  ),
  reportingVerbs: wordList(`
    sagte sagt sagten erklärte erklärt betonte betont meinte meint warnte warnt forderte fordert
    kritisierte kritisiert versicherte versichert ergänzte ergänzt berichtete berichtet erzählte
    erzählt schrieb schreibt antwortete antwortet bekräftigte unterstrich fügte fügt räumte räumt
    kündigte teilte stellte
    lobte lobt mahnte mahnt verteidigte verteidigt gestand bestätigte bestätigt
    widersprach entgegnete entgegnet fragte fragt versprach verspricht
  `),
  auxiliaries: [],
  accordingTo: ['laut', 'so'],
  complementisers: ['dass'],
  placeNouns: wordList(
    `stadt gemeinde dorf kreis landkreis region hafen flughafen bahnhof bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin`
  ),
  roleAliases: {
    rathauschef: ['bürgermeister', 'oberbürgermeister'],
    rathauschefin: ['bürgermeisterin', 'oberbürgermeisterin'],
    stadtoberhaupt: [
      'bürgermeister',
      'bürgermeisterin',
      'oberbürgermeister',
      'oberbürgermeisterin',
    ],
  },
  personNouns: wordList(`jährige jähriger mann junge mädchen mutter vater witwe witwer`),
  pronouns: { male: ['er'], female: ['sie'], plural: [] },
  titles: TITLES,
  femaleMarkers: ['frau', 'die', 'sie', ...TITLES.filter((t) => /in$/.test(t))],
  maleMarkers: ['herr', 'der', ...TITLES.filter((t) => !/in$/.test(t) && t !== 'frau')],
  particles: wordList(`von van zu vom zum der den de`),
  functionWords: wordList(`
    der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern weil
    dass ob wenn als wie wo was wer er sie es wir ihr ich du sein seine ihre unser in im an am auf
    aus bei mit nach seit von vom zu zum zur über unter vor hinter neben zwischen durch für gegen
    ohne um laut auch noch nur schon bereits jetzt heute gestern morgen dann damit dabei dort hier
    so nicht kein keine diese dieser dieses jede jeder jedes alle viele mehr man nun deshalb
    trotzdem allerdings zudem außerdem bis während nachdem bevor montag dienstag mittwoch
    donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september
    oktober november dezember
  `),
  femaleNames: wordList(`
    angela anna julia katrin sabine petra claudia ursula monika andrea birgit heike susanne
    stefanie lena lea sophie hannah franziska annalena ingrid helga renate jana nina miriam
    johanna katharina
  `),
  maleNames: wordList(`
    hans klaus jürgen wolfgang stefan michael thomas andreas frank markus matthias peter uwe dieter
    lukas jonas felix karl friedrich heinrich olaf horst günter tobias jörg werner rüdiger carsten
    anton florian
  `),
  places: wordList(`
    deutschland frankreich spanien italien österreich schweiz england russland amerika europa
    münchen köln wien zürich hamburg frankfurt stuttgart düsseldorf dresden leipzig hannover bremen
    nürnberg bayern sachsen hessen brandenburg thüringen niedersachsen brüssel rom warschau prag
  `),
  locatives: wordList(`in nach bei aus`),
  orgWords: wordList(`
    ministerium universität bank partei verband stiftung bundestag bundesrat gericht polizei
    regierung gewerkschaft institut konzern gmbh ag stadtwerke fc sv vfb
    tsv verein klinikum werke firma unternehmen
  `),
  months: [
    ['januar', 'jan', 'jänner'],
    ['februar', 'feb'],
    ['märz', 'mär'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
}
