/**
 * Text normalisation shared by detectors.
 */
import {isAsciiDigit, isAsciiLower, isAsciiUpper} from './ascii.js'
import {countWords} from './detect/lexicon-set.js'
import type {Block} from './types.js'

/** Runs of anything but letters, marks and digits. */
const nonWordRun = /[^\p{L}\p{M}\p{N}]+/gu

/**
 * Longest line folded by `foldPrintableAscii`: its code units go to
 * `String.fromCharCode` as arguments, and engines cap the argument count.
 */
const asciiLineLimit = 4096

/** Where `foldPrintableAscii` writes the folded code units, reused line after line. */
const foldedCodes = new Uint16Array(asciiLineLimit)

/**
 * Views of the first N code units of `foldedCodes`, by N, made the first time
 * a fold has that length: a new view per line would be an object per line.
 */
const foldedViews: Uint16Array[] = []

/** `i` plus the combining dot that lower-casing Turkish `İ` leaves (`İlgili` -> `i̇lgili`). */
const dottedI = /i\u0307/gu

/**
 * Fold a line for lexicon look-ups: NFKC, lower case, every run of
 * punctuation, symbols and spaces made one space, trimmed.
 *
 * @param text
 *   A line.
 * @returns
 *   The folded line.
 * @example
 *   normalizeLine('  Abone Ol google-news!') //=> 'abone ol google news'
 */
export function normalizeLine(text: string): string {
  return (
    foldPrintableAscii(text) ??
    text.normalize('NFKC').toLowerCase().replace(dottedI, 'i').replace(nonWordRun, ' ').trim()
  )
}

/**
 * Fold a line of printable ASCII and typographic quotes and dashes
 * (`’ ‘ “ ” – —`), nine lines in ten, in one scan instead of four passes and
 * three strings: NFKC leaves such a line as it is, `A`–`Z` lower-case one by
 * one, and every run of anything but `a`–`z` and `0`–`9` is one space.
 *
 * @param text
 *   A line.
 * @returns
 *   `normalizeLine(text)`, or `undefined` for a line with another character
 *   or longer than `asciiLineLimit`.
 */
function foldPrintableAscii(text: string): string | undefined {
  if (text.length > asciiLineLimit) return undefined
  let length = 0
  let spaceBefore = false
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index)
    if (isAsciiLower(code) || isAsciiDigit(code)) {
      // A lower-case letter or digit: kept.
    } else if (isAsciiUpper(code)) {
      code += 0x20
    } else if ((code >= 0x20 && code <= 0x7e) || isTypographicMark(code)) {
      // One space between words, none before the first or after the last.
      spaceBefore = length > 0
      continue
    } else {
      return undefined
    }
    if (spaceBefore) {
      foldedCodes[length++] = 0x20
      spaceBefore = false
    }
    foldedCodes[length++] = code
  }
  const view = (foldedViews[length] ??= foldedCodes.subarray(0, length))
  return String.fromCharCode.apply(null, view as unknown as number[])
}

/**
 * Whether a code unit is a curly quote or a dash (`’ ‘ “ ” – —`).
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it is one of the six.
 */
function isTypographicMark(code: number): boolean {
  return code === 0x2013 || code === 0x2014 || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d
}

/**
 * What detectors read of a block's text: trimmed, and folded by
 * `normalizeLine` with its word count once a detector asks. Kept on the block
 * as plain data (the tree stays free of cycles) and made again when the
 * block's value changed (an edit cut a tracking call).
 */
export interface BlockText {
  /** The `block.value` it was made from. */
  readonly from: string
  /** The value, trimmed. */
  readonly text: string
  /** Whether `normalized` and `wordCount` are filled in: a line longer than a rule reads is never folded. */
  folded: boolean
  /** `normalizeLine(from)`, once folded. */
  normalized: string
  /** `countWords(normalized)`, once folded. */
  wordCount: number
}

/**
 * The folded text of a block, computed once per block value and cached on the
 * block, since every line detector asks for it.
 *
 * @param block
 *   A block.
 * @returns
 *   `normalizeLine(block.value)`.
 */
export function blockNormalized(block: Block): string {
  return foldBlock(block).normalized
}

/**
 * The trimmed text of a block, cached on the block with room for its folded
 * text (`foldBlock`), so it is trimmed once, not once per rule.
 *
 * @param block
 *   A block.
 * @returns
 *   Its text, folded or not yet.
 */
export function blockText(block: Block): BlockText {
  const cache = ((block.data ??= {}).cache ??= {})
  let text = cache['text'] as BlockText | undefined
  if (text === undefined || text.from !== block.value) {
    text = {from: block.value, text: block.value.trim(), folded: false, normalized: '', wordCount: 0}
    cache['text'] = text
  }
  return text
}

/**
 * The folded text of a block and its word count, cached on the block and made
 * again when the block's value changed: every line detector bounds its work by
 * the word count, so it is counted once per block, not once per rule.
 *
 * @param block
 *   A block.
 * @returns
 *   Its text, folded.
 */
export function foldBlock(block: Block): BlockText {
  const text = blockText(block)
  if (!text.folded) {
    text.normalized = normalizeLine(text.from)
    text.wordCount = countWords(text.normalized)
    text.folded = true
  }
  return text
}
