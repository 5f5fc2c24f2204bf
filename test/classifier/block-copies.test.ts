import {describe, expect, it} from 'vitest'
import * as copiesModule from '../../src/detect/block-copies.js'
import {findGluedCopies} from '../../src/detect/block-copies.js'
import {clean} from '../../src/index.js'

/** An article's paragraphs. */
const article = [
  'Retiring early takes time and incredible discipline.',
  'If you are planning to retire early, you should aim to have at least 25 to 30 times your estimated annual spending saved.',
  'To reach that number, live below your means, raise your income and put the difference into your retirement accounts every month.',
  'You should also pay off all debt with high interest before you retire, which may include your mortgage and your car loan.',
  'Many early retirees keep working in some way, the planner said: they take on projects they enjoy, teach a class or run a small business from home, and the money they earn there lets their savings grow for a few more years before they need them.'
]

/** The same article in German. */
const articleDe = [
  'Früh in Rente zu gehen, braucht Zeit und viel Disziplin.',
  'Wer früh aufhören will, sollte das 25- bis 30-fache seiner jährlichen Ausgaben gespart haben, bevor er die Arbeit aufgibt.',
  'Dazu gehört, unter seinen Verhältnissen zu leben, mehr zu verdienen und den Unterschied jeden Monat fürs Alter anzulegen.',
  'Auch teure Schulden sollte man vorher tilgen, etwa den Kredit für das Auto und, wenn möglich, auch die Hypothek.'
]

describe('block-copies', () => {
  it('should expose the public api', () => {
    expect(Object.keys(copiesModule).sort()).toStrictEqual(['findGluedCopies'])
  })

  it('should mark the article glued into one line', () => {
    expect(findGluedCopies([...article, 'More stories', article.join(' ')])).toStrictEqual([false, false, false, false, false, false, true])
  })

  it('should mark a German article glued into one line', () => {
    expect(findGluedCopies([...articleDe, articleDe.join(' ')])).toStrictEqual([false, false, false, false, true])
  })

  it('should leave a paragraph that repeats an earlier one whole (a repeated line, not a glued copy)', () => {
    expect(findGluedCopies([...article, article[1] ?? ''])).toStrictEqual([false, false, false, false, false, false])
  })

  it('should leave a summary that opens with the lead and goes on in its own words', () => {
    const summary = (article[0] ?? '') + ' ' + 'In short: save a lot, spend little and start early, because every year of saving counts more than any clever investment you could make later on in life.'
    expect(findGluedCopies([...article, summary])).toStrictEqual([false, false, false, false, false, false])
  })

  it('should leave a short line that copies two lines', () => {
    expect(findGluedCopies(['Bridge closed after inspection', 'Cracks found in two piers', 'Bridge closed after inspection Cracks found in two piers'])).toStrictEqual([false, false, false])
  })

  it('should return nothing for no lines', () => {
    expect(findGluedCopies([])).toStrictEqual([])
  })

  it('should drop the glued copy and keep the article', () => {
    const menu = ['Home', 'World', 'Business', 'Sport', 'Video', 'Log in']
    const paragraphs = article.slice(1)
    const input = [...menu, '', ...paragraphs, '', 'facebook', 'twitter', 'email', '', paragraphs.join(' ')].join('\n')
    expect(clean(input).split('\n').filter((line) => line !== '')).toStrictEqual(paragraphs)
  })
})
