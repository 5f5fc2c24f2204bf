/**
 * A fixed-size, non-cryptographic 64-bit hash of a line, written as two
 * 32-bit lanes so it runs the same in every JavaScript runtime (integer maths
 * through `Math.imul` and `>>>`, no `BigInt`, no platform hashing).
 *
 * Corpus models store these hashes instead of the lines: 16 hex characters per
 * line however long the line is, and no text of the corpus in the model. In
 * memory a hash is a *compact* string of four UTF-16 code units (the same 64
 * bits), which is cheaper to build and to use as a `Map` key.
 */

/** Multiplier of the first lane (the 32-bit FNV prime). */
export const firstPrime = 0x01_00_01_93
/** Multiplier of the second lane (an odd constant with well-spread bits). */
export const secondPrime = 0x5b_d1_e9_95
/** Start of the first lane (the 32-bit FNV offset basis). */
export const firstBasis = 0x81_1c_9d_c5
/** Start of the second lane (the fractional part of the golden ratio). */
export const secondBasis = 0x9e_37_79_b9

/** A hash as models write it: exactly 16 lower-case hex characters. */
export const hashPattern = /^[\da-f]{16}$/

/** Two hex digits for every byte value. */
const byteHex = Array.from({length: 256}, (_, byte) => byte.toString(16).padStart(2, '0'))

/**
 * Hash a string to 64 bits, as 16 lower-case hex characters.
 *
 * Each UTF-16 code unit goes into two independent lanes (an FNV-1a lane and a
 * multiply-rotate lane); a final avalanche mixes each lane with the other, so
 * a change of one character flips about half of all 64 bits.
 *
 * @param value
 *   The string (a template key, see `templateKey`).
 * @returns
 *   The hash, 16 hex characters.
 * @example
 *   hashKey('spread the love') //=> '99728be349c37df0'
 */
export function hashKey(value: string): string {
  return compactToHex(hashCompact(value))
}

/**
 * Hash a string to 64 bits, as a compact string of four code units.
 *
 * @param value
 *   The string.
 * @returns
 *   The compact hash.
 */
export function hashCompact(value: string): string {
  let first = firstBasis
  let second = secondBasis
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    first = Math.imul(first ^ code, firstPrime)
    second = Math.imul(second ^ code, secondPrime)
    // Rotate so that high bits feed back into low ones on the next step.
    second = (second << 13) | (second >>> 19)
  }
  return finishHash(first, second, value.length)
}

/**
 * Mix the two lanes after the last code unit (see `hashCompact`, whose loop a
 * caller may inline) into the compact hash.
 *
 * @param first
 *   First lane.
 * @param second
 *   Second lane.
 * @param length
 *   Number of code units hashed.
 * @returns
 *   The compact hash.
 */
export function finishHash(first: number, second: number, length: number): string {
  const mixedFirst = avalanche(first ^ length ^ Math.imul(second ^ Math.imul(length, firstPrime), secondPrime))
  const mixedSecond = avalanche(second ^ Math.imul(length, firstPrime) ^ mixedFirst)
  return String.fromCharCode(mixedFirst >>> 16, mixedFirst & 0xff_ff, mixedSecond >>> 16, mixedSecond & 0xff_ff)
}

/**
 * Write a compact hash as 16 hex characters.
 *
 * @param compact
 *   Four code units.
 * @returns
 *   16 lower-case hex characters.
 */
export function compactToHex(compact: string): string {
  let hex = ''
  for (let index = 0; index < 4; index++) {
    const unit = compact.charCodeAt(index)
    hex += (byteHex[unit >>> 8] ?? '') + (byteHex[unit & 0xff] ?? '')
  }
  return hex
}

/**
 * Read 16 hex characters as a compact hash.
 *
 * @param hex
 *   A hash as models write it.
 * @returns
 *   Four code units.
 */
export function hexToCompact(hex: string): string {
  return String.fromCharCode(
    Number.parseInt(hex.slice(0, 4), 16),
    Number.parseInt(hex.slice(4, 8), 16),
    Number.parseInt(hex.slice(8, 12), 16),
    Number.parseInt(hex.slice(12, 16), 16)
  )
}

/**
 * The two 32-bit lanes of a compact hash, as unsigned numbers.
 *
 * @param compact
 *   Four code units.
 * @returns
 *   `[high, low]`.
 */
export function compactLanes(compact: string): [number, number] {
  return [
    ((compact.charCodeAt(0) << 16) | compact.charCodeAt(1)) >>> 0,
    ((compact.charCodeAt(2) << 16) | compact.charCodeAt(3)) >>> 0
  ]
}

/**
 * The 32-bit finaliser of MurmurHash3 (`fmix32`): every input bit affects
 * every output bit.
 *
 * @param value
 *   A 32-bit integer.
 * @returns
 *   The mixed value, as a 32-bit integer.
 */
function avalanche(value: number): number {
  let mixed = value
  mixed ^= mixed >>> 16
  mixed = Math.imul(mixed, 0x85_eb_ca_6b)
  mixed ^= mixed >>> 13
  mixed = Math.imul(mixed, 0xc2_b2_ae_35)
  mixed ^= mixed >>> 16
  return mixed
}
