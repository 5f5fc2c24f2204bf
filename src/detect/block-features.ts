/**
 * Per-block features for the block classifier: length, stop word density,
 * sentence shape, capitalisation, digits, link-like tokens. Computed once per
 * block value and cached on `block.data.cache`.
 */
import type {Block} from '../types.js'
import {countStopwords} from './language.js'
import {isWhiteSpaceCode} from './white-space.js'

/** What the classifier knows about one block on its own. */
export interface BlockFeatures {
  /** Characters of the trimmed text. */
  readonly characters: number
  /** Words (segmenter words for scripts without spaces). */
  readonly words: number
  /**
   * Length in Latin-text characters: `characters`, or for scripts without
   * spaces three per character, so thresholds mean the same amount of text.
   */
  readonly size: number
  /** Share of words that are stop words of the document language, 0–1. */
  readonly stopwordDensity: number
  /** Whether the text ends like a sentence (`.`, `!`, `?`, `…`, `。`, maybe then a quote). */
  readonly terminal: boolean
  /** Sentence ends inside the text followed by more text (`Yes. The …`). */
  readonly innerSentences: number
  /** Share of words that start with a capital letter, 0–1 (0 for uncased scripts). */
  readonly capitalized: number
  /** Share of characters that are digits, 0–1. */
  readonly digits: number
  /** URLs, e-mail addresses and menu separators (`|`, `»`, `•`, `·`). */
  readonly links: number
  /** Whether it has a copyright sign or notice. */
  readonly copyright: boolean
}

/** Sentence punctuation at the end, maybe followed by closing quotes or brackets. */
const terminalPattern = /[.!?…。！？؟][\p{Pf}\p{Pe}"'”’»)\]]{0,3}$/u

/** A sentence end followed by space and a new sentence (`said. The`). */
const innerSentencePattern = /[.!?…][\p{Pf}"'”’)]{0,2} {1,8}[\p{Lu}\p{Pi}"“‘(]|[。！？؟]\S/gu

/** A URL, `www.` address or e-mail address. */
const urlPattern = /\bhttps?:\/\/|\bwww\.|\w@\w/gi

/** A menu separator standing between spaces: `Home | News`, `Sport • Culture`. */
const separatorPattern = /(?:^| )[|•·] /gu

/**
 * A breadcrumb arrow or slash standing between spaces (`Home > News`): counted
 * only when there are two, since prose has one now and then (`a > b`, `« non » à`).
 */
const arrowPattern = /(?:^| )[»›>/] /gu

/** A copyright sign or notice. */
const copyrightPattern = /[©ⓒ]|\(c\) ?\d{4}|\bcopyright\b|all rights reserved/i

/** An upper-case letter, matched where `lastIndex` points. */
const capitalPattern = /\p{Lu}/uy

/** A cased letter (upper or lower), matched where `lastIndex` points. */
const casedPattern = /[\p{Lu}\p{Ll}]/uy

/** A decimal digit of any script, matched where `lastIndex` points. */
const digitPattern = /\p{Nd}/uy

/** The first decimal digit after ASCII (U+0660 ARABIC-INDIC DIGIT ZERO). */
const firstNonAsciiDigit = 0x660

/**
 * Start of a stretch of the BMP with no decimal digit, after U+1C59 OL CHIKI
 * DIGIT NINE: punctuation, symbols and CJK in it need no `digitPattern`.
 */
const digitGapStart = 0x1c5a

/** End of that stretch, before U+A620 VAI DIGIT ZERO. */
const digitGapEnd = 0xa61f

/**
 * The features of a block, cached on the block as long as its value does not
 * change.
 *
 * @param block
 *   A non-blank block.
 * @param language
 *   ISO 639-3 code of the document, or `und`.
 * @returns
 *   Its features.
 */
export function blockFeatures(block: Block, language: string): BlockFeatures {
  const cache = ((block.data ??= {}).cache ??= {})
  const cached = cache['classifierFeatures'] as {value: string; language: string; features: BlockFeatures} | undefined
  if (cached && cached.value === block.value && cached.language === language) return cached.features
  const features = computeFeatures(block.value.trim(), language)
  cache['classifierFeatures'] = {value: block.value, language, features}
  return features
}

/**
 * Compute the features of a text.
 *
 * @param text
 *   Trimmed text of a block.
 * @param language
 *   ISO 639-3 code of the document, or `und`.
 * @returns
 *   Its features.
 */
export function computeFeatures(text: string, language: string): BlockFeatures {
  const characters = text.length
  const {words, stopwords, unspaced} = countStopwords(text, language)

  const {capitals, cased, digits} = countCharacters(text)
  return {
    characters,
    words,
    size: unspaced ? characters * 3 : characters,
    stopwordDensity: words === 0 ? 0 : stopwords / words,
    terminal: terminalPattern.test(text),
    innerSentences: count(text, innerSentencePattern),
    capitalized: cased === 0 ? 0 : capitals / cased,
    digits: characters === 0 ? 0 : digits / characters,
    links: count(text, urlPattern) + (isTableRow(text) ? 0 : count(text, separatorPattern)) + arrows(text),
    copyright: copyrightPattern.test(text)
  }
}

/**
 * Count, in one pass over a text without building a word list: its decimal
 * digits (`\p{Nd}`, any script), the space-separated words (as
 * `text.split(/\s+/u)` cuts them) that start with a cased letter, and those
 * of them that start with a capital. Patterns are asked only about
 * characters that ASCII checks and ranges cannot answer.
 *
 * @param text
 *   Trimmed text.
 * @returns
 *   Words starting with a capital, with any cased letter, and digits (code points).
 */
function countCharacters(text: string): {capitals: number; cased: number; digits: number} {
  let capitals = 0
  let cased = 0
  let digits = 0
  let atStart = true
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < firstNonAsciiDigit) {
      if (code >= 0x30 && code <= 0x39) digits++
    } else if ((code < digitGapStart || code > digitGapEnd) && (code < 0xdc00 || code > 0xdfff)) {
      // A lone trailing surrogate is never a digit; a leading one is tested as its pair.
      digitPattern.lastIndex = index
      if (digitPattern.test(text)) digits++
    }
    if (isWhiteSpaceCode(code)) {
      atStart = true
      continue
    }
    if (!atStart) continue
    atStart = false
    if (code < 0x80) {
      // ASCII: only A-Z and a-z are cased.
      if (code >= 0x41 && code <= 0x5a) {
        cased++
        capitals++
      } else if (code >= 0x61 && code <= 0x7a) {
        cased++
      }
      continue
    }
    casedPattern.lastIndex = index
    if (!casedPattern.test(text)) continue
    cased++
    capitalPattern.lastIndex = index
    if (capitalPattern.test(text)) capitals++
  }
  return {capitals, cased, digits}
}

/**
 * Whether a line is a table row or cell as extractors write tables
 * (`| 1 | Kyle Busch | 5040 |`, or one cell a line: `63 |`): its bars are
 * cell borders, not menu separators (`Home | News | Sport`).
 *
 * @param text
 *   Trimmed text.
 * @returns
 *   Whether it is framed by bars, or ends in its only bar.
 */
function isTableRow(text: string): boolean {
  if (!text.endsWith('|')) return false
  return text.startsWith('|') || (text.endsWith(' |') && text.indexOf('|') === text.length - 1)
}

/**
 * Count breadcrumb arrows, when there are at least two and no `«` opens a quote.
 *
 * @param text
 *   Text.
 * @returns
 *   How many count as link-like.
 */
function arrows(text: string): number {
  const found = count(text, arrowPattern)
  return found >= 2 && !text.includes('«') ? found : 0
}

/**
 * Count the matches of a global pattern.
 *
 * @param text
 *   Text.
 * @param pattern
 *   A pattern with the `g` flag.
 * @returns
 *   How many times it matches.
 */
function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0
  let total = 0
  while (pattern.exec(text) !== null) total++
  return total
}
