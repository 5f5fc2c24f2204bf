/**
 * Teaser links glued inside a paragraph's line: cut off by an edit.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed} from '../../src/index.js'
import {gluedTeaser} from '../../src/detect/glued-teaser.js'

/**
 * Clean one line (the classifier off) and list what glued-teaser cut.
 *
 * @param line
 *   The line.
 * @returns
 *   The line as it comes out and the cut texts.
 */
function run(line: string): {line: string; removed: string[]} {
  const {text, report} = cleanDetailed(line, {rules: {'block-classifier': false}})
  const removed = report
    .filter((entry) => entry.ruleId === 'glued-teaser')
    .map((entry) => line.slice(entry.position.start.offset, entry.position.end.offset))
  return {line: text, removed}
}

const before = 'Scientists describe the work in the journal Monthly Notices of the Royal Astronomical Society.'
const after = 'TNG50 is the latest simulation created by the team, and it is the largest of its kind so far.'

const caught: ReadonlyArray<[string, string, string[]]> = [
  [
    before + ' Related: From Big Bang to Present: Snapshots of Our Universe Through Time' + after,
    before + ' ' + after,
    ['Related: From Big Bang to Present: Snapshots of Our Universe Through Time']
  ],
  [
    // A non-breaking space, and `SpaceX` does not end the headline.
    before + '\u00A0Related:\u00A0SpaceX’s Starship and Super Heavy Mars Rocket in Pictures' + after,
    before + '\u00A0' + after,
    ['Related:\u00A0SpaceX’s Starship and Super Heavy Mars Rocket in Pictures']
  ],
  [
    before + '  READ MORE: China plague outbreak confirmed in Beijing  ' + after,
    before + '    ' + after,
    ['READ MORE: China plague outbreak confirmed in Beijing']
  ],
  [
    before + ' ' + after + ' Leia também: Governo anuncia novo plano para os hospitais',
    before + ' ' + after,
    [' Leia também: Governo anuncia novo plano para os hospitais']
  ]
]

const kept: readonly string[] = [
  // Inside a sentence: no boundary before the opening.
  before + ' The two cases are closely related: both men worked at the same bank. ' + after,
  // A headline over 150 characters: a sentence.
  before + ' Read more: ' + 'the report explains how the council spent the money, '.repeat(3) + after,
  // A line that is only a teaser is related-zone's.
  'Read more: China plague outbreak confirmed in Beijing'
]

describe('glued-teaser', () => {
  it('should expose the public api', () => {
    expect([gluedTeaser.id, gluedTeaser.kind, gluedTeaser.stage]).toStrictEqual(['glued-teaser', 'related', 'detect'])
  })

  for (const [line, rest, removed] of caught) {
    it(`should cut the teaser in ${JSON.stringify(line.slice(90, 150))}`, () => {
      expect(run(line)).toStrictEqual({line: rest, removed})
    })
  }

  for (const line of kept) {
    it(`should keep ${JSON.stringify(line.slice(0, 60))}`, () => {
      expect(run(line).removed).toStrictEqual([])
    })
  }
})
