/**
 * Photo captions glued inside a paragraph's line: cut off by an edit.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed} from '../../src/index.js'
import {gluedCaption} from '../../src/detect/glued-caption.js'

/**
 * Clean one line (the classifier off) and list what glued-caption cut.
 *
 * @param line
 *   The line.
 * @returns
 *   The line as it comes out and the cut texts.
 */
function run(line: string): {line: string; removed: string[]} {
  const {text, report} = cleanDetailed(line, {rules: {'block-classifier': false}})
  const removed = report
    .filter((entry) => entry.ruleId === 'glued-caption')
    .map((entry) => line.slice(entry.position.start.offset, entry.position.end.offset))
  return {line: text, removed}
}

const before = 'The plague has been reported in China, with the public beginning to panic over a potential outbreak.'
const after = 'According to the agency, one user on the social network had asked whether the city was safe.'

const caught: ReadonlyArray<[string, string, string[]]> = [
  [
    before + '  China has warned it will act (Image: GETTY )  ' + after,
    before + '    ' + after,
    ['China has warned it will act (Image: GETTY )']
  ],
  [
    before + '  The plague wiped out half of Europe (Image: GETTY)' + after,
    before + '  ' + after,
    ['The plague wiped out half of Europe (Image: GETTY)']
  ],
  [
    'How can a duvet affect your lungs? (Photo: Getty Images)' + after,
    after,
    ['How can a duvet affect your lungs? (Photo: Getty Images)']
  ],
  [
    before + '  Die Pest im Mittelalter (Foto: dpa)  ' + after,
    before + '    ' + after,
    ['Die Pest im Mittelalter (Foto: dpa)']
  ]
]

const kept: readonly string[] = [
  // Prose around the brackets: not an element boundary.
  'The photo (Photo: AP) shows the old bridge at dawn, the museum said, and it will hang in the main hall from May.',
  // Two sentences before the credit: the caption's start is unsure.
  before + ' The city is calm. The market opened as usual (Image: GETTY)' + after,
  // Brackets that credit no photo.
  before + '  The council (Note: unanimous) voted on Tuesday.  ' + after
]

describe('glued-caption', () => {
  it('should expose the public api', () => {
    expect([gluedCaption.id, gluedCaption.kind, gluedCaption.stage]).toStrictEqual(['glued-caption', 'caption', 'detect'])
  })

  for (const [line, rest, removed] of caught) {
    it(`should cut the caption in ${JSON.stringify(line.slice(0, 60))}…`, () => {
      expect(run(line)).toStrictEqual({line: rest, removed})
    })
  }

  for (const line of kept) {
    it(`should keep ${JSON.stringify(line.slice(0, 60))}…`, () => {
      expect(run(line).removed).toStrictEqual([])
    })
  }

  it('should leave a line that is only a caption to photo-caption', () => {
    expect(run('China has warned it will act (Image: GETTY)').removed).toStrictEqual([])
  })
})
