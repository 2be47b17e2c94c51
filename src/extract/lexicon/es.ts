/** @module Spanish: quotation marks, reporting verbs, titles, particles, names, places, months. */
import type { LanguageWords } from './types'
import { wordList } from './word-set'

/** What Spanish adds to the English lists. */
export const SPANISH: LanguageWords = {
  language: 'es',
  quoteMarks: [
    ['«', '»'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
  dialogueDash: true,
  reportingVerbs: wordList(`
    dijo dice declaró declara afirmó afirma añadió añade explicó explica aseguró asegura señaló
    señala indicó indica sostuvo sostiene subrayó subraya advirtió advierte apuntó apunta comentó
    comenta reconoció reconoce manifestó agregó agrega insistió insiste precisó respondió responde
    anunció anuncia destacó destaca recordó recuerda lamentó lamenta denunció expresó concluyó
    relató admitió dicho declarado afirmado asegurado explicado señalado añadido
    contó cuenta respondido destacado reconocido recordado advertido subrayado lamentado
    denunciado insistido indicado apuntado comentado manifestado preguntó pregunta agradeció
    prometió promete criticó critica contestó contesta replicó replica
  `),
  auxiliaries: wordList(`ha han había`),
  accordingTo: ['según', 'de acuerdo con'],
  viewpoint: ['para'],
  complementisers: ['que'],
  placeNouns: wordList(
    `ciudad pueblo municipio localidad barrio provincia región comarca puerto aeropuerto alcalde alcaldesa`
  ),
  roleAliases: { regidor: ['alcalde'], regidora: ['alcaldesa'], edil: ['alcalde', 'alcaldesa'] },
  personNouns: wordList(`
    joven mujer hombre chico chica niño niña anciano anciana vecino vecina madre padre jubilado
    jubilada víctima viuda viudo muchacho muchacha
  `),
  pronouns: { male: ['él'], female: ['ella'], plural: ['ellos', 'ellas'] },
  titles: wordList(`
    sr sra srta don doña dr dra presidente presidenta ministro ministra alcalde alcaldesa portavoz
    director directora diputado diputada senador senadora secretario secretaria juez jueza fiscal
    consejero consejera entrenador entrenadora gobernador gobernadora concejal concejala rey reina
    vicepresidente vicepresidenta profesor profesora delegado delegada general comisario comisaria
    economista investigador investigadora abogado abogada
  `),
  femaleMarkers: wordList(`
    sra srta doña dra presidenta ministra alcaldesa directora diputada senadora secretaria jueza
    consejera entrenadora gobernadora concejala reina vicepresidenta profesora delegada comisaria
    investigadora la
  `),
  maleMarkers: wordList(`
    sr don dr ministro alcalde director diputado senador secretario juez consejero entrenador
    gobernador concejal rey profesor delegado comisario investigador el
  `),
  particles: wordList(`de del la las los y`),
  functionWords: wordList(`
    el la los las lo un una unos unas y o pero sino que de del en con por para sin sobre entre hasta
    desde durante tras según ante bajo este esta estos estas ese esa eso aquel su sus mi él ella
    ellos ellas nosotros yo se no sí también ya aún muy más menos como cuando donde mientras aunque
    porque si al además hoy ayer mañana lunes martes miércoles jueves viernes sábado domingo enero
    febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  `),
  femaleNames: wordList(`
    maría ana carmen laura lucía elena isabel marta pilar rosa teresa cristina sofía paula beatriz
    inés raquel silvia patricia alicia
  `),
  maleNames: wordList(`
    josé juan antonio manuel francisco javier carlos luis miguel pedro jorge pablo alejandro
    fernando sergio diego andrés rafael ramón álvaro
  `),
  places: wordList(`
    españa alemania francia italia inglaterra portugal méxico argentina colombia perú chile
    bogotá sevilla valencia bilbao zaragoza málaga barcelona madrid cataluña andalucía galicia
    londres nueva york
  `),
  locatives: wordList(`en desde hacia cerca`),
  orgWords: wordList(`
    ministerio universidad banco partido congreso consejo comisión sociedad grupo sindicato
    asociación federación instituto ayuntamiento tribunal gobierno empresa compañía atlético
    deportivo
  `),
  months: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sep', 'sept'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
}
