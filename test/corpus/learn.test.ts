import {describe, expect, it} from 'vitest'
import * as learnModule from '../../src/corpus/learn.js'
import {createLearner, learn, merge, validateModel, type CorpusDocument, type CorpusModel} from '../../src/index.js'
import {corpus} from './corpus.js'

/**
 * A copy of a list in a fixed pseudo-random order (a seeded shuffle).
 *
 * @param items
 *   The list.
 * @param seed
 *   Any integer.
 * @returns
 *   The shuffled copy.
 */
function shuffle<Item>(items: readonly Item[], seed: number): Item[] {
  const result = [...items]
  let state = seed
  for (let index = result.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    const other = state % (index + 1)
    const swap = result[index] as Item
    result[index] = result[other] as Item
    result[other] = swap
  }
  return result
}

/**
 * Pages with many distinct lines for one site, to push a site over a small cap.
 *
 * @param count
 *   Number of pages.
 * @param linesPerPage
 *   Unique lines per page (plus two template lines).
 * @returns
 *   Pages of `big.example`.
 */
function bigSite(count: number, linesPerPage: number): CorpusDocument[] {
  const pages: CorpusDocument[] = []
  for (let page = 0; page < count; page++) {
    const lines = ['Big Example navigation bar', 'Big Example footer text']
    for (let line = 0; line < linesPerPage; line++) {
      // Letters, not digits: digits fold to `0`, which would merge the lines.
      lines.push('story ' + page.toString(36).replace(/\d/g, (digit) => 'abcdefghij'.charAt(Number(digit))) +
        ' paragraph ' + 'x'.repeat(line + 1))
    }
    pages.push({site: 'big.example', text: lines.join('\n')})
  }
  return pages
}

describe('learn', () => {
  it('should expose the public api', () => {
    expect(Object.keys(learnModule).sort()).toStrictEqual(['createLearner', 'defaultLearnOptions', 'learn', 'merge'])
  })

  it('should count each line once per page, per site, with sites and hashes sorted', () => {
    const model = learn([
      {url: 'https://www.a.example/1', text: 'Menu\nMenu\nFirst story.\n'},
      {url: 'https://a.example/2', text: 'MENU!\r\nSecond story.'},
      {site: 'B.example', text: 'Menu\n\n  \n---\n'}
    ])
    expect(Object.keys(model.sites)).toStrictEqual(['a.example', 'b.example'])
    const a = model.sites['a.example']
    expect(a && 'lines' in a ? Object.values(a.lines).sort() : undefined).toStrictEqual([1, 1, 2])
    expect(a?.pages).toBe(2)
    const hashes = a && 'lines' in a ? Object.keys(a.lines) : []
    expect(hashes).toStrictEqual([...hashes].sort())
    // `---` and blank lines have no key: only `Menu` counts on site b.
    const b = model.sites['b.example']
    expect(b && 'lines' in b ? Object.values(b.lines) : undefined).toStrictEqual([1])
    expect(Object.keys(model)).toStrictEqual(['version', 'capacity', 'width', 'depth', 'sites'])
    expect(model.version).toBe(1)
  })

  it('should give the same model, byte for byte, in any document order', () => {
    const expected = JSON.stringify(learn(corpus))
    for (const seed of [1, 2, 3, 42, 2024]) {
      expect(JSON.stringify(learn(shuffle(corpus, seed)))).toBe(expected)
    }
  })

  it('should give the same model from a streaming learner as from learn', () => {
    const learner = createLearner()
    for (const page of corpus) learner.add(page)
    expect(learner.model()).toStrictEqual(learn(corpus))
    expect(learner.pages).toBe(corpus.length)
    expect(learner.lines).toBe(corpus.reduce((sum, page) => sum + page.text.split('\n').length, 0))
  })

  it('should return the site key a page was counted under', () => {
    expect(createLearner().add({url: 'https://www.Example.org/x', text: 'a'})).toBe('example.org')
    expect(createLearner().add({site: 'Key-1', url: 'https://example.org', text: 'a'})).toBe('key-1')
  })

  it('should round-trip through JSON', () => {
    const model = learn(corpus)
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model)
  })
})

describe('merge', () => {
  const cases: ReadonlyArray<readonly [string, number]> = [
    ['first page', 1],
    ['half', Math.floor(corpus.length / 2)],
    ['all but one', corpus.length - 1]
  ]
  for (const [name, cut] of cases) {
    it('should equal learning on everything: split after the ' + name, () => {
      const documents = shuffle(corpus, cut)
      const merged = merge(learn(documents.slice(0, cut)), learn(documents.slice(cut)))
      expect(merged).toStrictEqual(learn(corpus))
    })
  }

  it('should be commutative and associative', () => {
    const [a, b, c] = [learn(corpus.slice(0, 5)), learn(corpus.slice(5, 14)), learn(corpus.slice(14))] as const
    expect(merge(a, b)).toStrictEqual(merge(b, a))
    expect(merge(merge(a, b), c)).toStrictEqual(merge(a, merge(b, c)))
  })

  it('should equal learning on everything when the union passes the cap (exact halves, sketch whole)', () => {
    const pages = bigSite(12, 10)
    const options = {capacity: 100, width: 512, depth: 4}
    const first = learn(pages.slice(0, 6), options)
    const second = learn(pages.slice(6), options)
    // Each half has 2 + 60 distinct lines: exact. The whole has 122: a sketch.
    expect('lines' in (first.sites['big.example'] ?? {})).toBe(true)
    expect('sketch' in (learn(pages, options).sites['big.example'] ?? {})).toBe(true)
    expect(merge(first, second)).toStrictEqual(learn(pages, options))
  })

  it('should equal learning on everything when both sides are sketches', () => {
    const pages = bigSite(40, 10)
    const options = {capacity: 50, width: 256, depth: 3}
    expect(merge(learn(pages.slice(0, 17), options), learn(pages.slice(17), options))).toStrictEqual(
      learn(pages, options)
    )
    expect(JSON.stringify(learn(shuffle(pages, 9), options))).toBe(JSON.stringify(learn(pages, options)))
  })

  it('should refuse models of different shapes', () => {
    expect(() => merge(learn([], {capacity: 10}), learn([]))).toThrow(
      new TypeError('Expected `b` to have the same `capacity`, `width` and `depth` as `a`')
    )
  })
})

describe('the cap', () => {
  it('should keep exact counts up to the capacity and switch to a sketch above it', () => {
    const pages = bigSite(5, 4) // 2 + 20 distinct lines
    expect('lines' in (learn(pages, {capacity: 22}).sites['big.example'] ?? {})).toBe(true)
    const sketched = learn(pages, {capacity: 21, width: 64, depth: 2}).sites['big.example']
    expect(sketched && 'sketch' in sketched ? sketched.sketch.length : 0).toBe(128)
    expect(sketched?.pages).toBe(5)
  })

  it('should never undercount in the sketch: template lines still reach their page count', () => {
    const pages = bigSite(30, 20) // 602 distinct lines into 2 × 128 counters
    const model = learn(pages, {capacity: 10, width: 128, depth: 2})
    const site = model.sites['big.example']
    if (!site || !('sketch' in site)) throw new Error('expected a sketch')
    // Every counter sums the lines that fall on it: the row sums are the total count.
    const total = 30 * 22
    expect(site.sketch.slice(0, 128).reduce((sum, count) => sum + count, 0)).toBe(total)
    expect(site.sketch.slice(128).reduce((sum, count) => sum + count, 0)).toBe(total)
  })
})

describe('validation', () => {
  const model = learn(corpus.slice(0, 3))
  const bad: ReadonlyArray<readonly [string, unknown, string]> = [
    ['not an object', 'model.json', 'Expected `options.model` to be a decruft corpus model object, got `model.json`'],
    ['null', null, 'Expected `options.model` to be a decruft corpus model object, got `null`'],
    [
      'another version',
      {...model, version: 2},
      'Expected `options.model.version` to be `1` (a model from `learn` of this decruft), got `2`'
    ],
    ['no sites', {...model, sites: []}, 'Expected `options.model.sites` to be an object of sites, got `array of 0`'],
    [
      'a fractional capacity',
      {...model, capacity: 1.5},
      'Expected `options.model.capacity` to be a whole number of at least 1, got `1.5`'
    ],
    [
      'a site without counts',
      {...model, sites: {'a.example': {pages: 2}}},
      'Expected `options.model.sites["a.example"]` to be exactly one of `lines` and `sketch`, got `pages`'
    ],
    [
      'a bad hash',
      {...model, sites: {'a.example': {pages: 2, lines: {xyz: 1}}}},
      'Expected `options.model.sites["a.example"].lines` to be keys of 16 hex characters, got `xyz`'
    ],
    [
      'a count above the pages',
      {...model, sites: {'a.example': {pages: 2, lines: {'0123456789abcdef': 3}}}},
      'Expected `options.model.sites["a.example"].lines.0123456789abcdef` to be at most `pages`, got `3`'
    ],
    [
      'a sketch of the wrong size',
      {...model, sites: {'a.example': {pages: 2, sketch: [1, 2]}}},
      'Expected `options.model.sites["a.example"].sketch` to be an array of 262144 counters (`width` × `depth`), got `array of 2`'
    ]
  ]
  for (const [name, value, message] of bad) {
    it('should throw a TypeError naming the field for ' + name, () => {
      expect(() => validateModel(value)).toThrow(new TypeError(message))
    })
  }

  it('should accept a model from learn, and the same model parsed from JSON', () => {
    expect(() => validateModel(model)).not.toThrow()
    expect(() => validateModel(JSON.parse(JSON.stringify(model)) as CorpusModel)).not.toThrow()
  })

  const badDocuments: ReadonlyArray<readonly [string, unknown, string]> = [
    ['a string', 'text', 'Expected `documents` to be an iterable of pages, got `string`'],
    ['a page without text', [{site: 'a'}], 'Expected `documents[0].text` to be a string, got `undefined`'],
    [
      'a page without site',
      [{site: 'a', text: ''}, {text: 'x'}],
      'Expected `documents[1].site` or `documents[1].url` to name a site, got `nothing`'
    ],
    ['a page with an unusable URL', [{url: 'http://', text: 'x'}], 'Expected `documents[0].site` or `documents[0].url` to name a site, got `http://`']
  ]
  for (const [name, value, message] of badDocuments) {
    it('should throw a TypeError naming the page for ' + name, () => {
      expect(() => learn(value as CorpusDocument[])).toThrow(new TypeError(message))
    })
  }

  it('should throw a TypeError naming a bad learn option', () => {
    expect(() => learn([], {capacity: 0})).toThrow(
      new TypeError('Expected `options.capacity` to be a whole number from 1 to 2147483648, got `0`')
    )
    expect(() => learn([], {depth: 17})).toThrow(
      new TypeError('Expected `options.depth` to be a whole number from 1 to 16, got `17`')
    )
  })
})
