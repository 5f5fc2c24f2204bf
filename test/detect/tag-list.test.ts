/**
 * Tag lists: whole lines, and a list glued before the next text, which is
 * cut off its line.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed} from '../../src/index.js'
import {tagList} from '../../src/detect/tag-list.js'

const before =
  'The regional council approved the new flood plan on Tuesday after a long debate about its cost, its timing and the houses it would protect.'

/**
 * Clean a line placed after a paragraph, and list the tag-list report entries.
 *
 * @param line
 *   The line.
 * @returns
 *   The line as it comes out (`''` when removed) and the removed text.
 */
function run(line: string): {line: string; removed: string[]} {
  const {text, report} = cleanDetailed([before, '', line].join('\n'), {rules: {'block-classifier': false}})
  const input = [before, '', line].join('\n')
  const removed = report
    .filter((entry) => entry.ruleId === 'tag-list')
    .map((entry) => input.slice(entry.position.start.offset, entry.position.end.offset))
  return {line: text.split('\n').slice(2).join('\n'), removed}
}

const caught: ReadonlyArray<[string, string]> = [
  ['Tags: Alibaba, Hong Kong, IPO', ''],
  ['Tags: BGR Deals', ''],
  ['Tag: digitimes.com', ''],
  ['tags #Local Markets #Nifty #Sensex', ''],
  ['Tags Kristi Noem, South Dakota, meth', ''],
  ['Schlagwörter: Bahn, Streik, GDL', ''],
  ['Mots-clés : grève, SNCF', ''],
  ['Etiketler: ekonomi, enflasyon', ''],
  [
    'Tagscalendario stock car 2018, stock car brasil, stock-car londrinaATENÇÃO: Comentários com textos ininteligíveis não serão aprovados.',
    'ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados.'
  ]
]

const kept: readonly string[] = [
  'Tags are back in fashion, the designer said.',
  'Tags Kristi Noem South Dakota',
  'Tags: the small labels that tell shops what a shirt costs.',
  'Tags, labels and stickers covered the old suitcase.',
  'Tagsüber bleibt es trocken, am Abend zieht Regen auf.',
  'Topics: what the council will debate on Tuesday, and why it matters to every family in the valley town',
  'Themen: Die Regierung will bis 2030 die Hälfte der Kohlekraftwerke abschalten, sagte der Minister am Montag.',
  'Note: the figures, which the council published on Tuesday, are provisional'
]

describe('tag-list', () => {
  it('should expose the public api', () => {
    expect([tagList.id, tagList.kind, tagList.stage]).toStrictEqual(['tag-list', 'ui', 'detect'])
  })

  for (const [line, rest] of caught) {
    it(`should remove the tag list in ${JSON.stringify(line)}`, () => {
      const result = run(line)
      expect(result.line).toBe(rest)
      expect(result.removed).toStrictEqual([rest === '' ? line : line.slice(0, line.length - rest.length)])
    })
  }

  for (const line of kept) {
    it(`should keep ${JSON.stringify(line)}`, () => {
      expect(run(line)).toStrictEqual({line, removed: []})
    })
  }

  it('should keep a last tag with capitals inside (`iPhone`): no glued text', () => {
    expect(run('Tags: Apple, iPhone')).toStrictEqual({line: '', removed: ['Tags: Apple, iPhone']})
  })
})
