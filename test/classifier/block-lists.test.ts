import {describe, expect, it} from 'vitest'
import * as listsModule from '../../src/detect/block-lists.js'
import {firstMark, listEnd} from '../../src/detect/block-lists.js'
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
    expect(Object.keys(listsModule).sort()).toStrictEqual(['firstMark', 'listEnd'])
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
