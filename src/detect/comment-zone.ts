/**
 * Detector for reader-comment threads after an article: a heading that
 * opens one (`Top Rated Comments`, `[ 167 comments ]`, `Leserkommentare`)
 * and everything after it. Comments are prose, so the heading is the cue; a
 * bare `Comments` (a menu link) opens no thread, and a heading with little
 * prose before it (a count under a headline) is only chrome.
 */
import type {VFile} from 'vfile'
import {isAsciiDigit} from '../ascii.js'
import {addEvidence} from '../edit.js'
import {commentCountNouns, commentHeadings} from '../lexicon/comments.js'
import {blockNormalized, foldBlock} from '../normalize.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Root} from '../types.js'
import {lexiconSet} from './lexicon-set.js'
import {isProse, isProseBlock} from './neighbours.js'

/** Longest comment heading, in characters (`[ 1,204 comments ]`). */
const maxHeadingLength = 40

/**
 * Most prose after a comment heading, as a multiple of the prose before it
 * (the dev set's threads run to 5.2x; a 1 MB text of many pages in a row is
 * past 100x).
 */
const maxThreadShare = 8

/** Prose lines the article must have before a heading for the rest to be a thread. */
const minArticleLines = 3

const headings = lexiconSet(commentHeadings)
const countNouns = lexiconSet(commentCountNouns)

/** A count: digits, maybe with a separator (`1,204`), folded. */
const count = /^\d{1,3}(?: \d{3}){0,3}$/u

/**
 * Unified plugin that marks a comment thread after an article as noise. A
 * context rule: it reads the whole document.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftCommentZone(options?: RuleSettings | null) {
  const override = options?.confidence ?? undefined

  return function (tree: Root, _file: VFile): undefined {
    const blocks = tree.children
    let prose: Float64Array | undefined
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as Block
      if (block.blank) continue
      const text = block.value.trim()
      if (text.length > maxHeadingLength) continue
      const heading = headingKind(blockNormalized(block))
      if (heading === undefined) continue
      const reason = 'Unexpected comment heading `' + text + '`, expected content'
      addEvidence(block, {ruleId: 'comment-zone', label: 'noise', kind: 'ui', confidence: override ?? 0.85, reason})
      // `0 comments` heads no thread; a count under a headline comes before the article.
      if (heading === 'empty' || !hasArticleBefore(blocks, index)) continue
      prose ??= proseSums(blocks)
      if (!endsDocument(prose, index)) continue
      flagThread(blocks, index, text, override)
      return
    }
  }
}

/**
 * Whether `minArticleLines` prose lines stand before a heading.
 *
 * @param blocks
 *   The tree's children.
 * @param index
 *   Index of the heading.
 * @returns
 *   Whether they do.
 */
function hasArticleBefore(blocks: readonly Block[], index: number): boolean {
  let proseLines = 0
  for (let before = 0; before < index && proseLines < minArticleLines; before++) {
    const block = blocks[before] as Block
    if (!block.blank && isProseBlock(block)) proseLines++
  }
  return proseLines >= minArticleLines
}

/**
 * Characters of prose lines before each block, and in all (the last entry):
 * prefix sums, so any heading's balance is read in constant time.
 *
 * @param blocks
 *   The tree's children.
 * @returns
 *   `sums[i]` is the prose before block `i`; `sums[blocks.length]` all of it.
 */
function proseSums(blocks: readonly Block[]): Float64Array {
  const sums = new Float64Array(blocks.length + 1)
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block
    let size = 0
    if (!block.blank) {
      const {text, wordCount} = foldBlock(block)
      if (isProse(text, wordCount)) size = text.length
    }
    sums[index + 1] = (sums[index] ?? 0) + size
  }
  return sums
}

/**
 * Whether the text after a heading can be one thread ending the document: at
 * most `maxThreadShare` times the prose before it. A heading followed by far
 * more prose opens more than a thread (a page of several articles, a corpus
 * record of many pages); a later heading is tried instead.
 *
 * @param sums
 *   Prose before each block (`proseSums`).
 * @param index
 *   Index of the heading.
 * @returns
 *   Whether it can.
 */
function endsDocument(sums: Float64Array, index: number): boolean {
  const before = sums[index] ?? 0
  const after = (sums[sums.length - 1] ?? 0) - (sums[index + 1] ?? 0)
  return after <= maxThreadShare * before
}

/**
 * Flag every line after a comment heading.
 *
 * @param blocks
 *   The tree's children.
 * @param index
 *   Index of the heading.
 * @param heading
 *   The heading's text, for reasons.
 * @param override
 *   Confidence from the settings, if any.
 * @returns
 *   Nothing.
 */
function flagThread(blocks: readonly Block[], index: number, heading: string, override: number | undefined): undefined {
  for (let next = index + 1; next < blocks.length; next++) {
    const block = blocks[next] as Block
    if (block.blank) continue
    addEvidence(block, {
      ruleId: 'comment-zone',
      label: 'noise',
      kind: 'boilerplate',
      confidence: override ?? 0.8,
      reason: 'Unexpected reader comment `' + block.value.trim() + '` under `' + heading + '`, expected content'
    })
  }
}

/**
 * What kind of comment heading a folded line is: `thread` (`top rated
 * comments`, `167 comments`, `comments 167`), `empty` (`0 comments`), or
 * `undefined`.
 *
 * @param normalized
 *   The folded line (brackets and punctuation are gone: `[ 167 comments ]`
 *   is `167 comments`).
 * @returns
 *   The kind, or `undefined`.
 */
function headingKind(normalized: string): 'thread' | 'empty' | undefined {
  if (headings.has(normalized)) return 'thread'
  // Most short lines hold no count: look at the ends before slicing.
  if (!isAsciiDigit(normalized.charCodeAt(0)) && !isAsciiDigit(normalized.charCodeAt(normalized.length - 1))) return undefined
  const first = normalized.indexOf(' ')
  const last = normalized.lastIndexOf(' ')
  if (first === -1) return undefined
  // `167 comments`, `comments 167` (from `Comments (167)`).
  let number: string | undefined
  if (countNouns.has(normalized.slice(last + 1))) number = normalized.slice(0, last)
  else if (countNouns.has(normalized.slice(0, first))) number = normalized.slice(first + 1)
  if (number === undefined || !count.test(number)) return undefined
  return number === '0' ? 'empty' : 'thread'
}

/** The rule record. */
export const commentZone: Rule = {
  id: 'comment-zone',
  kind: 'boilerplate',
  stage: 'context',
  languages: ['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'tr', 'zh'],
  description:
    'A reader-comment heading (`Top Rated Comments`, `[ 167 comments ]`, `Leserkommentare`) and, when 3+ prose ' +
    'lines stand before it, every line after it; a bare `Comments` (a menu link) is left to `ui-chrome`.',
  examples: {
    catch: [
      'Top Rated Comments',
      '[ 167 comments ]',
      '12 Kommentare',
      'Commentaires des lecteurs',
      '网友评论',
      'コメント一覧',
      '전체 댓글',
      {
        context: [
          'The regional council approved the new flood plan on Tuesday after a long debate about its cost.',
          'Work on the embankments is expected to start in the spring and to last at least three years.',
          'Opponents said the plan leaves the farms in the valley exposed to the next flood, and will appeal.',
          '',
          'Top Rated Comments',
          '',
          'I live by the river and this plan is the first one that takes our street seriously. About time.'
        ],
        line: 6
      }
    ],
    keep: [
      'Comments from the public will be heard on Tuesday.',
      '167 comments were sent to the council before the vote.',
      {
        // Under a headline, before the article: a count, not a thread.
        context: [
          'Council approves the new flood plan',
          '',
          '3 comments',
          '',
          'The regional council approved the new flood plan on Tuesday after a long debate about its cost.'
        ],
        line: 4
      }
    ]
  },
  plugin: decruftCommentZone
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {count}
