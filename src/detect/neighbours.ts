/**
 * Helpers for context detectors: find a block's neighbours and read the
 * evidence the rules before them left.
 */
import {foldBlock} from '../normalize.js'
import type {Block, Evidence, NoiseKind} from '../types.js'

/**
 * Index of the next non-blank block after `index`.
 *
 * @param blocks
 *   The tree's children.
 * @param index
 *   Where to start (exclusive).
 * @returns
 *   The index, or `-1` when there is none.
 */
export function nextContent(blocks: readonly Block[], index: number): number {
  for (let after = index + 1; after < blocks.length; after++) {
    if (blocks[after]?.blank === false) return after
  }
  return -1
}

/**
 * Index of the previous non-blank block before `index`.
 *
 * @param blocks
 *   The tree's children.
 * @param index
 *   Where to start (exclusive).
 * @returns
 *   The index, or `-1` when there is none.
 */
export function previousContent(blocks: readonly Block[], index: number): number {
  for (let before = index - 1; before >= 0; before--) {
    if (blocks[before]?.blank === false) return before
  }
  return -1
}

/**
 * The most confident noise evidence on a block, optionally of one kind.
 *
 * @param block
 *   A block (or `undefined`).
 * @param kind
 *   Only evidence of this kind (default: any).
 * @returns
 *   The evidence, or `undefined`.
 */
export function strongestNoise(block: Block | undefined, kind?: NoiseKind): Evidence | undefined {
  let best: Evidence | undefined
  for (const item of block?.data?.evidence ?? []) {
    if (item.label !== 'noise' || (kind !== undefined && item.kind !== kind)) continue
    if (best === undefined || item.confidence > best.confidence) best = item
  }
  return best
}

/**
 * Whether a non-blank block reads as prose (`isProse`), from its cached
 * trimmed and folded text.
 *
 * @param block
 *   A non-blank block.
 * @returns
 *   Whether it is prose.
 */
export function isProseBlock(block: Block): boolean {
  const {text, wordCount} = foldBlock(block)
  return isProse(text, wordCount)
}

/**
 * Whether a line reads as prose: long, or a full sentence of some length.
 *
 * @param text
 *   The trimmed line.
 * @param words
 *   Its word count.
 * @returns
 *   Whether it is prose.
 */
export function isProse(text: string, words: number): boolean {
  if (words >= 20) return true
  return words >= 8 && endsSentence(text)
}

/**
 * Whether a line ends like a sentence (`.`, `!`, `?`, `…`, also before a
 * closing quote or bracket).
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Whether it does.
 */
function endsSentence(text: string): boolean {
  return terminators.has(finalCharacter(text))
}

/**
 * The last character of a line before any closing quotes and brackets:
 * `said.”` -> `.`.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   That character (`''` for an empty line).
 */
export function finalCharacter(text: string): string {
  let end = text.length - 1
  while (end > 0 && closers.has(text.charAt(end))) end--
  return text.charAt(end)
}

/** Closing quotes and brackets that may follow a sentence's final stop. */
const closers = new Set(['"', "'", '’', '”', '»', ')', ']', '›'])

/** Characters that end a sentence. */
const terminators = new Set(['.', '!', '?', '…', '。', '！', '？'])
