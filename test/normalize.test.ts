import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as module from '../src/normalize.js'
import {blockText, foldBlock, normalizeLine} from '../src/normalize.js'
import type {Block} from '../src/types.js'

/** Runs of anything but letters, marks and digits. */
const nonWordRun = /[^\p{L}\p{M}\p{N}]+/gu

/** `i` plus the combining dot that lower-casing Turkish `İ` leaves. */
const dottedI = /i\u0307/gu

/**
 * The general definition of the fold, without the fast path for ASCII lines.
 *
 * @param text
 *   A line.
 * @returns
 *   The folded line.
 */
function reference(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(dottedI, 'i').replace(nonWordRun, ' ').trim()
}

describe('normalizeLine', () => {
  it('should expose the public api', () => {
    expect(Object.keys(module).sort()).toStrictEqual(['blockNormalized', 'blockText', 'foldBlock', 'normalizeLine'])
  })

  const table: Array<[string, string, string]> = [
    ['a plain line', 'Read More', 'read more'],
    ['punctuation and spaces around', '  Abone Ol google-news!  ', 'abone ol google news'],
    ['curly quotes and dashes', '“Sign up” — it’s free', 'sign up it s free'],
    ['only punctuation', ' — !!! ', ''],
    ['a tab (the general path)', 'Share\tthis', 'share this'],
    ['Turkish capital dotted I', 'İlgili Haberler', 'ilgili haberler'],
    ['full-width letters', 'ＳＨＡＲＥ', 'share'],
    ['a line longer than the fast path takes', 'Ab. '.repeat(1100), 'ab '.repeat(1100).trim()]
  ]
  for (const [name, text, expected] of table) {
    it(`should fold ${name}`, () => {
      expect(normalizeLine(text)).toStrictEqual(expected)
      expect(reference(text)).toStrictEqual(expected)
    })
  }

  it('should fold every code unit as the general definition does', () => {
    const differences: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const text = 'Ab ' + String.fromCharCode(code) + 'c.'
      if (normalizeLine(text) !== reference(text)) differences.push(code)
    }
    expect(differences).toStrictEqual([])
  })

  it('should fold lines as the general definition does', () => {
    const piece = fc.constantFrom(
      ...['Read', 'MORE', 'a1', 'Z9', 'é', 'İ', 'ＡＢ', 'ﬁ'],
      ...' \t.,;:!?"\'`~@#$%^&*()[]{}<>|\\/_-+=‘’“”–—\u00a0\u0301😀'.split('')
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        const text = pieces.join('')
        expect(normalizeLine(text)).toStrictEqual(reference(text))
      }),
      {seed: 11, numRuns: 2000}
    )
  })
})

describe('blockText', () => {
  /**
   * A block of one line.
   *
   * @param value
   *   Its text.
   * @returns
   *   The block.
   */
  function blockOf(value: string): Block {
    const place = {line: 1, column: 1, offset: 0}
    return {type: 'block', value, blank: false, eol: '', position: {start: place, end: place}}
  }

  it('should trim the line and fold it only when asked', () => {
    const block = blockOf('  Spread the LOVE! ')
    expect(blockText(block)).toStrictEqual({from: '  Spread the LOVE! ', text: 'Spread the LOVE!', folded: false, normalized: '', wordCount: 0})
    expect(foldBlock(block)).toStrictEqual({from: '  Spread the LOVE! ', text: 'Spread the LOVE!', folded: true, normalized: 'spread the love', wordCount: 3})
  })

  it('should keep one object per block value, and make a new one after an edit', () => {
    const block = blockOf('Read more')
    const first = foldBlock(block)
    expect(blockText(block)).toBe(first)
    block.value = 'Das ist alles'
    expect(foldBlock(block)).toStrictEqual({from: 'Das ist alles', text: 'Das ist alles', folded: true, normalized: 'das ist alles', wordCount: 3})
    expect(blockText(block)).not.toBe(first)
  })
})
