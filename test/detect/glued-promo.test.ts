/**
 * A promo glued to the end of a paragraph's line: cut off by an edit.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed} from '../../src/index.js'
import {gluedPromo} from '../../src/detect/glued-promo.js'

/**
 * Clean one line (the classifier off) and list what glued-promo cut.
 *
 * @param line
 *   The line.
 * @returns
 *   The line as it comes out and the cut texts.
 */
function run(line: string): {line: string; removed: string[]} {
  const {text, report} = cleanDetailed(line, {rules: {'block-classifier': false}})
  const removed = report
    .filter((entry) => entry.ruleId === 'glued-promo')
    .map((entry) => line.slice(entry.position.start.offset, entry.position.end.offset))
  return {line: text, removed}
}

const paragraph =
  'The home-improvement retailer earned $2.8 billion in the third quarter, up from a year earlier, and kept its ' +
  'forecast for the year, the company said on Tuesday, as shoppers kept spending on their homes.'

const caught: ReadonlyArray<[string, string[]]> = [
  [paragraph + 'Get the latest updates right in your inbox. Subscribe to our newsletters.', ['Get the latest updates right in your inbox. Subscribe to our newsletters.']],
  [paragraph + ' Want more science? Get a subscription of our sister magazine.  (Image credit: Future plc)', [' Want more science? Get a subscription of our sister magazine.  (Image credit: Future plc)']],
  [paragraph + ' Jetzt abonnieren und weiterlesen.', [' Jetzt abonnieren und weiterlesen.']]
]

const kept: readonly string[] = [
  // A sentence after the promo that is no scrap: the promo is inside the paragraph.
  paragraph + ' Subscribe to our newsletter. The shares rose by 4% in early trading on Tuesday in New York.',
  // Too little paragraph before the promo: the line is promo-line's.
  'Shares rose on Tuesday. Subscribe to our newsletter for the latest market news every morning.',
  // Prose that mentions a newsletter.
  paragraph + ' The newsletter it sends to investors every month has 20,000 readers.'
]

describe('glued-promo', () => {
  it('should expose the public api', () => {
    expect([gluedPromo.id, gluedPromo.kind, gluedPromo.stage]).toStrictEqual(['glued-promo', 'promo', 'detect'])
  })

  for (const [line, removed] of caught) {
    it(`should cut the promo in ${JSON.stringify(line.slice(-60))}`, () => {
      expect(run(line)).toStrictEqual({line: paragraph, removed})
    })
  }

  for (const line of kept) {
    it(`should keep ${JSON.stringify(line.slice(-60))}`, () => {
      expect(run(line).removed).toStrictEqual([])
    })
  }
})
