import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanDetailed, rules} from '../../src/index.js'
import {expectFaithfulReport, pairs, repairIds, run} from './support.js'

/** Each report entry as `ruleId: actual -> expected`. */
function steps(input: string): string[] {
  return run(input, ...repairIds).report.map((entry) => entry.ruleId + ': ' + entry.actual + ' -> ' + entry.expected)
}

/**
 * Chains: several repairs on one line, side by side or one on top of another,
 * and repairs that only show once another is made (`<br/>/p>`).
 */
const chains: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  [
    'Itâ€™s&nbsp;here. /p>',
    'It’s\u00A0here.',
    ['mojibake: â€™ -> ’', 'html-entity: &nbsp; -> \u00A0', 'tag-fragment:  /p> -> ']
  ],
  ['Zero&#8203;width', 'Zerowidth', ['html-entity: &#8203; -> \u200B', 'invisible-char: &#8203; -> ']],
  ['a &lt;br&gt; b', 'a b', ['html-entity: &lt; -> <', 'tag-fragment: &lt;br&gt;  -> ', 'html-entity: &gt; -> >']],
  ['#x27;Iran</p>', "'Iran", ['html-entity: #x27; -> \'', 'tag-fragment: </p> -> ']],
  ['\uFEFF<p>cafÃ©', 'café', ['invisible-char: \uFEFF -> ', 'tag-fragment: <p> -> ', 'mojibake: Ã© -> é']],
  [
    '&Atilde;&copy;t&eacute;',
    'été',
    ['html-entity: &Atilde; -> Ã', 'mojibake: &Atilde;&copy; -> é', 'html-entity: &copy; -> ©', 'html-entity: &eacute; -> é']
  ],
  ['x&amp;nbsp;y&shy;z', 'x\u00A0yz', ['html-entity: &amp;nbsp; -> \u00A0', 'html-entity: &shy; -> \u00AD', 'invisible-char: &shy; -> ']],
  ['\u200B/p>Text', 'Text', ['invisible-char: \u200B -> ', 'tag-fragment: /p> -> ']],
  ['<br/>/p>!', '!', ['tag-fragment: <br/> -> ', 'tag-fragment: /p> -> ']]
]

describe('repair chains', () => {
  it('should run the repairs first, in the order html-entity, mojibake, invisible-char, tag-fragment', () => {
    expect(rules.slice(0, 4).map((rule) => [rule.id, rule.stage, rule.kind])).toStrictEqual([
      ['html-entity', 'repair', 'markup'],
      ['mojibake', 'repair', 'markup'],
      ['invisible-char', 'repair', 'markup'],
      ['tag-fragment', 'repair', 'markup']
    ])
    expect(repairIds).toStrictEqual(['html-entity', 'mojibake', 'invisible-char', 'tag-fragment'])
  })

  for (const [input, output, expected] of chains) {
    it(JSON.stringify(input), () => {
      const result = run(input, ...repairIds)
      expect({text: result.text, steps: steps(input)}).toStrictEqual({text: output, steps: expected})
      // Every entry quotes the input at its own position, even when an edit
      // rewrote text an earlier one wrote (`&lt;br&gt;`).
      expect(
        result.report.map((entry) => input.slice(entry.position.start.offset, entry.position.end.offset))
      ).toStrictEqual(result.report.map((entry) => entry.actual))
    })
  }

  it('should be idempotent on every chain', () => {
    expect(chains.map(([, output]) => [output, run(output, ...repairIds).report])).toStrictEqual(
      chains.map(([, output]) => [output, []])
    )
  })

  it('should report two repairs next to each other at their own places', () => {
    const input = 'Title\nallied to #x27;Iran /p>'
    const result = run(input, ...repairIds)
    expect(result.report).toStrictEqual([
      {
        type: 'repair',
        ruleId: 'html-entity',
        kind: 'markup',
        reason: "Unexpected broken HTML entity `#x27;` (its `&` is missing), expected `'`",
        confidence: 0.9,
        position: {start: {line: 2, column: 11, offset: 16}, end: {line: 2, column: 16, offset: 21}},
        actual: '#x27;',
        expected: "'"
      },
      {
        type: 'repair',
        ruleId: 'tag-fragment',
        kind: 'markup',
        reason: 'Unexpected tag fragment `/p>`, expected nothing',
        confidence: 0.85,
        position: {start: {line: 2, column: 20, offset: 25}, end: {line: 2, column: 24, offset: 29}},
        actual: ' /p>',
        expected: ''
      }
    ])
    expectFaithfulReport(input, result)
    expect(result.stats).toStrictEqual({blocks: 2, removed: 0, repairs: 2})
  })

  it('should print repairs as vfile messages', () => {
    expect(run('a &amp; b', ...repairIds).messages.map(String)).toStrictEqual([
      '1:3-1:8: Unexpected HTML entity `&amp;`, expected `&`'
    ])
  })

  it('should not report the repairs of a line that is then removed', () => {
    const result = cleanDetailed('First paragraph of the story.\nSpread&nbsp;the love\n', {format: 'text'})
    expect(result.report.map((entry) => entry.type + ':' + entry.ruleId)).toStrictEqual(['removal:share-widget'])
  })

  it('should let each repair be turned off', () => {
    const options = {format: 'text' as const, rules: {'html-entity': false, 'tag-fragment': false}}
    expect(pairs(cleanDetailed('Itâ€™s &amp; /p>', options).report)).toStrictEqual([['â€™', '’']])
  })
})

describe('seed markup lines', () => {
  const folder = new URL('../fixtures/seeds/', import.meta.url)
  const read = (name: string) => readFileSync(new URL(name, folder), 'utf8')

  it('should repair both markup lines of seed 004 through the default pipeline', () => {
    const input = read('004_707b419f3301c1a4.input.txt')
    const repairs = cleanDetailed(input).report.filter((entry) => entry.type === 'repair')
    expect(repairs.map((entry) => [entry.position.start.line, entry.ruleId, entry.actual, entry.expected])).toStrictEqual([
      [11, 'tag-fragment', ' /p>', ''],
      [39, 'html-entity', '#x27;', "'"]
    ])
  })

  it('should leave the non-breaking spaces of seed 001 and every other seed untouched', () => {
    for (const name of ['000_eace9f928cb9783c', '001_8ac7ddf6f77f5d42', '002_d7f87bb594aad04a', '003_4075b0b635bc5283']) {
      const input = read(name + '.input.txt')
      expect([name, run(input, ...repairIds).report]).toStrictEqual([name, []])
    }
    const input = read('001_8ac7ddf6f77f5d42.input.txt')
    expect(run(input, ...repairIds).text).toBe(input)
    expect(input.includes('\u00A0')).toBe(true)
  })
})
