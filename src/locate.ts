/**
 * Offsets to line/column points, for reports.
 */
import type {Place} from './types.js'

/**
 * Make a function that turns an offset in `text` into a 1-based line and
 * column (columns count UTF-16 code units, as unist does).
 *
 * @param text
 *   The input.
 * @returns
 *   `toPlace(offset)`.
 * @example
 *   createLocator('a\nbc')(3) //=> {line: 2, column: 2, offset: 3}
 */
export function createLocator(text: string): (offset: number) => Place {
  const lineStarts = [0]
  // Jump from line ending to line ending with `indexOf` (several times faster
  // than testing every character of a 200 KB page): a line starts after each
  // `\n`, and after each `\r` that is not the first half of `\r\n`.
  let newline = text.indexOf('\n')
  let carriage = text.indexOf('\r')
  while (newline !== -1 || carriage !== -1) {
    if (carriage !== -1 && (newline === -1 || carriage < newline)) {
      if (newline !== carriage + 1) lineStarts.push(carriage + 1)
      carriage = text.indexOf('\r', carriage + 1)
    } else {
      lineStarts.push(newline + 1)
      newline = text.indexOf('\n', newline + 1)
    }
  }

  return function toPlace(offset) {
    const clamped = Math.max(0, Math.min(offset, text.length))
    // Binary search for the last line start at or before the offset.
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] ?? 0) <= clamped) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1, offset: clamped}
  }
}
