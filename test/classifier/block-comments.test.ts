import {describe, expect, it} from 'vitest'
import {findCommentThread, isCommentCount, isCommentSignature} from '../../src/detect/block-comments.js'
import {clean} from '../../src/index.js'

/** A short article, paragraphs between blank lines, for the thread tests. */
const article = [
  'BAGHDAD/WASHINGTON – The Iraqi government said on Friday it had begun the process of ending the mission of the U.S.-led coalition in the country, after a strike in the capital killed a militia commander.',
  '',
  'Talks with Washington will start next month, a spokesman for the prime minister told reporters in the capital. Officials declined to say how long the talks would take, or what would follow them.',
  '',
  'The coalition has about 2,500 troops in the country, where they advise and train local forces fighting the remnants of an armed group.'
]

describe('block-comments', () => {
  it('should expose the public api', async () => {
    expect(Object.keys(await import('../../src/detect/block-comments.js')).sort()).toStrictEqual([
      'findCommentThread',
      'isCommentCount',
      'isCommentSignature'
    ])
  })

  const signatures: Array<[string, boolean]> = [
    ['joetoronto says:', true],
    ['Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:', true],
    ['Marie a écrit :', true],
    ['Klaus schreibt:', true],
    ['Ana dijo:', true],
    ['João escreveu:', true],
    ['Giulia ha scritto:', true],
    ['Pieter zegt:', true],
    ['Ayşe dedi ki:', true],
    ['Иван пишет:', true],
    // Content: a colon that opens a list or a quote, a heading, a sentence.
    ['says:', false],
    ['The minister said on Friday:', false],
    ['Ingredients:', false],
    ['What the agreement covers:', false],
    ['Background: Rising Tensions', false],
    ['He says the talks will start next month.', false]
  ]
  for (const [text, expected] of signatures) {
    it(`should ${expected ? '' : 'not '}see a comment signature in \`${text}\``, () => {
      expect(isCommentSignature(text)).toBe(expected)
    })
  }

  const counts: Array<[string, boolean]> = [
    ['34 responses to “Anthony Lynn: We needed to win this game”', true],
    ['[ 167 comments ]', true],
    ['12 Kommentare', true],
    ['3 commentaires', true],
    ['1,204 Comments', true],
    ['34 people died in the storm', false],
    ['Comments', false],
    ['2019 comments on the budget were published', false]
  ]
  for (const [text, expected] of counts) {
    it(`should ${expected ? '' : 'not '}see a comment count in \`${text}\``, () => {
      expect(isCommentCount(text)).toBe(expected)
    })
  }

  const threads: Array<[string, string[], number | undefined]> = [
    ['no thread', ['A sentence.', 'The minister said:', '“We will go.”'], undefined],
    ['two signatures are no thread', ['Text.', 'ann says:', 'Hi.', 'bob says:', 'Yo.'], undefined],
    ['three signatures', ['Text.', 'ann says:', 'Hi.', 'bob says:', 'Yo.', 'cy says:', 'No.'], 1],
    ['a count heading first', ['Text.', '3 comments', 'ann says:', 'Hi.', 'bob says:', 'Yo.', 'cy says:', 'No.'], 1]
  ]
  for (const [name, texts, expected] of threads) {
    it(`should find the thread: ${name}`, () => {
      expect(findCommentThread(texts)).toStrictEqual(expected)
    })
  }

  // Names over dates: `D` marks a date line (another rule's metadata finding).
  const namedThreads: Array<[string, string[], number | undefined]> = [
    ['names over dates under a count heading', ['Text.', '[ 167 comments ]', 'ann', 'D', 'Hi.', 'Bob K', 'D', 'Yo.', 'cy', 'D', 'No.'], 1],
    ['names over dates without a count heading', ['Text.', 'ann', 'D', 'Hi.', 'Bob K', 'D', 'Yo.', 'cy', 'D', 'No.'], undefined],
    ['two names over dates', ['Text.', '3 comments', 'ann', 'D', 'Hi.', 'bob', 'D', 'Yo.'], undefined],
    ['dated headings of many words', ['Text.', '3 comments', 'Polls close in the capital city', 'D', 'Hi.', 'Turnout higher than in 2015 here', 'D', 'Yo.', 'First results from the north', 'D', 'No.'], undefined],
    ['a name line ending in a colon', ['Text.', '3 comments', 'ann:', 'D', 'Hi.', 'bob:', 'D', 'Yo.', 'cy:', 'D', 'No.'], undefined]
  ]
  for (const [name, texts, expected] of namedThreads) {
    it(`should find the thread: ${name}`, () => {
      expect(findCommentThread(texts, texts.map((text) => text === 'D'))).toStrictEqual(expected)
    })
  }

  it('should remove a comment thread after an article and keep the article', () => {
    const thread = [
      '3 comments',
      'riverfan says:',
      'This is the best news I have read all week, and I hope the talks go well for everybody involved in them.',
      'anna_k says:',
      'I doubt that the talks will change anything at all, but we will see what happens next month in the capital.',
      'old_timer says:',
      'We have heard all of this before, many times, and nothing has ever come of it, so I would not hold my breath.'
    ]
    expect(clean([...article, '', ...thread].join('\n')).trimEnd()).toBe(article.join('\n'))
  })

  it('should remove a thread of names over dates under a count heading', () => {
    const thread = [
      '[ 3 comments ]',
      'riverfan',
      '2 days ago at 07:52 am',
      'This is the best news I have read all week, and I hope the talks go well for everybody involved in them.',
      'Anna K',
      '2 days ago at 08:10 am',
      'I doubt that the talks will change anything at all, but we will see what happens next month in the capital.',
      'old_timer',
      '1 day ago at 11:05 pm',
      'We have heard all of this before, many times, and nothing has ever come of it, so I would not hold my breath.'
    ]
    expect(clean([...article, '', ...thread].join('\n')).trimEnd()).toBe(article.join('\n'))
  })
})
