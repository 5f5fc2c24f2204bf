/**
 * Fast folding of a line into its template key, in one pass over character
 * codes. The definition is `normalizeLine` (NFKC, lower case, every run of
 * characters that are not letters, marks or digits made one space, trimmed)
 * with every run of digits made `0`; the Unicode property regexes that state
 * it cost 5–40 µs per line, which would make them most of the time `learn`
 * takes. Here a class table of the Basic Multilingual Plane, filled once from
 * the same property classes, answers per character; a line with characters
 * beyond it (surrogate pairs) takes the regex path.
 */
import {isAsciiDigit, isAsciiLower, isAsciiUpper} from '../ascii.js'
import {normalizeLine} from '../normalize.js'
import {finishHash, firstBasis, firstPrime, hashCompact, secondBasis, secondPrime} from './hash.js'

/** Runs of digits (any script), folded to one `0`: `Page 3 of 12` = `Page 14 of 120`. */
const digitRun = /\p{N}+/gu

/** One digit of any script. */
const digitCharacter = /\p{N}/u

/** One letter or mark of any script. */
const wordCharacter = /[\p{L}\p{M}]/u

/** Class of a character that separates words (punctuation, symbols, spaces, controls). */
const separator = 0
/** Class of a letter or mark. */
const letter = 1
/** Class of a digit. */
const digit = 2
/** Class of half a surrogate pair: the line takes the regex path. */
const surrogate = 3

/** U+0307 COMBINING DOT ABOVE. */
const combiningDot = 0x03_07
/** `i`. */
const smallI = 0x69

/** Classes of the 65,536 code units, built on first use (about 20–50 ms, once). */
let classes: Uint8Array | undefined

/**
 * Fold a line into its template key.
 *
 * @param line
 *   A line.
 * @returns
 *   `normalizeLine(line)` with digit runs made `0`.
 * @example
 *   foldLine('Page 3 of 12') //=> 'page 0 of 0'
 */
export function foldLine(line: string): string {
  const ascii = foldAscii(line)
  if (ascii !== undefined) return ascii
  const table = (classes ??= buildClasses())
  const text = line.normalize('NFKC').toLowerCase()
  let key = ''
  let space = false
  let digits = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const kind = table[code]
    if (kind === surrogate) return foldWithRegexes(line)
    if (kind === separator) {
      space = true
      digits = false
      continue
    }
    if (space && key !== '') key += ' '
    space = false
    if (kind === digit) {
      if (!digits) key += '0'
      digits = true
      continue
    }
    digits = false
    // `normalizeLine` drops the dot lower-casing leaves on Turkish `İ` (`i̇` -> `i`).
    if (code === combiningDot && text.charCodeAt(index - 1) === smallI) continue
    key += text.charAt(index)
  }
  return key
}

/**
 * Fold and hash a line in one go: `hashCompact(foldLine(line))`, without
 * building the key for ASCII lines (the hash takes the folded code units as
 * the fold makes them).
 *
 * @param line
 *   A line.
 * @returns
 *   The compact hash of its template key, or `undefined` when the key is empty.
 */
export function hashLine(line: string): string | undefined {
  let first = firstBasis
  let second = secondBasis
  let length = 0
  let space = false
  let digits = false
  for (let index = 0; index < line.length; index++) {
    let code = line.charCodeAt(index)
    if (code > 127) {
      const key = foldLine(line)
      return key === '' ? undefined : hashCompact(key)
    }
    const isDigit = isAsciiDigit(code)
    const isUpper = isAsciiUpper(code)
    if (!isDigit && !isUpper && !isAsciiLower(code)) {
      space = true
      digits = false
      continue
    }
    if (space && length > 0) {
      // The same steps as `hashCompact`, for a space.
      first = Math.imul(first ^ 32, firstPrime)
      second = Math.imul(second ^ 32, secondPrime)
      second = (second << 13) | (second >>> 19)
      length++
    }
    space = false
    if (isDigit) {
      if (digits) continue
      digits = true
      code = 48
    } else {
      digits = false
      if (isUpper) code += 32
    }
    first = Math.imul(first ^ code, firstPrime)
    second = Math.imul(second ^ code, secondPrime)
    second = (second << 13) | (second >>> 19)
    length++
  }
  return length === 0 ? undefined : finishHash(first, second, length)
}

/**
 * The definition itself, for lines with characters beyond the table.
 *
 * @param line
 *   A line.
 * @returns
 *   Its key.
 */
export function foldWithRegexes(line: string): string {
  return normalizeLine(line).replace(digitRun, '0')
}

/**
 * `foldLine` for a line of ASCII only: NFKC changes nothing there, letters are
 * `A-Z` and `a-z`, digits `0-9`, and everything else separates.
 *
 * @param line
 *   A line.
 * @returns
 *   Its key, or `undefined` when the line has a character beyond ASCII.
 */
function foldAscii(line: string): string | undefined {
  let key = ''
  let space = false
  let digits = false
  for (let index = 0; index < line.length; index++) {
    let code = line.charCodeAt(index)
    if (code > 127) return undefined
    const isDigit = isAsciiDigit(code)
    const isUpper = isAsciiUpper(code)
    if (!isDigit && !isUpper && !isAsciiLower(code)) {
      space = true
      digits = false
      continue
    }
    if (space && key !== '') key += ' '
    space = false
    if (isDigit) {
      // A run of digits becomes one `0`: `2024` -> `0`.
      if (!digits) key += '0'
      digits = true
      continue
    }
    digits = false
    if (isUpper) code += 32
    key += String.fromCharCode(code)
  }
  return key
}

/**
 * Classify every code unit with the same property classes `normalizeLine`
 * uses, so the table and the definition cannot disagree.
 *
 * @returns
 *   The class table.
 */
function buildClasses(): Uint8Array {
  const table = new Uint8Array(65_536)
  for (let code = 0; code < 65_536; code++) {
    if (code >= 0xd8_00 && code <= 0xdf_ff) {
      table[code] = surrogate
      continue
    }
    const character = String.fromCharCode(code)
    table[code] = digitCharacter.test(character) ? digit : wordCharacter.test(character) ? letter : separator
  }
  return table
}
