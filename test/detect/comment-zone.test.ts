/**
 * Comment threads: the heading that opens one, and every line after it when
 * an article stands before it.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed} from '../../src/index.js'
import {commentZone} from '../../src/detect/comment-zone.js'

const article = [
  'The regional council approved the new flood plan on Tuesday after a long debate about its cost.',
  'Work on the embankments is expected to start in the spring and to last at least three years.',
  'Opponents said the plan leaves the farms in the valley exposed to the next flood, and will appeal.'
]

const comments = [
  'I live by the river and this plan is the first one that takes our street seriously. About time.',
  'Three years is far too long. The last flood was in March and the next one will not wait for them.'
]

/**
 * What the comment-zone rule removed, as 1-based line numbers.
 *
 * @param lines
 *   The document.
 * @returns
 *   The lines it removed.
 */
function removed(lines: readonly string[]): number[] {
  // The statistical classifier has its own tests; here it would only add noise.
  return cleanDetailed(lines.join('\n'), {rules: {'block-classifier': false}})
    .report.filter((entry) => entry.type === 'removal' && entry.ruleId === 'comment-zone')
    .map((entry) => entry.position.start.line)
}

const headings: readonly string[] = [
  'Top Rated Comments',
  '[ 167 comments ]',
  '1,204 Comments',
  'Comments (12)',
  'Reader comments',
  '12 Kommentare',
  'Leserkommentare',
  'Commentaires des lecteurs',
  '3 comentarios',
  '2 Comentários',
  '5 commenti',
  '4 reacties',
  '8 yorum',
  '15 комментариев'
]

const notHeadings: readonly string[] = [
  'Comments',
  'Kommentare',
  'Comments from the public will be heard on Tuesday.',
  '167 comments were sent to the council before the vote.',
  'No comment',
  'Comment the council should hear'
]

describe('comment-zone', () => {
  it('should expose the public api', () => {
    expect([commentZone.id, commentZone.kind, commentZone.stage]).toStrictEqual(['comment-zone', 'boilerplate', 'context'])
  })

  for (const heading of headings) {
    it(`should remove ${JSON.stringify(heading)} and the thread after an article`, () => {
      expect(removed([...article, '', heading, '', ...comments])).toStrictEqual([5, 7, 8])
    })
  }

  for (const line of notHeadings) {
    it(`should keep ${JSON.stringify(line)} and the lines after it`, () => {
      expect(removed([...article, '', line, '', ...comments])).toStrictEqual([])
    })
  }

  it('should remove only the heading when little prose stands before it (a count under a headline)', () => {
    expect(removed(['Council approves the new flood plan', '', '3 comments', '', ...article])).toStrictEqual([3])
  })

  it('should remove only the heading when over 8 times more prose follows it than stands before (teasers, then a count, then a long article)', () => {
    const teasers = [
      'Another town has opened a ferry line across the river for the summer, officials said on Monday.',
      'A bridge in the north reopened after two years of repairs that cost more than planned, they said.',
      'The regional rail company will add trains to the valley line from June, its chief executive said.'
    ]
    const story = Array.from({length: 30}, (_, index) => (index + 1) + '. ' + article[index % article.length])
    expect(removed([...teasers, '', 'Council approves the new flood plan', '', '12 comments', '', ...story])).toStrictEqual([7])
  })

  it('should take a later heading when an earlier one is followed by over 8 times more prose (many pages in a row)', () => {
    const story = Array.from({length: 30}, (_, index) => (index + 1) + '. ' + article[index % article.length])
    const document = [...article, '', '12 comments', '', ...story, '', 'Top Rated Comments', '', ...comments]
    expect(removed(document)).toStrictEqual([5, 38, 40, 41])
  })

  it('should remove only the heading of an empty thread (`0 comments`)', () => {
    expect(removed([...article, '', '0 comments', '', ...comments])).toStrictEqual([5])
  })
})
