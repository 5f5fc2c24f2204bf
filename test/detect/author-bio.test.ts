/**
 * The author's bio that closes an article: a closing line is noise, an author
 * box glued to the last paragraph is cut off by an edit.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed} from '../../src/index.js'
import {authorBio} from '../../src/detect/author-bio.js'

const article = 'The council will vote on the plan in March, and the work could start before the summer.'

/**
 * Clean an article followed by a last line (the classifier off) and list
 * what author-bio removed.
 *
 * @param last
 *   The last line.
 * @returns
 *   The text as it comes out and the removed texts.
 */
function run(last: string): {text: string; removed: string[]} {
  const input = article + '\n\n' + last
  const {text, report} = cleanDetailed(input, {rules: {'block-classifier': false}})
  const removed = report
    .filter((entry) => entry.ruleId === 'author-bio')
    .map((entry) => input.slice(entry.position.start.offset, entry.position.end.offset).trim())
  return {text: text.trim(), removed}
}

const caught: ReadonlyArray<[string, string, string[]]> = [
  ['Dallas Robinson is a freelance writer living in Minneapolis', article, ['Dallas Robinson is a freelance writer living in Minneapolis']],
  [
    'Trevor Daugherty is the Senior Editor of 9to5Toys. Contact him at trevor@example.com.',
    article,
    ['Trevor Daugherty is the Senior Editor of 9to5Toys. Contact him at trevor@example.com.']
  ],
  ['Carla Rossi è giornalista del Corriere.', article, ['Carla Rossi è giornalista del Corriere.']],
  [
    'He was arrested in April.Phil HelselPhil Helsel is a reporter for NBC News.',
    article + '\n\nHe was arrested in April.',
    ['Phil HelselPhil Helsel is a reporter for NBC News.']
  ],
  [
    'The jam will set within 48 hours.ReganRegan is a Connecticut native now living in Massachusetts.',
    article + '\n\nThe jam will set within 48 hours.',
    ['ReganRegan is a Connecticut native now living in Massachusetts.']
  ]
]

const kept: readonly string[] = [
  'John Smith is a father of three.',
  'The letter was signed by a writer, two editors and a former minister.',
  'The vote is set for Monday.Phil Helsel is a reporter for NBC News who covered the trial.',
  'Ana Lima é uma das fundadoras da empresa.'
]

describe('author-bio', () => {
  it('should expose the public api', () => {
    expect([authorBio.id, authorBio.kind, authorBio.stage]).toStrictEqual(['author-bio', 'byline', 'detect'])
  })

  for (const [last, text, removed] of caught) {
    it(`should remove the bio in ${JSON.stringify(last.slice(0, 60))}`, () => {
      expect(run(last)).toStrictEqual({text, removed})
    })
  }

  for (const last of kept) {
    it(`should keep ${JSON.stringify(last.slice(0, 60))}`, () => {
      expect(run(last).removed).toStrictEqual([])
    })
  }
})
