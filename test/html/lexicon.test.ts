import {describe, expect, it} from 'vitest'
import * as lexicon from '../../src/lexicon/dom.js'

/** Every word list of the DOM lexicon, by name. */
const lists: ReadonlyArray<readonly [string, readonly string[]]> = [
  ...Object.entries(lexicon.noiseTokens).map(([kind, tokens]): [string, readonly string[]] => ['noiseTokens.' + kind, tokens ?? []]),
  ['contentTokens', lexicon.contentTokens],
  ['embedTokens', lexicon.embedTokens],
  ['modifierTokens', lexicon.modifierTokens],
  ['compoundExceptions', lexicon.compoundExceptions],
  ['compoundStems', lexicon.compoundStems.map(([stem]) => stem)]
]

describe('DOM lexicon', () => {
  it('should expose the public api', () => {
    expect(Object.keys(lexicon).sort()).toStrictEqual([
      'compoundExceptions',
      'compoundStems',
      'contentTokens',
      'embedTokens',
      'modifierTokens',
      'noiseTokens'
    ])
  })

  for (const [name, tokens] of lists) {
    it(`should keep ${name} sorted, unique and lower-case`, () => {
      expect({
        sorted: [...tokens].sort(),
        unique: new Set(tokens).size,
        lower: tokens.filter((token) => token !== token.toLowerCase())
      }).toStrictEqual({sorted: [...tokens], unique: tokens.length, lower: []})
    })
  }

  it('should name no token as both noise and content', () => {
    const noise = new Set(Object.values(lexicon.noiseTokens).flat())
    const both = [...lexicon.contentTokens, ...lexicon.embedTokens, ...lexicon.modifierTokens].filter((token) => noise.has(token))
    expect(both).toStrictEqual([])
  })
})
