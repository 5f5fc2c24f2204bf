/**
 * The detector lexicons are data, and data tables need tests too: every entry
 * is folded the way `normalizeLine` folds lines (or it could never match),
 * lists are sorted and free of duplicates, and every per-language lexicon
 * covers the nine languages decruft promises (some also Chinese, Japanese and
 * Korean).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as byline from '../../src/lexicon/byline.js'
import * as caption from '../../src/lexicon/caption.js'
import * as comments from '../../src/lexicon/comments.js'
import * as date from '../../src/lexicon/date.js'
import * as promo from '../../src/lexicon/promo.js'
import * as related from '../../src/lexicon/related.js'
import * as script from '../../src/lexicon/script.js'
import * as share from '../../src/lexicon/share.js'
import * as ui from '../../src/lexicon/ui.js'
import {anyPhrase, findOpening, hasTableWord, wordTable} from '../../src/detect/lexicon-set.js'
import {normalizeLine} from '../../src/normalize.js'

/** Lists kept as written, not folded: matched against raw text. */
const rawLists = new Set(['caption.photoAgencies', 'related.loadingWords', 'script.trackerNames', 'script.scriptGlobals', 'script.statementKeywords'])

/** Lists whose entries are matched against single raw words, not folded lines. */
const wordLists = new Set(['byline.nameParticles'])

const modules = {byline, caption, comments, date, promo, related, script, share, ui}

const languages = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr']

/** Languages some lexicons also cover: Chinese, Japanese and Korean, where their words are whole lines. */
const moreLanguages = ['ja', 'ko', 'zh']

/** Every list in the lexicons, as `[name, entries]`. */
const lists: Array<[string, readonly string[]]> = []
/** Every per-language lexicon, as `[name, languages]`. */
const perLanguage: Array<[string, string[]]> = []
for (const [module, exports] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(exports)) {
    const id = module + '.' + name
    if (Array.isArray(value)) {
      lists.push([id, value as string[]])
    } else {
      const record = value as Readonly<Record<string, readonly string[]>>
      perLanguage.push([id, Object.keys(record).filter((key) => key !== '*').sort()])
      for (const [language, entries] of Object.entries(record)) lists.push([id + '.' + language, entries])
    }
  }
}

describe('lexicons', () => {
  it('should expose the public api (lexicon modules)', () => {
    expect(Object.keys(modules)).toStrictEqual(['byline', 'caption', 'comments', 'date', 'promo', 'related', 'script', 'share', 'ui'])
  })

  for (const [name, entries] of lists) {
    it(`${name} should be sorted, without duplicates`, () => {
      expect(entries).toStrictEqual([...new Set(entries)].sort((a, b) => a.localeCompare(b, 'en')))
    })

    const base = name.split('.').slice(0, 2).join('.')
    if (!rawLists.has(base) && !wordLists.has(base)) {
      it(`${name} should be folded as lines are`, () => {
        expect(entries.filter((entry) => normalizeLine(entry) !== entry)).toStrictEqual([])
      })
    }
  }

  for (const [name, keys] of perLanguage) {
    it(`${name} should cover the nine languages, and no language decruft does not name`, () => {
      expect(keys.filter((key) => !moreLanguages.includes(key))).toStrictEqual(languages)
    })
  }
})

describe('normalizeLine', () => {
  it('should fold Turkish `İ` like `i`', () => {
    expect(normalizeLine('İlgili Haberler')).toBe('ilgili haberler')
  })

  it('should fold ASCII lines (with curly quotes and dashes) exactly as the general path does', () => {
    const unit = fc.oneof(fc.string({unit: 'grapheme-ascii', maxLength: 3}), fc.constantFrom('’', '‘', '“', '”', '–', '—'))
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 40}).map((parts) => parts.join('')), (text) => {
        const general = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()
        expect(normalizeLine(text)).toBe(general)
      })
    )
  })
})

describe('findOpening', () => {
  const phrases = new Set(['sign up', 'sign up for our newsletter', 'subscribe', 'click here to read'])

  /**
   * `findOpening` as first written: every prefix up to `maxWords` looked up.
   *
   * @param normalized
   *   A folded line.
   * @returns
   *   The longest phrase the line opens with.
   */
  function referenceOpening(normalized: string): string | undefined {
    let found: string | undefined
    let end = -1
    for (let words = 0; words < 5; words++) {
      end = normalized.indexOf(' ', end + 1)
      const prefix = end === -1 ? normalized : normalized.slice(0, end)
      if (phrases.has(prefix)) found = prefix
      if (end === -1) break
    }
    return found
  }

  const table: Array<[string, string | undefined]> = [
    ['subscribe', 'subscribe'],
    ['subscribe now', 'subscribe'],
    ['sign up for our newsletter today', 'sign up for our newsletter'],
    ['sign up for our podcast', 'sign up'],
    // No phrase is `click here to`, but a longer one starts with it.
    ['click here to read more', 'click here to read'],
    ['click here to go', undefined],
    ['signs up', undefined],
    ['the minister will sign up', undefined],
    ['', undefined]
  ]
  for (const [line, expected] of table) {
    it(`should find ${JSON.stringify(expected)} at the start of ${JSON.stringify(line)}`, () => {
      expect(findOpening(line, phrases, 5)).toBe(expected)
    })
  }

  it('should find what trying every prefix finds', () => {
    const word = fc.constantFrom('sign', 'up', 'for', 'our', 'newsletter', 'subscribe', 'click', 'here', 'to', 'read', 'x')
    fc.assert(
      fc.property(fc.array(word, {maxLength: 8}).map((words) => words.join(' ')), (line) => {
        expect(findOpening(line, phrases, 5)).toBe(referenceOpening(line))
      })
    )
  })
})

describe('anyPhrase', () => {
  const table: Array<[string, readonly string[], string, boolean]> = [
    ['a phrase inside a line', ['read more', 'lire la suite'], 'click to read more now', true],
    ['a phrase inside a word', ['newsletter'], 'newsletters', true],
    ['no phrase', ['read more'], 'read the rest', false],
    ['syntax taken literally', ['a.b (c)', 'x+'], 'axb c', false],
    ['syntax found literally', ['a.b (c)', 'x+'], 'see a.b (c) here', true],
    ['non-ASCII phrases', ['подпишитесь на', 'bültenimize'], 'bültenimize abone olun', true],
    ['no phrases at all', [], 'anything', false]
  ]
  for (const [name, phrases, line, expected] of table) {
    it(`should find ${name}: ${JSON.stringify(line)} -> ${expected}`, () => {
      expect(anyPhrase(phrases).test(line)).toBe(expected)
    })
  }

  it('should agree with an includes per phrase', () => {
    const phrases = ['to advertise', 'advertise with us', 'sign up', 'a.b']
    const pattern = anyPhrase(phrases)
    const word = fc.constantFrom('to', 'advertise', 'with', 'us', 'sign', 'up', 'a.b', 'axb', 'x')
    fc.assert(
      fc.property(fc.array(word, {maxLength: 8}).map((words) => words.join(' ')), (line) => {
        expect(pattern.test(line)).toBe(phrases.some((phrase) => line.includes(phrase)))
      })
    )
  })
})

describe('wordTable', () => {
  const table = wordTable(['a', 'an', 'the', 'don’t', 'été'])
  const rows: Array<[string, string, boolean, boolean]> = [
    ['a word', 'the', false, true],
    ['a capitalised word, folded', 'The', true, true],
    ['a capitalised word, not folded', 'The', false, false],
    ['a word with a curly apostrophe', 'DON’T', true, true],
    ['a word beyond ASCII', 'été', true, true],
    ['a capital beyond ASCII (not folded)', 'Été', true, false],
    ['a prefix of a word', 'th', true, false],
    ['a longer word', 'then', true, false],
    ['the empty stretch', '', true, false]
  ]
  for (const [name, word, fold, expected] of rows) {
    it(`should answer ${name}`, () => {
      const text = '(' + word + ')'
      expect(hasTableWord(table, text, 1, 1 + word.length, fold)).toStrictEqual(expected)
    })
  }

  it('should find every word of a large list, and no other', () => {
    const words = Array.from({length: 800}, (_, index) => 'w' + index.toString(36))
    const large = wordTable(words.slice(0, 400))
    const found = words.filter((word) => hasTableWord(large, word, 0, word.length, false))
    expect(found).toStrictEqual(words.slice(0, 400))
  })
})
