/**
 * @module Descriptions credited in French, German, Spanish, Italian and Portuguese: "a ajouté la
 * maire", "sagte der Minister", "dijo el alcalde", "ha detto la ministra", "disse o prefeito" name
 * the person bound to that role earlier in the story (a role fronted before a name in apposition,
 * a title before the name, an apposition after it). Every name, place and statement is invented.
 */
import { describe, expect, it } from 'vitest'
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'

function quotesOf(paragraphs: string[], language: string): Quote[] {
  const text = paragraphs.join('\n\n')
  return extractQuotes(text, extractEntities(text, '', language), { language })
}
const find = (quotes: Quote[], start: string) => quotes.find((q) => q.text.startsWith(start))

describe('a description credited after a quote', () => {
  it('French: a role fronted before a name in apposition ("La maire de Lowmere, Claire Dubois,")', () => {
    const quotes = quotesOf(
      [
        'La maire de Lowmere, Claire Dubois, a défendu jeudi le projet de tramway.',
        '« Le tracé est dangereux », a déclaré Marc Lefèvre, un riverain.',
        '« C’est une question de sécurité », a ajouté la maire.',
      ],
      'fr'
    )
    const q = find(quotes, 'C’est une question')
    expect(q?.speaker).toBe('Claire Dubois')
    expect(q?.speakerMention).toBe('la maire')
  })

  it('German: a compound title before the name answers to its head ("sagte der Minister")', () => {
    const quotes = quotesOf(
      [
        'Verkehrsminister Klaus Berger besuchte am Montag die Baustelle in Hallstedt.',
        '„Die Pläne sind veraltet“, sagte Tobias Ernst vom Bürgerverein.',
        '„Wir stehen zu unserer Zusage“, sagte der Minister.',
      ],
      'de'
    )
    expect(find(quotes, 'Wir stehen')?.speaker).toBe('Klaus Berger')
  })

  it('German: "Die Bürgermeisterin von Hallstedt, Petra Lindner," then "sagte die Bürgermeisterin"', () => {
    const quotes = quotesOf(
      [
        'Die Bürgermeisterin von Hallstedt, Petra Lindner, verteidigte das Projekt.',
        '„Niemand hat uns gefragt“, sagte Tobias Ernst vom Bürgerverein.',
        '„Die alte Brücke ist marode“, sagte die Bürgermeisterin.',
      ],
      'de'
    )
    expect(find(quotes, 'Die alte Brücke')?.speaker).toBe('Petra Lindner')
  })

  it('Spanish: "dijo el alcalde de Valdemora" is the mayor, not the town', () => {
    const quotes = quotesOf(
      [
        'El alcalde, Javier Ortega, viajó el jueves a la capital.',
        '«Nadie nos ha consultado», afirmó Andrés Molina, pescador.',
        '«Es una cuestión de empleo», dijo el alcalde de Valdemora.',
      ],
      'es'
    )
    expect(find(quotes, 'Es una cuestión')?.speaker).toBe('Javier Ortega')
  })

  it('Italian: a title before the name ("la ministra Giulia Ferri") then "ha detto la ministra"', () => {
    const quotes = quotesOf(
      [
        'La ministra Giulia Ferri è arrivata giovedì a Valdora.',
        '«Nessuno ci ha consultato», ha detto Luca Rinaldi, presidente del comitato.',
        '«Manterremo il nostro impegno», ha detto la ministra.',
      ],
      'it'
    )
    expect(find(quotes, 'Manterremo')?.speaker).toBe('Giulia Ferri')
  })

  it('Portuguese: an apposition after the name ("Carlos Mendes, prefeito de Vilarinho,")', () => {
    const quotes = quotesOf(
      [
        'Carlos Mendes, prefeito de Vilarinho, defendeu a obra na quinta-feira.',
        '«Ninguém nos consultou», disse João Tavares, morador.',
        '«É uma questão de segurança», disse o prefeito.',
      ],
      'pt'
    )
    expect(find(quotes, 'É uma questão')?.speaker).toBe('Carlos Mendes')
  })

  it('the holder bound last before the quote wins when two people held the role', () => {
    const quotes = quotesOf(
      [
        'L’ancien maire, Jean Rollin, avait lancé le projet en 2015.',
        '« Il était temps », a dit Marc Lefèvre, un riverain.',
        'La maire actuelle, Claire Dubois, l’a relancé cette année.',
        '« Nous tiendrons les délais », a assuré la maire.',
      ],
      'fr'
    )
    expect(find(quotes, 'Nous tiendrons')?.speaker).toBe('Claire Dubois')
  })

  it('a role nobody holds credits no one rather than the previous speaker', () => {
    const quotes = quotesOf(
      [
        'Claire Dubois, maire de Lowmere, a défendu le projet.',
        '« Le projet avance », a déclaré Claire Dubois.',
        '« Nous verrons », a ajouté le préfet.',
      ],
      'fr'
    )
    const q = find(quotes, 'Nous verrons')
    expect(q?.speaker).toBeNull()
    expect(q?.speakerMention).toBe('le préfet')
  })

  it('a role of a named organisation still credits the organisation when no holder is named', () => {
    const quotes = quotesOf(
      [
        'El Gobierno aprobó el martes la ampliación del puerto de Valdemora.',
        '«Es una cuestión de empleo», dijo Javier Ortega.',
        '«Ya veremos», respondió la portavoz del Gobierno.',
      ],
      'es'
    )
    expect(find(quotes, 'Ya veremos')?.speaker).toBe('Gobierno')
  })
})

describe('a description as the subject before a quote', () => {
  it('"Le ministre a déclaré : « … »" names the minister in apposition earlier', () => {
    const quotes = quotesOf(
      [
        'Paul Garnier, ministre des Transports, était à Lowmere jeudi.',
        '« Le tracé est dangereux », a déclaré Marc Lefèvre, un riverain.',
        'Le ministre a déclaré : « Nous serons au rendez-vous. »',
      ],
      'fr'
    )
    expect(find(quotes, 'Nous serons')?.speaker).toBe('Paul Garnier')
  })

  it('"El alcalde dijo: «…»" is the mayor, not the town in his description', () => {
    const quotes = quotesOf(
      [
        'El alcalde de Valdemora, Javier Ortega, viajó el jueves a la capital.',
        '«Nadie nos ha consultado», afirmó Andrés Molina, pescador.',
        'El alcalde de Valdemora dijo: «Volveremos con dinero».',
      ],
      'es'
    )
    expect(find(quotes, 'Volveremos')?.speaker).toBe('Javier Ortega')
  })
})

describe('verbs', () => {
  it('Portuguese "lamentou" with an implied subject is the person just named', () => {
    const quotes = quotesOf(
      [
        'Ana Pereira, ministra das Infraestruturas, visitou a obra.',
        '«Vamos cumprir», disse a ministra.',
        'O presidente da associação, João Tavares, discorda. «Ninguém nos consultou», lamentou.',
      ],
      'pt'
    )
    expect(find(quotes, 'Ninguém nos')?.speaker).toBe('João Tavares')
  })
})

describe('organisations named after their kind', () => {
  const typeOf = (text: string, language: string, name: string) => {
    const e = extractEntities(text, '', language)
    if (e.organizations.some((o) => o.name === name)) return 'organization'
    if (e.people.some((p) => p.name === name)) return 'person'
    return null
  }

  it('a company noun right before the name ("la empresa Obras del Sur", "la società …")', () => {
    const es = 'Los costes están controlados, explicó la empresa Navieras Unidas en un comunicado.'
    expect(typeOf(es, 'es', 'Navieras Unidas')).toBe('organization')
    const it_ = 'I costi sono sotto controllo, ha spiegato la società Costruzioni Adriatiche.'
    expect(typeOf(it_, 'it', 'Costruzioni Adriatiche')).toBe('organization')
    const de = 'Die Kosten sind gedeckelt, teilte die Firma Brückenbau Nord am Montag mit.'
    expect(typeOf(de, 'de', 'Firma Brückenbau Nord')).toBe('organization')
  })

  it('an organisation word behind an elided article ("L’association Vélo Lowmere")', () => {
    const fr = 'L’association Vélo Lowmere s’oppose au tracé du tramway.'
    expect(typeOf(fr, 'fr', 'L’association Vélo Lowmere')).toBe('organization')
  })

  it('a name after a town noun or a mayor and "de" is a place ("le pont de Verlane")', () => {
    const placeOf = (text: string, language: string, name: string) =>
      extractEntities(text, '', language).places.some((p) => p.name === name)
    expect(placeOf('La livraison du nouveau pont de Verlane est repoussée.', 'fr', 'Verlane')).toBe(
      true
    )
    expect(placeOf('Los vecinos del barrio de Almizcle protestan.', 'es', 'Almizcle')).toBe(true)
    expect(placeOf('Il sindaco di Valdora ha difeso il progetto.', 'it', 'Valdora')).toBe(true)
    expect(placeOf('Os pescadores bloquearam o porto de Pedralva.', 'pt', 'Pedralva')).toBe(true)
  })

  it('a name after a comma that follows a company noun is still a person', () => {
    const pt = 'Esperamos garantias, disse a porta-voz da associação, Rita Lopes.'
    expect(typeOf(pt, 'pt', 'Rita Lopes')).toBe('person')
  })

  it('a quote credited to "la empresa X" goes to the organisation', () => {
    const quotes = quotesOf(
      [
        'El alcalde de Valdemora, Javier Ortega, defendió el proyecto.',
        '«Los costes están controlados», explicó la empresa Obras del Sur en un comunicado.',
      ],
      'es'
    )
    expect(find(quotes, 'Los costes')?.speakerEntity?.type).toBe('organization')
  })
})

describe('reported speech', () => {
  const reported = (quotes: Quote[]) =>
    quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker])

  it('a verb with its complementiser in each language ("a déclaré que", "sagte, dass")', () => {
    expect(
      reported(
        quotesOf(['Paul Garnier a déclaré que l’État financerait un tiers des travaux.'], 'fr')
      )
    ).toEqual([['l’État financerait un tiers des travaux', 'Paul Garnier']])
    expect(
      reported(quotesOf(['Klaus Berger sagte, dass der Bund die Hälfte der Kosten trage.'], 'de'))
    ).toEqual([['der Bund die Hälfte der Kosten trage', 'Klaus Berger']])
    expect(
      reported(
        quotesOf(['Lucía Herrera aseguró que el Gobierno pagará la mitad de la obra.'], 'es')
      )
    ).toEqual([['el Gobierno pagará la mitad de la obra', 'Lucía Herrera']])
    expect(
      reported(quotesOf(['Giulia Ferri ha dichiarato che lo Stato pagherà metà dei lavori.'], 'it'))
    ).toEqual([['lo Stato pagherà metà dei lavori', 'Giulia Ferri']])
    expect(
      reported(quotesOf(['Ana Pereira afirmou que o governo vai pagar metade das obras.'], 'pt'))
    ).toEqual([['o governo vai pagar metade das obras', 'Ana Pereira']])
  })

  it('a sentence opening on its source ("Selon Mme Dubois,", "Secondo il sindaco Bellini,")', () => {
    const fr = quotesOf(
      [
        'Claire Dubois, maire de Lowmere, a défendu le projet.',
        'Selon Mme Dubois, les travaux commenceront au mois de mars.',
      ],
      'fr'
    )
    expect(reported(fr)).toEqual([['les travaux commenceront au mois de mars', 'Claire Dubois']])
    const it_ = quotesOf(
      [
        'Marco Bellini ha difeso il progetto in consiglio comunale.',
        'Secondo il sindaco Bellini, i lavori inizieranno a marzo.',
      ],
      'it'
    )
    expect(reported(it_)).toEqual([['i lavori inizieranno a marzo', 'Marco Bellini']])
  })

  it('a pronoun or a description as the subject names the person they stand for', () => {
    const quotes = quotesOf(
      [
        'La maire de Lowmere, Claire Dubois, a défendu le projet jeudi.',
        'La maire a rappelé que la ville avait déjà investi deux millions.',
        'Elle a dit qu’elle reviendrait la semaine prochaine avec un plan.',
      ],
      'fr'
    )
    expect(reported(quotes)).toEqual([
      ['la ville avait déjà investi deux millions', 'Claire Dubois'],
      ['elle reviendrait la semaine prochaine avec un plan', 'Claire Dubois'],
    ])
  })

  it('one word between verb and complementiser: an adverb or a separable particle', () => {
    const de = quotesOf(
      [
        'Die Geschäftsführerin Sabine Roth zeigte sich überrascht.',
        'Roth kündigte an, dass am Montag ein neues Angebot vorgelegt werde.',
        'Sie betonte gestern, dass niemand im Werk entlassen werde.',
      ],
      'de'
    )
    expect(reported(de)).toEqual([
      ['am Montag ein neues Angebot vorgelegt werde', 'Sabine Roth'],
      ['niemand im Werk entlassen werde', 'Sabine Roth'],
    ])
    const es = quotesOf(['Javier Ortega dijo ayer que las obras empezarán en marzo.'], 'es')
    expect(reported(es)).toEqual([['las obras empezarán en marzo', 'Javier Ortega']])
  })

  it('a pronoun after its preposition ("Selon elle, …") names the person just named', () => {
    const quotes = quotesOf(
      [
        'La préfète de la région, Hélène Marchal, a appelé au calme mercredi.',
        'Selon elle, la situation ne justifie pas de mesures exceptionnelles.',
      ],
      'fr'
    )
    expect(reported(quotes)).toEqual([
      ['la situation ne justifie pas de mesures exceptionnelles', 'Hélène Marchal'],
    ])
  })

  it('an impersonal subject, an unknown source or a relative "que" is no reported speech', () => {
    const quotes = quotesOf(
      [
        'La maire de Lowmere, Claire Dubois, était présente jeudi soir.',
        'Il a été annoncé que le pont fermera en mai pour travaux.',
        'Selon les chiffres publiés mardi, le chômage a baissé de deux points.',
        'Le rapport que la commission a publié jeudi montre des failles importantes.',
      ],
      'fr'
    )
    expect(reported(quotes)).toEqual([])
  })
})

describe('a word a story uses for a role already named', () => {
  it('"el regidor", "o autarca", "die Rathauschefin", "l’édile" stand for the mayor named before', () => {
    const es = quotesOf(
      [
        'La ministra Lucía Herrera visitó el puerto junto al alcalde Javier Ortega.',
        '«Hemos esperado demasiado», dijo la ministra Herrera.',
        '«El calendario se cumplirá», respondió el regidor.',
      ],
      'es'
    )
    expect(find(es, 'El calendario')?.speaker).toBe('Javier Ortega')
    const pt = quotesOf(
      [
        'O presidente da Câmara de Vilarinho, Carlos Mendes, recebeu a ministra Ana Pereira.',
        '«Esperamos demais», disse a ministra.',
        '«O calendário será cumprido», respondeu o autarca.',
      ],
      'pt'
    )
    expect(find(pt, 'O calendário')?.speaker).toBe('Carlos Mendes')
    const de = quotesOf(
      [
        'Bürgermeisterin Petra Lindner empfing am Montag Minister Klaus Berger.',
        '„Wir kommen voran“, sagte Berger.',
        '„Der Zeitplan steht“, sagte die Rathauschefin.',
      ],
      'de'
    )
    expect(find(de, 'Der Zeitplan')?.speaker).toBe('Petra Lindner')
    const fr = quotesOf(
      [
        'La maire de Lowmere, Claire Dubois, a reçu jeudi le ministre Paul Garnier.',
        '« Je m’y engage », a promis M. Garnier.',
        '« Le calendrier sera tenu », a répondu l’édile.',
      ],
      'fr'
    )
    expect(find(fr, 'Le calendrier')?.speaker).toBe('Claire Dubois')
  })
})

describe('a description nobody was named with', () => {
  it('a word for what someone does stands for the nearest person of its gender', () => {
    const fr = quotesOf(
      [
        'La préfète Hélène Marchal a appelé au calme mercredi soir.',
        '« Le dialogue reste ouvert », a indiqué son directeur général, Bernard Lefort.',
        '« Nous ferons une nouvelle proposition lundi », a poursuivi le dirigeant.',
      ],
      'fr'
    )
    expect(find(fr, 'Nous ferons')?.speaker).toBe('Bernard Lefort')
    const de = quotesOf(
      [
        'Die Geschäftsführerin Sabine Roth zeigte sich überrascht.',
        'Der Betriebsratsvorsitzende Jürgen Albers kündigte am Mittwoch einen Streik an.',
        '„Wir haben keine Wahl“, sagte der Gewerkschafter.',
      ],
      'de'
    )
    expect(find(de, 'Wir haben')?.speaker).toBe('Jürgen Albers')
  })
})

describe('a description with words around it', () => {
  it('an adverbial before it or a tail after it ("dijo el jueves el alcalde a los periodistas")', () => {
    const es = quotesOf(
      [
        'El alcalde de Valdemora, Javier Ortega, defendió el proyecto.',
        '«Nadie nos ha consultado», afirmó Andrés Molina, pescador.',
        '«Es una cuestión de empleo», dijo el jueves el alcalde a los periodistas.',
      ],
      'es'
    )
    const q = find(es, 'Es una cuestión')
    expect(q?.speaker).toBe('Javier Ortega')
    expect(q?.speakerMention).toBe('el alcalde')
    const de = quotesOf(
      [
        'Die Bürgermeisterin von Hallstedt, Petra Lindner, verteidigte das Projekt.',
        '„Niemand hat uns gefragt“, sagte Tobias Ernst vom Bürgerverein.',
        '„Die Brücke ist marode“, sagte die Bürgermeisterin am Donnerstag.',
      ],
      'de'
    )
    expect(find(de, 'Die Brücke')?.speaker).toBe('Petra Lindner')
    const fr = quotesOf(
      [
        'Le ministre des Transports, Paul Garnier, était présent jeudi.',
        '« Le tracé est dangereux », a déclaré Marc Lefèvre, un riverain.',
        '« Nous paierons », a assuré le ministre devant la presse.',
      ],
      'fr'
    )
    expect(find(fr, 'Nous paierons')?.speakerMention).toBe('le ministre')
    expect(find(fr, 'Nous paierons')?.speaker).toBe('Paul Garnier')
  })
})

describe('a lower-case organisation noun after the cue', () => {
  it('is the one organisation named with it, or no one, never the previous speaker', () => {
    const fr = quotesOf(
      [
        'La Mairie de Lowmere a présenté le projet jeudi.',
        '« Le tracé est dangereux », a déclaré Marc Lefèvre, un riverain.',
        '« Toutes les précautions ont été prises », a répondu la mairie.',
      ],
      'fr'
    )
    const q = find(fr, 'Toutes les précautions')
    expect(q?.speaker).toBe('Mairie de Lowmere')
    expect(q?.speakerEntity?.type).toBe('organization')
    const es = quotesOf(
      [
        'El Ayuntamiento de Valdemora presentó el proyecto.',
        '«Es peligroso», dijo Andrés Molina, pescador.',
        '«Nada cambia», respondió la asociación.',
      ],
      'es'
    )
    expect(find(es, 'Nada cambia')?.speaker).toBeNull()
  })
})

describe('new copy probed by genre: sports, courts, councils, obituaries, business', () => {
  it('an age or a person noun after the cue is the nearest person of its gender', () => {
    const de = quotesOf(
      [
        'Trainer Matthias Kolbe war nach dem 2:2 erleichtert.',
        '„Wir haben nie aufgehört zu glauben“, sagte der 47-Jährige.',
      ],
      'de'
    )
    expect(find(de, 'Wir haben nie')?.speaker).toBe('Matthias Kolbe')
    const es = quotesOf(
      [
        '«Le recomendamos prudencia», dijo Agustín Prieto, jefe de bomberos.',
        'El dueño del animal, Samuel Ortigosa, llegó poco después al lugar.',
        '«Le debo todo a esta señora», dijo el joven.',
      ],
      'es'
    )
    expect(find(es, 'Le debo todo')?.speaker).toBe('Samuel Ortigosa')
  })

  it('an honorific between a fronted role and the name still binds the role', () => {
    const fr = quotesOf(
      [
        'L’avocat de la défense, Me Octave Brunel, a plaidé la relaxe.',
        '« Mon client a été désigné coupable avant l’audience », a ajouté l’avocat.',
      ],
      'fr'
    )
    expect(find(fr, 'Mon client')?.speaker).toBe('Octave Brunel')
  })

  it('a stressed pronoun after "selon" names the person just named', () => {
    const fr = quotesOf(
      [
        'Me Octave Brunel a plaidé la relaxe.',
        'Selon lui, « l’enquête a ignoré le rôle du propriétaire ».',
      ],
      'fr'
    )
    expect(find(fr, 'l’enquête a ignoré')?.speaker).toBe('Octave Brunel')
  })

  it('spaced dialogue dashes: the incise credits the words before it and is cut out', () => {
    const pt = quotesOf(
      ['Duarte Malheiro falou aos jornalistas.', '— A fábrica abre em 2028 — garantiu Malheiro.'],
      'pt'
    )
    expect(pt.map((q) => [q.text, q.speaker])).toEqual([
      ['A fábrica abre em 2028', 'Duarte Malheiro'],
    ])
    const it_ = quotesOf(
      ['— Ci ha insegnato a leggere — dice Nicola Ferrante, suo ex apprendista. — Era un padre.'],
      'it'
    )
    expect(it_.map((q) => [q.text, q.speaker])).toEqual([
      ['Ci ha insegnato a leggere', 'Nicola Ferrante'],
      ['Era un padre.', 'Nicola Ferrante'],
    ])
  })

  it('a quote opening a sentence mid-paragraph goes on with the reported speaker before it', () => {
    const it_ = quotesOf(
      [
        '«È un’opera attesa da anni», ha detto il sindaco Ruggero Fantoni.',
        'Il capogruppo dell’opposizione, Ottavio Serra, ha replicato che i costi sono raddoppiati. «Avete nascosto le cifre», ha attaccato.',
      ],
      'it'
    )
    expect(find(it_, 'Avete nascosto')?.speaker).toBe('Ottavio Serra')
    const pt = quotesOf(
      [
        'Albertina Mourão, professora reformada, ensina xadrez às crianças do bairro.',
        'O presidente da junta, Amílcar Sousa, disse que a autarquia vai oferecer tabuleiros.',
        'A professora garantiu que não pensa parar. "Enquanto tiver cabeça, jogo", afirmou.',
      ],
      'pt'
    )
    expect(find(pt, 'Enquanto tiver')?.speaker).toBe('Albertina Mourão')
    const de = quotesOf(
      [
        'Finanzvorstand Carsten Ulbrich erklärte, der Umsatz sei eingebrochen. „Wir müssen jetzt handeln.“',
      ],
      'de'
    )
    expect(find(de, 'Wir müssen')?.speaker).toBe('Carsten Ulbrich')
  })

  it('reported speech after a source with a name in apposition ("Según el presidente, X, …")', () => {
    const es = quotesOf(
      [
        'El club celebró el ascenso en la plaza.',
        'Según el presidente del club, Tomás Arriaga, el estadio se llenará el domingo.',
      ],
      'es'
    )
    expect(es.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker])).toEqual([
      ['el estadio se llenará el domingo', 'Tomás Arriaga'],
    ])
  })
})

describe('more new copy: viewpoints, unnamed speakers, German » after a sentence', () => {
  it('"Pour la maire, X, « … »", "Para la fiscal, X, «…»", "Per il presidente, X, «…»"', () => {
    const fr = quotesOf(
      [
        'Le budget a été adopté jeudi soir.',
        'Pour la maire, Josiane Carradec, « ce budget protège les services de proximité ».',
        'Pour la première fois, « tout est en ligne ».',
      ],
      'fr'
    )
    expect(find(fr, 'ce budget')?.speaker).toBe('Josiane Carradec')
    expect(find(fr, 'tout est en ligne')?.speaker ?? null).toBeNull()
    const es = quotesOf(
      ['Para la fiscal del caso, Inmaculada Roldán, «quedó probado que desvió fondos».'],
      'es'
    )
    expect(find(es, 'quedó probado')?.speaker).toBe('Inmaculada Roldán')
    const it_ = quotesOf(
      ['Per il presidente del club, Arturo Ghezzi, «questa squadra può arrivare in alto».'],
      'it'
    )
    expect(find(it_, 'questa squadra')?.speaker).toBe('Arturo Ghezzi')
  })

  it('an indefinite speaker ("dijo una vecina") is no one, not the previous speaker', () => {
    const es = quotesOf(
      [
        '«Mi cliente es inocente», declaró el abogado Fermín Aguirre.',
        '«Es un día triste para el pueblo», dijo una vecina, que prefirió no dar su nombre.',
      ],
      'es'
    )
    expect(find(es, 'Es un día triste')?.speaker).toBeNull()
    const pt = quotesOf(
      ['Duarte Malheiro falou.', '— E os prazos? — perguntou um jornalista.'],
      'pt'
    )
    expect(pt.map((q) => q.text)).toEqual(['E os prazos?'])
  })

  it('German: a quote in » « opening a sentence is direct and credited on its own', () => {
    const de = quotesOf(
      [
        'Oberbürgermeisterin Claudia Reimers verteidigte das Projekt. »Wir bauen für dreißig Jahre«, sagte sie.',
        '»Das stimmt nicht«, entgegnete die Oberbürgermeisterin. »Es gab drei Versammlungen.«',
      ],
      'de'
    )
    const q = find(de, 'Wir bauen')
    expect([q?.kind, q?.speaker]).toEqual(['direct', 'Claudia Reimers'])
    expect(find(de, 'Es gab drei')?.speaker).toBe('Claudia Reimers')
  })

  it('a lawyer named by role in apposition answers to "o advogado"', () => {
    const pt = quotesOf(
      [
        '"A prova não permite concluir pela culpa", afirmou a juíza Filomena Carvalhais.',
        'O advogado da família do doente, Henrique Bastos, disse que vai recorrer da decisão.',
        '"A família não se conforma", declarou o advogado aos jornalistas.',
      ],
      'pt'
    )
    expect(find(pt, 'A família')?.speaker).toBe('Henrique Bastos')
  })
})

describe('delayed identification and gender around a comma', () => {
  it('an indefinite description named in apposition is that person ("une habitante, X")', () => {
    const fr = quotesOf(
      [
        '« Le tracé est dangereux », a déclaré Marc Lefèvre.',
        '« L’eau est montée en vingt minutes », a raconté une habitante de 34 ans, Nadia Ferhat.',
      ],
      'fr'
    )
    expect(find(fr, 'L’eau est montée')?.speaker).toBe('Nadia Ferhat')
    const it_ = quotesOf(
      [
        '«Ha insegnato a tre generazioni», ha detto Nicola Ferrante.',
        '«Era severa ma giusta», ricorda un ex collega, Bruno Lattanzi.',
      ],
      'it'
    )
    expect(find(it_, 'Era severa')?.speaker).toBe('Bruno Lattanzi')
  })

  it('a name in apposition closing a dash incise ("—dijo el jefe de bomberos, X—.")', () => {
    const es = quotesOf(
      [
        '—Ha sido un susto, nada más —dijo el jefe de bomberos, Marcos Ibarra—. Los vecinos han actuado bien.',
      ],
      'es'
    )
    expect(es.map((q) => q.speaker)).toEqual(['Marcos Ibarra', 'Marcos Ibarra'])
  })

  it('an article before a comma is not the gender of the name after it', () => {
    const fr = quotesOf(
      [
        '« L’eau est montée », a raconté Nadia Ferhat.',
        'Le préfet de la Marne, Gilles Aubertin, s’est rendu sur place. « La digue sera construite », a-t-il promis.',
      ],
      'fr'
    )
    expect(find(fr, 'La digue')?.speaker).toBe('Gilles Aubertin')
  })
})

describe('quotes over paragraphs and German professions', () => {
  it('a quote running over paragraphs is credited where it ends', () => {
    const fr = quotesOf(
      [
        'Le maire de Bréval, Thierry Gaudin, a présenté mardi le projet de digue.',
        '« Nous avions demandé cette digue depuis dix ans. Personne ne nous a écoutés.',
        '« Aujourd’hui, l’État accepte de payer la moitié », a-t-il expliqué.',
      ],
      'fr'
    )
    expect(fr.map((q) => q.speaker)).toEqual(['Thierry Gaudin', 'Thierry Gaudin'])
  })

  it('German: a scientist by field before the name is a title ("die Biologin Jana Stüber")', () => {
    const de = quotesOf(
      [
        'Seine Kollegin, die Biologin Jana Stüber, sieht auch Chancen. „Es wachsen Eichen nach“, erklärt sie.',
        '„Der Wald wird anders aussehen“, sagt die 38-Jährige.',
      ],
      'de'
    )
    expect(de.map((q) => q.speaker)).toEqual(['Jana Stüber', 'Jana Stüber'])
  })
})

describe('two-word role aliases', () => {
  it('Italian: "la prima cittadina" is the mayor bound earlier', () => {
    const it_ = quotesOf(
      [
        'Il sindaco di Colleverde, Gemma Salvini, ha ricordato la maestra.',
        '«Ha insegnato a tre generazioni», ha detto Nicola Ferrante, ex alunno.',
        '«È il minimo che possiamo fare», ha spiegato la prima cittadina.',
      ],
      'it'
    )
    expect(find(it_, 'È il minimo')?.speaker).toBe('Gemma Salvini')
  })
})

describe('multi-word sources', () => {
  it('"De acordo com X, …" and "De acuerdo con X, «…»" credit their source', () => {
    const pt = quotesOf(
      [
        'A prefeita anunciou um hospital.',
        'De acordo com a secretária de Saúde, Denise Falcão, as obras começam em março.',
      ],
      'pt'
    )
    expect(pt.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker])).toEqual([
      ['as obras começam em março', 'Denise Falcão'],
    ])
    const es = quotesOf(
      ['De acuerdo con la consejera de Sanidad, Elena Robles, «las obras empiezan en marzo».'],
      'es'
    )
    expect(find(es, 'las obras')?.speaker).toBe('Elena Robles')
  })
})

describe('subjects after a fronted phrase', () => {
  it('a known person after the comma is the subject, not the name ending the phrase', () => {
    const pt = quotesOf(
      [
        '"Foi uma vitória merecida", afirmou o treinador Rogério Pimentel.',
        'Do lado do Santa Luzia, o técnico Leonel Vaz lamentou os erros defensivos. "Oferecemos dois golos", reconheceu.',
      ],
      'pt'
    )
    expect(find(pt, 'Oferecemos')?.speaker).toBe('Leonel Vaz')
  })

  it('French "se souvient son neveu, X"', () => {
    const fr = quotesOf(
      [
        'Suzanne Lavergne s’est éteinte lundi.',
        '« Elle ne supportait pas les refus », se souvient son neveu, Damien Lavergne.',
      ],
      'fr'
    )
    expect(find(fr, 'Elle ne supportait')?.speaker).toBe('Damien Lavergne')
  })
})
