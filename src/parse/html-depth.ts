/**
 * Flatten absurdly deep nesting before parsing. htmlparser2 keeps its stack of
 * open elements with `Array#unshift`, which costs time in the stack's size:
 * 50,000 nested `<div>`s take seconds, 100,000 take many. Browsers flatten too
 * (Blink stops nesting at 512). Tags past that depth are blanked out with
 * spaces of the same length, so every offset in the source stays true.
 */
import {isAsciiDigit, isAsciiLetter} from '../ascii.js'

/** Deepest nesting kept, as in Blink's HTML parser. */
const maximumDepth = 512

/** Longest tag name, in characters, that `tagCode` packs into a number (6 bits each). */
const packedNameLimit = 8

/** `tagCode` of a name too long to pack: none of the names below. */
const longName = -2

/** `tagCode` where no name starts. */
const noName = -1

/**
 * Elements that never nest in htmlparser2: void elements, and those whose
 * start closes an open one of their kind (`<p>`, `<li>`, `<td>`, `<option>`),
 * by `tagCode`.
 */
const flatTags: ReadonlySet<number> = new Set(
  [
    'area', 'base', 'br', 'col', 'dd', 'dt', 'embed', 'hr', 'img', 'input', 'li', 'link', 'meta', 'option',
    'p', 'param', 'source', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'track', 'wbr'
  ].map((name) => tagCode(name, 0))
)

/** Elements whose content is raw text, skipped to their end tag: names by `tagCode`. */
const rawTextTags: ReadonlyMap<number, string> = new Map(
  ['script', 'style', 'textarea', 'title', 'xmp'].map((name) => [tagCode(name, 0), name])
)

/**
 * Blank out start and end tags nested deeper than `maximumDepth`.
 *
 * One pass, linear in the source: each `<` is looked at once, and the search
 * for the next `>` never goes back.
 *
 * @param html
 *   The source.
 * @returns
 *   The source itself when nothing is that deep, else a copy of the same
 *   length with the deep tags replaced by spaces.
 */
export function flattenDeepNesting(html: string): string {
  const blanks: Array<readonly [number, number]> = []
  let depth = 0
  let nextClose = -1
  let index = html.indexOf('<')

  while (index !== -1 && index < html.length) {
    if (html.startsWith('<!--', index)) {
      const end = html.indexOf('-->', index + 4)
      if (end === -1) break
      index = html.indexOf('<', end + 3)
      continue
    }
    if (nextClose < index) nextClose = html.indexOf('>', index)
    if (nextClose === -1) break
    const closing = html.charCodeAt(index + 1) === 47 // `/`
    const name = tagCode(html, index + (closing ? 2 : 1))
    if (name === noName) {
      index = html.indexOf('<', index + 1)
      continue
    }
    const end = nextClose + 1
    if (!flatTags.has(name) && html.charCodeAt(nextClose - 1) !== 47) {
      if (closing) {
        if (depth > maximumDepth) blanks.push([index, end])
        if (depth > 0) depth--
      } else {
        depth++
        if (depth > maximumDepth) blanks.push([index, end])
      }
    }
    const rawTextName = closing ? undefined : rawTextTags.get(name)
    if (rawTextName !== undefined) {
      const close = html.indexOf('</' + rawTextName, end)
      if (close === -1) break
      index = close
      continue
    }
    index = html.indexOf('<', end)
  }

  if (blanks.length === 0) return html
  let output = ''
  let last = 0
  for (const [start, end] of blanks) {
    output += html.slice(last, start) + ' '.repeat(end - start)
    last = end
  }
  return output + html.slice(last)
}

/**
 * The tag name starting at `start`, in any case, packed into a number with 6
 * bits a character (letters 1–26, digits 27–36, `-` 37), so that no string is
 * made for each of a page's tags.
 *
 * @param html
 *   The source.
 * @param start
 *   Offset after `<` or `</`.
 * @returns
 *   The code; `longName` for a name longer than `packedNameLimit` (at most 32
 *   characters are read), `noName` when no name starts there.
 */
function tagCode(html: string, start: number): number {
  let end = start
  let code = 0
  while (end < html.length && end - start < 32) {
    const character = html.charCodeAt(end)
    const lower = character | 32
    const isLetter = isAsciiLetter(character)
    const isDigit = isAsciiDigit(character)
    if (end === start ? !isLetter : !isLetter && !isDigit && character !== 45) break
    code = code * 64 + (isLetter ? lower - 96 : isDigit ? character - 21 : 37)
    end++
  }
  if (end === start) return noName
  return end - start > packedNameLimit ? longName : code
}
