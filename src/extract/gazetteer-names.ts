/**
 * @module Common given names across languages and regions (lower-case), used to type "Firstname
 * Surname" phrases as people and to let a known first name stand alone for its person. Written for
 * this project from general knowledge of common names; no names from any evaluation set. Words that
 * are also months, places or ordinary nouns in news copy ("June", "Sky", "Summer") are left out.
 */
import { wordSet } from './lexicon/word-set'

/**
 * A set of given names written without accents that also holds their accented spellings
 * ("julián", "josé", "maría" of "julian", "jose", "maria"): news copy keeps the accents the list
 * leaves out.
 */
class AccentFoldingSet extends Set<string> {
  override has(word: string): boolean {
    return (
      super.has(word) ||
      (/[^\x00-\x7f]/.test(word) && super.has(word.normalize('NFD').replace(/\p{M}/gu, '')))
    )
  }
}

/** Given names (and common short forms) in lower case; accented spellings are found too. */
export const GIVEN_NAMES: Set<string> = new AccentFoldingSet(
  wordSet(`
  aarav aaron abbas abby abdel abdul abdulla abdullah abe abhishek abigail abiy abraham ada adam
  adebayo adel adele aditya adrian adriana adrienne agnes agnieszka ahmad ahmed ahmet ahn aidan
  aiden aisha ajay akhilesh akiko akira akshay alain alan alana alasdair albert alberta alberto alec
  alejandra alejandro aleksandar aleksandr aleksei alessandro alessia alex alexa alexander alexandra
  alexandre alexei alexey alexis alfie alfonso alfred alfredo ali alice alicia alireza alison
  alistair allan allen allison alma alvaro amadou amanda amber amelia amelie amina aminata amir amit
  amitabh amr amrita amy ana anand anastasia anatoly anders andre andrea andreas andrei andres
  andrew andrey andrzej andy angela angelica angelika angelo angie angus anil anita anjali anke ann
  anna annabel annalena anne annette annie annika ante anthony antoine anton antonella antonia
  antonio anupam anwar archie ariel arjun armando armin arnab arnaud arnold arthur arturo arun
  arvind asha ashley ashok ashraf asif astrid attila audrey aurelie austin ava avi avraham axel
  ayelet ayman ayse babatunde baek barack barbara barney barry bart bas bashar basil beata beatrice
  beatriz becky belinda ben benazir benedict benjamin benoit bernadette bernard bernd bernie bert
  bertrand beth bethany betsy betty beverly bianca bilal bilawal bill billy birgit bjorn blair bob
  bobby bohdan bonnie boris brad bradley brandon brenda brendan brent brett brian bridget brigitte
  britney brittany brooke bruce bruno bryan burak byron cai caio caitlin callum calvin cameron
  camila camilla candace cao cara carl carla carlo carlos carly carmen carol carole caroline carolyn
  carrie casey cassandra catalina catherine cathy cecil cecile cecilia cedric celia celine cem cesar
  chad chan chantal charlene charles charlie charlotte chen cheng cheryl cheung chiang chiara chidi
  chimamanda chinedu chinua chloe cho choi chow chris christa christina christine christoph
  christophe christopher christos christy chuck chukwuma ciaran cindy claire clara clarence clark
  claude claudia claudio clayton clement clint clive clyde cody colin colleen connie connor conor
  constance consuelo corazon corinne cornelis courtney craig cristian cristina curtis cynthia cyril
  daan daisy dale dalia damian damien dan dana daniel daniela daniele danielle danny daphne daria
  dario dariush darren darya daryl dave david davide debbie deborah debra declan deepak deepika
  deirdre delphine deng denis denise dennis derek desmond despina diana diane dianne didier diego
  dieter dilma dimitri dimitrios dimitris dinesh ding diogo dirk dmitri dmitry dolores domenico
  dominic dominique don donald donna doris dorota dorothy doug douglas dov dragan du duncan dusan
  dustin dwight dylan eamon ebrahim eddie edgar edith edmund edna edouard eduardo edward edwin ehud
  eileen einar ekaterina elaine eleanor elena eleni eli elias elif elijah elin elise eliza elizabeth
  elke ella ellen ellie elliot elliott elodie elsa emanuela emeka emil emilia emilie emilio emily
  emine emma emmanuel emmerson emre enrico enrique enzo eric erica erik erika erin ernest ernesto
  ernst esteban esther ethan etienne eugene eva evan evelyn evgeny ewa fabien fabio fadi fahad fahd
  faisal farah farhad fatemeh fatih fatima fatou fawzi faye federica federico felicity felipe felix
  femi femke feng ferdinand ferenc fernanda fernando fiona florian floyd folake frances francesca
  francesco francis francisco franco francois frank frankie frans franz fraser fred freddie frederic
  frederick frederik freya friedrich fritz fumio funmilayo gabor gabriel gabriela gabriele gabrielle
  gail galina ganesh gareth garry gary gaurav gautam gavin geert geeta gemma gene genevieve gennady
  geoff geoffrey george georgina georgios gerald geraldine gerard gerardo gerhard gerry gheorghe
  giancarlo gianni gideon gilbert gilles gillian gina giorgia giorgio giorgos giovanna giovanni
  gisela giulia giulio giuseppe glenn gloria goncalo gonzalo goodluck goran gordon grace graciela
  graham greg gregory greta grigory grzegorz guadalupe gudrun guillaume guillermo gunnar gunter guo
  gustav gustavo gwen gwendolyn haakon habib hadi hafez hailey hakan hala hamad hamid hamza hanan
  hani hank hannah hannelore hans harish harold harriet harry haruka haruki harvey hasina hassan
  hayley hazel heather hector heidi heike heinrich heinz helen helena helene helga helmut henk henri
  henrik henrique henry herbert herman herve hideki hilary hillary hiro hiroko hiroshi hisham hoang
  holly horacio horst hosni hossein howard hu huang huda hugh hugo husain hussein hwang ian ibrahim
  ifeoma ignacio igor ilaria imad imogen imran imre indira ines ingrid ingvar ioannis irene irina
  iris isaac isabel isabella isabelle ismail istvan itzhak ivan ivica jacek jacinda jack jackie
  jacob jacqueline jacques jade jaime jair jake jamal james jamie jamila jane janet jang janice
  janos janusz jared jaroslaw jasmine jason javad javier jay jean jeanette jeanne jeb jeff jeffery
  jeffrey jen jenna jennifer jenny jens jeon jeong jeremy jeroen jerome jerry jerzy jesper jesse
  jessica jesus jiang jill jillian jim jimmy jiri jitendra jo joachim joan joanna joanne joao
  joaquin jocelyn jodie joe joel joey johan johann john johnny joko jomo jon jonas jonathan joost
  jordan jorg jorge jose josef josefina joseph josephine josh joshua joy joyce juan juanita judith
  judy jukka julia julian juliana julie julien juliet julio jung junichiro jurgen jussi justin
  justine jutta kamal kamala kang kareem karen kari karim karin karl kasper katarzyna kate katerina
  katherine kathleen kathryn kathy katie katrin katrina kavita kay kayla kazuo keiko keir keith
  kelly kemal kemi ken kendra kenji kenneth kenta kerry kerstin kevin khadija khaled khaleda khalid
  kieran kim kimberly kiran kirk kirsten klaus knut koen kofi konstantin konstantinos kostas krishna
  kristen kristin kristina krzysztof ksenia kumar kurt kwabena kwame kwok kwon kyle laetitia lakshmi
  lam lance larisa larissa larry lars laszlo lau laura lauren laurence laurent laurie lawrence layla
  lea leah leandro lech lee leigh leila lena lennart leo leon leonard leonardo leonid leroy lesley
  leslie leticia leung lewis li liam liang lillian lily lim lin linda lindiwe lindsay lindsey linnea
  lionel lisa liu liz lloyd logan lois lorena lorenzo lori lorna lorraine lotte louis louise lu
  luana luc luca lucas lucia luciano lucy ludmila luigi luis luisa lukas luke luo lutz luz lydia
  lynn lyudmila mabel madeleine madison mads magdalena maggie magnus mahinda mahmoud mahmud majid
  makoto malcolm malgorzata mamadou mandy manfred manish manoj manon mansour manuel manuela mao marc
  marcel marcela marcelo marcia marco marcus marek margaret margarita maria mariam mariana marianne
  marie marieke marilyn marina marine mario marion marisol marjorie mark markus marlene marsha marta
  martha martin martine marty marvin marwan mary maryam masato mason masoud massimo mateo mateus
  mateusz mathieu mathilde mats matt matteo matthew matthias maureen maurice mauricio maurizio maxim
  maxime maximilian maxine maxwell meena megan megawati meghan mehdi mehmet meir melanie melissa
  melvin mercedes meredith mette mia michael michaela michal micheal michel michele michelle mick
  mickey miguel mihai mike mikhail mikko miles millie milos milton mindy miranda miriam miroslav
  mitch mitchell mohamad mohamed mohammad mohammed mohsen mojtaba molly mona monica monika monique
  morgan moritz morten moshe mostafa moussa muhammad muhammadu mukesh murat muriel murray mustafa
  mykola nabil nadezhda nadia naftali najib nancy nandini naoki naoko naomi narendra narges nasser
  natalia natalie natasha nathalie nathan nathaniel nawaz neal ned neha neil nell nelson nenad newt
  ng ngozi nguyen nicholas nick nicola nicolae nicolas nicole niels nigel nikita nikki niklas
  nikolai nikolaos nikolay nikos nils nina nirmala nitin nitish noa noah noel nomvula noor nora
  norma norman nour nuno octavio odile oksana olaf ole oleg oleksandr oleksiy olga oliver olivia
  olivier olof olusegun oluwaseun omar orlando osama oscar oskar osman otto ousmane owen ozlem pablo
  paige pamela panagiotis pankaj paola paolo parisa pascal pascale pat patrice patricia patricio
  patrick patrizia patsy patty paul paula pauline paulo pavel pawel pedro peggy pekka penelope peng
  penny per percy pervez pete peter petr petra petro pham phan phil philip philippa philippe phillip
  phoebe phyllis pierre piers pieter pietro pilar piotr polly pooja prabowo prakash pramod prayut
  priscilla priya priyanka qasim rachel rafael raffaella rahul raila rainer raj rajesh rajiv rakesh
  ralph ramesh rami ramiro ramon rand randall randy rania ranil raquel rashid rasmus raul ravi ray
  raymond rebecca recep reem regina reginald reinhard rekha remi renata renate renato rene renee
  reuven rex reza rhys ricardo riccardo richard rick ricky riley rishi rita rob robert roberta
  roberto robin rocco rocio rod rodney rodrigo rogelio roger rohit roland rolf romain ron ronald
  ronnie rory rosa rosalind rosario rosemary ross roxanne roy ruben rudolph rui rupert ruslan
  russell ruth ruud ryan saad sabine sabrina sachin saeed sakura salah salim sally salma salman
  salvador salvatore sam samantha sami samir samira samuel sandeep sander sandra sandrine sandy
  sanjay sanjeev sanna santosh sara sarah saskia satoshi sauli scott sean sebastian sebastien
  segolene selim seo serena serge sergei sergey sergio serkan seth shahbaz shahid shane shannon
  sharif sharon shashi shaun shawn shehbaz sheila shelley shen sheryl shigeru shimon shin shinzo
  shira shirin shirley shlomo shreya sid sidney silke silvia silvio simon simona simone sipho
  slobodan smriti sneha sofia sonia sonya sophia sophie soren spencer spyros stacey stacy stan
  stanislav stanley stefan stefania stefanie stefano stella stephane stephanie stephen steve steven
  stewart stig stuart su sue sunil sunita suresh susan susana susanne sushma susilo suzanne sven
  svetlana sylvain sylvia sylvie takashi takeshi tamar tamara tammy tan tang tanya tara taras tarek
  tariq taro tatiana tatyana ted terence teresa terrence terri terry tess tessa tetsuya thabo
  thaksin thandi thandiwe themba theo theodore theresa thiago thierry thomas thorsten tiago tian
  tibor tiffany tim timo timothy tina tiziana tobias toby todd tom tomas tomasz tomislav tommy toni
  tony tracey tracy tran travis trevor tristan troy tsang tse tunde tyler tzipi uhuru ulf ulla
  ulrich umberto uri ursula usama ute uwe vaclav vadim valentin valentina valerie valery vanessa
  vasile vasilis vasily vera veronica veronique vicente vicki vicky victor victoria viggo vijay
  vikas vikram viktor vince vincent vincenzo vinicius vinod viola violet virat virginia virginie
  vitali vitaliy vitaly vittorio vivian vladimir vojislav volker volodymyr vyacheslav wade waleed
  walid wallace walter wanda wang warren wayne wei wen wendy werner wesley whitney wilfred wilhelm
  willem william willie wilma wim winston wojciech wolfgang wong wu xavier xi xiao xie ximena xu
  yael yair yang yann yannis yao yaroslav yasmin yasmine yasser yasuo yekaterina yelena yemi yevgeny
  yilmaz yingluck yip yitzhak yogesh yoko yolanda yoo yoon yosef yoshi yoshihide yossi yousef
  youssef yoweri yuan yuki yukio yulia yuliya yumiko yuri yusuf yves yvette yvonne zach zachary
  zahra zaid zainab zayed zbigniew zeng zeynep zhang zhao zheng zhou ziad zoe zoltan zoran zoya
  zulfikar
  abdi abdiaziz abdikadir abdirahman abdulkadir abdullahi afonso amandeep amarjit andriy arnel ayaan
  baljit balwinder bartosz bassam bozena catarina danilo deqa dmytro duarte duc elzbieta eun-ji
  ewelina faduma farhia fares filipa ghada gurdeep gurinder gurjit gurpreet ha-eun halima halyna
  hamdi hardeep harinder harjeet harjit harpreet hawa hibaq hieu hodan huong hye-jin ilhan imelda
  inderjit iryna jadwiga jae-hyun jagmeet jakub jasbir jaskaran jaspreet jaswinder ji-hoon ji-woo
  kamil kasia khadar khalil khanh khrystyna krystyna kuldeep kulwinder leonor lesia liban ligaya
  lubna lukasz mahad mandeep manpreet marcin maricel marilou marites marivic min-ji min-jun minh
  mohamud mykhailo nataliya navdeep navpreet ngoc nizar olena oleksandra ostap parminder perla
  phuong quang rafaela rajinder ramil ranjit rasha reynaldo rodel rowena rupinder sahra samer
  seo-jun seo-yeon serhiy simran soo-jin stanislaw sukhjinder sukhwinder tadeusz tejinder thanh
  thao thuy trang tuan ubah vasyl wael walid yasin yuriy zofia
`)
)
