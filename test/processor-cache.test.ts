import {describe, expect, it} from 'vitest'
import {clean, learn} from '../src/index.js'
import * as cache from '../src/processor-cache.js'

describe('processor cache', () => {
  it('should expose the public api', () => {
    expect(Object.keys(cache).sort()).toStrictEqual(['cachedProcessor'])
  })

  it('should share one processor between option objects with the same values', () => {
    const rules = {'share-widget': false}
    const first = cache.cachedProcessor({format: 'text', rules, preset: 'precision'})
    expect(cache.cachedProcessor({format: 'text', rules, preset: 'precision'})).toBe(first)
    expect(cache.cachedProcessor({format: 'text', rules, preset: 'precision', site: 'a.example'})).toBe(first)
  })

  it('should build another processor when a shaping value differs', () => {
    const rules = {'share-widget': false}
    const first = cache.cachedProcessor({format: 'text', rules})
    expect(cache.cachedProcessor({format: 'html', rules})).not.toBe(first)
    expect(cache.cachedProcessor({format: 'text', rules, preset: 'recall'})).not.toBe(first)
    expect(cache.cachedProcessor({format: 'text', rules: {'share-widget': false}})).not.toBe(first)
  })

  it('should apply each call’s own site with one shared processor', () => {
    const template = 'Weekly digest from the harbour desk'
    const pages = [1, 2, 3, 4, 5, 6].map((index) => ({
      site: 'harbour.example',
      text: template + '\nStory number ' + index + ' is about boats leaving the harbour at dawn.'
    }))
    const model = learn(pages)
    const page = template + '\nA new story about the ferry that arrived late on Sunday evening.'
    const options = {model}
    expect(clean(page, {...options, site: 'harbour.example'})).toBe(
      'A new story about the ferry that arrived late on Sunday evening.'
    )
    expect(clean(page, {...options, site: 'elsewhere.example'})).toBe(page)
  })

  it('should throw a TypeError naming `options.site` when it is no string', () => {
    expect(() => clean('a', {site: 42 as unknown as string})).toThrow(
      new TypeError('Expected `options.site` to be a URL or site key string, got `number`')
    )
  })

  it('should name an array `options.site` an array, not an object', () => {
    expect(() => clean('a', {site: ['a.example'] as unknown as string})).toThrow(
      new TypeError('Expected `options.site` to be a URL or site key string, got `array`')
    )
  })
})
