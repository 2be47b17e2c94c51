/**
 * @module Generic word lists the language stages lean on: titles and honorifics, organisation
 * words, countries, capitals and regions, reporting verbs, common given names and function words.
 * Generic English news vocabulary only (no names from any evaluation set); about 12 KB of source.
 */
import { wordSet } from './word-set'

/** Titles and roles that precede a person's name ("President", "Sen.", "Chief Executive"). */
export const TITLES = wordSet(`
  mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister brother pope
  saint st president vice prime minister premier chancellor king queen prince princess emperor
  sheikh sultan emir senator sen rep representative congressman congresswoman governor gov mayor
  judge justice secretary ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman
  chair ceo cfo coo cto director chief commissioner general gen col colonel major maj captain capt
  lieutenant lt sergeant sgt admiral adm commander officer inspector detective superintendent
  corporal cpl cst insp supt det pte cmdr
  constable marshal conductor coach manager coach manager striker midfielder defender goalkeeper
  captain player minister's leader speaker chief-executive founder co-founder executive analyst
  economist professor researcher scientist candidate nominee attorney lawyer counsel advocate deputy
  assistant aide adviser advisor cardinal bishop archbishop imam rabbi pastor deacon dean provost
  principal actor actress singer rapper author writer novelist journalist reporter editor columnist
  anchor host mp mla mpp mna mha mep coun cllr const hon elder councillor councilman councilwoman alderman assemblyman assemblywoman
  cr reeve magistrate registrar trustee warden ombudsman ombudsperson coroner keeper
  delegate president-elect dictator leader commander-in-chief administrator sheriff prosecutor
`)

/** Words that end (or head) an organisation's name. */
export const ORG_WORDS = wordSet(`
  inc inc. corp corp. corporation co co. ltd ltd. llc llp plc pty ag gmbh sa nv company companies group
  holdings organisation organization association federation union league council committee
  commission ministry department agency bureau office authority administration board service
  services institute institution foundation fund trust society university college school academy
  hospital clinic party parliament congress senate assembly court tribunal police army navy force
  forces guard corps bank exchange reserve network news times post journal herald tribune gazette
  press media broadcasting club fc united team airlines airways motors industries technologies
  systems labs laboratories library council's nations alliance coalition movement front fair brigade
  brigades taliban hamas hezbollah government cabinet commission's studio studios records orchestra
  philharmonic symphony choir opera ballet theatre theater ensemble band magazine radio television
  tv channel daily weekly observer guardian telegraph chronicle forum wire summit institute inc
  conference org municipality legion church gallery nation co-operative cooperative co-op diocese
  archdiocese parish synod chamber
`)

/**
 * Industry words that end a company's name of two words or more ("Teva Pharmaceuticals", "Sony
 * Pictures").
 */
export const ORG_ENDINGS = wordSet(`
  aviation energy pharmaceuticals petroleum electric steel mining telecom communications
  entertainment pictures productions publishing insurance capital partners ventures solutions
  electronics chemicals brands mutual logistics foods securities investments resources properties
  realty construction consulting wireless therapeutics biosciences financial railway railways
  railroad railroads rail pipelines transit ferries shipping transport transportation freight
  trucking appliances hardware software semiconductors apparel outfitters furniture pharmacy
  pharmacies supermarkets automotive aerospace robotics analytics networks devices instruments
  materials metals minerals utilities breweries brewing distillers distilling wineries bakeries
  fisheries seafoods regulator rescue
  health healthcare homes products high secondary elementary research residential associates
  advisors advisory advisers markets management dairy dairies farms beverages international
  bakery cafe café restaurant diner bistro brewery winery distillery mart oil hydro mines
  components manufacturing engineering plastics packaging textiles lumber pub tavern salon bookstore
  bookshop grocery supermarket deli creamery shop store stores
`)

/** Players named by their position ("the 23-year-old forward", "Defenceman Kai Roe"). */
export const PLAYER_ROLES =
  /^(?:forward|wing|winger|centre|center|defenceman|defenseman|goalie|netminder|goaltender|goalkeeper|keeper|striker|midfielder|fullback|halfback|quarterback|pitcher|catcher|shortstop|guard|captain|rookie|veteran|skip)$/

/** An English weekday name as a regex source, capitalised or not ("Tuesday", "tuesday"). */
export const DAY_NAME = String.raw`(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day`
/** An English month name or its abbreviation as a regex source ("March", "Mar.", "sept"). */
export const MONTH_NAME = String.raw`(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?`

/**
 * Words that describe a company by its trade, written before its name ("developer Northline
 * Properties", "Carmaker Tidewater Motors said"): not part of the name.
 */
export const INDUSTRY_DESCRIPTORS = wordSet(`
  developer retailer insurer lender carrier automaker carmaker manufacturer miner producer operator
  provider supplier publisher broadcaster grocer builder distributor wholesaler brewer distiller
  drugmaker chipmaker airline railway utility contractor
`)

/**
 * Last words of newspaper names that are ordinary words elsewhere ("Lisbon Star", "Leeds Mail").
 */
export const PAPER_WORDS = wordSet(
  `star sun globe mail mirror express inquirer examiner courier dispatch sentinel enquirer bulletin standard independent record citizen advertiser statesman ledger`
)

/**
 * Last words of newspaper names that are hardly anything else: after "the" a name ending in one is
 * a newspaper's ("told the Harbour Ledger").
 */
export const NEWSPAPER_WORDS = wordSet(
  `inquirer examiner courier dispatch sentinel enquirer bulletin advertiser statesman ledger`
)

/** Organisation-name openers ("Ministry of …", "University of …", "Bank of …"). */
export const ORG_HEADS = wordSet(
  `ministry department university bank college institute school office bureau council court house church board museum federation association league municipality government`
)

/** Well-known agencies and outlets, credited as sources. */
export const OUTLETS = wordSet(`
  reuters ap afp pti ani ians xinhua tass bloomberg cnn bbc nbc abc cbs fox msnbc npr pbs dpa efe
  upi aljazeera politico axios cnbc ndtv itv sky
`)

/** Countries, regions, states and cities: the lists live in their own gazetteer file. */
export { CITIES, COUNTRIES, PLACES, STATES } from '../gazetteer-places'

/** Plural nouns for people that speak as a group ("officials", "police", "residents"). */
export const GROUP_NOUNS = String.raw`(?:[Oo]fficials|[Pp]olice|[Aa]uthorities|[Rr]esidents|[Dd]octors|[Nn]urses|[Ww]orkers|[Tt]eachers|[Pp]arents|[Ss]tudents|[Vv]oters|[Ll]eaders|[Pp]rosecutors|[Ii]nvestigators|[Rr]escuers|[Ff]irefighters|[Mm]erchants|[Ff]armers|[Ee]xperts|[Rr]esearchers|[Ss]cientists|[Ee]conomists|[Aa]nalysts|[Ss]ources|[Mm]ourners|[Ff]amilies|[Hh]omeowners|[Cc]ommuters|[Tt]enants|[Nn]eighbou?rs|[Ff]ans|[Vv]illagers|[Ee]vacuees|[Ss]urvivors|[Ww]itnesses|[Ss]hoppers|[Dd]rivers|[Pp]rotesters|[Aa]ctivists|[Ff]ishers|[Ff]ishermen)`
/** Where a group of people is, after its noun ("officials in", "residents of", "staff at"). */
export const GROUP_PREPOSITIONS = [
  'in',
  'of',
  'at',
  'from',
  'near',
  'across',
  'around',
  'throughout',
]
/** GROUP_PREPOSITIONS as a pattern's alternatives. */
export const GROUP_WHERE_WORDS = `(?:${GROUP_PREPOSITIONS.join('|')})`
/** Words that make a capitalised phrase a place ("Hudson River", "Orange County"). */
export const PLACE_WORDS = wordSet(`
  city county province state river lake lakes mountain mountains mount island islands sea ocean bay
  gulf valley desert coast peninsula street avenue road square park bridge airport station district
  region village town borough canyon falls beach harbour harbor strait channel plains heights hills
  church mosque temple cathedral museum center centre hall tower towers stadium arena house palace
  states kingdom arabia emirates republic territories territory point cove creek inlet lagoon reef
  glacier boulevard parkway freeway expressway wharf pier drive crescent terrace sound auditorium
`)

/** Irregular past-tense verbs ("sat", "took"): a finite verb without the -ed ending. */
export const IRREGULAR_PAST =
  /^(?:found|made|took|gave|went|came|got|saw|knew|left|felt|kept|held|brought|began|became|ran|paid|sent|built|lost|met|won|fell|grew|spent|stood|chose|drove|broke|sold|bought|caught|taught|fought|led|meant|heard|hid|struck|shot|threw|wore|rose|forgot|understood|sat|spoke|wrote|rode|flew|sang|swam|slept|sought|put|cut|hit|set|cost|hurt|shut|spread)$/

/** Reporting verbs and phrases that attribute speech (base and inflected forms). */
export const CUE_VERBS = wordSet(`
  said says say told tells tell added adds asked asks stated states explained explains noted notes
  wrote writes tweeted tweets posted declared declares insisted insists argued argues claimed claims
  warned warns replied replies continued continues recalled recalls announced announces admitted
  admits acknowledged acknowledges suggested suggests urged urges reported reports remarked observed
  conceded stressed stresses emphasised emphasized maintained maintains predicted predicts vowed
  vows promised responded responds testified testifies quipped joked countered complained complains
  confirmed confirms denied denies alleged alleges believes believed thinks thought described
  describes called calls agreed agrees cautioned cautions boasted boasts conceded concedes mused
  recounted recounts shouted yelled whispered pointed answered answers commented comments assured
  assures reiterated reiterates estimated estimates revealed reveals disclosed discloses indicated
  indicates signaled signalled contended contends proclaimed proclaims lamented laments charged
  charges accused accuses demanded demands predicted wondered wonders pleaded pledged pledges hinted
  hints asks asking saying calling sings sang demanded blasted typed chanted chanting snapped shot
  retorted mocked tweeting telling adding noting explaining arguing warning insisting writing
  declaring concluded concludes asserted asserts affirmed affirms reaffirmed reaffirms speculated
  speculates clarified clarifies underscored underscores repeated repeats screamed
`)

/*
 * How the reporting verbs above take what was said, for reported speech without quotation marks.
 * Subsets of CUE_VERBS (plus participles), not new verbs: the one list of reporting verbs stays
 * above.
 */
/**
 * Verbs that nearly always take a clause ("said the plan…"); others often take a noun ("added a
 * goal").
 */
export const CUE_WITH_CLAUSE = wordSet(`
  said says say told tells argued argues warned warns believes believed thinks insisted insists
  claimed claims contended contends maintained maintains predicted predicts stressed stresses
  explained explains admitted admits alleged alleges wrote writes saying adding noting arguing
  warning insisting
`)
/** Verbs whose clause follows a listener ("told reporters the plan…"). */
export const CUE_WITH_LISTENER = wordSet(`
  told tells tell warned assured assures
`)
/** Verbs that do not introduce a reported clause ("called it a …", "asked him to", "vowed to"). */
export const CUE_WITHOUT_CLAUSE = wordSet(`
  called calls calling described describes asked asks asking shouted yelled whispered typed
  chanted chanting snapped shot mocked blasted sings sang posted pointed charged charges accused
  accuses demanded demands pleaded urged urges continued continues tweeted tweets tweeting
  answered answers replied replies responded responds commented comments reported reports thought
  shouted pledged pledges vowed vows promised wondered wonders writing telling repeated repeats
  screamed
`)

/** Capitalised words that start sentences or headings but never names. */
export const FUNCTION_WORDS = wordSet(`
  the a an this that these those there their they them then than thus this he she it its his her we
  our you your i me my mine us in on at by for from to of with without into onto over under after
  before during since until while when where why how what which who whom whose if unless because so
  but and or nor yet also as although though however meanwhile moreover furthermore still even just
  only not no yes all any both each every either neither some many much more most few several such
  other another one two three four five six seven eight nine ten eleven twelve thirteen fourteen
  fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred hundreds thousand thousands dozen dozens first second third last next new having given
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december today yesterday tomorrow tonight here now
  according despite among amid between within around about above below across against along behind
  unlike
  beyond mr mrs ms dr is are was were be been being has have had do does did will would shall should
  can could may might must let lets please thank thanks dear hello okay ok well like once instead
  after earlier later following asked said added told says photo image video read watch also-read
  advertisement related update updated published posted breaking exclusive opinion analysis
  editorial
`)

/** Common given names across languages: the list lives in its own gazetteer file. */
export { GIVEN_NAMES } from '../gazetteer-names'

/** Nationality and group adjectives, singular ("Afghan", "Israeli", "Muslim"); plurals add -s. */
export const DEMONYMS = wordSet(`
  afghan albanian algerian american angolan argentine argentinian armenian australian austrian
  azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian
  burmese cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban cypriot
  czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european
  filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian
  icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
  jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao laotian latvian lebanese
  liberian libyan lithuanian macedonian malagasy malawian malaysian malian maltese mexican moldovan
  mongolian montenegrin moroccan mozambican namibian nepali nepalese nicaraguan nigerian nigerien
  norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese
  qatari romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian
  somali spanish sri sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian
  turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian
  zimbabwean african asian arab arabian latin hispanic caribbean nordic scandinavian slavic balkan
  western eastern muslim christian jewish jew catholic protestant orthodox hindu sikh buddhist
  islamic evangelical mormon shia shiite sunni druze coptic pagan texan californian floridian new
  yorker londoner parisian berliner muscovite
`)

/**
 * First words that never open a person's name ("Global Fleet", "Operation Larkspur",
 * "East Village"): compass points, common adjectives and the heads of events, plans and places.
 */
export const NOT_NAME_FIRST = wordSet(`
  north south east west northern southern eastern western central upper lower greater inner outer
  global national international federal general public social civic digital modern ancient old
  young senior holy sacred royal grand high low big little great better best easy free open red blue
  green black white golden silver special supreme super mega mini cyber smart total
  operation project mount lake fort camp cape port bay river island saint san santa santo
  masjid al el la le los las
`)

/**
 * Last words of names that are things, events or places rather than people ("World Cup", "Tide
 * Warning System").
 */
export const THING_WORDS = wordSet(`
  system systems cup day award awards prize trophy festival games championship championships
  tournament series show film movie novel book album song war battle crisis storm hurricane act
  treaty accord agreement programme program project plan initiative database software browser app
  website platform index report survey study edition version update protocol standard code model
  hotel base planetarium memorial monument zoo gardens prison cemetery plaza mall dam canal
  terminal highway motorway reef glacier reservoir springs creek campus shuttle rocket satellite
  mission ship vessel aircraft collection collections expo exhibition convention test derby
`)

/** Nouns that describe a person in an apposition (besides the titles of the lexicon). */
export const PERSON_NOUNS = wordSet(`
  woman man boy girl teenager teen child kid baby mother father mum mom dad son daughter wife
  husband widow widower brother sister grandmother grandfather aunt uncle cousin partner girlfriend
  boyfriend fiancee fiance resident member student pupil graduate citizen national native veteran
  survivor victim witness worker employee volunteer activist campaigner protester demonstrator fan
  artist musician designer photographer filmmaker producer player athlete footballer cricketer boxer
  swimmer runner cyclist driver soldier priest nun monk doctor nurse surgeon teacher lecturer
  engineer politician chef farmer fisherman businessman businesswoman entrepreneur investor owner
  pilot comedian poet blogger curator historian expert specialist official officials mother-of-two
  father-of-two father-of-three mother-of-three grandmother-of-five patient passenger driver suspect
  defendant prisoner inmate refugee migrant pilgrim tourist scientologist christian muslim jew
  catholic critic investigator organizer organiser parent neighbour neighbor observer scholar
  regular commuter rider shopper voter diner patron tenant homeowner visitor traveller traveler
  reader viewer listener customer client islander villager retiree
  diplomat supporter opponent firefighter paramedic voter lawmaker legislator physician protestor
  commentator proponent ally
`)

/** A number word or figure, lower case ("ten", "twenty-seven", "40", "dozens"): never a name. */
export const QUANTITY =
  /^(?:\p{N}[\p{N}.,%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?|hundreds?|thousands?|millions?|dozens?)$/u

/** Small words inside names, places and the phrases around them (entity recognition). */
export const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'van',
  'von',
  'bin',
  'al',
  'del',
  'dos',
  'das',
  'da',
  'du',
  'la',
  'le',
  'der',
  'the',
  'and',
  '&',
])
export const PLACE_PREFIX = new Set([
  'new',
  'north',
  'south',
  'east',
  'west',
  'united',
  'saudi',
  'sri',
  'el',
  'san',
  'los',
  'las',
  'st',
  'st.',
  'upper',
  'lower',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'great',
  'hong',
  'tel',
  'abu',
  'cape',
  'kuala',
  'addis',
  'buenos',
  'rhode',
  'costa',
  'puerto',
  'sierra',
  'papua',
  'ivory',
  'czech',
  'dominican',
  'gulf',
  'middle',
])
/** Connectors inside a place's own name ("Rio de Janeiro", "Isle of Man"). */
export const PLACE_JOINS = new Set([
  'of',
  'the',
  'de',
  'del',
  'da',
  'do',
  'dos',
  'la',
  'le',
  'al',
  'el',
])
export const LOCATIVE = new Set([
  'in',
  'near',
  'outside',
  'across',
  'throughout',
  'toward',
  'towards',
])
export const PREPOSITIONS = new Set([
  'in',
  'of',
  'from',
  'to',
  'at',
  'for',
  'by',
  'with',
  'into',
  'the',
])
export const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'i', 'we'])

/** Words that open a place's name inside an organisation's ("United …", "San …"). */
export const PLACE_START = new Set([
  'new',
  'north',
  'south',
  'east',
  'west',
  'united',
  'saudi',
  'sri',
  'san',
  'los',
  'las',
  'hong',
  'tel',
  'abu',
  'kuala',
  'addis',
  'buenos',
  'costa',
  'puerto',
  'sierra',
])
/** Words that finish a place begun by a PLACE_START word ("United States", "United Kingdom"). */
export const PLACE_END = new Set([
  'states',
  'kingdom',
  'emirates',
  'arabia',
  'republic',
  'zealand',
  'korea',
])

/** Given names that are also common words, accepted first in a credited speaker's name. */
export const NAME_HOMOGRAPHS = new Set([
  'will',
  'may',
  'bill',
  'mark',
  'hope',
  'grace',
  'joy',
  'faith',
  'june',
  'april',
  'rob',
  'pat',
  'guy',
  'sue',
  'don',
  'art',
  'dawn',
  'rose',
  'jack',
])

/** Words too common to be keywords (keyword extraction). */
export const KEYWORD_STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my no nor not of off on once only or
other our ours out over own same she should so some such than that the their theirs them then there these they this those
through to too under until up very was we were what when where which while who whom why will with would you your yours
said says told added according one two three new also would could last first year years week month time like just many
people mr mrs ms dr its it's can't don't won't didn't including since still even well back way made make get got may
much another around however among across per via such whether amid yet upon within without though although cent percent`.split(
    /\s+/
  )
)

/** Verbs of praise and attack: what follows them in quotation marks is the subject's words. */
export const CRITICISING = [
  'criticized',
  'criticised',
  'criticizes',
  'criticises',
  'attacked',
  'attacks',
  'lauded',
  'lauds',
  'praised',
  'praises',
  'dismissed',
  'dismisses',
  'exhorted',
  'slammed',
  'slams',
  'decried',
  'decries',
  'condemned',
  'condemns',
  'hailed',
  'hails',
  'likened',
  'likens',
  'touted',
  'touts',
  'promising',
  'vowing',
  'ruled',
  'referenced',
  'cited',
  'cites',
]
/** Participles of reporting verbs ("He’s claiming that …", "announcing that …"). */
export const PARTICIPLES = [
  'claiming',
  'announcing',
  'urging',
  'stating',
  'charging',
  'predicting',
  'demanding',
  'suggesting',
  'asserting',
  'alleging',
  'denying',
  'complaining',
  'acknowledging',
  'admitting',
  'recalling',
  'replying',
  'responding',
  'conceding',
  'boasting',
]
/**
 * Cues that credit quoted words but are not verbs of saying in general use ("the letter reads",
 * "branded it").
 */
export const QUOTE_CUES = [
  'reads',
  'read',
  'branded',
  'brands',
  'labeled',
  'labelled',
  'dubbed',
  'scolded',
  'characterized',
  'characterised',
  'describing',
  'branding',
  'labeling',
  'labelling',
  'dubbing',
  ...CRITICISING,
  ...PARTICIPLES,
]

/** Documents that carry an organisation's words. */
export const DOCUMENTS = new Set([
  'statement',
  'release',
  'report',
  'post',
  'letter',
  'email',
  'e-mail',
  'tweet',
  'memo',
  'notice',
  'filing',
  'document',
  'website',
  'note',
  'message',
  'decision',
  'ruling',
])

/** Abbreviations whose full stop does not end a sentence (sentence splitting). */
export const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'no',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'etc',
  'rev',
  'hon',
  'pres',
  'adm',
  'maj',
  'cpl',
  'cst',
  'const',
  'insp',
  'supt',
  'det',
  'pte',
  'cmdr',
  'del',
  'coun',
  'cllr',
  'ald',
  'atty',
  'msgr',
  'brig',
  'asst',
  'dept',
  'assn',
  'govt',
])

/** Month names by their first three letters, January first (dates). */
export const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]

/**
 * French words that open an organisation's name, as English copy in Canada writes Quebec's
 * bodies untranslated ("Fédération des enseignants de l'Estrie", "Conseil de la nation Wendake"),
 * lower case, accents folded.
 */
export const FRENCH_ORG_HEADS = wordSet(`
  association federation conseil societe commission syndicat confederation centre regroupement
  office caisse ordre college hopital ministere institut mouvement comite regie agence cegep
  universite ecole musee chambre alliance coalition front fondation corporation assemblee
  communaute collectif reseau table union parti bloc cooperative tribunal cour
`)

/** The small words inside a French organisation's name ("des", "de la", "du"). */
export const FRENCH_NAME_JOINS = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'et',
  'pour',
  'en',
  'sur',
  'au',
  'aux',
  'à',
])
