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
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10) continue
    if (code === 10 || code === 13) lineStarts.push(index + 1)
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
