import {describe, expect, it} from 'vitest'
import * as hashModule from '../../src/corpus/hash.js'
import {hashKey, hashLanes} from '../../src/corpus/hash.js'
import * as keyModule from '../../src/corpus/key.js'
import {siteKey, templateKey} from '../../src/index.js'

describe('hashKey', () => {
  it('should expose the public api', () => {
    expect(Object.keys(hashModule).sort()).toStrictEqual(['hashKey', 'hashLanes', 'hashPattern'])
    expect(Object.keys(keyModule).sort()).toStrictEqual(['siteKey', 'templateKey'])
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
    const [high, low] = hashLanes(hashKey('subscribe to our newsletter'))
    const [otherHigh, otherLow] = hashLanes(hashKey('subscribe to our newsletters'))
    expect(high === otherHigh || low === otherLow).toBe(false)
  })

  it('should split a hash into its two lanes', () => {
    expect(hashLanes('0000000fffffffff')).toStrictEqual([15, 4_294_967_295])
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
