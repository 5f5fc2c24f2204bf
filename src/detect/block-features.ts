/**
 * Per-block features for the block classifier: length, stop word density,
 * sentence shape, capitalisation, digits, link-like tokens, computed in one
 * scan of the block's characters (and a few patterns where it saw what they
 * need).
 */
import {isAsciiDigit, isAsciiLower, isAsciiUpper} from '../ascii.js'
import {
  countStopwords,
  isLowerCasedStopwordAt,
  isStopwordAt,
  stopwordLookupOf,
  type StopwordLookup
} from './language.js'
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
 * Compute the features of a text.
 *
 * @param text
 *   Trimmed text of a block.
 * @param language
 *   ISO 639-3 code of the document, or `und`.
 * @param source
 *   A string that holds `text` at `offset`, read by the character scan
 *   (default: `text`). The classifier passes its blocks joined into one
 *   string: a block's value is a slice of the page, and a scan reads a
 *   slice's code units 1.5 times slower than a flat string's.
 * @param offset
 *   Where `text` starts in `source` (default: `0`).
 * @returns
 *   Its features.
 */
export function computeFeatures(text: string, language: string, source = text, offset = 0): BlockFeatures {
  const characters = text.length
  const scan = scanText(source, offset, offset + characters, stopwordLookupOf(language))
  // A line of ASCII, Latin-1, curly quotes and dashes (most lines) has its
  // words counted by the scan; others need the general count.
  const {words, stopwords, unspaced} = scan.latin ? scan : countStopwords(text, language)
  const {capitals, cased, digits} = scan
  // The patterns run only where the scan saw what each needs: most lines
  // have no URL, separator, arrow or copyright notice.
  const separators = scan.separators === 0 || isTableRow(text) ? 0 : count(text, separatorPattern)
  return {
    characters,
    words,
    size: unspaced ? characters * 3 : characters,
    stopwordDensity: words === 0 ? 0 : stopwords / words,
    terminal: endsLikeSentence(text),
    innerSentences: scan.sentenceEnds ? count(text, innerSentencePattern) : 0,
    capitalized: cased === 0 ? 0 : capitals / cased,
    digits: characters === 0 ? 0 : digits / characters,
    links: (scan.address ? count(text, urlPattern) : 0) + separators + (scan.arrows >= 2 ? arrows(text) : 0),
    copyright: scan.copyright && copyrightPattern.test(text)
  }
}

/** What one pass over a block's text finds. */
interface TextScan {
  /** Words (space-separated, as `text.split(/\s+/u)` cuts them) starting with a capital. */
  readonly capitals: number
  /** Words starting with any cased letter. */
  readonly cased: number
  /** Decimal digits (code points of `\p{Nd}`). */
  readonly digits: number
  /**
   * Whether the text is only ASCII, Latin-1 (U+0080–U+00FF), curly quotes
   * and dashes: then `words` and `stopwords` are its counts.
   */
  readonly latin: boolean
  /** Words, as `countStopwords` counts them (only when `latin`). */
  readonly words: number
  /** Stop words among them (only when `latin`). */
  readonly stopwords: number
  /** Whether it is in a script without spaces: never, when `latin`. */
  readonly unspaced: false
  /** Whether `urlPattern` may match: it has `@`, `://` or `www.`. */
  readonly address: boolean
  /** Separators (`|`, `•`, `·`) followed by a space: at least the matches of `separatorPattern`. */
  readonly separators: number
  /** Arrows and slashes (`»`, `›`, `>`, `/`) followed by a space: at least the matches of `arrowPattern`. */
  readonly arrows: number
  /** Whether `innerSentencePattern` may match: a sentence end with a space soon after, or a CJK one before more text. */
  readonly sentenceEnds: boolean
  /** Whether `copyrightPattern` may match: `©`, `ⓒ`, `(c)`, `yrig` or `ts r` (letters in any case). */
  readonly copyright: boolean
}

/** Kind of an ASCII code unit for `scanText`: a sign or a control. */
const otherKind = 0

/** Kind: a lower-case letter, `a`–`z`. */
const letterKind = 1

/** Kind: a capital, `A`–`Z`. */
const capitalKind = 2

/** Kind: a digit, `0`–`9`. */
const digitKind = 3

/** Kind: white space (`\t` to `\r`, space). */
const spaceKind = 4

/** The kind of each ASCII code unit. */
const asciiKinds = new Uint8Array(0x80).map((_, code) => {
  if (isAsciiLower(code)) return letterKind
  if (isAsciiUpper(code)) return capitalKind
  if (isAsciiDigit(code)) return digitKind
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return spaceKind
  return otherKind
})

/** `www.` as `recent` holds it: four ASCII code units, one per byte. */
const wwwDot = 0x77_77_77_2e

/** `://` as the low three bytes of `recent`. */
const schemeEnd = 0x3a_2f_2f

/** `(c)` as the low three bytes of `recent`. */
const copyrightSign = 0x28_63_29

/** `yrig`, from `copyright`. */
const copyrightWord = 0x79_72_69_67

/** `ts r`, from `all rights reserved`. */
const reservedWords = 0x74_73_20_72

/**
 * Count, in one pass over a stretch of a text: its decimal digits (`\p{Nd}`, any
 * script); the space-separated words that start with a cased letter and
 * those that start with a capital; for a line of ASCII, Latin-1, curly
 * quotes and dashes, its words and stop words as `countStopwords` counts
 * them (the runs from the first to the last letter or digit of each token);
 * and what
 * the link, separator, sentence and copyright patterns need to match, so
 * most lines skip them. Patterns are asked only about characters that ASCII
 * checks and ranges cannot answer.
 *
 * @param text
 *   Text.
 * @param start
 *   Where the stretch (a trimmed block) starts.
 * @param end
 *   Where it ends (exclusive).
 * @param lookup
 *   Stop words of the document language.
 * @returns
 *   The counts.
 */
function scanText(text: string, start: number, end: number, lookup: StopwordLookup): TextScan {
  let capitals = 0
  let cased = 0
  let digits = 0
  let latin = true
  let words = 0
  let stopwords = 0
  let wordStart = -1
  let wordEnd = -1
  // Whether the word has a Latin-1 letter (`été`): looked up lower-cased.
  let latinWord = false
  let address = false
  let separators = 0
  let arrowCount = 0
  let sentenceEnds = false
  let copyright = false
  let atStart = true
  // The last four ASCII code units, letters lower-cased, one per byte (0
  // after any other character): `www.`, `://`, `(c)` and `yrig` as numbers.
  let recent = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      // By kind, the commonest first: a lower-case letter, a space, a capital.
      const kind = asciiKinds[code]
      if (kind === letterKind || kind === capitalKind) {
        const folded = code | 0x20
        recent = (recent << 8) | folded
        if (wordStart === -1) wordStart = index
        if (atStart) {
          atStart = false
          cased++
          if (kind === capitalKind) capitals++
        }
        if ((folded === 0x67 && recent === copyrightWord) || (folded === 0x72 && recent === reservedWords)) copyright = true
        // The lower-case letters after it (most of any text) only move
        // `recent` and the word's end: read them in a loop of their own.
        let next = index + 1
        while (next < end) {
          const following = text.charCodeAt(next)
          if (!isAsciiLower(following)) break
          recent = (recent << 8) | following
          if ((following === 0x67 && recent === copyrightWord) || (following === 0x72 && recent === reservedWords)) copyright = true
          next++
        }
        wordEnd = next
        index = next - 1
        continue
      }
      recent = (recent << 8) | code
      if (kind === spaceKind) {
        atStart = true
        if (wordStart !== -1) {
          words++
          if (isStopwordIn(lookup, text, wordStart, wordEnd, latinWord)) stopwords++
          wordStart = -1
          latinWord = false
        }
        continue
      }
      atStart = false
      if (kind === digitKind) {
        digits++
        if (wordStart === -1) wordStart = index
        wordEnd = index + 1
      } else if (code === 0x40) address = true
      else if (code === 0x2e || code === 0x21 || code === 0x3f) {
        if (recent === wwwDot) address = true
        if (hasSpaceSoon(text, index)) sentenceEnds = true
      } else if (code === 0x2f) {
        if ((recent & 0xff_ff_ff) === schemeEnd) address = true
        if (text.charCodeAt(index + 1) === 0x20) arrowCount++
      } else if (code === 0x3e) {
        if (text.charCodeAt(index + 1) === 0x20) arrowCount++
      } else if (code === 0x7c) {
        if (text.charCodeAt(index + 1) === 0x20) separators++
      } else if (code === 0x29) {
        if ((recent & 0xff_ff_ff) === copyrightSign) copyright = true
      }
      continue
    }
    recent = 0
    if (latin) {
      if (code > 0xff) {
        if (!isTypographicMark(code)) latin = false
      } else if (isLatinWordCode(code)) {
        // A letter or number of Latin-1 (`é`, `ß`, `²`) is part of the word.
        if (wordStart === -1) wordStart = index
        wordEnd = index + 1
        latinWord = true
      } else if (code === 0xa0 && wordStart !== -1) {
        // A no-break space ends the word as a space does.
        words++
        if (isStopwordIn(lookup, text, wordStart, wordEnd, latinWord)) stopwords++
        wordStart = -1
        latinWord = false
      }
    }
    if (code >= firstNonAsciiDigit && (code < digitGapStart || code > digitGapEnd) && (code < 0xdc00 || code > 0xdfff)) {
      // A lone trailing surrogate is never a digit; a leading one is tested as its pair.
      digitPattern.lastIndex = index
      if (digitPattern.test(text)) digits++
    }
    if (code === 0xb7 || code === 0x2022) {
      if (text.charCodeAt(index + 1) === 0x20) separators++
    } else if (code === 0xbb || code === 0x203a) {
      if (text.charCodeAt(index + 1) === 0x20) arrowCount++
    } else if (code === 0x2026) {
      if (hasSpaceSoon(text, index)) sentenceEnds = true
    } else if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x61f) {
      if (index + 1 < end) sentenceEnds = true
    } else if (code === 0xa9 || code === 0x24d2) {
      copyright = true
    }
    if (isWhiteSpaceCode(code)) {
      atStart = true
      continue
    }
    if (!atStart) continue
    atStart = false
    casedPattern.lastIndex = index
    if (!casedPattern.test(text)) continue
    cased++
    capitalPattern.lastIndex = index
    if (capitalPattern.test(text)) capitals++
  }
  if (wordStart !== -1) {
    words++
    if (isStopwordIn(lookup, text, wordStart, wordEnd, latinWord)) stopwords++
  }
  return {
    capitals,
    cased,
    digits,
    latin,
    words,
    stopwords,
    unspaced: false,
    address,
    separators,
    arrows: arrowCount,
    sentenceEnds,
    copyright
  }
}

/**
 * Whether a text ends like a sentence (`terminalPattern`), the pattern asked
 * only when the last code unit is neither `.`, `!`, `?` (a match) nor ASCII
 * that ends no match (a letter, a digit, most signs).
 *
 * @param text
 *   Trimmed text.
 * @returns
 *   Whether `terminalPattern` matches.
 */
function endsLikeSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  if (last === 0x2e || last === 0x21 || last === 0x3f) return true
  // Quotes and closing brackets (`"`, `'`, `)`, `]`, `}`) may follow a sentence end.
  if (last < 0x80 && last !== 0x22 && last !== 0x27 && last !== 0x29 && last !== 0x5d && last !== 0x7d) return false
  return terminalPattern.test(text)
}

/**
 * Whether a word of a line of ASCII and Latin-1 is a stop word.
 *
 * @param lookup
 *   Stop words of the document language.
 * @param text
 *   Text.
 * @param start
 *   Where the word starts.
 * @param end
 *   Where it ends (exclusive).
 * @param latinWord
 *   Whether it has a Latin-1 letter (then it is lower-cased into a string
 *   first; ASCII is folded in place).
 * @returns
 *   Whether it is a stop word.
 */
function isStopwordIn(lookup: StopwordLookup, text: string, start: number, end: number, latinWord: boolean): boolean {
  return latinWord ? isLowerCasedStopwordAt(lookup, text, start, end) : isStopwordAt(lookup, text, start, end)
}

/**
 * Whether a code unit is a curly quote or a dash (`–—‘’“”`): not a letter,
 * not white space, unchanged by `toLowerCase`, and common in lines that are
 * otherwise ASCII.
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it is one of them.
 */
function isTypographicMark(code: number): boolean {
  return code === 0x2013 || code === 0x2014 || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d
}

/**
 * Whether a Latin-1 code unit (U+0080–U+00FF) is a letter or a number (as
 * `\p{L}`, `\p{M}` and `\p{N}` say): `ª`, `²`, `³`, `µ`, `¹`, `º`, `¼`–`¾`,
 * and `À`–`ÿ` but `×` and `÷`.
 *
 * @param code
 *   A code unit from U+0080 to U+00FF.
 * @returns
 *   Whether a word keeps it.
 */
function isLatinWordCode(code: number): boolean {
  if (code >= 0xc0) return code !== 0xd7 && code !== 0xf7
  return code === 0xaa || code === 0xb2 || code === 0xb3 || code === 0xb5 || code === 0xb9 || code === 0xba || (code >= 0xbc && code <= 0xbe)
}

/**
 * Whether a space follows a sentence end within three code units: after it
 * `innerSentencePattern` takes at most two closing marks, then spaces. (It
 * may look past the block into the next one: then the pattern runs for
 * nothing.)
 *
 * @param text
 *   Text.
 * @param index
 *   Index of the sentence end.
 * @returns
 *   Whether one of the next three code units is a space.
 */
function hasSpaceSoon(text: string, index: number): boolean {
  return text.charCodeAt(index + 1) === 0x20 || text.charCodeAt(index + 2) === 0x20 || text.charCodeAt(index + 3) === 0x20
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
