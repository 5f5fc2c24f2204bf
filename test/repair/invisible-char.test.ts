import {isSafe} from 'redos-detector'
import {describe, expect, it} from 'vitest'
import * as module from '../../src/repair/invisible-char.js'
import {bestTime, describeRepairTables, expectRecordExamples, hostileRatios, pairs, run, type BadRow} from './support.js'

const id = 'invisible-char'

/** Lines the rule must leave alone. */
const good: readonly string[] = [
  'Prix\u00A0: 5\u00A0€, 10\u202F%, 1\u2009000.',
  'Col one\tcol two\tcol three',
  'A family: \u{1F468}\u200D\u{1F469}\u200D\u{1F467}, a coder: \u{1F469}\u{1F3FD}\u200D\u{1F4BB}.',
  'A flag: \u{1F3F3}\uFE0F\u200D\u{1F308}.',
  'Persian: \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645.',
  'Arabic: \u0644\u064E\u200D\u0627.',
  'Hindi: \u0915\u094D\u200D\u0937 and \u0915\u094D\u200C\u0937.',
  'Malayalam: \u0D28\u0D4D\u200D\u0D28.',
  'Thai: \u0E20\u0E32\u0E29\u0E32\u200B\u0E44\u0E17\u0E22.',
  'Hebrew: \u05E2\u05D1\u05E8\u05D9\u05EA \u200F(RLM) and \u202Bembedding\u202C.',
  'Variation: \u2764\uFE0F and \u263A\uFE0E.',
  'A real emoji \u{1F600} stays.',
  'BAGHDAD/WASHINGTON – The Iraqi government said on Friday.',
  'Background: U.S. Strike and Escalating Tensions',
  'Привет, мир! Hükümet açıkladı. Die Brücke.',
  ''
]

/** Lines the rule must repair: input, output, and `[actual, expected]` of each edit. */
const bad: readonly BadRow[] = [
  ['\uFEFFThe minister spoke.', 'The minister spoke.', [['\uFEFF', '']]],
  ['Zero\u200B width\u200B\u200B spaces', 'Zero width spaces', [['\u200B', ''], ['\u200B\u200B', '']]],
  ['Donau\u00ADdampf\u00ADschiff', 'Donaudampfschiff', [['\u00AD', ''], ['\u00AD', '']]],
  ['Le\u2060 ministre\u0007 a parlé\u007F.', 'Le ministre a parlé.', [['\u2060', ''], ['\u0007', ''], ['\u007F', '']]],
  ['C1\u0080 and\u009F controls', 'C1 and controls', [['\u0080', ''], ['\u009F', '']]],
  ['NUL\u0000 byte', 'NUL byte', [['\u0000', '']]],
  ['Line one\u000BLine two\u000C', 'Line one Line two', [['\u000B', ' '], ['\u000C', '']]],
  ['One\u0085two', 'One two', [['\u0085', ' ']]],
  ['Broken \uD83D half and \uDE00 other', 'Broken \uFFFD half and \uFFFD other', [['\uD83D', '\uFFFD'], ['\uDE00', '\uFFFD']]],
  ['Bak\u200Dan cuma\u200C günü', 'Bakan cuma günü', [['\u200D', ''], ['\u200C', '']]],
  ['\u200D\u{1F600} lone joiner', '\u{1F600} lone joiner', [['\u200D', '']]],
  ['Latin\u200Bin\u200BThai \u0E20\u200Bx', 'LatininThai \u0E20x', [['\u200B', ''], ['\u200B', ''], ['\u200B', '']]],
  ['Mongolian\u180E separator', 'Mongolian separator', [['\u180E', '']]],
  ['Mixed \u200B\uFEFF\u2060\u00AD run', 'Mixed  run', [['\u200B\uFEFF\u2060\u00AD', '']]]
]

describe(id, () => {
  it('should expose the public api', () => {
    expect(Object.keys(module).sort()).toStrictEqual(['default', 'findInvisibleRepairs', 'invisibleChar', 'invisiblePatterns'])
  })

  describeRepairTables(
    id,
    {title: 'good: keeps spaces, joiners that shape words, bidi marks', rows: good},
    {title: 'bad: removes invisible junk', rows: bad}
  )

  it('should report a run as one whole entry that names each character', () => {
    expect(run('Title\nA\u200B\uFEFFb', id).report).toStrictEqual([
      {
        type: 'repair',
        ruleId: id,
        kind: 'markup',
        reason: 'Unexpected invisible characters zero width space U+200B, byte order mark U+FEFF, expected nothing',
        confidence: 0.95,
        position: {start: {line: 2, column: 2, offset: 7}, end: {line: 2, column: 4, offset: 9}},
        actual: '\u200B\uFEFF',
        expected: ''
      }
    ])
  })

  it('should repair blank lines too (a line of only a byte order mark)', () => {
    const result = run('One.\n\uFEFF\nTwo.', id)
    expect({text: result.text, edits: pairs(result.report)}).toStrictEqual({text: 'One.\n\nTwo.', edits: [['\uFEFF', '']]})
  })

  it('should turn a line of only zero width spaces blank', () => {
    expect(run('One.\n\u200B\u200B\nTwo.', id).text).toBe('One.\n\nTwo.')
  })

  it('should keep the record examples right with the rule alone', () => {
    expectRecordExamples(module.invisibleChar)
  })

  describe('patterns run in linear time (redos-detector)', () => {
    for (const [name, pattern] of Object.entries(module.invisiblePatterns)) {
      it(name, () => {
        expect(isSafe(pattern).safe).toBe(true)
      })
    }
  })

  it('should handle hostile input about as fast as ordinary text', () => {
    const hostile = ['\u{1F600}', '\u{1F600}\u200D', '\u0628\u200C', '\u0E20\u200B', '\u{1F600}\u{1F3FD}', '\u00A0\t']
    expect(hostileRatios(id, hostile)).toStrictEqual(hostile.map((pattern) => [pattern, true]))
  })

  it('should scale linearly on a line dense with junk', () => {
    const small = bestTime(() => run('a\u200B'.repeat(2500), id))
    const large = bestTime(() => run('a\u200B'.repeat(20_000), id))
    // 8 times the text: linear work takes about 8 times as long, quadratic 64.
    expect(large < small * 32).toBe(true)
  })
})
