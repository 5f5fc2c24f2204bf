import {describe, expect, it} from 'vitest'
import {clean, cleanDetailed, createProcessor, rules} from '../../src/index.js'
import {reviseByContext, type ContextBlock} from '../../src/detect/block-context.js'
import {findContentZone} from '../../src/detect/content-zone.js'
import type {Example} from '../../src/rule.js'

const rule = rules.find((item) => item.id === 'block-classifier')

/**
 * Whether the line under test survives cleaning of its context.
 *
 * @param example
 *   A context example.
 * @returns
 *   Whether the line is kept.
 */
function isKept(example: Example): boolean {
  if (typeof example === 'string') throw new TypeError('Expected a context example')
  const line = example.context[example.line] ?? ''
  return clean(example.context.join('\n')).split('\n').includes(line)
}

describe('block-classifier', () => {
  it('should be registered as a context rule', () => {
    expect([rule?.id, rule?.stage, rule?.kind]).toStrictEqual(['block-classifier', 'context', 'boilerplate'])
  })

  for (const example of rule?.examples.catch ?? []) {
    const text = typeof example === 'string' ? example : example.context[example.line]
    it(`should remove \`${text}\``, () => {
      expect(isKept(example)).toBe(false)
    })
  }

  for (const example of rule?.examples.keep ?? []) {
    const text = typeof example === 'string' ? example : example.context[example.line]
    it(`should keep \`${text}\``, () => {
      expect(isKept(example)).toBe(true)
    })
  }

  it('should report a menu line with its rule, kind and confidence', () => {
    const example = rule?.examples.catch[0]
    if (!example || typeof example === 'string') throw new TypeError('Expected a context example')
    const entry = cleanDetailed(example.context.join('\n')).report.find((item) => item.actual === 'World')
    expect([entry?.ruleId, entry?.kind, entry?.confidence, entry?.reason]).toStrictEqual([
      'block-classifier',
      'boilerplate',
      0.8,
      'Unexpected boilerplate outside the main content `World`'
    ])
  })

  it('should keep its judgement on the blocks only when asked to explain', () => {
    const example = rule?.examples.catch[0]
    if (!example || typeof example === 'string') throw new TypeError('Expected a context example')
    const text = example.context.join('\n')
    const judged = (settings: Record<string, unknown>) => {
      const processor = createProcessor({rules: {'block-classifier': settings}})
      const tree = processor.runSync(processor.parse(text))
      return tree.children.filter((block) => block.data?.cache?.['classifierJudgement'] !== undefined).length
    }
    expect(judged({})).toBe(0)
    expect(judged({explain: true})).toBe(text.split('\n').filter((line) => line !== '').length)
  })

  it('should leave a lone short line alone (no article, no context to judge by)', () => {
    expect(clean('Quarterly figures')).toBe('Quarterly figures')
  })

  it('should keep everything under the precision preset that it removes only by context', () => {
    const example = rule?.examples.catch[0]
    if (!example || typeof example === 'string') throw new TypeError('Expected a context example')
    const input = example.context.join('\n')
    expect(clean(input, {preset: 'precision'})).toBe(clean(input, {preset: 'balanced'}))
    expect(clean(input, {rules: {'block-classifier': {confidence: 0.7}}, preset: 'precision'})).toBe(input)
  })
})

describe('findContentZone', () => {
  const table: Array<[string, number[], {start: number; end: number}]> = [
    ['empty', [], {start: 0, end: 0}],
    ['all negative', [-1, -2], {start: 0, end: 0}],
    ['one run', [-3, 5, -1, 4, -9, 2], {start: 1, end: 4}],
    ['whole', [1, 2, 3], {start: 0, end: 3}]
  ]
  for (const [name, weights, expected] of table) {
    it(`should find the zone: ${name}`, () => {
      expect(findContentZone(weights)).toStrictEqual(expected)
    })
  }
})

describe('reviseByContext', () => {
  const block = (initial: ContextBlock['initial'], extra: Partial<ContextBlock> = {}): ContextBlock => ({
    initial,
    heading: false,
    size: initial === 'short' ? 20 : 300,
    sentence: false,
    blankBefore: true,
    ...extra
  })
  const settings = {headingDistance: 200, runSize: 400}
  const table: Array<[string, ContextBlock[], string[]]> = [
    ['short between good is good', [block('good'), block('short'), block('good')], ['good', 'good', 'good']],
    ['short between bad is bad', [block('bad'), block('short'), block('bad')], ['bad', 'bad', 'bad']],
    ['label at a good/bad edge is bad', [block('good'), block('short'), block('bad')], ['good', 'bad', 'bad']],
    [
      'sentence at a good/bad edge is good',
      [block('good'), block('short', {sentence: true}), block('bad')],
      ['good', 'good', 'bad']
    ],
    [
      'heading before good text stays',
      [block('bad'), block('short', {heading: true}), block('good')],
      ['bad', 'good', 'good']
    ],
    ['lone near-good between bad is bad', [block('bad'), block('near-good', {size: 100}), block('bad')], ['bad', 'bad', 'bad']],
    [
      'a long run of near-good is good',
      [block('bad'), block('near-good'), block('near-good'), block('bad')],
      ['bad', 'good', 'good', 'bad']
    ]
  ]
  for (const [name, blocks, expected] of table) {
    it(`should revise: ${name}`, () => {
      expect(reviseByContext(blocks, settings)).toStrictEqual(expected)
    })
  }

  const label = block('short')
  const menuTable: Array<[string, ContextBlock[], string[]]> = [
    ['four labels between good text are a menu', [block('good'), label, label, label, label, block('good')], ['good', 'bad', 'bad', 'bad', 'bad', 'good']],
    ['three labels between good text stay with it', [block('good'), label, label, label, block('good')], ['good', 'good', 'good', 'good', 'good']],
    [
      'short sentences between good text are no menu',
      [block('good'), ...Array.from({length: 4}, () => block('short', {sentence: true})), block('good')],
      ['good', 'good', 'good', 'good', 'good', 'good']
    ],
    [
      'labels and heading-like labels between good text are a menu (the last headings stay with the text)',
      [block('good'), label, label, block('short', {heading: true}), block('short', {heading: true}), block('good')],
      ['good', 'bad', 'bad', 'good', 'good', 'good']
    ],
    [
      'one heading before good text stays',
      [block('bad'), label, block('short', {heading: true}), block('good')],
      ['bad', 'bad', 'good', 'good']
    ]
  ]
  for (const [name, blocks, expected] of menuTable) {
    it(`should revise with a menu limit: ${name}`, () => {
      expect(reviseByContext(blocks, {...settings, menuLabels: 4})).toStrictEqual(expected)
    })
  }
})

describe('block-classifier on text that is already an article', () => {
  const lead =
    'BAGHDAD/WASHINGTON – The Iraqi government said on Friday it had begun the process of ending the mission of the U.S.-led coalition in the country, after a strike in the capital killed a militia commander.'
  const body =
    'Talks with Washington will start next month, a spokesman for the prime minister told reporters in the capital. Officials declined to say how long the talks would take, or what would follow them.'
  const article = [lead, '', body, '']
  const menu = ['Home', 'World', 'Business', 'Sport', 'Video', 'Log in', 'Weather', 'Podcasts', 'Newsletters', 'About us']
  const notice = 'We use small files on this site to remember your settings and to show you offers that match your interests.'
  const table: Array<[string, string[], string, boolean]> = [
    ['a list that ends the article', [...article, 'What the agreement covers:', '', 'Training of Iraqi forces', 'Air support on request', 'Shared intelligence'], 'Air support on request', true],
    ['a table that ends the article', [...article, '| Year | Troops |', '| 2023 | 2,500 |', '| 2024 | 2,000 |'], '| 2023 | 2,500 |', true],
    ['a table in a text without article', ['| Pos | Driver | Points |', '| 1 | Ana Souza | 5040 |', '| 2 | Lee Min | 5035 |'], '| 1 | Ana Souza | 5040 |', true],
    ['a long paragraph with a credit glued to its end', [lead + ' ' + body + '© Reuters'], lead + ' ' + body + '© Reuters', true],
    ['a bare link after the article', [...article, 'www.example.com/more-news'], 'www.example.com/more-news', false],
    ['a menu after the article of a page', [...menu, '', ...article, ...menu], 'Podcasts', false],
    ['a notice above the menu of a page', [notice, '', ...menu, '', ...article, ...menu], notice, false],
    ['a title between the menu and the article', [...menu, '', 'Iraq moves to end the coalition mission', '', ...article, ...menu], 'Iraq moves to end the coalition mission', true]
  ]
  for (const [name, lines, line, kept] of table) {
    it(`should ${kept ? 'keep' : 'remove'} ${name}`, () => {
      expect(clean(lines.join('\n')).split('\n').includes(line)).toBe(kept)
    })
  }
})

describe('block-classifier on a long line inside the article that is bad on its own', () => {
  const menu = ['Home', 'World', 'Business', 'Sport', 'Culture']
  const article = [
    'BAGHDAD/WASHINGTON – The Iraqi government said on Friday it had begun the process of ending the mission of the U.S.-led coalition in the country.',
    'Talks with Washington will start next month, a spokesman for the prime minister told reporters in the capital on Friday afternoon.',
    'The announcement came a day after a strike in the capital killed a militia commander, prompting anger among armed groups allied with Iran.',
    '“We will consult closely with the Iraqi government about the safety of our forces,” a Pentagon spokesman said in a statement on Thursday.'
  ]
  const table: Array<[string, string, boolean]> = [
    ['a German list of ingredients on one line', 'Zutaten für vier Personen 500 Gramm Mehl 250 Milliliter Milch 2 Eier 1 Prise Salz 50 Gramm Butter', true],
    ['an Arabic line in presentation forms (no stop word matches)', 'ْﺐِﺒْﺣَﺃ َﻚَﺒﻴِﺒَﺣ ﺎًﻧْﻮَﻫ ﺎَﻣ ﻰَﺴَﻋ ْﻥَﺃ َﻥﻮُﻜَﻳ َﻚَﻀْﻴِﻐَﺑ ﺎًﻣْﻮَﻳ', true],
    ['a menu bar', 'Home | News | Sport | Weather | Contact | About | Privacy | Terms | Jobs | Advertise', false]
  ]
  for (const [name, line, kept] of table) {
    it(`should ${kept ? 'keep' : 'remove'} ${name}`, () => {
      const input = [...menu, '', ...article.slice(0, 2), line, ...article.slice(2), '', ...menu].join('\n')
      expect(clean(input).split('\n').includes(line)).toBe(kept)
    })
  }
})
