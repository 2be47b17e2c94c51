/**
 * @module Place names (lower-case words): countries, the states and provinces of large federations,
 * world regions, and large or capital cities. A multi-word place is listed by its words ("sri"
 * "lanka"); the phrase rules put them together. Written for this project from general knowledge.
 */
import { wordSet } from './lexicon/word-set'

/** Countries and territories, with common short and former names. */
export const COUNTRIES = wordSet(`
  afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan
  bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia herzegovina
  botswana brazil brunei bulgaria burkina faso burundi cambodia cameroon canada chad chile china
  colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea
  estonia eswatini swaziland ethiopia fiji finland france gabon gambia georgia germany ghana greece
  grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
  israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia
  lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia
  maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
  morocco mozambique myanmar burma namibia nauru nepal netherlands holland zealand nicaragua niger
  nigeria macedonia norway oman pakistan palau palestine panama paraguay peru philippines poland
  portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia
  somalia spain lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand
  timor togo tonga trinidad tobago tunisia turkey turkiye turkmenistan tuvalu uganda ukraine
  emirates uk britain england scotland wales usa us america uruguay uzbekistan vanuatu vatican
  venezuela vietnam yemen zambia zimbabwe korea greenland iceland bermuda jersey guernsey gibraltar
  aruba curacao cayman martinique guadeloupe reunion tahiti polynesia caledonia somaliland abkhazia
  ossetia transnistria palestine gaza tibet xinjiang hong kong macau macao puerto rico guam
`)

/** Continents, seas, deserts and other regions of the world. */
export const REGIONS = wordSet(`
  europe asia africa antarctica oceania arctic antarctic caribbean balkans scandinavia siberia
  crimea donbas donbass kashmir kurdistan sahara sahel maghreb levant patagonia amazon amazonia
  mediterranean atlantic pacific baltic adriatic aegean himalayas himalaya alps andes caucasus
  anatolia arabia mesopotamia sinai negev galilee punjab bengal sindh balochistan baluchistan
  kurdistan darfur tigray ogaden katanga kivu cashmere appalachia midwest eurasia scandinavia
  lapland catalonia andalusia galicia basque tuscany lombardy sicily sardinia bavaria saxony
  flanders wallonia brittany normandy provence alsace corsica silesia transylvania dalmatia
  bohemia moravia yorkshire lancashire cornwall devon kent essex sussex ulster
`)

/** States, provinces and territories of large federations (US, Canada, Australia, India...). */
export const STATES = wordSet(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada hampshire jersey ohio oklahoma oregon pennsylvania
  rhode carolina dakota tennessee texas utah vermont virginia wisconsin wyoming
  ontario quebec alberta columbia manitoba saskatchewan nova scotia brunswick newfoundland labrador
  yukon nunavut queensland victoria tasmania nsw
  kerala gujarat uttar pradesh maharashtra bihar rajasthan karnataka odisha orissa assam telangana
  haryana jharkhand chhattisgarh uttarakhand goa manipur mizoram nagaland tripura sikkim
  guangdong guangxi sichuan yunnan hubei hunan henan hebei shandong shanxi shaanxi jiangsu zhejiang
  fujian anhui jiangxi liaoning jilin heilongjiang gansu qinghai hainan guizhou ningxia
  chechnya dagestan tatarstan bashkortostan
`)

/** Capitals and large cities. */
export const CITIES = wordSet(`
  kabul tirana algiers luanda buenos aires canberra vienna baku manama dhaka minsk brussels sarajevo
  brasilia sofia ottawa santiago beijing bogota havana prague copenhagen cairo tallinn addis ababa
  helsinki paris berlin accra athens budapest reykjavik delhi jakarta tehran baghdad dublin
  jerusalem rome tokyo amman nairobi riyadh beirut tripoli vilnius kuala lumpur valletta rabat
  kathmandu amsterdam wellington abuja pyongyang oslo muscat islamabad lima manila warsaw lisbon
  doha bucharest moscow kigali dakar belgrade bratislava ljubljana mogadishu pretoria seoul madrid
  khartoum stockholm bern damascus taipei dushanbe bangkok tunis ankara kampala kyiv kiev abu dhabi
  dubai london washington montevideo tashkent caracas hanoi sanaa lusaka harare riga chisinau skopje
  podgorica yerevan tbilisi astana nursultan bishkek ashgabat ulaanbaatar vientiane naypyidaw
  rangoon yangon phnom penh dili suva apia nuku'alofa moresby honiara quito asuncion sucre managua
  tegucigalpa panama kingston nassau bridgetown castries roseau georgetown paramaribo cayenne havana
  niamey bamako ouagadougou nouakchott conakry freetown monrovia yamoussoukro abidjan lome cotonou
  porto-novo malabo libreville brazzaville kinshasa bangui ndjamena n'djamena yaounde douala asmara
  djibouti juba kampala dodoma maputo lilongwe gaborone windhoek maseru mbabane antananarivo moroni
  york angeles chicago houston phoenix philadelphia san antonio diego dallas austin jacksonville
  columbus charlotte indianapolis seattle denver boston detroit nashville portland vegas baltimore
  milwaukee atlanta miami oakland minneapolis tulsa cleveland orleans tampa pittsburgh cincinnati
  sacramento fresno omaha raleigh colorado springs memphis louisville albuquerque tucson arlington
  wichita bakersfield anaheim honolulu riverside lexington stockton irvine newark buffalo greensboro
  laredo lubbock scottsdale reno glendale norfolk chesapeake hialeah boise spokane tacoma modesto
  fontana shreveport akron yonkers birmingham rochester savannah knoxville hartford albany syracuse
  dayton toledo anchorage annapolis charleston trenton harrisburg springfield tallahassee sacramento
  juneau topeka cheyenne frankfort montpelier berkeley pasadena cambridge princeton ithaca cupertino
  brooklyn manhattan bronx harlem hollywood malibu galveston waco toronto montreal vancouver calgary
  edmonton winnipeg halifax saskatoon quebec mississauga brampton burnaby kitchener waterloo sydney
  melbourne brisbane perth adelaide hobart canberra auckland christchurch wellington dunedin mumbai
  bombay kolkata calcutta chennai madras bangalore bengaluru hyderabad ahmedabad pune surat jaipur
  lucknow kanpur nagpur patna bhopal indore chandigarh amritsar srinagar jammu varanasi agra kochi
  cochin noida gurgaon gurugram karachi lahore faisalabad rawalpindi peshawar quetta multan
  chittagong colombo kandy shanghai shenzhen guangzhou canton wuhan chengdu chongqing tianjin
  nanjing hangzhou xi'an xian suzhou harbin shenyang dalian qingdao kunming urumqi lhasa xiamen
  changsha zhengzhou jinan hefei fuzhou nanning lanzhou kowloon osaka kyoto yokohama nagoya sapporo
  kobe fukuoka hiroshima nagasaki sendai okinawa fukushima busan incheon daegu gwangju daejeon
  istanbul izmir antalya bursa adana gaziantep milan naples turin palermo genoa bologna florence
  venice verona pisa bari catania barcelona valencia seville sevilla malaga bilbao zaragoza granada
  palma munich hamburg frankfurt cologne koln stuttgart dusseldorf dortmund essen leipzig dresden
  hanover hannover nuremberg bremen bonn lyon marseille toulouse nantes strasbourg bordeaux lille
  montpellier rennes manchester liverpool birmingham glasgow edinburgh belfast cardiff leeds
  sheffield bristol newcastle nottingham leicester southampton portsmouth brighton oxford cambridge
  coventry aberdeen dundee swansea derry geneva zurich basel lausanne antwerp ghent rotterdam hague
  utrecht eindhoven porto gothenburg malmo bergen aarhus krakow gdansk wroclaw poznan lodz brno
  salzburg graz innsbruck kharkiv kharkov odesa odessa lviv dnipro donetsk luhansk mariupol
  zaporizhzhia kherson mykolaiv sevastopol simferopol bakhmut petersburg novosibirsk yekaterinburg
  kazan samara omsk rostov ufa volgograd perm voronezh sochi vladivostok murmansk kaliningrad grozny
  irkutsk krasnoyarsk novgorod lagos kano ibadan johannesburg durban soweto casablanca marrakesh
  marrakech fez tangier alexandria giza luxor aswan benghazi misrata mombasa kisumu zanzibar goma
  mosul basra kirkuk erbil fallujah ramadi tikrit najaf karbala aleppo homs idlib raqqa hama latakia
  mecca medina jeddah tel aviv haifa jaffa hebron nablus ramallah bethlehem rafah aden taiz hodeidah
  isfahan shiraz tabriz mashhad qom kandahar herat mazar jalalabad kunduz helmand samarkand bukhara
  almaty rio janeiro sao recife fortaleza manaus curitiba belem medellin cartagena guadalajara
  monterrey tijuana juarez cancun acapulco puebla valparaiso guayaquil maracaibo saigon haiphong
  danang phuket pattaya mandalay surabaya bandung medan bali denpasar cebu davao penang singapore
`)

/** Every place word: countries, regions, states and cities. */
export const PLACES = new Set([...COUNTRIES, ...REGIONS, ...STATES, ...CITIES])

/**
 * Abbreviations of provinces, territories and states written after a town ("Lakeview, Ont.",
 * "Kingsport, N.S.", "Tarrow, Calif."), lower case and without full stops.
 */
export const STATE_ABBREVIATIONS = wordSet(`
  ont que man sask alta nfld ns nb bc pei nl nwt nu yt calif fla mass wash ore ariz colo conn ga
  ill kan ky la md mich minn mo mont neb nev nh nj nm ny nc nd okla pa ri sc sd tenn tex vt
  va wis wyo
`)
