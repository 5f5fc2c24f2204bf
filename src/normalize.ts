/**
 * Text normalisation shared by detectors.
 */
import {countWords} from './detect/lexicon-set.js'
import type {Block} from './types.js'

/** Runs of anything but letters, marks and digits. */
const nonWordRun = /[^\p{L}\p{M}\p{N}]+/gu

/**
 * A line of printable ASCII and typographic quotes and dashes (`’ ‘ “ ” – —`)
 * only: NFKC leaves it as is, and the quotes and dashes fold to spaces.
 */
const printableAscii = /^[\x20-\x7e\u2013\u2014\u2018\u2019\u201c\u201d]*$/

/** Runs of anything but ASCII letters and digits (for `printableAscii` lines, after lower-casing). */
const asciiNonWordRun = /[^a-z\d]+/g

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
  // Same result, a third faster: no marks, nothing NFKC changes, no letters beyond ASCII.
  if (printableAscii.test(text)) return text.toLowerCase().replace(asciiNonWordRun, ' ').trim()
  return text.normalize('NFKC').toLowerCase().replace(dottedI, 'i').replace(nonWordRun, ' ').trim()
}

/**
 * The words of a folded line.
 *
 * @param normalized
 *   Output of `normalizeLine`.
 * @returns
 *   Its words (empty for an empty line).
 */
export function foldedWords(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ')
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
