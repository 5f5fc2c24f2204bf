/**
 * The generic rule runner: every rule record's examples, through the whole
 * default pipeline. A `catch` example must be flagged by that very rule; a
 * `keep` example must come out unchanged, with nothing reported on its line.
 *
 * A string example is one line, placed alone in a neutral article. For an
 * HTML-only rule (its description starts with `HTML only`), a string example
 * is a whole HTML page: it runs with `format: 'html'`, a catch must be removed
 * by that rule somewhere in the page, and a keep page must lose nothing.
 */
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanDetailed, rules} from '../src/index.js'
import type {Example, ReportEntry, Rule} from '../src/index.js'

/**
 * A neutral article a string example is placed in: plain news prose that no
 * rule flags, with the example as a paragraph of its own in the middle.
 */
const articleBefore = [
  'Flood defences in the river valley will be rebuilt over the next three years, the regional council said on Tuesday, after a winter in which water reached the town square twice.',
  '',
  'The plan, which still needs approval from the national government, would raise the embankments along six kilometres of the river and add two pumping stations near the old harbour.',
  ''
]

const articleAfter = [
  '',
  'Residents who lost their homes in January have been housed in the sports hall, and the council said most of them should be able to return before the summer.',
  '',
  'Local businesses welcomed the decision but asked for faster payment of the compensation promised after the first flood.'
]

/**
 * Whether an example is a whole HTML page: a string example of an HTML-only rule.
 *
 * @param rule
 *   The rule.
 * @param example
 *   One of its examples.
 * @returns
 *   Whether it is.
 */
function isPage(rule: Rule, example: Example): example is string {
  return typeof example === 'string' && rule.description.startsWith('HTML only')
}

/**
 * The document and the index of the line under test for an example.
 *
 * @param example
 *   A rule example.
 * @returns
 *   Lines and index.
 */
function documentOf(example: Example): {lines: readonly string[]; line: number} {
  if (typeof example === 'string') {
    return {lines: [...articleBefore, example, ...articleAfter], line: articleBefore.length}
  }
  return {lines: example.context, line: example.line}
}

/**
 * A short name for a subtest.
 *
 * @param example
 *   A rule example.
 * @returns
 *   Its line, shortened.
 */
function nameOf(example: Example): string {
  const {lines, line} = documentOf(example)
  const text = lines[line] ?? ''
  return JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)
}

/**
 * Report entries that start on a 1-based line.
 *
 * @param report
 *   A report.
 * @param line
 *   1-based line.
 * @returns
 *   The entries.
 */
function entriesOn(report: readonly ReportEntry[], line: number): ReportEntry[] {
  return report.filter((entry) => entry.position.start.line === line)
}

/** Lines of a text, each trimmed, without blank ones. */
function contentLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

describe('rule records', () => {
  it('should expose the public api (a non-empty `rules` list)', () => {
    expect(Array.isArray(rules)).toBe(true)
    expect(rules.length > 0).toBe(true)
  })

  it('should have unique ids', () => {
    const ids = rules.map((rule) => rule.id)
    expect(ids).toStrictEqual([...new Set(ids)])
  })

  it('should list rules in pipeline order: repair, then detect, then context', () => {
    const order = {repair: 0, detect: 1, context: 2}
    const stages = rules.map((rule) => order[rule.stage])
    expect(stages).toStrictEqual([...stages].sort((a, b) => a - b))
  })

  for (const rule of rules) {
    describe(rule.id, () => {
      it('should have a well-formed record', () => {
        expect({
          id: /^[a-z]+(?:-[a-z]+)*$/.test(rule.id),
          module:
            existsSync(new URL('../src/detect/' + rule.id + '.ts', import.meta.url)) ||
            existsSync(new URL('../src/repair/' + rule.id + '.ts', import.meta.url)),
          stage: ['repair', 'detect', 'context'].includes(rule.stage),
          languages: rule.languages.length > 0,
          description: rule.description.length > 0,
          catches: rule.examples.catch.length > 0,
          keeps: rule.examples.keep.length >= 3,
          plugin: typeof rule.plugin
        }).toStrictEqual({
          id: true,
          module: true,
          stage: true,
          languages: true,
          description: true,
          catches: true,
          keeps: true,
          plugin: 'function'
        })
      })

      for (const example of rule.examples.catch) {
        it('should catch ' + nameOf(example), () => {
          expectCaught(rule, example)
        })
      }

      for (const example of rule.examples.keep) {
        it('should keep ' + nameOf(example), () => {
          expectKept(rule, example)
        })
      }
    })
  }
})

/**
 * Assert that a rule flags its example in the default pipeline: a removal by
 * that rule on the line, or for a repair rule an edit by it (and the line as
 * `becomes` says).
 *
 * @param rule
 *   The rule.
 * @param example
 *   A catch example.
 * @returns
 *   Nothing.
 */
function expectCaught(rule: Rule, example: Example): undefined {
  if (isPage(rule, example)) {
    const {report} = cleanDetailed(example, {format: 'html'})
    expect(report.map((entry) => entry.type + ':' + entry.ruleId)).toContain('removal:' + rule.id)
    return
  }
  const {lines, line} = documentOf(example)
  const result = cleanDetailed(lines.join('\n'), rule.exampleOptions?.())
  const found = entriesOn(result.report, line + 1).map((entry) => entry.type + ':' + entry.ruleId)
  const type = rule.stage === 'repair' ? 'repair' : 'removal'
  expect(found).toContain(type + ':' + rule.id)
  if (typeof example !== 'string' && example.becomes !== undefined) {
    expect(contentLines(result.text)).toContain(example.becomes.trim())
  }
}

/**
 * Assert that a keep example comes out of the default pipeline unchanged with
 * nothing reported on its line.
 *
 * @param rule
 *   The rule.
 * @param example
 *   A keep example.
 * @returns
 *   Nothing.
 */
function expectKept(rule: Rule, example: Example): undefined {
  if (isPage(rule, example)) {
    const {report} = cleanDetailed(example, {format: 'html'})
    expect(report.filter((entry) => entry.type === 'removal').map((entry) => entry.ruleId + ': ' + entry.reason)).toStrictEqual([])
    return
  }
  const {lines, line} = documentOf(example)
  const result = cleanDetailed(lines.join('\n'), rule.exampleOptions?.())
  const text = (lines[line] ?? '').trim()
  expect({
    kept: contentLines(result.text).includes(text),
    entries: entriesOn(result.report, line + 1).map((entry) => entry.ruleId + ': ' + entry.reason)
  }).toStrictEqual({kept: true, entries: []})
}
