import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as hashModule from '../../src/corpus/hash.js'
import {compactLanes, compactToHex, hashCompact, hashKey, hexToCompact} from '../../src/corpus/hash.js'
import * as foldModule from '../../src/corpus/fold.js'
import {hashLine} from '../../src/corpus/fold.js'
import * as keyModule from '../../src/corpus/key.js'
import {normalizeLine, siteKey, templateKey} from '../../src/index.js'

describe('hashKey', () => {
  it('should expose the public api', () => {
    expect(Object.keys(hashModule).sort()).toStrictEqual([
      'compactLanes',
      'compactToHex',
      'finishHash',
      'firstBasis',
      'firstPrime',
      'hashCompact',
      'hashKey',
      'hashPattern',
      'hexToCompact',
      'secondBasis',
      'secondPrime'
    ])
    expect(Object.keys(keyModule).sort()).toStrictEqual(['siteKey', 'templateKey'])
    expect(Object.keys(foldModule).sort()).toStrictEqual(['foldLine', 'foldWithRegexes', 'hashLine'])
  })

  // Pinned values, checked against an independent Python implementation of
  // the same steps: a model written by one runtime must be read by every
  // other, so these may never change within model version 1.
  const pinned: ReadonlyArray<readonly [string, string]> = [
    ['', 'e2a6172cfcd72362'],
    ['a', '408a8358b7b52798'],
    ['spread the love', '99728be349c37df0'],
    ['abone ol google news', '2f26dd0a5a1a73b3'],
    ['подписаться на рассылку', '30a8e8f552039ae3'],
    ['0 example media all rights reserved', 'bb33120ef6008c8a'],
    ['😀 emoji', 'f8ae567eb18808fa']
  ]
  for (const [value, hash] of pinned) {
    it('should hash `' + value + '` to the pinned value', () => {
      expect(hashKey(value)).toBe(hash)
    })
  }

  it('should not collide on 200,000 similar keys', () => {
    const seen = new Set<string>()
    for (let index = 0; index < 200_000; index++) seen.add(hashKey('line ' + index.toString(36)))
    expect(seen.size).toBe(200_000)
  })

  it('should spread one changed character over both lanes', () => {
    const [high, low] = compactLanes(hashCompact('subscribe to our newsletter'))
    const [otherHigh, otherLow] = compactLanes(hashCompact('subscribe to our newsletters'))
    expect(high === otherHigh || low === otherLow).toBe(false)
  })

  it('should split a hash into its two lanes', () => {
    expect(compactLanes(hexToCompact('0000000fffffffff'))).toStrictEqual([15, 4_294_967_295])
    expect(compactLanes(hexToCompact('8000000100000002'))).toStrictEqual([2_147_483_649, 2])
  })

  it('should convert between hex and compact hashes both ways', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 20}), (value) => {
        const compact = hashCompact(value)
        expect(compact.length).toBe(4)
        expect(hexToCompact(compactToHex(compact))).toBe(compact)
        expect(compactToHex(compact)).toBe(hashKey(value))
      })
    )
  })
})

describe('templateKey', () => {
  const table: ReadonlyArray<readonly [string, string]> = [
    ['Spread the love', 'spread the love'],
    ['  SPREAD   the love!!  ', 'spread the love'],
    ['© 2024 Example Media. All rights reserved.', '0 example media all rights reserved'],
    ['Page 3 of 12', 'page 0 of 0'],
    ['Bu haber 1.234 kez okundu', 'bu haber 0 0 kez okundu'],
    ['Подписаться на рассылку', 'подписаться на рассылку'],
    ['Ｆｕｌｌ　ｗｉｄｔｈ', 'full width'],
    ['٣ تعليقات', '0 تعليقات'],
    ['---', ''],
    ['', '']
  ]
  for (const [line, key] of table) {
    it('should fold `' + line + '` to `' + key + '`', () => {
      expect(templateKey(line)).toBe(key)
    })
  }
})

describe('templateKey against its definition (the fast paths)', () => {
  /** The general definition: `normalizeLine`, then digit runs folded. */
  const general = (line: string): string => normalizeLine(line).replace(/\p{N}+/gu, '0')

  it('should equal the general definition on any ASCII line', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...'aZ09 .,-_\t!?/#&;:()[]{}\'"\\\u007f\u0000'.split('')), maxLength: 40}), (line) => {
        expect(templateKey(line)).toBe(general(line))
      }),
      {numRuns: 2000}
    )
    fc.assert(
      fc.property(fc.string({unit: 'binary-ascii', maxLength: 60}), (line) => {
        expect(templateKey(line)).toBe(general(line))
      }),
      {numRuns: 2000}
    )
  })

  it('should hash a line as `hashCompact(templateKey(line))` (the fused fold and hash)', () => {
    const lines = fc.oneof(
      fc.string({unit: 'binary-ascii', maxLength: 60}),
      fc.string({unit: fc.constantFrom(...'aZ09 .-!İé😀'), maxLength: 30})
    )
    fc.assert(
      fc.property(lines, (line) => {
        const key = templateKey(line)
        expect(hashLine(line)).toBe(key === '' ? undefined : hashCompact(key))
      }),
      {numRuns: 3000}
    )
  })

  it('should equal the general definition on any Unicode line', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 60}), (line) => {
        expect(templateKey(line)).toBe(general(line))
      }),
      {numRuns: 3000}
    )
    fc.assert(
      fc.property(
        fc.string({unit: fc.constantFrom(...'İIıßẞﬁ½²٣३ᛮ①Ⅻé\u0301 .-Ωσς𝐀😀ǅ'), maxLength: 30}),
        (line) => {
          expect(templateKey(line)).toBe(general(line))
        }
      ),
      {numRuns: 3000}
    )
  })

  const table: ReadonlyArray<readonly [string, string]> = [
    ['a1', 'a0'],
    ['1a', '0a'],
    ['1 2', '0 0'],
    ['x 12-34 y', 'x 0 0 y'],
    [' --Hello,   WORLD-- ', 'hello world']
  ]
  for (const [line, key] of table) {
    it('should fold `' + line + '` to `' + key + '`', () => {
      expect(templateKey(line)).toBe(key)
      expect(general(line)).toBe(key)
    })
  }
})

describe('siteKey', () => {
  const table: ReadonlyArray<readonly [string, string | undefined]> = [
    ['https://www.example.com/a/b?c=d', 'example.com'],
    ['http://Example.COM:8080/', 'example.com'],
    ['//www.example.com/x', 'example.com'],
    ['example.com/news/1', 'example.com'],
    ['www.example.co.uk', 'example.co.uk'],
    ['https://news.example.com/', 'news.example.com'],
    ['https://wwwexample.com/', 'wwwexample.com'],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
    ['  My-Site ', 'my-site'],
    ['', undefined],
    ['   ', undefined],
    ['http://', undefined],
    ['file:///etc/passwd', undefined]
  ]
  for (const [value, key] of table) {
    it('should map `' + value + '` to ' + String(key), () => {
      expect(siteKey(value)).toBe(key)
    })
  }
})
