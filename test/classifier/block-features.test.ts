import {describe, expect, it} from 'vitest'
import * as module from '../../src/detect/block-features.js'
import {computeFeatures} from '../../src/detect/block-features.js'
import {countStopwords} from '../../src/detect/language.js'

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
    expect(Object.keys(module).sort()).toStrictEqual(['computeFeatures'])
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
  // The scan asks the link, copyright and sentence patterns only when it saw
  // what they need: in any case, at any place.
  const patterns: Array<[string, string, Partial<module.BlockFeatures>]> = [
    ['an upper-case URL', 'See HTTPS://EXAMPLE.COM now', {links: 1, copyright: false}],
    ['a `www.` address in capitals', 'WWW.Example.com', {links: 1, terminal: false}],
    ['an e-mail address', 'Write to desk@example.com.', {links: 1, terminal: true}],
    ['a menu of bars and bullets', 'Home | News • Sport · Culture', {links: 3}],
    ['a table row (bars are cell borders)', '| 1 | Kyle Busch | 5040 |', {links: 0}],
    ['a breadcrumb', 'Home > News / World', {links: 2}],
    ['one arrow (prose has one now and then)', 'Rates > 5% hurt', {links: 0}],
    ['a copyright sign', '© 2024 Example Media', {copyright: true}],
    ['a copyright notice in capitals', 'COPYRIGHT EXAMPLE MEDIA', {copyright: true}],
    ['`(C)` and a year', '(C) 2024 Example', {copyright: true}],
    ['rights reserved in title case', 'Example Media. All Rights Reserved', {copyright: true, innerSentences: 1}],
    ['rights that are not reserved', 'Human rights groups said so.', {copyright: false, innerSentences: 0}],
    ['sentences after closing quotes', 'He said “yes.” “No,” she said! Then? Done.', {innerSentences: 3}],
    ['an ellipsis before a capital', 'Wait… Then it came', {innerSentences: 1, terminal: false}],
    ['a CJK full stop before more text', '你好。再见', {innerSentences: 1, terminal: false}],
    ['a sentence end in brackets', 'It ended (at last.)', {innerSentences: 0, terminal: true}],
    ['a line ending in a brace', 'x = {a: 1}', {terminal: false}]
  ]
  for (const [name, text, expected] of patterns) {
    it(`should find what the patterns find in ${name}`, () => {
      const features = computeFeatures(text, 'eng')
      const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, features[key as keyof module.BlockFeatures]]))
      expect(picked).toStrictEqual(expected)
    })
  }

  // Lines of Latin-1 are counted by the scan, the rest by `countStopwords`:
  // both must count the same.
  const latinLines: Array<[string, string]> = [
    ['Il a été à Paris, ÉTÉ comme HIVER.', 'fra'],
    ['Über den Fluss führt die Brücke für alle.', 'deu'],
    ['Él está aquí\u00a0más tarde, ¿verdad?', 'spa'],
    ['×2 ½ µm ª ² 3×3', 'eng'],
    ['A\u00adB soft hyphen, «non» à côté', 'fra']
  ]
  for (const [text, language] of latinLines) {
    it(`should count words and stop words of \`${text}\` as countStopwords does`, () => {
      const features = computeFeatures(text, language)
      const counts = countStopwords(text, language)
      expect([features.words, features.stopwordDensity]).toStrictEqual([counts.words, counts.stopwords / counts.words])
    })
  }

  it('should read a text inside a longer string as the text alone', () => {
    const lines = [...patterns.map((row) => row[1]), ...table.map((row) => row[1]), '𝟎', 'a.', ' | x', '。']
    const joined = lines.join('\n')
    const differences: string[] = []
    let offset = 0
    for (const text of lines) {
      const inside = computeFeatures(text, 'eng', joined, offset)
      if (JSON.stringify(inside) !== JSON.stringify(computeFeatures(text, 'eng'))) differences.push(text)
      offset += text.length + 1
    }
    expect(differences).toStrictEqual([])
  })

  for (const [name, text, expected] of table) {
    it(`should describe ${name}`, () => {
      const features = computeFeatures(text, 'eng')
      const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, features[key as keyof module.BlockFeatures]]))
      expect(picked).toStrictEqual(expected)
    })
  }
})
