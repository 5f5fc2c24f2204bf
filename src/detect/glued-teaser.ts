/**
 * Detector for teaser links glued inside a paragraph's line: an extractor
 * runs `Read more: <headline>` into the text around it (`…Reuters
 * reported.Read more: Alibaba poised to launch record-breaking Hong Kong
 * listingThe deal – set to be …`).
 *
 * A teaser opening (`Read more`, `Related`, `Lire aussi`, `Leia também`, …)
 * and its colon, after an element boundary (the line start, a sentence end,
 * two spaces), then a headline up to the next one (two spaces, a capital
 * glued to a lower-case word, the line end), is cut off by an edit. A line
 * that is only a teaser is left to `related-zone`.
 *
 * A related heading of 2+ words glued after a sentence end, before a
 * headline (`…a helicopter. Top stories The House voted …`), ends the
 * paragraph: from it to the line end goes, unless an element boundary (two
 * spaces) follows it, where the article goes on after a box.
 */
import type {Replacement} from '../edit.js'
import {relatedHeadings, teaserOpenings} from '../lexicon/related.js'
import {normalizeLine} from '../normalize.js'
import type {Rule} from '../rule.js'
import {createCutRule} from './cut-rule.js'
import {findOpening, lexiconSet, longestPhrase} from './lexicon-set.js'

/** Shortest line looked at, in characters. */
const minLine = 200

/** Longest teaser opening before its colon, in characters (`Bu haberi de okuyun`). */
const maxLabel = 25

/** Shortest headline, in characters. */
const minHeadline = 10

/** Longest headline, in characters. */
const maxHeadline = 150

const openings = lexiconSet(teaserOpenings)

/** Shortest paragraph before a related list that ends the line, in characters. */
const minParagraph = 100

/** Related headings of 2+ words, folded (`top stories`, `you may also like`). */
const headings = new Set([...lexiconSet(relatedHeadings)].filter((heading) => heading.includes(' ')))
const headingWords = longestPhrase(headings)
/** The first words of those headings (`top`, `you`, `don`): most sentences open with none. */
const headingFirstWords = new Set([...headings].map((heading) => heading.split(' ')[0] as string))

/** A word at a place: letters, up to 20. */
const wordAt = /\p{L}{1,20}/uy

/** Longest related list that ends a line, in characters. */
const maxList = 1500

/** Characters folded after a sentence end to look for a heading. */
const headingWindow = 60

/** A sentence end, maybe one white-space character, then a letter: where a glued heading may start. */
const headingSpot = /[.!?"”’)]\s?(?=\p{L})/gu

/** The gap between two words of a heading: 1-3 characters that are no letters or digits (`DON'T MISS`). */
const gapAt = /[^\p{L}\p{N}]{1,3}/uy

/** The end of a heading before its headline: maybe an ellipsis or a colon and a space, then a capital or a quote. */
const headingEndAt = /(?:\.\.\.|…|:)?\s?(?=[\p{Lu}"“‘])/uy

/** An upper-case letter. */
const upperCase = /^\p{Lu}/u

/** A run of 2+ white-space characters: an element boundary, where the article goes on after a box. */
const elementBoundary = /\s{2,}/gu

/** What may end the text before a teaser opening: a stop, a closing quote or bracket. */
const closing = /[.!?"”’)\]]/u

/** A letter, an apostrophe or white space: what a teaser opening is made of. */
const labelCharacter = /[\p{L}'’\s]/u

/** One white-space character (also a non-breaking space). */
const whiteSpace = /\s/u

/**
 * Where a headline ends: two white-space characters, a lower-case word (2+
 * letters: not `iPhone`) or a closing mark glued to a capital (`listingThe`,
 * `Reaction?His`).
 */
const headlineEnd = /\s{2}|(?<=\p{Ll}{2})(?=\p{Lu})|(?<=[?!)\]])(?=\p{Lu})/gu

/** A sentence end inside a headline: a headline holds none. */
const sentenceBreak = /[.!?]\s\p{Lu}/u

/**
 * Unified plugin that cuts teaser links glued inside a paragraph's line.
 */
const decruftGluedTeaser = createCutRule({
  ruleId: 'glued-teaser',
  kind: 'related',
  confidence: 0.85,
  minLength: minLine,
  cuts: gluedTeasers,
  reason: (value, [first]) =>
    'Unexpected teaser link `' + value.slice(first?.start, first?.end).trim() + '` inside a paragraph, expected content'
})

export default decruftGluedTeaser

/**
 * The teaser links glued inside a line, as deletions.
 *
 * @param value
 *   The block's value.
 * @returns
 *   Non-overlapping deletions, left to right.
 */
function gluedTeasers(value: string): Replacement[] {
  const replacements: Replacement[] = []
  const lineStart = value.length - value.trimStart().length
  const lineEnd = value.trimEnd().length
  for (let colon = value.indexOf(':'); colon !== -1; colon = value.indexOf(':', colon + 1)) {
    const start = labelStart(value, colon, Math.max(lineStart, replacements.at(-1)?.end ?? 0))
    if (start === undefined) continue
    let headline = colon + 1
    while (headline < lineEnd && whiteSpace.test(value.charAt(headline))) headline++
    // The first end after the shortest headline: `SpaceX's Starship …` does not end at `X`.
    headlineEnd.lastIndex = minHeadline
    const found = headlineEnd.exec(value.slice(headline, headline + maxHeadline + 1))
    const length = found === null ? lineEnd - headline : found.index
    if (length < minHeadline || length > maxHeadline) continue
    if (sentenceBreak.test(value.slice(headline, headline + length))) continue
    const end = headline + length
    // A line that is only a teaser is related-zone's.
    if (start <= lineStart && end >= lineEnd) continue
    // A teaser that ends the line takes the white space before it along.
    if (end >= lineEnd) replacements.push({start: value.slice(0, start).trimEnd().length, end: value.length, text: ''})
    else replacements.push({start, end, text: ''})
    colon = end
  }
  const list = relatedListStart(value, replacements.at(-1)?.end ?? lineStart)
  if (list !== undefined) replacements.push({start: list, end: value.length, text: ''})
  return replacements
}

/**
 * Where a related list that ends the line starts: a related heading glued
 * after a sentence end, in the last 1,500 characters, when no element
 * boundary (two spaces: the article going on after a box) follows it.
 *
 * @param value
 *   The line.
 * @param floor
 *   Offset the list may not start before (the line start, the last cut).
 * @returns
 *   Offset of the heading, or `undefined`.
 */
function relatedListStart(value: string, floor: number): number | undefined {
  const end = value.trimEnd().length
  // Only after the line's last element boundary, and within the longest list.
  let from = Math.max(floor + minParagraph, end - maxList)
  elementBoundary.lastIndex = from
  for (let boundary = elementBoundary.exec(value); boundary !== null; boundary = elementBoundary.exec(value)) {
    if (boundary.index >= end) break
    from = boundary.index + boundary[0].length
  }
  headingSpot.lastIndex = from
  for (let spot = headingSpot.exec(value); spot !== null; spot = headingSpot.exec(value)) {
    const start = spot.index + spot[0].length
    // Fold a short window only where a heading may start; most sentences open with none.
    wordAt.lastIndex = start
    const firstWord = wordAt.exec(value)
    if (firstWord === null || !headingFirstWords.has(firstWord[0].toLowerCase())) continue
    const heading = findOpening(normalizeLine(value.slice(start, start + headingWindow)), headings, headingWords)
    if (heading !== undefined && isGluedHeading(value, start, heading)) return start
  }
  return undefined
}

/**
 * Whether a heading is written at a place as a heading, in lower, sentence,
 * title or upper case, with a headline glued after it (`Top stories The
 * House …`, `You may also like...Who will …`, `DON'T MISSChina …`).
 *
 * @param value
 *   The line.
 * @param start
 *   Offset of the heading.
 * @param heading
 *   The heading, folded.
 * @returns
 *   Whether it is.
 */
function isGluedHeading(value: string, start: number, heading: string): boolean {
  const words: string[] = []
  let at = start
  for (const folded of heading.split(' ')) {
    if (words.length > 0) {
      gapAt.lastIndex = at
      const gap = gapAt.exec(value)
      if (gap === null) return false
      at += gap[0].length
    }
    const word = value.slice(at, at + folded.length)
    if (word.toLowerCase() !== folded) return false
    words.push(word)
    at += word.length
  }
  headingEndAt.lastIndex = at
  return headingEndAt.test(value) && isHeadingCase(words)
}

/**
 * Whether words are cased as a heading: all lower, all upper, the first or
 * every word capitalized (`top stories`, `TOP STORIES`, `Top stories`, `Top
 * Stories`).
 *
 * @param words
 *   The heading's words as written.
 * @returns
 *   Whether they are.
 */
function isHeadingCase(words: readonly string[]): boolean {
  const lower = words.every((word) => word === word.toLowerCase())
  const upper = words.every((word) => word === word.toUpperCase())
  const capitalized = words.map((word) => upperCase.test(word) && word.slice(1) === word.slice(1).toLowerCase())
  return lower || upper || capitalized.every(Boolean) || (capitalized[0] === true && words.slice(1).every((word) => word === word.toLowerCase()))
}

/**
 * Where the teaser opening before a colon starts, when it is one and follows
 * an element boundary (the line start, a sentence end, two spaces).
 *
 * @param value
 *   The line.
 * @param colon
 *   Offset of the colon.
 * @param floor
 *   Offset the opening may not start before.
 * @returns
 *   Offset of the opening, or `undefined`.
 */
function labelStart(value: string, colon: number, floor: number): number | undefined {
  const labelEnd = whiteSpace.test(value.charAt(colon - 1)) ? colon - 1 : colon
  let start = labelEnd
  while (start > floor && labelEnd - start < maxLabel && labelCharacter.test(value.charAt(start - 1))) start--
  // The opening starts after white space or at a boundary, not inside a word.
  while (start < labelEnd && whiteSpace.test(value.charAt(start))) start++
  if (!openings.has(normalizeLine(value.slice(start, labelEnd)))) {
    // `…said. Read more:`: the opening is the last words before the colon.
    // Search the label only: `lastIndexOf` on the line would make a line of colons quadratic.
    const label = value.slice(start, labelEnd)
    const space = label.lastIndexOf(' ')
    const twoWords = space === -1 ? -1 : label.lastIndexOf(' ', space - 1)
    const candidates = [space, twoWords].filter((at) => at !== -1)
    const match = candidates.find((at) => openings.has(normalizeLine(label.slice(at + 1))))
    if (match === undefined) return undefined
    start += match + 1
  }
  if (start <= floor) return start
  const before = value.charAt(start - 1)
  const twoBefore = value.charAt(start - 2)
  if (closing.test(before)) return start
  if (whiteSpace.test(before) && (whiteSpace.test(twoBefore) || closing.test(twoBefore))) return start
  return undefined
}

/** The rule record. */
export const gluedTeaser: Rule = {
  id: 'glued-teaser',
  kind: 'related',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'],
  description:
    'Teaser links glued inside a paragraph’s line (`…Reuters reported.Read more: Alibaba poised to launch ' +
    'record listingThe deal…`): the opening, its colon and the headline up to the next element boundary are cut ' +
    'off by an edit; a line that is only a teaser is left to `related-zone`. A related heading of 2+ words glued ' +
    'after a sentence end (`…a helicopter. Top stories The House …`) and not followed by two spaces is cut off ' +
    'with the rest of the line.',
  examples: {
    catch: [
      {
        context: [
          'The company could raise as much as it wants from investors in the city, Reuters reported.Read more: ' +
            'Alibaba poised to launch record-breaking Hong Kong listingThe deal is set to be the largest share ' +
            'sale of the year.'
        ],
        line: 0,
        becomes:
          'The company could raise as much as it wants from investors in the city, Reuters reported.The deal is ' +
          'set to be the largest share sale of the year.'
      },
      {
        context: [
          'Le gouvernement a annoncé jeudi un nouveau plan pour les hôpitaux de la région, a indiqué le ministre.  ' +
            'Lire aussi : Les urgences débordées cet hiver  Le plan prévoit deux cents lits de plus dès le ' +
            'printemps prochain.'
        ],
        line: 0,
        becomes:
          'Le gouvernement a annoncé jeudi un nouveau plan pour les hôpitaux de la région, a indiqué le ministre.  ' +
          '  Le plan prévoit deux cents lits de plus dès le printemps prochain.'
      },
      {
        context: [
          'Witnesses said the police fired on the crowd from rooftops and, in one case, from a hovering helicopter. ' +
            'Top stories The ' +
            'House of Representatives voted on Tuesday to recognize the genocide. A French actor of Armenian descent ' +
            'died at the age of 96.'
        ],
        line: 0,
        becomes:
          'Witnesses said the police fired on the crowd from rooftops and, in one case, from a hovering helicopter.'
      }
    ],
    keep: [
      // A box in the middle of the article: the article goes on after two spaces.
      'Police said they were not able to end the violence.DON’T MISSChina furious at Macron [INSIGHT]  Protesters ' +
        'believe the city will not calm down before the election, which is set for Sunday, the police said.',
      // A heading's words in prose, no headline after them.
      'The paper ran the story on its front page on Monday. Top stories of the year included the floods and the ' +
        'election, the editor said.',
      // A colon after words that open no teaser.
      'The minister gave three reasons for the delay: the weather, the cost of steel and a strike at the port, ' +
        'which lasted for most of the spring and cost the builders two months of work on the bridge.',
      // `related` inside a sentence, not after a boundary.
      'The two cases are closely related: both men worked at the same bank, both left in 2015, and both moved ' +
        'their savings to the same island in the same week, the prosecutor told the court on Monday.',
      // A headline too long: a sentence, not a teaser.
      'The council met on Tuesday. Read more: the full report, which runs to three hundred pages, explains how ' +
        'the council spent the money it raised from parking fees and the new tourist tax over the last ten years.'
    ]
  },
  plugin: decruftGluedTeaser
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {
  closing,
  elementBoundary,
  gapAt,
  headingEndAt,
  headingSpot,
  headlineEnd,
  labelCharacter,
  sentenceBreak,
  upperCase,
  whiteSpace,
  wordAt
}
