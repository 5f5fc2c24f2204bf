import {describe, expect, it} from 'vitest'
import * as listsModule from '../../src/detect/block-lists.js'
import {firstMark, listEnd, listUnder} from '../../src/detect/block-lists.js'
import {clean} from '../../src/index.js'

/** Lines and their first punctuation marks. */
const markTable: ReadonlyArray<readonly [string, string]> = [
  ['June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre', '–'],
  ['England (Group A): 10th appearance', '('],
  ['1) Lego Star Wars 75188 Bombardiere della Resistenza', ')'],
  ['12 juin – Lyon, Halle Tony Garnier', '–'],
  ['Home', ''],
  ['Ana Sayfa', ''],
  ['Café', '']
]

/** Tour dates: records of one form. */
const dates = [
  'June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre',
  'June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre',
  'June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)',
  'June 17 – Nashville, TN @ Bridgestone Arena',
  'June 19 – Charlotte, NC @ PNC Music Pavilion',
  'June 20 – Raleigh, NC @ Coastal Credit Union Music Park'
]

/** The same in French. */
const datesFr = [
  '12 juin – Lyon, Halle Tony Garnier',
  '14 juin – Marseille, Le Dôme',
  '17 juin – Bordeaux, Arkéa Arena',
  '19 juin – Nantes, Le Zénith',
  '21 juin – Lille, Zénith Arena',
  '24 juin – Paris, Accor Arena'
]

/** A menu: labels without punctuation. */
const menu = ['Home', 'World', 'Business', 'Sport', 'Video', 'Log in', 'Weather']

/** Teaser headlines, each with its own punctuation. */
const teasers = [
  'Police: 2 in custody after student dies',
  'Why? Because capitalism, of course',
  'Customers leave without paying $690 bill',
  "Mayor: 'Despicable' move won't stand",
  'Storm warning for the coast, again',
  'Is violence in sports on the rise?'
]

/** Teaser headlines behind kickers: colons open no record. */
const kickers = ['Watch: Storm hits the coast', 'Opinion: The bridge can wait', 'Analysis: Why rates stay high', 'Live: Election night', 'Video: The new library', 'Review: A quiet thriller']

/** Headlines that open with a quote. */
const quoted = ["'We will not leave' says mayor", "'A quiet year' for the port", "'Too late' for the bridge", "'No comment' from the club", "'Never again' vow fans"]

/** Metadata labels: each ends in a colon or opens with one. */
const labels = ['About this statement:', 'Researched by: Matthew Digby', 'Subjects: Crime, Drugs', 'Sources:', 'Updated: 20 November', 'Rating: True']

/** Share links: one form, but too few to be a list. */
const share = [
  'Click to share on Facebook (Opens in new window)',
  'Click to share on Twitter (Opens in new window)',
  'Click to email this to a friend (Opens in new window)',
  'Click to print (Opens in new window)'
]

describe('block-lists', () => {
  it('should expose the public api', () => {
    expect(Object.keys(listsModule).sort()).toStrictEqual(['firstMark', 'listEnd', 'listUnder'])
  })

  for (const [line, mark] of markTable) {
    it(`should read the first mark of \`${line}\``, () => {
      expect(firstMark(line)).toStrictEqual(mark)
    })
  }

  it('should find a list right after the article', () => {
    expect(listEnd(['The article.', ...dates, ...menu], 1)).toStrictEqual(1 + dates.length)
  })

  it('should find a list after the line that introduces it', () => {
    expect(listEnd(['The article.', 'Tour dates', ...datesFr, ...menu], 1)).toStrictEqual(2 + datesFr.length)
  })

  it('should find a numbered list (Italian)', () => {
    const items = ['1) Lego Star Wars, il bombardiere', '2) Pista elettrica Polistil', '3) Cofanetto Nolan: la trilogia', '4) Blade Runner (4K Ultra HD)', '5) I Cavalieri dello Zodiaco']
    expect(listEnd(['Il testo.', ...items, 'Home'], 1)).toStrictEqual(1 + items.length)
  })

  it('should find no list two lines after the article', () => {
    expect(listEnd(['The article.', 'Tour dates', 'More', ...dates], 1)).toStrictEqual(1)
  })

  it('should find no list in a menu', () => {
    expect(listEnd(['The article.', ...menu], 1)).toStrictEqual(1)
  })

  it('should find no list in teaser headlines', () => {
    expect(listEnd(['The article.', ...teasers], 1)).toStrictEqual(1)
  })

  it('should find no list in headlines behind kickers', () => {
    expect(listEnd(['The article.', ...kickers], 1)).toStrictEqual(1)
  })

  it('should find no list in headlines that open with a quote', () => {
    expect(listEnd(['The article.', ...quoted], 1)).toStrictEqual(1)
  })

  it('should find no list in metadata labels', () => {
    expect(listEnd(['The article.', ...labels], 1)).toStrictEqual(1)
  })

  it('should find no list in four share links', () => {
    expect(listEnd(['The article.', ...share, ...menu], 1)).toStrictEqual(1)
  })
})

/** A standings table: rows without punctuation that count up. */
const standings = ['1 Kyle Busch 5040 5 1 17 27', '2 Martin Truex Jr. 5035 7 0 15 24', '3 Kevin Harvick 5033 4 6 15 26', '4 Denny Hamlin 5027 6 3 19 24', '5 Joey Logano 2380 2 3 12 21', '6 Ryan Blaney 2339 1 1 11 18']

/** A race calendar in Portuguese: ordinals before a colon. */
const calendar = ['1a etapa: 10 de março – Interlagos', '2a etapa: 8 de abril – Curitiba', '3a etapa: 22 de abril – Velopark', '4a etapa: 06 de maio – Londrina', '5a etapa: 20 de maio – Santa Cruz do Sul']

/** Numbered headlines of a most-read box, in another order than they count. */
const mostRead = ['1 Council votes on new budget', '3 Police search for missing hiker', '2 Schools to reopen next week', '4 Storm warning for the coast', '5 Mayor opens new library']

/** Share links of one form under a headline: records, but no numbered list. */
const shareFive = [...share, 'Click to share on Reddit (Opens in new window)']

/** Lists under a headline at unit 0 (with two lines between at most) and where they end. */
const underTable: ReadonlyArray<readonly [string, readonly string[], number | undefined]> = [
  ['a standings table after its header row', ['Standings', 'Pos. Driver Points Wins', ...standings, 'Home'], 8],
  ['a calendar after a date and an intro', ['Calendar', '22 January 2018', 'Calendário da Stock Car 2018', ...calendar, '* Subject to change'], 8],
  ['a list of numbered items (Italian)', ['Regali', '1. Lego Star Wars', '2. Pista elettrica', '3. Cofanetto Nolan', '4. Blade Runner', '5. I Cavalieri dello Zodiaco'], 6],
  ['four rows', ['Standings', ...standings.slice(0, 4), 'Home'], undefined],
  ['rows too far under the headline', ['Standings', 'Home', 'News', 'Sport', ...standings], undefined],
  ['numbers that do not count up', ['Most read', ...mostRead], undefined],
  ['five share links of one form', ['Headline', ...shareFive], undefined],
  ['a menu', ['Headline', ...menu], undefined]
]

describe('block-lists under a headline', () => {
  for (const [name, texts, expected] of underTable) {
    it(`should find ${expected === undefined ? 'no list' : 'the list'} in ${name}`, () => {
      expect(listUnder(texts, 0, 2)).toStrictEqual(expected)
    })
  }
})

/** An article that ends by announcing a list. */
const article = [
  'The Doobie Brothers will mark their 50th anniversary with a tour of North America next summer, the band announced on Monday, with Michael McDonald back in the lineup for the first time in 25 years.',
  '',
  '“We are truly excited about this tour, as it is a celebration of our music and of the fans who have stood by us,” said Tom Johnston, a founding member, in a statement released by the band’s label.',
  '',
  'Tickets go on sale on Friday at 10 a.m. local time.'
]

describe('block-classifier with a list that ends the article', () => {
  it('should keep tour dates after the article and drop the menu after them', () => {
    const page = [...menu, '', ...article, '', 'Tour dates', ...dates, '', ...menu]
    expect(clean(page.join('\n')).split('\n').filter((line) => line !== '')).toStrictEqual([
      ...article.filter((line) => line !== ''),
      'Tour dates',
      ...dates
    ])
  })

  it('should keep French tour dates after the article', () => {
    const page = [...menu, '', ...article, '', ...datesFr, '', ...menu]
    expect(clean(page.join('\n')).split('\n').filter((line) => line !== '')).toStrictEqual([
      ...article.filter((line) => line !== ''),
      ...datesFr
    ])
  })

  it('should still drop share links after the article', () => {
    const page = [...menu, '', ...article, '', ...share, '', ...menu]
    expect(clean(page.join('\n')).split('\n').filter((line) => line !== '')).toStrictEqual(article.filter((line) => line !== ''))
  })
})

/** Portuguese teasers of other stories, denser prose than a table. */
const teasersPt = [
  'Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada da Fórmula 1 depois do Grande Prêmio do Brasil, com os comentários do nosso colunista sobre cada um deles.',
  'Clique e saiba os horários da televisão para o Grande Prêmio do Brasil, o vigésimo da temporada: conheça a pista, as estatísticas e tudo o que você precisa saber antes da corrida de domingo.',
  'Grande volta do nosso podcast na décima segunda temporada, batendo aquele papo sobre tudo o que tem acontecido no automobilismo nacional e internacional nas últimas semanas.'
]

describe('block-classifier with a table under the headline', () => {
  it('should keep a standings table under its headline and drop denser teasers', () => {
    const table = ['Classificação NASCAR', 'Pos. Piloto Pontos Vitórias Poles', ...standings]
    const page = ['Classificação NASCAR | Autoracing | F1 | Indy', ...menu, '', ...table, '', ...menu, '', ...teasersPt, '', ...menu]
    expect(clean(page.join('\n')).split('\n').filter((line) => line !== '')).toStrictEqual(table)
  })

  it('should keep a calendar under its headline', () => {
    const list = ['Calendário Stock Car 2018', 'Calendário da Stock Car 2018', ...calendar]
    const page = ['Calendário Stock Car 2018 | Autoracing | F1 | Indy', ...menu, '', ...list, '', ...menu, '', ...teasersPt, '', ...menu]
    expect(clean(page.join('\n')).split('\n').filter((line) => line !== '')).toStrictEqual(list)
  })

  it('should keep the teasers when the table has no headline', () => {
    const page = ['Autoracing | F1 | Indy', ...menu, '', 'Pos. Piloto Pontos Vitórias Poles', ...standings, '', ...menu, '', ...teasersPt, '', ...menu]
    expect(clean(page.join('\n')).split('\n').filter((line) => line !== '')).toStrictEqual(teasersPt)
  })
})
