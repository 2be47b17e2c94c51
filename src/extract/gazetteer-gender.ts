/**
 * @module Common given names that are, across the languages they are used in, overwhelmingly given
 * to women or to men (lower-case, accents folded). A weak cue for "he"/"she" resolution, used only
 * when the text itself gives none (no title, no gendered role, no pronoun after the name). Written
 * for this project from general knowledge of common names; names used for both (Alex, Jordan, Kim,
 * Andrea, Jean, Robin, Sasha …) are left out on purpose.
 */
import { GIVEN_NAMES } from './gazetteer-names'
import { wordSet } from './lexicon/word-set'

/** Given names mostly given to women. */
export const FEMALE_NAMES = wordSet(`
  abigail ada adele adriana adrienne agnes agnieszka aisha akiko alana alejandra alessia alexandra
  alice alicia alina alison allison alma amal amanda amber amelia amelie amina aminata amira amy ana
  anastasia angela angelica angelika anita anjali ann anna annabel anne annette annie annika antonia
  april ariana astrid audrey aurelie ava ayesha barbara beata beatrice beatriz becky belinda
  bernadette beth bethany betsy betty beverly bianca birgit bonnie brenda bridget brigitte britney
  brittany brooke caitlin camila camilla candace cara carla carmen carol carole caroline carolyn
  carrie cassandra catalina catherine cathy cecile cecilia celia celine chantal charlene charlotte
  cheryl chiara chloe christa christina christine cindy claire clara claudia colleen connie
  constance cora courtney cristina cynthia daisy dana daniela danielle daphne deborah debbie debra
  deepika delphine denise diana diane dolores dominique donna dora doris dorothy edith eileen elaine
  elena eleanor elif elisa elisabeth elise eliza elizabeth ella ellen eloise elsa emilia emily emma
  erica erin esther eva evelyn fatima fatma felicity fiona florence frances francesca francine freya
  gabriela gabrielle gail gemma genevieve georgia geraldine gillian gina giulia gloria grace greta
  gretchen gwen hailey hana hannah harriet hayley heather heidi helen helena helene hilary hillary
  holly hope ida ines ingrid irene iris irina isabel isabella isabelle ivana jacqueline jade jana
  jane janet janice jasmine jeanne jeannette jennifer jenny jessica jill joan joanna joanne jocelyn
  josephine joy joyce judith judy julia julie juliette justine karen karin karina katarzyna kate
  katharina katherine kathleen kathryn kathy katie katrin kayla kelly kendra kerry kirsten kristen
  kristin kristina krystal laila lara laura lauren laurie leah leila lena leslie lillian lily linda
  lindsay lindsey lisa liz lois lorena lorraine louise lucia lucy luisa lydia lynn mabel madeleine
  madison magdalena maggie malala manon margaret margarita margot maria mariam mariana marianne
  marie marilyn marina marion marisa marta martha martina mary maryam matilda maureen maxine megan
  melanie melinda melissa meredith mia michaela michele michelle mildred milena mira miriam molly
  monica monika monique nadia nadine nancy naomi natalia natalie natasha nathalie nicole nina noor
  nora norma olga olivia paola patricia paula paulina pauline pearl peggy penelope penny petra
  phyllis pia polly priscilla priya rachel rania rebecca regina renata renee rhonda rita roberta
  rochelle rosa rosalind rose rosemary roxanne ruth sabine sabrina sally samantha sandra sara sarah
  selena serena shannon sharon sheila shelley sherry shirley silvia simone sofia sonia sophia sophie
  stacey stella stephanie susan susanne suzanne svetlana sylvia tamara tanya tara teresa theresa
  tiffany tina tracy ursula valentina valerie vanessa vera veronica victoria violet virginia vivian
  wanda wendy whitney yasmin yolanda yvette yvonne zainab zara zoe
  deqa elzbieta eun-ji ewelina faduma farhia filipa ghada ha-eun halima halyna hamdi hawa hibaq
  hodan huong hye-jin ilhan imelda iryna jadwiga khrystyna krystyna leonor lesia ligaya lubna
  maricel marilou marites marivic min-ji nataliya ngoc olena oleksandra perla phuong rafaela rasha
  rowena sahra seo-yeon simran soo-jin thao thuy ubah zofia catarina bozena kasia faith
  meg jen jess sue nell trish
`)

/** Given names mostly given to men. */
export const MALE_NAMES = wordSet(`
  aaron abdul abdullah abraham adam adrian ahmad ahmed aidan alan albert alberto aleksandr alexander
  alexandre alexei alfred ali alistair allan allen alvaro amir andre andreas andrei andres andrew
  andy angelo angus anthony antoine anton antonio arnold arthur arturo arun ashok austin axel barack
  barry benjamin bernard bernie bill billy bjorn blake bob bobby boris brad bradley brandon brendan
  brent brett brian bruce bruno bryan bryce calvin carl carlos cedric chad charles chuck clarence
  claude clifford clint colin connor conrad craig curtis cyril dale damian dan daniel danny darren
  dave david dean dennis derek desmond diego dimitri dmitry dominic don donald doug douglas duncan
  dustin dwayne dylan earl eddie edgar edmund eduardo edward edwin elijah elliot emmanuel enrique
  eric erik ernest ethan eugene evan fabian farid felipe felix fernando francesco francis francisco
  frank franz fred frederick gabriel garrett gary gavin geoff geoffrey george gerald gerard gilbert
  giovanni giuseppe glen glenn gordon graham grant greg gregory guillaume gustavo guy hamid hans
  harold harry harvey hassan hector henri henry herbert howard hugh hugo hussein ian igor ibrahim
  isaac ivan jack jacob jacques jake james jamal jared jason javier jeff jeffrey jeremy jerome jerry
  jesse jim jimmy joe joel johann john johnny jon jonathan jorge jose joseph josh joshua juan julian
  justin karl keith ken kenneth kevin khalid kirk kurt kyle lance larry lars lawrence leo leon
  leonard liam lloyd logan lorenzo louis luc lucas luis luke malcolm manuel marc marco marcus mario
  mark martin marvin mason matt matthew maurice max maxime michael miguel mike mikhail milton mitch
  mitchell mohamed mohammad mohammed muhammad mustafa nathan nathaniel neil nelson nicholas nick
  nigel noah norman oliver omar oscar owen pablo patrick paul pedro peter philip philippe phillip
  pierre rafael rahul raj ralph ramon randy raul ray raymond reginald ricardo richard rick ricky
  robert roberto rodney roger roland roman ronald ross roy russell ryan salvador sam samuel santiago
  scott sean sebastian sergei sergio seth shane shawn sidney simon stanley stefan stephen steve
  steven stuart sven ted terry theodore thomas tim timothy toby todd tom tommy tony travis trevor
  troy tyler victor vincent vladimir walter warren wayne wesley william willie wolfgang xavier yusuf
  zachary
  abdi abdiaziz abdikadir abdirahman abdulkadir abdullahi afonso andriy arnel bartosz bassam
  danilo dmytro duarte duc fares hieu jae-hyun jakub ji-hoon khadar khalil liban lukasz mahad
  marcin min-jun mohamud mykhailo nizar ostap quang ramil reynaldo rodel samer seo-jun serhiy
  stanislaw tadeusz tuan vasyl wael walid yasin yuriy will
  rob robbie ben pete phil nate zach walt hank ned vince wes ron len
`)

/**
 * The gender a given name suggests: 'f', 'm' or null when the name is unknown or used for both.
 *
 * @example
 * givenNameGender('Wanda Roe') // 'f'
 * givenNameGender('Navjot Kaur Brar') // 'f'
 * givenNameGender('Grazyna Nowicka') // 'f'
 */
export function givenNameGender(fullName: string): 'm' | 'f' | null {
  const words = fullName.split(/\s+/)
  const first = words[0]!
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
  if (FEMALE_NAMES.has(first)) return 'f'
  if (MALE_NAMES.has(first)) return 'm'
  // Sikh given names are mostly used for both ("Gurpreet", "Harjit"); the name after them says
  // which: "Kaur" is borne by women, "Singh" between a given name and a surname by men.
  if (words.length < 2) return null
  if (words.slice(1).includes('Kaur')) return 'f'
  // Vietnamese names carry it in the middle name: "Le Thi Huong" is a woman's, "Tran Van Minh" a
  // man's ("Chris Van Horn" has a given name first, and no such middle name).
  const vietnamese = words.length === 3 || words.length === 4
  if (vietnamese && words[1] === 'Thi') return 'f'
  if (vietnamese && words[1] === 'Van' && !GIVEN_NAMES.has(first)) return 'm'
  if (words.length > 2 && words.slice(1, -1).includes('Singh')) return 'm'
  // Polish, Czech and Lithuanian surnames take the bearer's gender: "Nowicka", "Nováková",
  // "Kazlauskienė" are women's, "Nowicki" a man's.
  const surname = words[words.length - 1]!
  if (/\p{Ll}(?:ska|cka|dzka|ová|ienė|aitė|ytė)$/u.test(surname)) return 'f'
  return /\p{Ll}(?:ski|cki|dzki)$/u.test(surname) ? 'm' : null
}
