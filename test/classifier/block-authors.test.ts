import {describe, expect, it} from 'vitest'
import * as authorsModule from '../../src/detect/block-authors.js'
import {findAuthorBoxes} from '../../src/detect/block-authors.js'
import {clean} from '../../src/index.js'

/** Unit texts and the author boxes they hold. */
const table: ReadonlyArray<readonly [string, readonly string[], readonly boolean[]]> = [
  [
    'a byline and the name over a biography',
    ['By Meg James Staff Writer', 'The story.', 'Meg James', 'Meg James is a corporate media reporter.'],
    [false, false, true, true]
  ],
  [
    'contact links between the name and the biography',
    ['By Meg James Staff Writer', 'The story.', 'Meg James', 'Follow Us', 'twitter', 'email', 'Meg James covers the media business.'],
    [false, false, true, false, false, false, true]
  ],
  [
    'a biography that starts with the first name (German)',
    ['20. November 2019 Anna Schmidt', 'Der Artikel.', 'Anna Schmidt', 'Anna schreibt seit 2015 für unser Magazin über Energie.'],
    [false, false, true, true]
  ],
  [
    'a name with letters beyond ASCII (French)',
    ['Par Émilie Lefèvre', 'L’article.', 'Émilie Lefèvre', 'Émilie Lefèvre est journaliste au service économie depuis 2012.'],
    [false, false, true, true]
  ],
  [
    'a name line with a digit (no name)',
    ['By Meg James 2', 'The story.', 'Meg James 2', 'Meg James is a corporate media reporter.'],
    [false, false, false, false]
  ],
  [
    'a profile without a byline (a section per person)',
    ['Who runs the ward', 'Ana Souza', 'Ana Souza, 34, is a nurse on the night shift.'],
    [false, false, false]
  ],
  [
    'a byline of another name',
    ['By Lee Min', 'Ana Souza', 'Ana Souza, 34, is a nurse on the night shift.'],
    [false, false, false]
  ],
  [
    'a one-word name (a brand over its product)',
    ['Deals from Amazon today', 'Amazon', 'Amazon Echo Buds for $130: the best earbuds of the year.'],
    [false, false, false]
  ],
  [
    'a paragraph that does not start with the name',
    ['By Meg James', 'Meg James', 'She covers the media business for the paper.'],
    [false, false, false]
  ],
  ['nothing', [], []]
]

describe('block-authors', () => {
  it('should expose the public api', () => {
    expect(Object.keys(authorsModule).sort()).toStrictEqual(['findAuthorBoxes'])
  })

  for (const [name, texts, expected] of table) {
    it(`should mark ${JSON.stringify(expected)} in ${name}`, () => {
      expect(findAuthorBoxes(texts)).toStrictEqual(expected)
    })
  }
})

/** Navigation labels. */
const menu = ['Home', 'World', 'Business', 'Sport', 'Video', 'Log in']

/** An article's paragraphs. */
const article = [
  'The old river bridge was closed to traffic on Tuesday after engineers found cracks in two of its supporting piers during a routine inspection, the city said in a statement on Tuesday evening.',
  'Buses will take a detour over the northern bridge until repairs are done, which the city expects to take at least three months, and cyclists may still cross on foot.',
  'The bridge, built in 1911, carries about 20,000 cars a day and was last repaired ten years ago, when its deck was replaced after a long debate in the council.'
]

describe('block-classifier with an author box', () => {
  it('should drop the author box after the article and keep the article', () => {
    const page = [...menu, '', 'By Meg James, Staff Writer', '', ...article, '', 'Meg James', 'Meg James is a reporter for The Daily Example, covering transport, the city council and the region’s roads and bridges.', '', ...menu]
    expect(clean(page.join('\n')).split('\n').filter((line) => line !== '')).toStrictEqual(article)
  })

  it('should keep a profile’s sections (no byline names them)', () => {
    const profile = [
      'Ana Souza',
      'Ana Souza, 34, has been a nurse on the night shift for ten years, and she says the ward has never been as busy as it was this winter, with beds in the corridors.',
      'Lee Min',
      'Lee Min, 51, runs the hospital’s kitchen, which cooks about 1,200 meals a day for patients and staff, and he has asked the board twice for a second cook.'
    ]
    const page = [...menu, '', ...article, '', ...profile, '', ...menu]
    expect(clean(page.join('\n')).split('\n').filter((line) => line !== '')).toStrictEqual([...article, ...profile])
  })
})
