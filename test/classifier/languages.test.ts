import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {countStopwords, detectLanguage, isUnspaced, splitWords, stopwordSet} from '../../src/detect/language.js'

const folder = new URL('../fixtures/languages/', import.meta.url)
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()

/** Language each fixture is written in, by file prefix. */
const languages: Record<string, string> = {
  ar: 'arb',
  de: 'deu',
  fr: 'fra',
  ja: 'jpn',
  ru: 'rus',
  tr: 'tur',
  zh: 'cmn'
}

/** Each fixture opens with a 4-line menu and ends with a 2-line footer: those go. */
const menuLines = 4
const footerLines = 2

describe('non-English articles', () => {
  it('should have a sample for each language', () => {
    expect(names.map((name) => name.split('--')[0]).sort()).toStrictEqual(Object.keys(languages).sort())
  })

  for (const name of names) {
    const input = readFileSync(new URL(name, folder), 'utf8')
    const lines = input.split('\n').filter((line) => line.trim() !== '')
    const noise = [...lines.slice(0, menuLines), ...lines.slice(-footerLines)]
    const content = lines.slice(menuLines, -footerLines)
    const prefix = name.split('--')[0] ?? ''

    it(`should detect the language of ${name}`, () => {
      expect(detectLanguage(content.join('\n'))).toBe(languages[prefix])
    })

    it(`should keep >= 95% of the content lines of ${name} and remove its menu and footer`, () => {
      const kept = new Set(clean(input).split('\n'))
      const keptContent = content.filter((line) => kept.has(line))
      expect(keptContent.length / content.length).toBeGreaterThanOrEqual(0.95)
      expect(noise.filter((line) => kept.has(line))).toStrictEqual([])
    })
  }
})

describe('splitWords', () => {
  const table: Array<[string, string, string, string[]]> = [
    ['punctuation around words', '“Hello,” (U.S.) don’t!!!', 'eng', ['hello', 'u.s', 'don’t']],
    ['symbols only', '— … !!!', 'eng', []],
    ['a long run of signs before a word', '!'.repeat(20_000) + 'a', 'eng', ['a']],
    ['Chinese', '快速的狐狸', 'cmn', ['快速', '的', '狐狸']],
    ['an emoji at the end', 'fin😀', 'eng', ['fin']]
  ]
  for (const [name, text, language, expected] of table) {
    it(`should split ${name}`, () => {
      expect(splitWords(text, language)).toStrictEqual(expected)
    })
  }

  it('should split a long line of Han in proportional time (the segmenter alone is quadratic)', () => {
    const unit = '快速的狐狸跳过了懒狗。'
    const time = (size: number): number => {
      const text = unit.repeat(size / unit.length)
      const started = performance.now()
      splitWords(text, 'cmn')
      return performance.now() - started
    }
    time(4400)
    const small = Math.max(time(16_500), 1)
    expect(time(66_000) / small).toBeLessThan(10)
  })
})

describe('countStopwords', () => {
  /**
   * Word and stop word counts from the list of words and a look-up per word.
   *
   * @param text
   *   A line.
   * @param language
   *   ISO 639-3 code.
   * @returns
   *   `{words, stopwords, unspaced}`.
   */
  function reference(text: string, language: string): {words: number; stopwords: number; unspaced: boolean} {
    const words = splitWords(text, language)
    const stopwords = stopwordSet(language)
    return {words: words.length, stopwords: words.filter((word) => stopwords.has(word)).length, unspaced: isUnspaced(text)}
  }

  const table: Array<[string, string, string, {words: number; stopwords: number; unspaced: boolean}]> = [
    ['English prose', 'The minister said on Friday.', 'eng', {words: 5, stopwords: 2, unspaced: false}],
    ['the longest English stop word', 'Everyone, everyones', 'eng', {words: 2, stopwords: 1, unspaced: false}],
    ['French with punctuation', '« Il est là », dit-elle.', 'fra', {words: 4, stopwords: 1, unspaced: false}],
    ['Chinese', '快速的狐狸', 'cmn', {words: 3, stopwords: 1, unspaced: true}],
    ['no stop word list', 'The minister said', 'und', {words: 3, stopwords: 0, unspaced: false}],
    ['symbols only', '— … !!!', 'eng', {words: 0, stopwords: 0, unspaced: false}],
    ['capitals and curly quotes', '“THE” end—of it', 'eng', {words: 3, stopwords: 1, unspaced: false}],
    ['a capital dotted I', 'İn THE end', 'eng', {words: 3, stopwords: 2, unspaced: false}]
  ]
  for (const [name, text, language, expected] of table) {
    it(`should count ${name}`, () => {
      expect(countStopwords(text, language)).toStrictEqual(expected)
      expect(reference(text, language)).toStrictEqual(expected)
    })
  }

  it('should count as splitting and looking up each word does', () => {
    const piece = fc.constantFrom(
      ...['the', 'The', 'EVERYONE', 'everyone', 'le', 'là', 'İ', 'ΟΣ', 'a', 'é', '1', '’s', 'don’t', 'U.S.', '快', '的'],
      ...' .,;:!?"\'‘’“”«»()-–—@#\u00a0\t\u001f𝟎😀\ud800'.split('')
    )
    const language = fc.constantFrom('eng', 'fra', 'tur', 'ell', 'cmn', 'und')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), language, (pieces, code) => {
        const text = pieces.join('')
        expect(countStopwords(text, code)).toStrictEqual(reference(text, code))
      }),
      {seed: 7, numRuns: 2000}
    )
  })
})

describe('isUnspaced', () => {
  /** The scripts written without spaces, as one pattern. */
  const reference = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

  it('should agree with the script pattern on every BMP code unit, after a Latin word', () => {
    const differences: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const text = 'word ' + String.fromCharCode(code)
      if (isUnspaced(text) !== reference.test(text)) differences.push(code)
    }
    expect(differences).toStrictEqual([])
  })

  const table: Array<[string, string, boolean]> = [
    ['English with curly quotes and dashes', '“Yes” — she said…', false],
    ['astral Han', 'name 𠀀', true],
    ['Thai', 'ภาษาไทย', true],
    ['Khmer symbols', 'a ᧠', true],
    ['an emoji', 'fin 😀', false]
  ]
  for (const [name, text, expected] of table) {
    it(`should tell ${name}`, () => {
      expect(isUnspaced(text)).toStrictEqual(expected)
    })
  }
})
