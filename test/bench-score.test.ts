import {describe, expect, it} from 'vitest'
// @ts-expect-error: plain ESM bench module without type declarations.
import {loadGold, loadTextInput} from '../bench/lib/data.mjs'
// @ts-expect-error: plain ESM bench module without type declarations.
import {comparePage, scoreCorpus} from '../bench/lib/score.mjs'

describe('benchmark scorer', () => {
  it('should score identical texts as perfect and disjoint ones as zero', () => {
    expect(comparePage('one two three four five', 'one two three four five')).toStrictEqual({tp: 1, fp: 0, fn: 0})
    expect(comparePage('alpha beta gamma delta', 'one two three four')).toStrictEqual({tp: 0, fp: 0.5, fn: 0.5})
  })

  it('should count a text of fewer than four tokens as one shingle', () => {
    expect(comparePage('just two', 'just two')).toStrictEqual({tp: 1, fp: 0, fn: 0})
  })

  // The reference figures published with the data (bench/data/scrapinghub/README.md).
  const references: Array<[string, number, number, number]> = [
    ['html-text', 0.665, 0.5, 0.994],
    ['visible-text', 0.685, 0.522, 0.993],
    ['readability_js', 0.947, 0.914, 0.982],
    ['trafilatura', 0.958, 0.938, 0.978]
  ]
  const gold = loadGold()
  for (const [name, f1, precision, recall] of references) {
    it(`should reproduce the published score of ${name}`, () => {
      const score = scoreCorpus(loadTextInput(name), gold)
      expect([score.f1, score.precision, score.recall].map((value: number) => value.toFixed(3))).toStrictEqual(
        [f1, precision, recall].map((value) => value.toFixed(3))
      )
    })
  }
})
