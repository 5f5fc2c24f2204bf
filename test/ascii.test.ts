import {describe, expect, it} from 'vitest'
import * as ascii from '../src/ascii.js'

/** The characters at and beside each ASCII range, and two beyond ASCII (`é`, full-width `０`). */
const boundaries = ['/', '0', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', 'é', '０']

/** Each test, with the boundary characters it accepts and the pattern it stands for. */
const cases: ReadonlyArray<{test: (code: number) => boolean; accepts: string[]; pattern: RegExp}> = [
  {test: ascii.isAsciiDigit, accepts: ['0', '9'], pattern: /^[0-9]$/},
  {test: ascii.isAsciiUpper, accepts: ['A', 'Z'], pattern: /^[A-Z]$/},
  {test: ascii.isAsciiLower, accepts: ['a', 'z'], pattern: /^[a-z]$/},
  {test: ascii.isAsciiLetter, accepts: ['A', 'Z', 'a', 'z'], pattern: /^[A-Za-z]$/},
  {test: ascii.isAsciiAlphanumeric, accepts: ['0', '9', 'A', 'Z', 'a', 'z'], pattern: /^[0-9A-Za-z]$/}
]

describe('ascii', () => {
  it('should expose the public api', () => {
    expect(Object.keys(ascii).sort()).toStrictEqual([
      'isAsciiAlphanumeric',
      'isAsciiDigit',
      'isAsciiLetter',
      'isAsciiLower',
      'isAsciiUpper'
    ])
  })

  for (const {test, accepts} of cases) {
    it('`' + test.name + '` should accept ' + accepts.join(' ') + ' and reject the rest', () => {
      const accepted = boundaries.filter((character) => test(character.charCodeAt(0)))
      expect(accepted).toStrictEqual(accepts)
    })

    it('`' + test.name + '` should reject `NaN` (a code past the end of a string)', () => {
      expect(test(''.charCodeAt(0))).toBe(false)
    })
  }

  it('should answer as its pattern for every UTF-16 code unit', () => {
    for (const {test, pattern} of cases) {
      for (let code = 0; code <= 0xff_ff; code++) {
        if (test(code) !== pattern.test(String.fromCharCode(code))) {
          expect.fail(test.name + ' answers wrongly for U+' + code.toString(16).padStart(4, '0'))
        }
      }
    }
  })
})
