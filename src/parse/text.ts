/**
 * Text parser: one block per line, blank lines kept, exact positions.
 */
import type {Plugin, Processor} from 'unified'
import type {Block, Root} from '../types.js'

/**
 * Turn plain text into a decruft tree: one `block` per line.
 *
 * Line endings (`\n`, `\r\n`, `\r`) are kept on each block as `eol`, so the
 * compiler can write the input back byte for byte when nothing is removed.
 *
 * @param text
 *   The input text.
 * @returns
 *   A root whose children are the lines, in order.
 * @example
 *   parseText('a\n\nb').children.map((block) => block.value)
 *   //=> ['a', '', 'b']
 */
export function parseText(text: string): Root {
  const children: Block[] = []
  let offset = 0
  let line = 1
  // The next `\n` and `\r` at or after `offset` (`-1`: none left), found by
  // `indexOf`, which is several times faster than a loop over the characters.
  let nextFeed = text.indexOf('\n')
  let nextReturn = text.indexOf('\r')

  while (offset <= text.length) {
    if (nextFeed !== -1 && nextFeed < offset) nextFeed = text.indexOf('\n', offset)
    if (nextReturn !== -1 && nextReturn < offset) nextReturn = text.indexOf('\r', offset)
    const end = Math.min(nextFeed === -1 ? text.length : nextFeed, nextReturn === -1 ? text.length : nextReturn)

    let eol = ''
    if (end < text.length) {
      eol =
        text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10
          ? '\r\n'
          : text.charAt(end)
    }

    // A text that ends with a line ending has no last, empty line to add.
    if (end === text.length && offset === text.length && children.length > 0) {
      break
    }

    const value = text.slice(offset, end)
    children.push(createBlock(value, eol, line, offset))
    offset = end + eol.length
    line++
    if (eol === '') break
  }

  const last = children.at(-1)
  return {
    type: 'root',
    children,
    data: {format: 'text'},
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: last
        ? {line: last.position.end.line, column: last.position.end.column, offset: text.length}
        : {line: 1, column: 1, offset: 0}
    }
  }
}

/**
 * Create a block for one line.
 *
 * @param value
 *   Line text without its ending.
 * @param eol
 *   The line ending that followed it.
 * @param line
 *   1-based line number.
 * @param offset
 *   Offset of the line's first character in the input.
 * @returns
 *   The block.
 */
function createBlock(value: string, eol: string, line: number, offset: number): Block {
  return {
    type: 'block',
    value,
    blank: value.trim() === '',
    eol,
    position: {
      start: {line, column: 1, offset},
      end: {line, column: value.length + 1, offset: offset + value.length}
    }
  }
}

/**
 * Unified plugin that sets the text parser.
 *
 * @example
 *   unified().use(decruftParseText)
 */
const decruftParseText: Plugin<[], string, Root> = function () {
  const self = this as unknown as Processor<Root>
  self.parser = function (document) {
    return parseText(document)
  }
}

export default decruftParseText
