/**
 * A fixed-size, non-cryptographic 64-bit hash of a line, written as two
 * 32-bit lanes so it runs the same in every JavaScript runtime (integer maths
 * through `Math.imul` and `>>>`, no `BigInt`, no platform hashing).
 *
 * Corpus models store these hashes instead of the lines: 16 hex characters per
 * line however long the line is, and no text of the corpus in the model.
 */

/** Multiplier of the first lane (the 32-bit FNV prime). */
const firstPrime = 0x01_00_01_93
/** Multiplier of the second lane (an odd constant with well-spread bits). */
const secondPrime = 0x5b_d1_e9_95
/** Start of the first lane (the 32-bit FNV offset basis). */
const firstBasis = 0x81_1c_9d_c5
/** Start of the second lane (the fractional part of the golden ratio). */
const secondBasis = 0x9e_37_79_b9

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
 *   hashKey('spread the love') //=> a fixed string such as '3f0c…' (16 characters)
 */
export function hashKey(value: string): string {
  let first = firstBasis
  let second = secondBasis
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    first = Math.imul(first ^ code, firstPrime)
    second = Math.imul(second ^ code, secondPrime)
    // Rotate so that high bits feed back into low ones on the next step.
    second = (second << 13) | (second >>> 19)
  }
  first ^= value.length
  second ^= Math.imul(value.length, firstPrime)
  const mixedFirst = avalanche(first ^ Math.imul(second, secondPrime))
  const mixedSecond = avalanche(second ^ mixedFirst)
  return toHex(mixedFirst) + toHex(mixedSecond)
}

/**
 * The two 32-bit lanes of a hash made by `hashKey`, as unsigned numbers.
 *
 * @param hash
 *   16 hex characters.
 * @returns
 *   `[high, low]`.
 */
export function hashLanes(hash: string): [number, number] {
  return [Number.parseInt(hash.slice(0, 8), 16), Number.parseInt(hash.slice(8, 16), 16)]
}

/** A hash as made by `hashKey`: exactly 16 lower-case hex characters. */
export const hashPattern = /^[\da-f]{16}$/

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

/**
 * Write a 32-bit integer as 8 hex characters.
 *
 * @param value
 *   A 32-bit integer (signed or not).
 * @returns
 *   8 lower-case hex characters.
 */
function toHex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0')
}
