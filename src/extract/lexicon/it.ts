/** @module Italian: quotation marks, reporting verbs, titles, particles, names, places, months. */
import type { LanguageWords } from './types'
import { wordList } from './word-set'

/** What Italian adds to the English lists. */
export const ITALIAN: LanguageWords = {
  language: 'it',
  quoteMarks: [
    ['«', '»'],
    ['“', '”'],
    ['"', '"'],
  ],
  dialogueDash: true,
  reportingVerbs: wordList(`
    detto dichiarato spiegato aggiunto affermato sottolineato commentato precisato annunciato
    ribadito assicurato osservato risposto ammesso avvertito concluso raccontato denunciato
    replicato insistito dice dichiara spiega aggiunge afferma sottolinea commenta precisa annuncia
    ribadisce assicura osserva risponde ammette avverte conclude racconta denuncia replica insiste
    disse dichiarò spiegò aggiunse affermò
    lamentato lamentata promesso promette criticato critica chiesto chiede confessato
    confessa sostenuto sostiene ricordato ricorda
  `),
  auxiliaries: wordList(`ha hanno aveva avevano è`),
  accordingTo: ['secondo'],
  viewpoint: ['per'],
  complementisers: ['che'],
  placeNouns: wordList(
    `città paese comune frazione quartiere provincia regione porto aeroporto stazione sindaco sindaca`
  ),
  personNouns: wordList(`
    enne giovane donna uomo ragazzo ragazza anziano anziana madre padre figlio figlia vittima
    vedova pensionato pensionata
  `),
  // "il primo cittadino", "la prima cittadina": what Italian copy calls the mayor a second time.
  roleAliases: {
    'primo cittadino': ['sindaco'],
    'prima cittadina': ['sindaco', 'sindaca'],
  },
  pronouns: { male: ['lui', 'egli'], female: ['lei'], plural: ['loro'] },
  titles: wordList(`
    sig sigra signor signore signora dott dottssa dottor dottore dottoressa prof profssa
    professore professoressa avv ing on sindaco ministro ministra presidente presidentessa
    portavoce direttore direttrice assessore assessora senatore senatrice deputato deputata
    segretario segretaria giudice procuratore procuratrice allenatore allenatrice questore prefetto
    generale capitano consigliere consigliera governatore governatrice commissario commissaria
    economista ricercatore ricercatrice avvocato avvocata
  `),
  femaleMarkers: wordList(`
    signora sigra dottoressa dottssa professoressa profssa ministra presidentessa direttrice
    assessora senatrice deputata segretaria procuratrice allenatrice consigliera governatrice
    commissaria ricercatrice la
  `),
  maleMarkers: wordList(`
    signor signore sig dott dottor dottore professore ministro direttore assessore senatore
    deputato segretario procuratore allenatore consigliere governatore commissario ricercatore il
    lo
  `),
  particles: wordList(`di de del della da dal d' d’ lo la degli dei`),
  functionWords: wordList(`
    il lo la i gli le un uno una e ed o ma però anche che di del della dello dei degli delle a al
    alla ai agli alle da dal dalla in nel nella nei con su sul sulla per tra fra questo questa
    quello quella suo sua suoi sue loro lui lei noi voi io non più già ancora come quando dove
    mentre se perché secondo dopo prima oggi ieri domani inoltre intanto tuttavia lunedì martedì
    mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio
    agosto settembre ottobre novembre dicembre
  `),
  femaleNames: wordList(`
    giulia francesca chiara sara laura valentina elena alessandra paola anna maria silvia federica
    martina giorgia roberta simona lucia
  `),
  maleNames: wordList(`
    marco giuseppe giovanni luca francesco alessandro andrea matteo lorenzo antonio stefano paolo
    roberto mario sergio fabio davide riccardo massimo enrico
  `),
  places: wordList(`
    italia germania francia spagna inghilterra svizzera roma milano napoli torino firenze venezia
    bologna genova palermo bari verona trieste sicilia sardegna lombardia toscana piemonte veneto
    londra parigi berlino bruxelles
  `),
  locatives: wordList(`a in da verso presso`),
  orgWords: wordList(`
    ministero università banca partito consiglio commissione società gruppo sindacato
    associazione federazione istituto comune tribunale governo regione azienda
    compagnia ditta virtus atletico sporting
  `),
  months: [
    ['gennaio', 'gen'],
    ['febbraio', 'feb'],
    ['marzo', 'mar'],
    ['aprile', 'apr'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto', 'ago'],
    ['settembre', 'set'],
    ['ottobre', 'ott'],
    ['novembre', 'nov'],
    ['dicembre', 'dic'],
  ],
}
