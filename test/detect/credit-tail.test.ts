/**
 * Contribution credits: a whole line, and one glued after a paragraph, which
 * is cut off its line.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed} from '../../src/index.js'
import {creditTail} from '../../src/detect/credit-tail.js'

const before =
  'The regional council approved the new flood plan on Tuesday after a long debate about its cost, its timing and the houses it would protect.'

/**
 * Clean a line placed after a paragraph.
 *
 * @param line
 *   The line.
 * @returns
 *   The line as it comes out (`''` when removed) and the text credit-tail removed.
 */
function run(line: string): {line: string; removed: string[]} {
  const input = [before, '', line].join('\n')
  const {text, report} = cleanDetailed(input, {rules: {'block-classifier': false}})
  const removed = report
    .filter((entry) => entry.ruleId === 'credit-tail')
    .map((entry) => input.slice(entry.position.start.offset, entry.position.end.offset))
  return {line: text.split('\n').slice(2).join('\n'), removed}
}

const paragraph = 'The ministry did not respond to a request for comment.'

const caught: ReadonlyArray<[string, string]> = [
  ['Fox News’ Jessica Napoli contributed to this report.', ''],
  ['Keith Bradsher contributed reporting from Hong Kong.', ''],
  ['Associated Press writers Alan Fram, Zeke Miller and Jill Colvin contributed to this report.', ''],
  ['Marie Dupont a contribué à cet article.', ''],
  ['Anna Rossi ha collaborato a questo articolo.', ''],
  ['Jan de Vries werkte mee aan dit artikel.', ''],
  [paragraph + 'Fox News’ Jessica Napoli contributed to this report.', paragraph],
  ['“We paid,” he said.”___Associated Press writers Alan Fram and Zeke Miller contributed to this report.', '“We paid,” he said.”'],
  [paragraph + ' Keith Bradsher contributed reporting from Hong Kong.', paragraph]
]

const kept: readonly string[] = [
  'She contributed to this report’s findings as a reviewer, the university said on Friday after the inquiry closed.',
  'The minister said everyone who contributed to this report deserves thanks for their work.',
  'The fund contributed to the report on poverty.',
  paragraph,
  'Reporting by the local paper led to the inquiry.',
  'Le gouvernement a fermé la frontière jeudi.'
]

describe('credit-tail', () => {
  it('should expose the public api', () => {
    expect([creditTail.id, creditTail.kind, creditTail.stage]).toStrictEqual(['credit-tail', 'byline', 'detect'])
  })

  for (const [line, rest] of caught) {
    it(`should remove the credit in ${JSON.stringify(line)}`, () => {
      expect(run(line)).toStrictEqual({line: rest, removed: [rest === '' ? line : line.slice(rest.length)]})
    })
  }

  for (const line of kept) {
    it(`should keep ${JSON.stringify(line)}`, () => {
      expect(run(line)).toStrictEqual({line, removed: []})
    })
  }
})
