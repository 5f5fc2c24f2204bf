/**
 * Flatten absurdly deep nesting before parsing. htmlparser2 keeps its stack of
 * open elements with `Array#unshift`, which costs time in the stack's size:
 * 50,000 nested `<div>`s take seconds, 100,000 take many. Browsers flatten too
 * (Blink stops nesting at 512). Tags past that depth are blanked out with
 * spaces of the same length, so every offset in the source stays true.
 */

/** Deepest nesting kept, as in Blink's HTML parser. */
export const maximumDepth = 512

/**
 * Elements that never nest in htmlparser2: void elements, and those whose
 * start closes an open one of their kind (`<p>`, `<li>`, `<td>`, `<option>`).
 */
const flatTags: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'dd', 'dt', 'embed', 'hr', 'img', 'input', 'li', 'link', 'meta', 'option',
  'p', 'param', 'source', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'track', 'wbr'
])

/** Elements whose content is raw text: skipped to their end tag. */
const rawTextTags: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp'])

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
    const name = tagName(html, index + (closing ? 2 : 1))
    if (name === '') {
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
    if (!closing && rawTextTags.has(name)) {
      const close = html.indexOf('</' + name, end)
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
 * The lower-case tag name starting at `start`, or `''` when no name starts there.
 *
 * @param html
 *   The source.
 * @param start
 *   Offset after `<` or `</`.
 * @returns
 *   The name (at most 32 characters are read).
 */
function tagName(html: string, start: number): string {
  let end = start
  while (end < html.length && end - start < 32) {
    const code = html.charCodeAt(end)
    const isLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
    const isNameCharacter = isLetter || (code >= 48 && code <= 57) || code === 45
    if (end === start ? !isLetter : !isNameCharacter) break
    end++
  }
  return html.slice(start, end).toLowerCase()
}
