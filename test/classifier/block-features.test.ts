import {describe, expect, it} from 'vitest'
import * as module from '../../src/detect/block-features.js'
import {computeFeatures} from '../../src/detect/block-features.js'

/** A decimal digit of any script. */
const digit = /\p{Nd}/gu

/** A word's first character is upper-case / cased. */
const upper = /^\p{Lu}/u
const casedLetter = /^[\p{Lu}\p{Ll}]/u

/**
 * The digit share and capital share as regexes over the whole text give them.
 *
 * @param text
 *   Trimmed text.
 * @returns
 *   `[digits, capitalized]`.
 */
function reference(text: string): [number, number] {
  const words = text.split(/\s+/u)
  const cased = words.filter((word) => casedLetter.test(word))
  const capitals = cased.filter((word) => upper.test(word))
  const digits = text.match(digit)?.length ?? 0
  return [text.length === 0 ? 0 : digits / text.length, cased.length === 0 ? 0 : capitals.length / cased.length]
}

describe('computeFeatures', () => {
  it('should expose the public api', () => {
    expect(Object.keys(module).sort()).toStrictEqual(['blockFeatures', 'computeFeatures'])
  })

  it('should count digits and capitals as the patterns do, for every BMP code unit', () => {
    const differences: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code)
      const text = 'a ' + character + 'b 1 ' + character
      const features = computeFeatures(text, 'eng')
      const [digits, capitalized] = reference(text)
      if (features.digits !== digits || features.capitalized !== capitalized) differences.push(code)
    }
    expect(differences).toStrictEqual([])
  })

  const table: Array<[string, string, Partial<module.BlockFeatures>]> = [
    ['English prose', 'The minister said on Friday.', {words: 5, capitalized: 0.4, digits: 0, terminal: true}],
    ['astral digits', '𝟎𝟏 items', {words: 2, digits: 2 / 10}],
    ['Arabic-Indic digits', 'عام ٢٠٢٤', {words: 2, digits: 4 / 8}],
    ['Chinese', '快速的狐狸', {words: 3, size: 15, capitalized: 0}],
    ['curly quotes and dashes', '“Yes” — she said', {words: 3, capitalized: 0, size: 16}]
  ]
  for (const [name, text, expected] of table) {
    it(`should describe ${name}`, () => {
      const features = computeFeatures(text, 'eng')
      const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, features[key as keyof module.BlockFeatures]]))
      expect(picked).toStrictEqual(expected)
    })
  }
})
