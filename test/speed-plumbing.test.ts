import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as locate from '../src/locate.js'
import {createLocator} from '../src/locate.js'
import {clean, parseText} from '../src/index.js'
import {splitWords} from '../src/detect/language.js'
import {showText} from '../src/repair/repair-rule.js'

/** One letter, mark or number. */
const wordCharacter = /[\p{L}\p{M}\p{N}]/u

/**
 * Words as `splitWords` gave them before its ASCII fast path: every end
 * character tested with a regex.
 *
 * @param text
 *   A line without Han, kana, Thai, Lao, Khmer or Myanmar.
 * @returns
 *   Words.
 */
function referenceWords(text: string): string[] {
  const words: string[] = []
  for (const token of text.toLowerCase().split(/\s+/u)) {
    let start = 0
    while (start < token.length) {
      const high = token.charCodeAt(start)
      const size = high >= 0xd800 && high <= 0xdbff && start + 1 < token.length ? 2 : 1
      if (wordCharacter.test(token.slice(start, start + size))) break
      start += size
    }
    let end = token.length
    while (end > start) {
      const low = token.charCodeAt(end - 1)
      const size = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start ? 2 : 1
      if (wordCharacter.test(token.slice(end - size, end))) break
      end -= size
    }
    const word = token.slice(start, end)
    if (word !== '') words.push(word)
  }
  return words
}

/**
 * The locator as first written: test every character.
 *
 * @param text
 *   Input.
 * @param offset
 *   Offset.
 * @returns
 *   Line, column and offset.
 */
function referencePlace(text: string, offset: number) {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10) continue
    if (code === 10 || code === 13) lineStarts.push(index + 1)
  }
  const clamped = Math.max(0, Math.min(offset, text.length))
  let line = 0
  while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? 0) <= clamped) line++
  return {line: line + 1, column: clamped - (lineStarts[line] ?? 0) + 1, offset: clamped}
}

describe('createLocator', () => {
  it('should expose the public api', () => {
    expect(Object.keys(locate).sort()).toStrictEqual(['createLocator'])
  })

  const table: Array<[string, string, number, {line: number; column: number; offset: number}]> = [
    ['start', 'a\nbc', 0, {line: 1, column: 1, offset: 0}],
    ['after \\n', 'a\nbc', 3, {line: 2, column: 2, offset: 3}],
    ['after \\r\\n', 'a\r\nbc', 4, {line: 2, column: 2, offset: 4}],
    ['between \\r and \\n', 'a\r\nbc', 2, {line: 1, column: 3, offset: 2}],
    ['after a lone \\r', 'a\rbc', 2, {line: 2, column: 1, offset: 2}],
    ['\\n\\r is two endings', 'a\n\rb', 3, {line: 3, column: 1, offset: 3}],
    ['\\r\\r\\n', 'a\r\r\nb', 4, {line: 3, column: 1, offset: 4}],
    ['past the end, clamped', 'ab\n', 99, {line: 2, column: 1, offset: 3}],
    ['before the start, clamped', 'ab', -5, {line: 1, column: 1, offset: 0}],
    ['empty text', '', 0, {line: 1, column: 1, offset: 0}]
  ]
  for (const [name, text, offset, expected] of table) {
    it('should place ' + name, () => {
      expect(createLocator(text)(offset)).toStrictEqual(expected)
    })
  }

  it('should place every offset as testing every character does', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', ' '), {maxLength: 60}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (value) => {
        const toPlace = createLocator(value)
        for (let offset = -1; offset <= value.length + 1; offset++) {
          expect(toPlace(offset)).toStrictEqual(referencePlace(value, offset))
        }
      }),
      {seed: 11, numRuns: 300}
    )
  })
})

/**
 * The lines of a text and their endings, as `parseText` found them when it
 * tested every character.
 *
 * @param text
 *   Input.
 * @returns
 *   `[value, eol, start offset]` per line.
 */
function referenceLines(text: string): Array<[string, string, number]> {
  const lines: Array<[string, string, number]> = []
  let offset = 0
  while (offset <= text.length) {
    let end = offset
    while (end < text.length && text.charAt(end) !== '\n' && text.charAt(end) !== '\r') end++
    let eol = text.slice(end, end + 1)
    if (text.startsWith('\r\n', end)) eol = '\r\n'
    if (end === text.length && offset === text.length && lines.length > 0) break
    lines.push([text.slice(offset, end), eol, offset])
    offset = end + eol.length
    if (eol === '') break
  }
  return lines
}

describe('parseText', () => {
  it('should split lines as testing every character does', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', ' '), {maxLength: 60}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (value) => {
        const lines = parseText(value).children.map((block): [string, string, number] => [
          block.value,
          block.eol,
          block.position.start.offset ?? -1
        ])
        expect(lines).toStrictEqual(referenceLines(value))
      }),
      {seed: 13, numRuns: 500}
    )
  })
})

describe('splitWords', () => {
  it('should split as testing each end character with a regex does', () => {
    const character = fc.constantFrom(...'aZ09 .,;:!?"\'’“”«»()[]-–—@#_/\\éÉßİıçşğüöñ\u0301\u00a0\t𝟎𝒜😀¹²Ⅻ'.split(''), '𝟎', '𝒜', '😀', '\ud800')
    fc.assert(
      fc.property(fc.array(character, {maxLength: 40}).map((characters) => characters.join('')), (text) => {
        expect(splitWords(text, 'eng')).toStrictEqual(referenceWords(text))
      }),
      {seed: 5, numRuns: 1000}
    )
  })
})

describe('linear time', () => {
  /**
   * CPU milliseconds to clean a text (best of three).
   *
   * @param text
   *   Input.
   * @param format
   *   Input format.
   * @returns
   *   Milliseconds.
   */
  function cost(text: string, format: 'text' | 'html'): number {
    let best = Number.POSITIVE_INFINITY
    for (let round = 0; round < 3; round++) {
      const started = process.cpuUsage()
      clean(text, {format})
      const used = process.cpuUsage(started)
      best = Math.min(best, (used.user + used.system) / 1000)
    }
    return best
  }

  const lines = [
    'The minister said on Friday that the reform would go ahead, despite the protests in the capital.',
    'Share on Facebook',
    'Related Posts',
    'Le gouvernement a annoncé mardi que la réforme serait maintenue malgré les manifestations.',
    'Photo: Reuters',
    '',
    'Die Regierung kündigte an, dass die Reform trotz Protesten kommt, sagte ein Sprecher.'
  ]

  // Generous: 8x the input may cost at most 8 * 2.5 = 20x (a quadratic step would cost 64x).
  for (const format of ['text', 'html'] as const) {
    it('should clean 8x the ' + format + ' in at most 20x the time', () => {
      const piece = (count: number) =>
        Array.from({length: count}, (_, index) => lines[index % lines.length] ?? '')
          .map((line) => (format === 'html' ? (line === '' ? '' : '<p>' + line + '</p>') : line))
          .join('\n')
      const small = piece(1500)
      const large = piece(12_000)
      cost(small, format)
      const ratio = cost(large, format) / cost(small, format)
      expect({format, linear: ratio < 20}).toStrictEqual({format, linear: true})
    })
  }
})

describe('showText', () => {
  /**
   * `showText` as first written: every character tested.
   *
   * @param text
   *   Text.
   * @returns
   *   It, with invisible characters spelled `U+XXXX`.
   */
  function referenceShow(text: string): string {
    let result = ''
    for (const character of text) {
      const code = character.codePointAt(0) ?? 0
      const hidden =
        code < 0x20 ||
        (code >= 0x7f && code <= 0xa0) ||
        code === 0xad ||
        (code >= 0xd800 && code <= 0xdfff) ||
        (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x2060 && code <= 0x2064) ||
        code === 0xfeff
      result += hidden ? 'U+' + code.toString(16).toUpperCase().padStart(4, '0') : character
    }
    return result
  }

  it('should spell out what testing every character spells out', () => {
    const character = fc.constantFrom('a', 'é', '’', '😀', '\ud800', '\udc00', '\u200b', '\u00a0', '\u00ad', '\u0085', '\u0000', '\ufeff', '\u2061', ' ')
    fc.assert(
      fc.property(fc.array(character, {maxLength: 12}).map((characters) => characters.join('')), (text) => {
        expect(showText(text)).toBe(referenceShow(text))
      }),
      {seed: 17, numRuns: 500}
    )
  })
})
