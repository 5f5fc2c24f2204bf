import {describe, expect, it} from 'vitest'
import * as listsModule from '../../src/detect/block-lists.js'
import {listEnd, punctuationSkeleton} from '../../src/detect/block-lists.js'
import {clean} from '../../src/index.js'

/** Lines and their punctuation skeletons. */
const skeletonTable: ReadonlyArray<readonly [string, string]> = [
  ['June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre', '–,'],
  ['England (Group A): 10th appearance', '()'],
  ['12 juin – Lyon, Halle Tony Garnier', '–,'],
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

/** Share links: one form, but too few to be a list. */
const share = [
  'Click to share on Facebook (Opens in new window)',
  'Click to share on Twitter (Opens in new window)',
  'Click to email this to a friend (Opens in new window)',
  'Click to print (Opens in new window)'
]

describe('block-lists', () => {
  it('should expose the public api', () => {
    expect(Object.keys(listsModule).sort()).toStrictEqual(['listEnd', 'punctuationSkeleton'])
  })

  for (const [line, skeleton] of skeletonTable) {
    it(`should read the skeleton of \`${line}\``, () => {
      expect(punctuationSkeleton(line)).toStrictEqual(skeleton)
    })
  }

  it('should find a list right after the article', () => {
    expect(listEnd(['The article.', ...dates, ...menu], 1)).toStrictEqual(1 + dates.length)
  })

  it('should find a list after the line that introduces it', () => {
    expect(listEnd(['The article.', 'Tour dates', ...datesFr, ...menu], 1)).toStrictEqual(2 + datesFr.length)
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

  it('should find no list in four share links', () => {
    expect(listEnd(['The article.', ...share, ...menu], 1)).toStrictEqual(1)
  })
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
