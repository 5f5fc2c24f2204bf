/**
 * One JSON Lines record: find a top-level field's value in the raw line, so
 * the output can replace exactly that value and leave every other byte of the
 * record as it was (number spellings, escapes, key order, spacing).
 */

/** Where a top-level field's value sits in a raw JSON object. */
export interface FieldPlace {
  /** Offset of the value's first character. */
  readonly start: number
  /** Offset just after the value. */
  readonly end: number
  /** Offset of the object's closing `}`. */
  readonly close: number
}

/**
 * Find the value of a top-level field in the text of a JSON object.
 *
 * The text must already be valid JSON (checked with `JSON.parse`); the scan
 * then only needs to track strings and nesting. Like `JSON.parse`, the last
 * of duplicate keys wins. Linear in the length of the line.
 *
 * @param raw
 *   A JSON object, as text.
 * @param field
 *   Key to find.
 * @returns
 *   Its place (`start === end` when absent), and the closing brace.
 * @example
 *   locateField('{"id":1,"text":"a"}', 'text')
 *   //=> {start: 15, end: 18, close: 18}
 */
export function locateField(raw: string, field: string): FieldPlace {
  let index = skipSpace(raw, raw.indexOf('{') + 1)
  let start = -1
  let end = -1

  while (index < raw.length && raw.charCodeAt(index) !== 125 /* `}` */) {
    const keyEnd = skipString(raw, index)
    const key = readKey(raw, index, keyEnd)
    // Skip white space, the colon, white space.
    const valueStart = skipSpace(raw, skipSpace(raw, keyEnd) + 1)
    const valueEnd = skipValue(raw, valueStart)
    if (key === field) {
      start = valueStart
      end = valueEnd
    }
    index = skipSpace(raw, valueEnd)
    if (raw.charCodeAt(index) === 44 /* `,` */) index = skipSpace(raw, index + 1)
  }

  return start === -1 ? {start: index, end: index, close: index} : {start, end, close: index}
}

/**
 * Decode a key, taking the fast path when it has no escapes.
 *
 * @param raw
 *   Line.
 * @param start
 *   Offset of the opening quote.
 * @param end
 *   Offset after the closing quote.
 * @returns
 *   The key.
 */
function readKey(raw: string, start: number, end: number): string {
  const inner = raw.slice(start + 1, end - 1)
  return inner.includes('\\') ? (JSON.parse(raw.slice(start, end)) as string) : inner
}

/**
 * Offset of the first character at or after `index` that is not JSON white space.
 *
 * @param raw
 *   Line.
 * @param index
 *   Where to start.
 * @returns
 *   Offset.
 */
function skipSpace(raw: string, index: number): number {
  let position = index
  while (position < raw.length) {
    const code = raw.charCodeAt(position)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break
    position++
  }
  return position
}

/**
 * Offset just after the string that opens at `index`.
 *
 * @param raw
 *   Line.
 * @param index
 *   Offset of the opening quote.
 * @returns
 *   Offset after the closing quote.
 */
function skipString(raw: string, index: number): number {
  let position = index + 1
  for (;;) {
    const quote = raw.indexOf('"', position)
    if (quote === -1) return raw.length
    // A quote preceded by an odd number of backslashes is escaped: `\"`.
    let backslashes = 0
    while (raw.charCodeAt(quote - 1 - backslashes) === 92) backslashes++
    if (backslashes % 2 === 0) return quote + 1
    position = quote + 1
  }
}

/**
 * Offset just after the value that starts at `index`.
 *
 * @param raw
 *   Line.
 * @param index
 *   Offset of the value's first character.
 * @returns
 *   Offset after it.
 */
function skipValue(raw: string, index: number): number {
  const first = raw.charCodeAt(index)
  if (first === 34 /* `"` */) return skipString(raw, index)
  if (first === 123 /* `{` */ || first === 91 /* `[` */) {
    let depth = 0
    let position = index
    while (position < raw.length) {
      const code = raw.charCodeAt(position)
      if (code === 34) {
        position = skipString(raw, position)
        continue
      }
      if (code === 123 || code === 91) depth++
      else if (code === 125 || code === 93) {
        depth--
        if (depth === 0) return position + 1
      }
      position++
    }
    return position
  }
  // A number, `true`, `false` or `null`: runs to the next delimiter.
  let position = index
  while (position < raw.length) {
    const code = raw.charCodeAt(position)
    if (code === 44 || code === 125 || code === 93 || code === 32 || code === 9 || code === 10 || code === 13) break
    position++
  }
  return position
}
