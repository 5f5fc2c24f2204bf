/**
 * Tests on UTF-16 code units in the ASCII range.
 */

/**
 * Whether a code unit is an ASCII digit.
 *
 * @param code
 *   A UTF-16 code unit (`NaN` past the end of a string).
 * @returns
 *   Whether it is `0`–`9`.
 * @example
 *   isAsciiDigit('7'.charCodeAt(0)) //=> true
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/**
 * Whether a code unit is an ASCII capital.
 *
 * @param code
 *   A UTF-16 code unit (`NaN` past the end of a string).
 * @returns
 *   Whether it is `A`–`Z`.
 * @example
 *   isAsciiUpper('Q'.charCodeAt(0)) //=> true
 */
export function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

/**
 * Whether a code unit is an ASCII lower-case letter.
 *
 * @param code
 *   A UTF-16 code unit (`NaN` past the end of a string).
 * @returns
 *   Whether it is `a`–`z`.
 * @example
 *   isAsciiLower('Q'.charCodeAt(0)) //=> false
 */
export function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

/**
 * Whether a code unit is an ASCII letter.
 *
 * @param code
 *   A UTF-16 code unit (`NaN` past the end of a string).
 * @returns
 *   Whether it is `A`–`Z` or `a`–`z`.
 * @example
 *   isAsciiLetter('é'.charCodeAt(0)) //=> false
 */
export function isAsciiLetter(code: number): boolean {
  return isAsciiUpper(code) || isAsciiLower(code)
}

/**
 * Whether a code unit is an ASCII letter or digit.
 *
 * @param code
 *   A UTF-16 code unit (`NaN` past the end of a string).
 * @returns
 *   Whether it is `A`–`Z`, `a`–`z` or `0`–`9`.
 * @example
 *   isAsciiAlphanumeric('_'.charCodeAt(0)) //=> false
 */
export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code)
}
