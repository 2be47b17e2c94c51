/** @module French: quotation marks, reporting verbs, titles, particles, names, places, months. */
import type { LanguageWords } from './types'
import { wordList } from './word-set'

/** What French adds to the English lists. */
export const FRENCH: LanguageWords = {
  language: 'fr',
  quoteMarks: [
    ['«', '»'],
    ['“', '”'],
    ['‹', '›'],
    ['"', '"'],
  ],
  dialogueDash: true,
  reportingVerbs: wordList(`
    déclaré déclare dit affirmé affirme ajouté ajoute expliqué explique indiqué indique souligné
    souligne assuré assure estimé estime annoncé annonce précisé précise confié confie averti
    avertit
    répondu répond insisté insiste reconnu reconnaît poursuivi poursuit martelé martèle rappelé
    rappelle commenté commente raconté raconte déploré déplore regretté regrette prévenu prévient
    confirmé confirme observé observe écrit soutenu soutient dénoncé dénonce promis promet conclu
    conclut admis admet avoué avoue résumé résume lancé tranché tranche déclarait disait affirmait
    renchérit renchéri s'exclame répète répété insistait
    s’exclame répliqué réplique rétorqué rétorque souvient souvenu jugé juge justifié justifie réagi réagit réjoui félicité appelé appelle
  `),
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait', "s'est", 's’est'],
  accordingTo: ['selon', 'd’après', "d'après"],
  viewpoint: ['pour'],
  complementisers: ['que', 'qu’', "qu'"],
  placeNouns: wordList(
    `ville commune village quartier région département canton pont port aéroport gare maire mairesse`
  ),
  roleAliases: { édile: ['maire'] },
  personNouns: wordList(`
    homme femme jeune garçon fille adolescent adolescente retraité retraitée mère père veuve veuf
    victime trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire
    nonagénaire
  `),
  // "Selon lui", "d'après eux": the stressed forms follow a source's preposition.
  pronouns: { male: ['il', 'lui'], female: ['elle'], plural: ['ils', 'elles', 'eux'] },
  titles: wordList(`
    m mme mlle me dr pr docteur professeur maître monsieur madame président présidente ministre
    maire député députée sénateur sénatrice directeur directrice porte-parole secrétaire juge
    procureur procureure préfet préfète commissaire capitaine colonel général entraîneur entraîneuse
    avocat avocate patron patronne adjoint adjointe chef chercheur chercheuse économiste
    syndicaliste élu élue
  `),
  femaleMarkers: wordList(`
    mme mlle madame présidente députée sénatrice directrice procureure préfète entraîneuse avocate
    patronne adjointe chercheuse la
  `),
  maleMarkers: wordList(`
    m monsieur président député sénateur directeur procureur préfet entraîneur avocat patron adjoint
    chercheur le
  `),
  particles: wordList(`de du des d' d’ la le`),
  functionWords: wordList(`
    le la les l' l’ un une des du de et ou mais donc or ni car ce cette ces cet il elle ils elles on
    nous vous je tu son sa ses leur leurs dans pour par sur sous avec sans selon après avant depuis
    pendant lors chez vers entre contre quand lorsque si comme alors ainsi aussi pourtant cependant
    enfin en au aux à ne pas plus tout tous toute toutes qui que dont où oui non c'est c’est d'après
    d’après lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre aujourd'hui hier demain mais
  `),
  femaleNames: wordList(`
    marie sophie claire camille julie isabelle nathalie catherine anne élise céline chantal hélène
    léa manon juliette aurélie valérie sandrine martine françoise brigitte agnès
  `),
  maleNames: wordList(`
    jean pierre jacques françois michel philippe nicolas laurent olivier thierry éric alain bernard
    antoine julien mathieu louis paul luc yves gérard christophe sébastien guillaume
  `),
  places: wordList(`
    allemagne espagne italie angleterre belgique suisse autriche grèce londres bruxelles genève
    lyon marseille toulouse bordeaux lille nantes strasbourg rennes montréal québec etats-unis
    états-unis chine russie inde brésil mexique afrique europe corse bretagne normandie alsace
  `),
  locatives: wordList(`à en près vers dans`),
  orgWords: wordList(`
    ministère université banque parti assemblée conseil commission société groupe syndicat
    association fédération institut mairie préfecture tribunal entreprise firme compagnie
  `),
  months: [
    ['janvier', 'janv'],
    ['février', 'févr', 'fév'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc'],
  ],
}
