/** @module Portuguese: quote marks, reporting verbs, titles, particles, names, places, months. */
import type { LanguageWords } from './types'
import { wordList } from './word-set'

/** What Portuguese adds to the English lists. */
export const PORTUGUESE: LanguageWords = {
  language: 'pt',
  quoteMarks: [
    ['«', '»'],
    ['“', '”'],
    ['"', '"'],
  ],
  dialogueDash: true,
  reportingVerbs: wordList(`
    disse diz afirmou afirma declarou declara explicou explica acrescentou acrescenta garantiu
    garante sublinhou sublinha referiu refere salientou salienta sustentou defendeu defende
    admitiu admite adiantou adianta destacou destaca comentou comenta respondeu responde anunciou
    anuncia alertou alerta avisou lembrou lembra reconheceu reconhece insistiu concluiu contou
    frisou frisa observou ressaltou lamentou lamenta
    confessou confessa prometeu promete elogiou elogia criticou critica perguntou pergunta
    contou
  `),
  auxiliaries: wordList(`tem tinha`),
  accordingTo: ['segundo', 'conforme', 'de acordo com'],
  viewpoint: ['para'],
  complementisers: ['que'],
  placeNouns: wordList(
    `cidade vila concelho município bairro distrito região porto aeroporto prefeito prefeita autarca`
  ),
  roleAliases: { autarca: ['presidente', 'prefeito', 'prefeita'], edil: ['prefeito', 'prefeita'] },
  personNouns: wordList(`
    jovem mulher homem rapaz rapariga menino menina idoso idosa mãe pai filho filha vítima viúva
    viúvo reformado reformada aposentado aposentada
  `),
  pronouns: { male: ['ele'], female: ['ela'], plural: ['eles', 'elas'] },
  titles: wordList(`
    sr sra dr dra senhor senhora dom dona presidente presidenta ministro ministra prefeito prefeita
    autarca governador governadora deputado deputada senador senadora secretário secretária
    diretor diretora director directora porta-voz juiz juíza procurador procuradora treinador
    treinadora vereador vereadora professor professora primeiro-ministro primeira-ministra
    comandante general economista investigador investigadora advogado advogada
  `),
  femaleMarkers: wordList(`
    sra dra senhora dona presidenta ministra prefeita governadora deputada senadora secretária
    diretora directora juíza procuradora treinadora vereadora professora primeira-ministra
    investigadora a
  `),
  maleMarkers: wordList(`
    sr dr senhor dom ministro prefeito governador deputado senador secretário diretor director
    juiz procurador treinador vereador professor primeiro-ministro investigador o
  `),
  particles: wordList(`da de do dos das e`),
  functionWords: wordList(`
    o a os as um uma uns umas e ou mas que de do da dos das em no na nos nas com por pelo pela para
    sem sobre entre até desde durante após segundo este esta isto esse essa isso aquele seu sua
    seus suas ele ela eles elas nós eu se não sim também já ainda muito mais menos como quando
    onde enquanto embora porque ao à às além contudo porém hoje ontem amanhã segunda-feira
    terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro março
    abril maio junho julho agosto setembro outubro novembro dezembro
  `),
  femaleNames: wordList(`
    ana maria joana beatriz mariana inês catarina sofia rita teresa marta carla sara luísa helena
    fernanda patrícia adriana juliana
  `),
  maleNames: wordList(`
    joão josé antónio antônio manuel francisco pedro paulo luís carlos miguel rui nuno tiago bruno
    ricardo jorge rafael gustavo eduardo
  `),
  places: wordList(`
    portugal brasil espanha alemanha frança itália inglaterra angola moçambique lisboa porto
    coimbra braga faro madeira açores algarve são paulo rio brasília salvador recife bahia
    londres
  `),
  locatives: wordList(`em no na perto`),
  orgWords: wordList(`
    ministério universidade banco partido assembleia conselho comissão sociedade grupo sindicato
    associação federação instituto câmara tribunal governo empresa companhia sporting
    académica
  `),
  months: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['março', 'mar'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez'],
  ],
}
