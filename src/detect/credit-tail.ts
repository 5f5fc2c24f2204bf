/**
 * Detector for contribution credits that end a line: `Jane Doe contributed to
 * this report.`, `Keith Bradsher contributed reporting from Hong Kong.`,
 * `Marie Dupont a contribué à cet article.` Reporting credits (`Reporting by
 * A; Editing by B`) are left to `byline`, photo credits in brackets to
 * `photo-caption`, which reads them.
 *
 * A whole line of one is noise. Extractors glue the credit after the last
 * sentence of a paragraph (`…on Friday.Jane Doe contributed to this
 * report.`); there it is cut off the line by an edit, and the paragraph stays.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {removalPasses} from '../decide.js'
import {addEvidence, editBlock} from '../edit.js'
import {contributionPhrases} from '../lexicon/byline.js'
import {normalizeLine} from '../normalize.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Root} from '../types.js'
import {countWords, lexiconSet} from './lexicon-set.js'

/** Longest credit sentence, in words (`Associated Press writers A, B, … contributed to this report.`). */
const maxCreditWords = 30

/** Most words after the contribution phrase (`from Hong Kong`). */
const maxWordsAfter = 3

/** Longest credit sentence looked at, in characters. */
const maxCreditLength = 300

/** Longest line judged, in characters. */
const maxLength = 20_000

const contributions = [...lexiconSet(contributionPhrases)]

/**
 * A stem of every contribution phrase, to skip lines that hold none
 * (`contributed`, `beigetragen`, `участвовал`); global, to search from
 * `lastIndex` without cutting the line.
 */
const contributionStem = /contribu|beigetragen|colabor|collabor|werkte|droeg|участвовал|katkıda/gu

/** What ends a sentence before a credit: `.`, `!`, `?`. */
const terminators = new Set(['.', '!', '?'])

/**
 * Closing quotes and brackets: they end a sentence after a terminator
 * (`…said.”`) or when a capital is glued to them (`…here)Reporting by`), not
 * in `Fox News’ Jessica Napoli`.
 */
const closers = new Set(['"', '”', '’', ')'])

/** An upper-case letter. */
const upperCase = /^\p{Lu}/u

/** An upper-case letter, maybe after an opening bracket: the start of a credit sentence. */
const creditStart = /^\(?\p{Lu}/u

/**
 * Unified plugin that marks credit lines as noise and cuts credits glued
 * after a paragraph.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftCreditTail(this: Processor | void, options?: RuleSettings | null) {
  const confidence = options?.confidence ?? 0.85
  const processor = this

  return function (tree: Root, _file: VFile): undefined {
    const cuts = removalPasses(processor, confidence)
    for (const block of tree.children) {
      if (block.blank || block.value.length > maxLength) continue
      const value = block.value.trimEnd()
      const start = value.length - value.trimStart().length
      const tail = creditSentenceStart(value, start)
      if (tail === undefined) continue
      const credit = value.slice(tail).trim()
      const reason = 'Unexpected credit `' + credit + '`, expected content'
      if (value.slice(start, tail).trim() === '') {
        addEvidence(block, {ruleId: 'credit-tail', label: 'noise', kind: 'byline', confidence, reason})
      } else if (cuts) {
        editBlock(block, [{start: tail, end: value.length, text: ''}], {
          ruleId: 'credit-tail',
          type: 'removal',
          kind: 'byline',
          reason: reason.replace('`, expected', '` after a paragraph, expected'),
          confidence
        })
      }
    }
  }
}

/**
 * Where a credit sentence that ends the line starts: the last sentence, when
 * it is short and ends with a contribution credit (`… contributed to this
 * report.`, `… contributed reporting from Hong Kong.`).
 *
 * @param value
 *   The line, without trailing white space.
 * @param lineStart
 *   Offset of the line's first non-blank character.
 * @returns
 *   Offset of the sentence (after the end of the one before), or `undefined`.
 */
function creditSentenceStart(value: string, lineStart: number): number | undefined {
  const from = Math.max(lineStart, value.length - maxCreditLength)
  // Most lines hold no contribution word: skip them before folding anything.
  contributionStem.lastIndex = from
  if (!contributionStem.test(value)) return undefined
  let start = lineStart
  // The last sentence end before the final character, followed by a capital.
  for (let index = value.length - 2; index >= from; index--) {
    const character = value.charAt(index)
    const closing = closers.has(character)
    if (!terminators.has(character) && !closing) continue
    if (closing && !terminators.has(value.charAt(index - 1)) && !upperCase.test(value.charAt(index + 1))) continue
    let next = index + 1
    while (next < value.length && (value.charAt(next) === ' ' || value.charAt(next) === '_')) next++
    if (creditStart.test(value.slice(next, next + 2))) {
      start = index + 1
      break
    }
  }
  if (start === lineStart && value.length - lineStart > maxCreditLength) return undefined
  const sentence = normalizeLine(value.slice(start))
  const words = countWords(sentence)
  if (words === 0 || words > maxCreditWords) return undefined
  for (const phrase of contributions) {
    const at = sentence.indexOf(phrase)
    // `… contributed reporting from Hong Kong.` ends the sentence; `everyone who
    // contributed to this report deserves thanks` goes on.
    if (at !== -1 && countWords(sentence.slice(at + phrase.length).trim()) <= maxWordsAfter) return start
  }
  return undefined
}

/** The rule record. */
export const creditTail: Rule = {
  id: 'credit-tail',
  kind: 'byline',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'],
  description:
    'Contribution credits that end a line (`Jane Doe contributed to this report.`): a whole line is noise, one ' +
    'glued after a paragraph is cut off by an edit.',
  examples: {
    catch: [
      'Fox News’ Jessica Napoli contributed to this report.',
      'Keith Bradsher contributed reporting from Hong Kong.',
      'Associated Press writers Alan Fram and Zeke Miller contributed to this report.',
      'Marie Dupont a contribué à cet article.'
    ],
    keep: [
      'She contributed to this report’s findings as a reviewer, the university said in a statement on Friday after the inquiry closed.',
      'The fund contributed to the report on poverty.',
      'The minister said everyone who contributed to this report deserves thanks for their work.',
      'Le gouvernement a fermé la frontière jeudi.'
    ]
  },
  plugin: decruftCreditTail
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {contributionStem, creditStart, upperCase}
