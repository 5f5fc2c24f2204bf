import {describe, expect, it} from 'vitest'
import * as headlineModule from '../../src/detect/block-headline.js'
import {anchorOnHeadline, findHeadline, listUnderHeadline, type HeadlineUnits} from '../../src/detect/block-headline.js'
import {clean} from '../../src/index.js'

/** Titles and the lines among which the headline stands (its index, or `undefined`). */
const headlineTable: ReadonlyArray<readonly [string, readonly string[], number | undefined]> = [
  ['a headline before the site name', ['Bridge closed after inspection - City News', 'Home', 'Bridge closed after inspection', 'The old bridge …'], 2],
  ['a headline after the site name', ['City News | Bridge closed after inspection', 'Home', 'Bridge closed after inspection'], 2],
  ['a French headline', ['Le vieux pont fermé après une inspection – Le Journal', 'Accueil', 'Le vieux pont fermé après une inspection'], 2],
  ['a Russian headline', ['Старый мост закрыт после проверки — Городские новости', 'Главная', 'Старый мост закрыт после проверки'], 2],
  ['the first of two', ['Bridge closed after inspection - City News', 'Bridge closed after inspection', 'Bridge closed after inspection'], 1],
  ['a title that is the headline alone', ['Bridge closed after inspection', 'Home', 'Bridge closed after inspection'], undefined],
  ['a line that stops inside a word of the title', ['Bridge closed after inspections - City News', 'Bridge closed after inspection'], undefined],
  ['a dish the title names before more words', ['Spiced Honey Pear Jam Recipe | The Kitchen', 'Spiced Honey Pear Jam'], undefined],
  ['a section heading the title starts with', ['16-inch MacBook Pro review: The keyboard is back', '16-inch MacBook Pro'], undefined],
  ['a label the title starts with', ['News - Bridge closed after inspection', 'News'], undefined],
  ['a two-word line', ['Bridge closures: what changes for drivers - City News', 'Bridge closures:'], undefined],
  ['no lines', [], undefined]
]

/**
 * Units for the anchor from classes: `g` good text of 300, `h` the headline
 * (a short good line), `b` a bad line, `t` the title.
 *
 * @param classes
 *   One letter per unit.
 * @param repeated
 *   Whether the headline stands again at the end.
 * @returns
 *   The units.
 */
function units(classes: string, repeated = false): HeadlineUnits {
  const letters = [...classes]
  const texts = letters.map((letter, index) =>
    letter === 't' ? 'Bridge closed after inspection - City News' : letter === 'h' ? 'Bridge closed after inspection' : letter + index
  )
  if (repeated) texts[texts.length - 1] = 'Bridge closed after inspection'
  const sizes = letters.map((letter) => (letter === 'g' ? 300 : letter === 'h' ? 30 : 0))
  return {
    texts,
    weights: letters.map((letter, index) => (letter === 'g' || letter === 'h' ? (sizes[index] ?? 0) : -30)),
    goodSizes: sizes,
    bad: letters.map((letter) => letter === 'b' || letter === 't')
  }
}

/** Anchor settings as the classifier uses them. */
const settings = {minimumArticle: 400, detachedLines: 3}

describe('block-headline', () => {
  it('should expose the public api', () => {
    expect(Object.keys(headlineModule).sort()).toStrictEqual(['anchorOnHeadline', 'findHeadline', 'listUnderHeadline'])
  })

  for (const [name, texts, expected] of headlineTable) {
    it(`should find ${expected === undefined ? 'no headline' : 'the headline'} in ${name}`, () => {
      expect(findHeadline(texts)).toStrictEqual(expected)
    })
  }

  it('should start the zone at a headline inside it', () => {
    expect(anchorOnHeadline({start: 2, end: 8}, units('tbgghggg'), settings)).toStrictEqual({start: 4, end: 8})
  })

  it('should take the story under a headline when chrome parts it from a denser run', () => {
    expect(anchorOnHeadline({start: 8, end: 11}, units('tbhggbbbggg'), settings)).toStrictEqual({start: 2, end: 5})
  })

  it('should keep the zone when the story under the headline is short', () => {
    expect(anchorOnHeadline({start: 7, end: 10}, units('tbhgbbbggg'), settings)).toStrictEqual({start: 7, end: 10})
  })

  it('should keep the zone when little chrome parts it from the story', () => {
    expect(anchorOnHeadline({start: 7, end: 10}, units('tbhggbbggg'), settings)).toStrictEqual({start: 7, end: 10})
  })

  it('should keep the zone when the headline stands again (the zone is its article)', () => {
    expect(anchorOnHeadline({start: 8, end: 12}, units('tbhggbbbgggh', true), settings)).toStrictEqual({start: 8, end: 12})
  })

  it('should keep the zone when the headline follows it', () => {
    expect(anchorOnHeadline({start: 2, end: 5}, units('tbgggbh'), settings)).toStrictEqual({start: 2, end: 5})
  })

  it('should keep the zone without a headline', () => {
    expect(anchorOnHeadline({start: 2, end: 5}, units('bbgggb'), settings)).toStrictEqual({start: 2, end: 5})
  })
})

/** A page title, a menu, a two-word headline over a numbered table, then other stories. */
const tablePage = ['Classificação NASCAR | Autoracing', 'Home', 'Classificação NASCAR', 'Pos. Piloto Pontos', '1 Kyle Busch 5040', '2 Martin Truex Jr. 5035', '3 Kevin Harvick 5033', '4 Denny Hamlin 5027', '5 Joey Logano 2380', 'Home', 'Other story.', 'More text.']

describe('block-headline over a list', () => {
  it('should take the headline and the table under it', () => {
    expect(listUnderHeadline({start: 10, end: 12}, tablePage, 10)).toStrictEqual({start: 2, end: 9})
  })

  it('should take nothing when the zone holds the table', () => {
    expect(listUnderHeadline({start: 2, end: 9}, tablePage, 10)).toStrictEqual(undefined)
  })

  it('should take nothing when the headline stands again', () => {
    expect(listUnderHeadline({start: 10, end: 13}, [...tablePage, 'Classificação NASCAR'], 10)).toStrictEqual(undefined)
  })

  it('should take nothing when the table is too far under the headline', () => {
    expect(listUnderHeadline({start: 10, end: 12}, tablePage, 0)).toStrictEqual(undefined)
  })

  it('should take nothing under a one-word headline', () => {
    const page = ['Standings | Autoracing', 'Home', 'Standings', ...tablePage.slice(3)]
    expect(listUnderHeadline({start: 10, end: 12}, page, 10)).toStrictEqual(undefined)
  })
})

/** Navigation labels. */
const menu = ['Home', 'World', 'Business', 'Sport', 'Video', 'Log in', 'Weather', 'Podcasts', 'Newsletters', 'About us']

/** Dated teaser cards: a headline, a byline, a date. */
const cards = [
  'Council votes on new budget',
  'Police search for missing hiker',
  'Schools to reopen next week',
  'Storm warning for the coast',
  'Mayor opens new library',
  'Train strike called off',
  'Museum gets rare painting',
  'Harbour fire under control'
].flatMap((headline, index) => [headline, 'By City News Staff', '11/' + (10 + index) + '/2024 08:1' + index + ' AM'])

/** A footer that is denser than a two-paragraph story. */
const footer = [
  'Subscribe for our daily newsletter',
  ...menu,
  'The Daily Example customer service center can be contacted with any questions or requests: telephone, email or the contact form on our website, every day of the week from eight in the morning until eight in the evening, except on public holidays.',
  'The Daily Example is one of the oldest newspapers of the region, founded in 1887, and reaches over a million readers every day in print and online with news, opinion, culture and sport from the city and the world beyond it.',
  'Letters to the editor are welcome and may be sent by post or by email; we publish a selection of them every Saturday, edited for length and clarity, and we regret that we cannot answer every letter we receive from our readers.',
  '© 2024 The Daily Example. All rights reserved.'
]

/** A short story: two paragraphs. */
const story = [
  'The old river bridge was closed to traffic on Tuesday after engineers found cracks in two of its supporting piers during a routine inspection, the city said in a statement on Tuesday evening, and it asked drivers to plan for longer trips.',
  'Buses will take a detour over the northern bridge until repairs are done, which the city expects to take at least three months, and cyclists may still cross on foot, a spokeswoman for the transport office told reporters.'
]

/** The same story in German. */
const storyDe = [
  'Die alte Flussbrücke ist am Dienstag für den Verkehr gesperrt worden, nachdem Ingenieure bei einer Routineprüfung Risse in zwei ihrer Pfeiler gefunden hatten, teilte die Stadt am Abend mit und bat die Autofahrer, mehr Zeit einzuplanen.',
  'Die Busse fahren bis zum Ende der Arbeiten über die nördliche Brücke, was nach Angaben der Stadt mindestens drei Monate dauern wird; Radfahrer dürfen die Brücke weiter zu Fuß überqueren, sagte eine Sprecherin des Verkehrsamts.'
]

/** Headlines glued to their summaries, as a list of other stories. */
const gluedTeasers = [
  'Latest Headlines',
  'Council Votes On New Budget The city council approved a budget of 2.4 billion dollars on Monday night after a long debate about the cost of new buses and schools.',
  'Police Search For Missing Hiker Rescue teams with dogs searched the hills north of the city on Sunday for a hiker who did not come back from a walk on Friday.',
  'Storm Warning For The Coast Forecasters warned of gusts of up to 100 kilometres per hour along the coast on Wednesday, and the harbour will close for the day.'
]

describe('block-classifier anchored on the headline', () => {
  it('should keep a short story under its headline and drop a denser footer', () => {
    const page = ['Bridge closed after inspection finds cracks - City News', ...menu, 'Bridge closed after inspection finds cracks', 'By City News Staff', ...story, ...cards, ...footer]
    expect(clean(page.join('\n'))).toStrictEqual(['Bridge closed after inspection finds cracks', ...story].join('\n'))
  })

  it('should keep a short German story under its headline and drop a denser footer', () => {
    const page = ['Alte Brücke nach Prüfung gesperrt - Stadtnachrichten', ...menu, 'Alte Brücke nach Prüfung gesperrt', ...storyDe, ...cards, ...footer]
    expect(clean(page.join('\n'))).toStrictEqual(['Alte Brücke nach Prüfung gesperrt', ...storyDe].join('\n'))
  })

  it('should drop headlines with summaries above the headline', () => {
    const article = [...story, 'The bridge, built in 1911, carries about 20,000 cars a day and was last repaired ten years ago, when its deck was replaced.']
    const page = ['Bridge closed after inspection finds cracks – City News', ...menu, ...gluedTeasers, 'Bridge closed after inspection finds cracks', ...article, '© 2024 The Daily Example. All rights reserved.']
    expect(clean(page.join('\n'))).toStrictEqual(['Bridge closed after inspection finds cracks', ...article].join('\n'))
  })
})
