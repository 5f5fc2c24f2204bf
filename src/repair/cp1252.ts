/**
 * The Windows-1252 code page, both ways, for the bytes 0x80–0x9F where it
 * differs from Latin-1.
 *
 * Source: the WHATWG Encoding Standard's `index-windows-1252`
 * (https://encoding.spec.whatwg.org/index-windows-1252.txt). The five bytes
 * that table leaves to Latin-1 (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1
 * control of the same number, as browsers decode them.
 */

/** Code points of the bytes 0x80–0x9F, in byte order. */
const highBytes: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178
]

/** Byte of each code point of `highBytes`. */
const byteOfCodePoint = new Map<number, number>(highBytes.map((code, index) => [code, 0x80 + index]))

/**
 * The Windows-1252 byte a UTF-16 code unit encodes as, or `-1` when it has
 * none.
 *
 * @param code
 *   A code unit (`text.charCodeAt(index)`).
 * @returns
 *   A byte 0x00–0xFF, or `-1`.
 * @example
 *   cp1252Byte(0x20ac) //=> 0x80 (`€`)
 */
export function cp1252Byte(code: number): number {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code
  return byteOfCodePoint.get(code) ?? -1
}

/**
 * The code point a byte 0x80–0x9F stands for in Windows-1252, the way the
 * HTML standard reads a numeric reference in that range (`&#146;` is `’`).
 *
 * @param byte
 *   A number 0x80–0x9F.
 * @returns
 *   The code point, or `undefined` for the five bytes Windows-1252 leaves
 *   undefined and for numbers outside the range.
 * @example
 *   cp1252CodePoint(0x92) //=> 0x2019
 */
export function cp1252CodePoint(byte: number): number | undefined {
  const code = highBytes[byte - 0x80]
  return code === undefined || code === byte ? undefined : code
}
