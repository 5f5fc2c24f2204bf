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

/** A block's folded text and its word count, for the value it was folded from. */
export interface FoldedBlock {
  /** The `block.value` it was computed from. */
  readonly from: string
  /** `normalizeLine(from)`. */
  readonly normalized: string
  /** `countWords(normalized)`. */
  readonly wordCount: number
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
 * The folded text of a block and its word count, cached on the block and made
 * again when the block's value changed: every line detector bounds its work by
 * the word count, so it is counted once per block, not once per rule.
 *
 * @param block
 *   A block.
 * @returns
 *   Its folded text and word count.
 */
export function foldBlock(block: Block): FoldedBlock {
  const cache = ((block.data ??= {}).cache ??= {})
  let folded = cache['folded'] as FoldedBlock | undefined
  if (folded === undefined || folded.from !== block.value) {
    const normalized = normalizeLine(block.value)
    folded = {from: block.value, normalized, wordCount: countWords(normalized)}
    cache['folded'] = folded
  }
  return folded
}
