import {describe, expect, it} from 'vitest'
import * as teasersModule from '../../src/detect/block-teasers.js'
import {findCardRuns, findTeasers, isGluedTeaser, isTruncatedSummary, type CardUnit} from '../../src/detect/block-teasers.js'
import {clean} from '../../src/index.js'

/** Summaries cut off mid-sentence, in several languages. */
const truncated = [
  'Indian-origin man pleads guilty to fraud scheme NEW YORK: An Indian-origin man has pleaded guilty to...',
  'Le conseil municipal a voté mardi la fermeture du vieux pont, jugé trop fragile pour…',
  'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen, weil sie zu ...',
  'El ayuntamiento votó el martes el cierre del viejo puente, considerado demasiado frágil,...',
  'Belediye meclisi salı günü eski köprünün kapatılmasına karar verdi, çünkü köprü…',
  'Городской совет во вторник проголосовал за закрытие старого моста, который…'
]

/** Lines that are not truncated summaries. */
const notTruncated = [
  'Read more...',
  'Weiterlesen …',
  'The council voted on Tuesday to close the old bridge.',
  'He paused. “Well...” he said, “we will see.”',
  'Ratings and reviews of the bridge are given below.',
  'The story goes on.....'
]

/** Headlines glued to their summaries by the text extraction, in several languages. */
const glued = [
  'Police: 2 In Custody After Death Of U of M-Dearborn Student-AthleteA 24-year-old woman and a 28-year-old man are in custody.',
  'Mayor: ‘Despicable’ Move For Health Benefits Won’t StandWarren Mayor Jim Fouts says it was a move that will not stand.',
  'Is Violence In Sports On The Rise?Violence is part of the game in many sports but the latest fight went too far.',
  'Neuer Bürgermeister Für Die Alte StadtDer Stadtrat hat am Dienstag einen neuen Bürgermeister gewählt, der im Januar antritt.',
  'Le Vieux Pont Fermé Après Une InspectionLe conseil municipal a voté mardi la fermeture du pont, jugé trop fragile.',
  'Новый Мэр Для Старого ГородаГородской совет во вторник избрал нового мэра, который вступит в должность в январе.'
]

/** Lines with a capital inside a word that are no glued teasers. */
const notGlued = [
  'Following the 16-inch MacBook Pro, Apple plans to release a new model in the spring.',
  'Today only, Amazon offers the 12-inch MacBook 256GB in certified refurbished condition for $700.',
  'In October, Rep. David McKinley, R-W.Va., visited the border with a group of other lawmakers.',
  'Elon Musk’s SpaceX begins testing on its groundbreaking Starship rocket in Texas this week.',
  'Benchmark 10-year notes US10YT=RR last rose 7/32 in price to yield 1.7631% on Tuesday.',
  'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen.',
  'Council Votes On New Budget For Buses And Schools After A Long Debate In The Town Hall',
  'Council Votes On New Budget For Buses, Schools, Parks, Libraries, Bridges, Roads, Harbours, Museums, Hospitals, Stadiums, Markets And Town Halls Across The RegionThe city council approved the budget.'
]

describe('block-teasers', () => {
  it('should expose the public api', () => {
    expect(Object.keys(teasersModule).sort()).toStrictEqual(['findCardRuns', 'findTeasers', 'isGluedTeaser', 'isTruncatedSummary'])
  })

  for (const line of truncated) {
    it(`should see a truncated summary in \`${line.slice(0, 40)}…\``, () => {
      expect(isTruncatedSummary(line)).toStrictEqual(true)
    })
  }

  for (const line of notTruncated) {
    it(`should see no truncated summary in \`${line}\``, () => {
      expect(isTruncatedSummary(line)).toStrictEqual(false)
    })
  }

  for (const line of glued) {
    it(`should see a glued headline and summary in \`${line.slice(0, 40)}…\``, () => {
      expect(isGluedTeaser(line)).toStrictEqual(true)
    })
  }

  for (const line of notGlued) {
    it(`should see no glued headline and summary in \`${line.slice(0, 40)}…\``, () => {
      expect(isGluedTeaser(line)).toStrictEqual(false)
    })
  }

  it('should mark glued headlines and summaries that stand near each other', () => {
    const [first = '', second = ''] = glued
    expect(findTeasers([first, 'Sport', second, 'A heading'])).toStrictEqual([true, false, true, false])
  })

  it('should leave a lone glued line alone', () => {
    expect(findTeasers(['The council voted.', glued[0] ?? '', 'It was a close vote.'])).toStrictEqual([false, false, false])
  })

  it('should mark truncated summaries that stand near each other', () => {
    const [first = '', second = '', third = ''] = truncated
    expect(findTeasers([first, 'Sport', second, 'A heading', 'Another heading', 'A third one', third])).toStrictEqual([
      true,
      false,
      true,
      false,
      false,
      false,
      false
    ])
  })

  it('should leave a lone truncated line alone (an author trailing off)', () => {
    expect(findTeasers(['The council voted.', truncated[0] ?? '', 'It was a close vote.'])).toStrictEqual([
      false,
      false,
      false
    ])
  })

  it('should return nothing for no lines', () => {
    expect(findTeasers([])).toStrictEqual([])
  })
})

/** Units for the card scan: heading, date (or byline), paragraph, other. */
const h: CardUnit = {heading: true, paragraph: false, dated: false}
const d: CardUnit = {heading: false, paragraph: false, dated: true}
const p: CardUnit = {heading: false, paragraph: true, dated: false}
const o: CardUnit = {heading: false, paragraph: false, dated: false}

/** Unit sequences and the card runs they hold. */
const cardTable: ReadonlyArray<readonly [string, readonly CardUnit[], readonly number[]]> = [
  ['three dated cards after an article', [p, p, h, d, p, h, h, d, p, h, d, p], [2]],
  ['a byline and a date under each heading', [h, h, d, p, h, h, d, p, h, h, d, p], [0]],
  ['two dated cards only', [p, h, d, p, h, d, p], []],
  ['sections without dates', [h, p, h, p, h, p, h, p], []],
  ['sections of two paragraphs each', [h, d, p, p, h, d, p, p, h, d, p, p], []],
  ['too much between heading and summary', [h, d, o, o, o, p, h, d, o, o, o, p, h, d, o, o, o, p], []],
  ['nothing', [], []]
]

/** Unit sequences and the undated card runs they hold. */
const undatedTable: ReadonlyArray<readonly [string, readonly CardUnit[], readonly number[]]> = [
  ['kicker, headline and source over one summary, three times', [p, p, h, h, o, p, h, h, o, p, h, h, o, p], [2]],
  ['two such cards only', [p, p, h, h, o, p, h, h, o, p], []],
  ['sections of a heading and a paragraph', [h, p, h, p, h, p, h, p], []],
  ['sections of a heading, a caption and a paragraph', [h, o, p, h, o, p, h, o, p], []],
  ['sections of a heading, a kicker and two paragraphs', [h, h, o, p, p, h, h, o, p, p, h, h, o, p, p], []],
  ['nothing', [], []]
]

describe('findCardRuns', () => {
  for (const [name, units, expected] of cardTable) {
    it(`should find ${JSON.stringify(expected)} in ${name}`, () => {
      expect(findCardRuns(units)).toStrictEqual(expected)
    })
  }

  for (const [name, units, expected] of undatedTable) {
    it(`should find ${JSON.stringify(expected)} undated runs in ${name}`, () => {
      expect(findCardRuns(units, true)).toStrictEqual(expected)
    })
  }
})

/** A page's visible text: a menu, an article of five paragraphs. */
const menu = ['Home', 'World', 'Business', 'Sport', 'Culture']
const article = [
  'BAGHDAD/WASHINGTON – The Iraqi government said on Friday it had begun the process of ending the mission of the U.S.-led coalition in the country.',
  'Talks with Washington will start next month, a spokesman for the prime minister told reporters in the capital on Friday afternoon.',
  'The announcement came a day after a strike in the capital killed a militia commander, prompting anger among armed groups allied with Iran.',
  '“We will consult closely with the Iraqi government about the safety of our forces,” a Pentagon spokesman said in a statement on Thursday.',
  'Officials declined to say how long the talks would take, but said the coalition would not leave before an agreement was in place.'
]

describe('block-classifier with teasers and related-content openers', () => {
  it('should remove a list of truncated summaries after the article', () => {
    const teaserList = [
      'Floods close the northern highway The regional government said on Monday that the main road north would stay closed until the water...',
      'Central bank holds rates steady The central bank left its main interest rate unchanged on Thursday, citing inflation that remains above...',
      'Stadium plans approved after long debate The city council approved the new stadium on Tuesday after a debate that lasted more than…'
    ]
    const input = [...menu, '', ...article, '', ...teaserList].join('\n')
    expect(clean(input).split('\n').filter(Boolean)).toStrictEqual(article)
  })

  it('should remove headlines glued to their summaries, denser than a short article', () => {
    const teaserList = [
      'Floods Close The Northern Highway Again This WeekThe regional government said on Monday that the main road north would stay closed until the water goes down.',
      'Central Bank Holds Rates Steady For Third MonthThe central bank left its main interest rate unchanged on Thursday, citing inflation that remains above its target.',
      'Stadium Plans Approved After Long Debate In CouncilThe city council approved the new stadium on Tuesday after a debate that lasted more than six hours.',
      'Museum Gets Rare Painting From Private CollectionThe city museum received a rare painting on Wednesday from a collector who lived in the old town for decades.',
      'Train Strike Called Off After Late Night TalksThe rail union called off a strike planned for Friday after talks with the operator went on until after midnight.'
    ]
    const story = article.slice(0, 3)
    const input = [...menu, '', ...teaserList, '', ...menu, '', ...story, '', ...menu].join('\n')
    expect(clean(input).split('\n').filter(Boolean)).toStrictEqual(story)
  })

  it('should keep one line that trails off inside the article', () => {
    const trailing = [...article.slice(0, 3), 'And then the lights went out in the whole building, and nobody knew why…', ...article.slice(3)]
    const input = [...menu, '', ...trailing].join('\n')
    expect(clean(input).split('\n').filter(Boolean)).toStrictEqual(trailing)
  })

  it('should end the article at `Você pode gostar…` when most of its text comes before', () => {
    const portuguese = [
      'Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, e quem ama cuida de si antes de cuidar do outro.',
      'Gostar de si mesmo não é egoísmo: é a base para que o amor pelos outros seja sincero, leve e livre de cobranças.',
      'Quem se conhece aceita as próprias falhas e aprende com elas, sem deixar que o medo decida os passos da vida.',
      'Por isso, antes de procurar alguém que nos complete, vale a pena aprender a estar bem na nossa própria companhia.',
      'No fim, o amor que damos aos outros é do mesmo tamanho do respeito que temos por nós, e isso se aprende com o tempo.'
    ]
    const cards = [
      'A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer, todos os dias da semana.',
      'Compartilhar',
      'O que une uma família é o amor, o carinho, o querer bem; família unida é força e certeza de apoio em qualquer hora.',
      'Compartilhar'
    ]
    const input = ['Início', 'Mensagens', 'Frases', 'Contato', '', ...portuguese, '', 'Você pode gostar…', ...cards].join('\n')
    expect(clean(input).split('\n').filter(Boolean)).toStrictEqual(portuguese)
  })

  it('should remove dated teaser cards after the article', () => {
    const cards = [
      'Floods close the northern highway',
      'Wednesday November 20, 2019',
      'The regional government said on Monday that the main road north would stay closed until the water goes down.',
      'Central bank holds rates steady',
      'Tuesday November 19, 2019',
      'The central bank left its main interest rate unchanged on Thursday, citing inflation that remains above its target.',
      'Stadium plans approved after long debate',
      'Tuesday November 19, 2019',
      'The city council approved the new stadium on Tuesday after a debate that lasted more than nine hours.'
    ]
    const input = [...menu, '', ...article, '', ...cards].join('\n')
    expect(clean(input).split('\n').filter(Boolean)).toStrictEqual(article)
  })

  it('should remove undated teaser cards (kicker, headline, source, summary) after the article', () => {
    const cards = [
      'REINDEER GAMES',
      'Herders Fight The Miners On Their Land',
      '12 diggs Example.org Long Reads World',
      'The Sami have been herding reindeer for generations. Then the miners arrived, and the herders went to court.',
      'LOVE IS LOVE',
      'What Being Asexual Tells Us About Romance',
      '4 diggs Example.com Science',
      'What is it like to feel love and share physical intimacy yet feel no sexual attraction to the person you love?',
      'A NATIONAL TRAGEDY',
      'Watching This Koala Get Rescued From A Bushfire',
      '7 diggs Example.net Animals Nature',
      'Dozens of bushfires are spreading across Australia, burning across more than two million acres of bush and farmland.'
    ]
    const input = [...menu, '', ...article, '', ...cards].join('\n')
    expect(clean(input).split('\n').filter(Boolean)).toStrictEqual(article)
  })

  it('should keep an article of sections, each a heading, a kicker and a paragraph (German)', () => {
    const sections = [
      'Die Ausgangslage',
      'Was bisher geschah',
      'Quelle: Stadtverwaltung',
      'Die alte Brücke über den Fluss ist seit dem Frühjahr gesperrt, weil Ingenieure bei einer Prüfung Risse in zwei Pfeilern gefunden haben.',
      'Die Pläne',
      'Was nun kommt',
      'Quelle: Stadtrat',
      'Der Stadtrat will im Herbst über einen Neubau entscheiden, der nach ersten Schätzungen rund vierzig Millionen Euro kosten würde.',
      'Die Kritik',
      'Was die Anwohner sagen',
      'Quelle: Bürgerverein',
      'Viele Anwohner halten den Neubau für zu teuer und fordern, die alte Brücke zu reparieren, die seit mehr als hundert Jahren steht.'
    ]
    const kept = clean([...menu, '', ...sections].join('\n')).split('\n').filter(Boolean)
    expect(kept.filter((line) => line.length > 100)).toStrictEqual(sections.filter((line) => line.length > 100))
  })

  it('should keep a live blog (a date per entry is the article)', () => {
    const entries = [
      'Polls close in the capital',
      'Wednesday November 20, 2019',
      'Polling stations in the capital closed at eight in the evening, and counting began at once in most districts of the city.',
      'Turnout higher than in 2015',
      'Wednesday November 20, 2019',
      'The election commission said turnout had reached 64 percent by six in the evening, well above the figure of four years ago.',
      'First results from the north',
      'Wednesday November 20, 2019',
      'The first results from the northern districts gave the governing party a narrow lead, with a third of the votes counted.'
    ]
    const input = [...menu, '', ...entries].join('\n')
    const kept = clean(input).split('\n').filter(Boolean)
    expect(kept.filter((line) => line.length > 100)).toStrictEqual(entries.filter((line) => line.length > 100))
  })

  it('should not cut the article at an opener above it (`Trending` under the menu)', () => {
    const teaser = 'Floods close the northern highway as the regional government warns drivers to stay at home this weekend.'
    const input = [...menu, 'Trending', teaser, '', ...article].join('\n')
    // The line right above the article may be its lead: it stays, as before.
    expect(clean(input).split('\n').filter(Boolean)).toStrictEqual([teaser, ...article])
  })
})
