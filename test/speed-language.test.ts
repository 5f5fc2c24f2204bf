import {franc, francAll} from 'franc'
import fc from 'fast-check'
import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'
import {describe, expect, it} from 'vitest'
import * as scriptModule from '../src/detect/language-script.js'
import {topScript} from '../src/detect/language-script.js'
import * as module from '../src/detect/language-trigrams.js'
import {createTrigramGuesser, createTrigramRanker} from '../src/detect/language-trigrams.js'
import {stopwordLists} from '../src/lexicon/stopwords.js'
// @ts-expect-error: plain ESM bench module without type declarations.
import {loadTextInput} from '../bench/lib/data.mjs'

const candidates = Object.keys(stopwordLists)
const guess = createTrigramGuesser(candidates)
const rank = createTrigramRanker(candidates)

/** franc's ranking, languages only. */
function referenceRanking(text: string): string[] {
  return francAll(text, {only: candidates, minLength: 10}).map((tuple) => tuple[0])
}

/** What the guesser must agree with. */
function reference(text: string): string {
  return franc(text, {only: candidates, minLength: 10})
}

describe('createTrigramGuesser', () => {
  it('should expose the public api', () => {
    expect(Object.keys(module).sort()).toStrictEqual(['createTrigramGuesser', 'createTrigramRanker'])
  })

  const samples: Array<[string, string]> = [
    ['english', 'The government announced on Tuesday that the reform would go ahead despite protests.'],
    ['french', 'Le gouvernement a annoncé mardi que la réforme des retraites serait maintenue.'],
    ['german', 'Die Regierung kündigte am Dienstag an, dass die Reform trotz Protesten kommt.'],
    ['spanish', 'El gobierno anunció el martes que la reforma seguirá adelante pese a las protestas.'],
    ['portuguese', 'O governo anunciou na terça-feira que a reforma vai avançar apesar dos protestos.'],
    ['italian', 'Il governo ha annunciato martedì che la riforma andrà avanti nonostante le proteste.'],
    ['dutch', 'De regering maakte dinsdag bekend dat de hervorming ondanks protesten doorgaat.'],
    ['turkish', 'Hükümet salı günü reformun protestolara rağmen devam edeceğini açıkladı.'],
    ['russian', 'Правительство во вторник объявило, что реформа будет продолжена несмотря на протесты.'],
    ['japanese (one-language script)', 'これは日本語の文章です。カタカナも入っています。'],
    ['chinese', '政府星期二宣布，尽管有抗议，改革仍将继续进行。'],
    ['korean', '정부는 화요일 개혁이 계속될 것이라고 발표했다.'],
    ['digits only', '1234567890 1234567890'],
    ['too short', 'Hello'],
    ['empty', ''],
    ['punctuation only', '!!!??? ... --- ***'],
    ['repeated trigram', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    ['mixed scripts', 'Москва Moscow Москва Moscow Москва 東京 Tokyo']
  ]
  for (const [name, text] of samples) {
    it('should answer and rank as franc does: ' + name, () => {
      expect([guess(text), rank(text)]).toStrictEqual([reference(text), referenceRanking(text)])
    })
  }

  it('should rank as franc does with every model of franc a candidate (the largest tables)', () => {
    const everyLanguage = Object.values(data).flatMap((models) => Object.keys(models))
    const rankAll = createTrigramRanker(everyLanguage)
    const texts = samples.map((row) => row[1])
    const expected = texts.map((text) => francAll(text, {only: everyLanguage, minLength: 10}).map((tuple) => tuple[0]))
    expect(texts.map((text) => rankAll(text))).toStrictEqual(expected)
  })

  it('should answer as franc does on every bench page, whole and cut', () => {
    const texts = [...(loadTextInput('html-text') as Map<string, string>).values()]
    const differences: string[] = []
    for (const text of texts) {
      for (const size of [40, 200, 2048]) {
        const sample = text.slice(0, size)
        if (guess(sample) !== reference(sample)) differences.push(sample.slice(0, 60))
        if (rank(sample).join() !== referenceRanking(sample).join()) differences.push('ranking: ' + sample.slice(0, 60))
      }
    }
    expect({pages: texts.length, differences}).toStrictEqual({pages: 181, differences: []})
  })

  it('should answer as franc does on random text', () => {
    const alphabet = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüéèçñßşğıАБВабвгдеёжзийк東京한국 .,!?-123\n\t'.split(''))
    fc.assert(
      fc.property(fc.array(alphabet, {maxLength: 300}).map((characters) => characters.join('')), (text) => {
        expect([guess(text), rank(text)]).toStrictEqual([reference(text), referenceRanking(text)])
      }),
      {seed: 7, numRuns: 500}
    )
  })

  it('should rely on no model ranking a trigram with a sigma (lower-cased by its neighbours)', () => {
    const withSigma = Object.values(data).flatMap((models) => Object.keys(models).filter((language) => /[σςΣ]/u.test(models[language] ?? '')))
    expect(withSigma).toStrictEqual([])
  })

  it('should rely on lower-casing never making or unmaking a character franc turns to a space', () => {
    const toSpace = (code: number) => (code >= 0x21 && code <= 0x40) || /\s/.test(String.fromCharCode(code))
    const changed: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const lower = String.fromCharCode(code).toLowerCase()
      const lowerToSpace = [...lower].some((character) => toSpace(character.charCodeAt(0)))
      if (toSpace(code) ? lower !== String.fromCharCode(code) : lowerToSpace) changed.push(code)
    }
    expect(changed).toStrictEqual([])
  })

  it('should take the first 2,048 characters, as franc does', () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(40) + 'Le renard brun saute par-dessus le chien. '.repeat(200)
    expect(guess(text)).toStrictEqual(reference(text))
  })
})

/** franc's `getTopScript`: one `match` per script pattern, the highest share wins, the first on a tie. */
function referenceTopScript(value: string): [string | undefined, number] {
  let best: string | undefined
  let bestShare = -1
  for (const [name, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0
    if (share > bestShare) {
      bestShare = share
      best = name
    }
  }
  return [best, bestShare]
}

describe('topScript', () => {
  it('should expose the public api', () => {
    expect(Object.keys(scriptModule).sort()).toStrictEqual(['topScript'])
  })

  const samples: Array<[string, string]> = [
    ['latin', 'The minister spoke on Friday.'],
    ['cyrillic', 'Правительство объявило реформу.'],
    ['han and kana both count (cmn and jpn overlap)', '東京は日本の首都です。'],
    ['astral han (surrogate pairs)', '𠀀𠀁𠀂 abc'],
    ['lone surrogates', '\ud840abc\udc00\ud840'],
    ['no script at all', '1234 !?'],
    ['empty', '']
  ]
  for (const [name, text] of samples) {
    it('should find the script franc finds: ' + name, () => {
      expect(topScript(text)).toStrictEqual(referenceTopScript(text))
    })
  }

  it('should find the script franc finds on every bench page', () => {
    const texts = [...(loadTextInput('html-text') as Map<string, string>).values()]
    const differences = texts.filter((text) => topScript(text.slice(0, 2048)).join() !== referenceTopScript(text.slice(0, 2048)).join())
    expect(differences).toStrictEqual([])
  })

  it('should find the script franc finds on random text', () => {
    const characters = 'aé Ж ب क ア 東 한 ก 𠀀 𝐀 😀 \ud840 \udc00 1 .'.split(' ')
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), {maxLength: 60}).map((parts) => parts.join('')), (text) => {
        expect(topScript(text)).toStrictEqual(referenceTopScript(text))
      }),
      {seed: 7, numRuns: 500}
    )
  })
})
