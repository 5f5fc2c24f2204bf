/**
 * Detector for repeated lines: a line seen before (the headline again under
 * the share bar), the `<title>` form of a headline that stands elsewhere
 * (`<headline> – <Site Name>`, `<headline> | Site`), and a pull quote that
 * repeats a sentence of a paragraph next to it.
 *
 * Lines are hashed by their folded text, so the work is linear in the input.
 * Short lines (`Yes.` in a dialogue) are never duplicates.
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import {blockText, foldBlock, normalizeLine} from '../normalize.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Root} from '../types.js'
import {anyPhrase, countWords} from './lexicon-set.js'
import {strongestNoise} from './neighbours.js'

/** Shortest line that can be a duplicate, in folded characters. */
const minLength = 20

/** Shortest line that can be a duplicate, in words. */
const minWords = 4

/** Longest site name after a title separator, in words (`The Zimbabwe Mail`). */
const maxSiteWords = 6

/** Longest `<title>` line, in words. */
const maxTitleWords = 40

/** Longest `<title>` line, in characters; longer lines are hashed as they are, not folded. */
const maxTitleLength = 200

/** Most separators tried per line, from the right. */
const maxSeparators = 4

/**
 * Times a line may occur and still be a repeated headline. A line seen more
 * often is part of the article's own structure (the same interview question
 * for each guest, the same dish in each day's meal plan): weaker evidence,
 * left to the context rules.
 */
const maxHeadlineRepeats = 2

/** Confidence for a line that recurs more often than a headline does. */
const recurringConfidence = 0.55

/** Shortest paragraph that counts towards a copied run, in characters. */
const minCopiedParagraph = 150

/**
 * Paragraphs of `minCopiedParagraph`+ characters a run of repeated lines
 * needs to be a copy of the text (an extractor that output the article twice).
 */
const minCopiedParagraphs = 3

/**
 * Different lines seen 3+ times a run of repeated lines needs to be a
 * recurring structure (the headline alone recurring in a page's metadata is none).
 */
const minRecurringLines = 2

/** Confidence for a line in a copied run, however often it recurs. */
const copiedConfidence = 0.85

/** How many blocks before and after a pull quote are searched for its source. */
const pullQuoteReach = 12

/** Shortest pull quote, in characters. */
const minPullQuote = 30

/** Longest pull quote, in words. */
const maxPullQuoteWords = 40

/** Separators between a headline and a site name in a `<title>`. */
const separators = [' – ', ' — ', ' - ', ' | ', ' :: ', ' · ', ' • ']

/** Char code of a space, which every separator starts with. */
const space = 0x20

/** Any separator anywhere in a line: most lines hold none, and a native search says so faster than a scan by hand. */
const anySeparator = anyPhrase(separators)

/** Char codes of the separators' second characters: a space followed by none of them starts no separator. */
const separatorSeconds = new Set(separators.map((separator) => separator.charCodeAt(1)))

/**
 * `separatorSeconds` for ASCII char codes, as a table: after most spaces
 * stands a letter, answered without a set look-up.
 */
const asciiSeparatorSeconds = new Uint8Array(0x80)
for (const code of separatorSeconds) if (code < 0x80) asciiSeparatorSeconds[code] = 1

/** Quote marks a pull quote opens or closes with. */
const quoteMarks = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›'])

/**
 * Unified plugin that marks repeated lines as duplicates, keeping the first.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftRepeatedHeadline(options?: RuleSettings | null) {
  const override = options?.confidence ?? undefined

  return function (tree: Root, _file: VFile): undefined {
    const blocks = tree.children
    const firstSeen = new Map<string, number>()
    const counts = new Map<string, number>()

    const keys: Array<string | undefined> = []
    // Whether each line was seen before: the runs below walk these, not the maps.
    const repeated: boolean[] = []
    let repeats = 0
    for (let index = 0; index < blocks.length; index++) {
      const key = lineKey(blocks[index] as Block)
      keys.push(key)
      const seen = key !== undefined && firstSeen.has(key)
      repeated.push(seen)
      if (key === undefined) continue
      if (seen) repeats++
      else firstSeen.set(key, index)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }

    /**
     * Add duplicate evidence to a block.
     *
     * @param block
     *   The block.
     * @param confidence
     *   How sure.
     * @param reason
     *   Why.
     * @returns
     *   Nothing.
     */
    function flag(block: Block, confidence: number, reason: string): undefined {
      addEvidence(block, {ruleId: 'repeated-headline', label: 'noise', kind: 'duplicate', confidence: override ?? confidence, reason})
    }

    const copied = repeats === 0 ? new Set<number>() : copiedRuns(blocks, repeated)
    const structured = repeats === 0 ? new Set<number>() : structuredRuns(blocks, keys, repeated, counts)

    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as Block
      if (block.blank) continue
      const text = block.value.trim()
      const key = keys[index]
      const seen = key === undefined ? undefined : firstSeen.get(key)
      if (key !== undefined && seen !== undefined && seen < index) {
        const recurring =
          ((counts.get(key) ?? 0) > maxHeadlineRepeats || structured.has(index)) && !copied.has(index)
        flag(block, recurring ? recurringConfidence : copiedConfidence, 'Unexpected repeated line `' + text + '` (first seen on line ' + lineOf(blocks, seen) + '), expected content')
        continue
      }
      const headline =
        text.length > maxTitleLength || foldBlock(block).wordCount > maxTitleWords
          ? undefined
          : titleHeadline(text, firstSeen, index)
      if (headline !== undefined) {
        flag(block, 0.85, 'Unexpected page title `' + text + '` (the headline stands on line ' + lineOf(blocks, headline) + '), expected content')
        continue
      }
      if (isPullQuote(blocks, index, text)) {
        // A pull quote repeats the article, but is also how some pages stress a line: a weaker cue.
        flag(block, 0.65, 'Unexpected pull quote `' + text + '` repeating a paragraph nearby, expected content')
      }
    }
  }
}

/**
 * Lines in copied runs: runs of consecutive non-blank lines that were all
 * seen before, holding `minCopiedParagraphs` long paragraphs. Such a run is
 * the text output twice, however often each line recurs; a line repeated
 * alone (the same dish in each day's meal plan) is not in one.
 *
 * @param blocks
 *   The tree's children.
 * @param repeated
 *   Whether each block was seen before.
 * @returns
 *   Indices of the lines in copied runs.
 */
function copiedRuns(blocks: readonly Block[], repeated: readonly boolean[]): Set<number> {
  const copied = new Set<number>()
  let run: number[] = []
  let paragraphs = 0

  /**
   * Keep the current run if it holds enough paragraphs, then start anew.
   *
   * @returns
   *   Nothing.
   */
  function close(): undefined {
    if (paragraphs >= minCopiedParagraphs) for (const index of run) copied.add(index)
    run = []
    paragraphs = 0
  }

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block
    if (block.blank) continue
    if (!repeated[index]) {
      close()
      continue
    }
    run.push(index)
    if (block.value.trim().length >= minCopiedParagraph) paragraphs++
  }
  close()
  return copied
}

/**
 * Lines repeated as part of a recurring structure: in runs of consecutive
 * non-blank lines, each short (no key) or seen before, the lines shorter than
 * a paragraph, when `minRecurringLines` different ones are seen 3+ times and no
 * other rule calls them noise. A meal plan repeats its dishes day after day, a deals post the
 * features of each product: a line seen twice among them is structure too,
 * not a headline.
 *
 * @param blocks
 *   The tree's children.
 * @param keys
 *   The hash key of each block.
 * @param repeated
 *   Whether each block was seen before.
 * @param counts
 *   Keys and how often each occurs.
 * @returns
 *   Indices of the repeated lines in such runs.
 */
function structuredRuns(
  blocks: readonly Block[],
  keys: ReadonlyArray<string | undefined>,
  repeated: readonly boolean[],
  counts: ReadonlyMap<string, number>
): Set<number> {
  const structured = new Set<number>()
  let run: number[] = []
  const recurring = new Set<string>()

  /**
   * Keep the current run if it holds enough recurring lines, then start anew.
   *
   * @returns
   *   Nothing.
   */
  function close(): undefined {
    if (recurring.size >= minRecurringLines) for (const index of run) structured.add(index)
    run = []
    recurring.clear()
  }

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block
    if (block.blank) continue
    const key = keys[index]
    if (key === undefined) continue
    if (!repeated[index]) {
      close()
      continue
    }
    // A paragraph seen again is a copy (or a gallery's caption), whatever surrounds it.
    if (block.value.trim().length >= minCopiedParagraph) continue
    run.push(index)
    // A photo credit under each picture of a gallery recurs too, but is noise, not structure.
    if ((counts.get(key) ?? 0) > maxHeadlineRepeats && strongestNoise(block) === undefined) recurring.add(key)
  }
  close()
  return structured
}

/**
 * The hash key of a line: its folded text for lines a title could repeat, its
 * trimmed text for long paragraphs (folding them costs more than it finds);
 * `undefined` for lines too short to be duplicates.
 *
 * @param block
 *   A block.
 * @returns
 *   The key.
 */
function lineKey(block: Block): string | undefined {
  if (block.blank) return undefined
  const {text} = blockText(block)
  if (text.length > maxTitleLength) return '\u0000' + text
  const {normalized, wordCount} = foldBlock(block)
  if (normalized.length < minLength || wordCount < minWords) return undefined
  return normalized
}

/**
 * Where the headline of a `<title>`-form line stands, if it stands elsewhere:
 * `Iraq prepares … – PM – The Zimbabwe Mail` finds the line `Iraq prepares … – PM`.
 *
 * @param text
 *   The trimmed line.
 * @param firstSeen
 *   Folded lines and where each was first seen.
 * @param index
 *   Index of the line itself.
 * @returns
 *   Index of the headline line, or `undefined`.
 */
function titleHeadline(text: string, firstSeen: ReadonlyMap<string, number>, index: number): number | undefined {
  if (!anySeparator.test(text)) return undefined
  let end = text.length
  for (let tries = 0; tries < maxSeparators; tries++) {
    const cut = lastSeparator(text, end)
    if (cut <= 0) return undefined
    const width = separatorWidth(text, cut)
    const site = text.slice(cut + width)
    if (countWords(normalizeLine(site)) > maxSiteWords) return undefined
    const seen = firstSeen.get(normalizeLine(text.slice(0, cut)))
    if (seen !== undefined && seen !== index) return seen
    end = cut
  }
  return undefined
}

/**
 * Where the rightmost separator starting before `end` stands: one backward
 * pass over the char codes instead of one search per separator.
 *
 * @param text
 *   The trimmed line.
 * @param end
 *   Separators must start before this index.
 * @returns
 *   Index of the separator, or `-1` without one after the first character.
 */
function lastSeparator(text: string, end: number): number {
  for (let at = end - 1; at > 0; at--) {
    if (text.charCodeAt(at) === space && isSeparatorSecond(text.charCodeAt(at + 1)) && separatorWidth(text, at) > 0) {
      return at
    }
  }
  return -1
}

/**
 * Whether a char code is the second character of a separator.
 *
 * @param code
 *   A char code (`NaN` past the end).
 * @returns
 *   Whether it is in `separatorSeconds`.
 */
function isSeparatorSecond(code: number): boolean {
  return code < 0x80 ? asciiSeparatorSeconds[code] === 1 : separatorSeconds.has(code)
}

/**
 * Length of the separator starting at an index.
 *
 * @param text
 *   The line.
 * @param at
 *   Where a separator may start.
 * @returns
 *   Its length, or `0` when none starts there.
 */
function separatorWidth(text: string, at: number): number {
  for (const separator of separators) {
    if (text.startsWith(separator, at)) return separator.length
  }
  return 0
}

/**
 * Whether a line is a pull quote: in quote marks, and its words stand in a
 * longer paragraph nearby.
 *
 * @param blocks
 *   The tree's children.
 * @param index
 *   Index of the line.
 * @param text
 *   The trimmed line.
 * @returns
 *   Whether it is.
 */
function isPullQuote(blocks: readonly Block[], index: number, text: string): boolean {
  if (!quoteMarks.has(text.charAt(0))) return false
  let start = 0
  let end = text.length
  while (start < end && quoteMarks.has(text.charAt(start))) start++
  while (end > start && quoteMarks.has(text.charAt(end - 1))) end--
  const inner = text.slice(start, end).trim()
  if (inner.length < minPullQuote || countWords(normalizeLine(inner)) > maxPullQuoteWords) return false
  const from = Math.max(0, index - pullQuoteReach)
  const to = Math.min(blocks.length - 1, index + pullQuoteReach)
  for (let other = from; other <= to; other++) {
    const block = blocks[other] as Block
    if (other === index || block.blank || block.value.length <= text.length) continue
    if (block.value.includes(inner)) return true
  }
  return false
}

/**
 * The 1-based line of a block, for reasons.
 *
 * @param blocks
 *   The tree's children.
 * @param index
 *   Index of the block.
 * @returns
 *   Its line.
 */
function lineOf(blocks: readonly Block[], index: number): number {
  return blocks[index]?.position.start.line ?? index + 1
}

/** The rule record. */
export const repeatedHeadline: Rule = {
  id: 'repeated-headline',
  kind: 'duplicate',
  stage: 'context',
  languages: ['*'],
  description:
    'A line of some length seen before (the first stays; a line recurring 3+ times, or seen twice among ' +
    'different recurring lines, only weakly, unless it is part of a copied run of 3+ long paragraphs), the ' +
    '`<title>` form of a headline that stands elsewhere (`<headline> – <Site Name>`), and a quoted pull quote ' +
    'repeating a paragraph nearby.',
  examples: {
    catch: [
      {
        context: [
          'Iraq moves to end the coalition mission after airstrike',
          '',
          'The Iraqi government is taking steps to end the mission of the international coalition in Iraq.',
          '',
          'Iraq moves to end the coalition mission after airstrike',
          '',
          'This development, announced by the office on Friday, follows an airstrike in Baghdad.'
        ],
        line: 4
      },
      {
        context: [
          'Iraq prepares to close down coalition’s mission – PM – The Daily Mail',
          '',
          'Iraq prepares to close down coalition’s mission – PM',
          '',
          'The Iraqi government is beginning the process to remove the coalition, the office said on Friday.'
        ],
        line: 0
      },
      {
        context: [
          'The minister spoke for an hour. “We will not leave before the job is done,” she told reporters at the base.',
          '',
          '“We will not leave before the job is done”',
          '',
          'Her visit was the first by a cabinet member since the attack on the base last month.'
        ],
        line: 2
      },
      {
        // The article output three times: a copied run, removed however often it recurs.
        context: [
          'The Iraqi government is taking steps to end the mission of the international coalition in Iraq, the office of the prime minister said on Friday evening.',
          'This development follows an airstrike in Baghdad that killed a commander, which the government called a violation of the sovereignty of the country.',
          'Talks with the coalition partners on a timetable for the withdrawal will begin next month, and the first troops could leave before the end of the year.',
          '',
          'The Iraqi government is taking steps to end the mission of the international coalition in Iraq, the office of the prime minister said on Friday evening.',
          'This development follows an airstrike in Baghdad that killed a commander, which the government called a violation of the sovereignty of the country.',
          'Talks with the coalition partners on a timetable for the withdrawal will begin next month, and the first troops could leave before the end of the year.',
          '',
          'The Iraqi government is taking steps to end the mission of the international coalition in Iraq, the office of the prime minister said on Friday evening.',
          'This development follows an airstrike in Baghdad that killed a commander, which the government called a violation of the sovereignty of the country.',
          'Talks with the coalition partners on a timetable for the withdrawal will begin next month, and the first troops could leave before the end of the year.'
        ],
        line: 9
      }
    ],
    keep: [
      {
        context: ['“Did you see it?”', '', 'Yes.', '', '“And then?”', '', 'Yes.', '', 'He never spoke of it again.'],
        line: 6
      },
      {
        context: [
          'Iraq prepares to close down coalition’s mission',
          '',
          'Iraq prepares to close down coalition’s mission – and what comes next for the region',
          '',
          'The Iraqi government is beginning the process to remove the coalition, the office said on Friday.'
        ],
        line: 2
      },
      {
        // The same question for each guest: the interview's structure, not a headline.
        context: [
          'What made you start cooking for an audience?',
          '',
          'My grandmother cooked for twelve every Sunday, and I wanted to keep her recipes alive.',
          '',
          'What made you start cooking for an audience?',
          '',
          'Friends kept asking for the recipes, so I began to write them down and post them.',
          '',
          'What made you start cooking for an audience?',
          '',
          'It started as a bet with my brother, who said nobody would read about soup.'
        ],
        line: 4
      },
      'Iraq – the long road home',
      '“We stress our firm position in ending the existence of the coalition,” Sudani was quoted as saying.'
    ]
  },
  plugin: decruftRepeatedHeadline
}
