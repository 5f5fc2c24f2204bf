/**
 * Helpers for the repair rule tests: run one rule (or the repairs only) on a
 * text, check report entries against the input, and time hostile input
 * against ordinary text of the same size.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed, rules, type ReportEntry, type Result, type Rule} from '../../src/index.js'

/** Ids of the repair rules, in pipeline order. */
export const repairIds: readonly string[] = rules.filter((rule) => rule.stage === 'repair').map((rule) => rule.id)

/**
 * Options that turn every rule off but the given ones.
 *
 * @param ids
 *   Rule ids to keep on.
 * @returns
 *   Options for `cleanDetailed`.
 */
export function only(...ids: readonly string[]) {
  return {
    format: 'text' as const,
    rules: Object.fromEntries(rules.filter((rule) => !ids.includes(rule.id)).map((rule) => [rule.id, false]))
  }
}

/**
 * Clean a text with only some rules on.
 *
 * @param input
 *   The text.
 * @param ids
 *   Rule ids to keep on.
 * @returns
 *   The detailed result.
 */
export function run(input: string, ...ids: readonly string[]): Result {
  return cleanDetailed(input, only(...ids))
}

/**
 * Each report entry reduced to `[actual, expected]`: what a row of a table
 * checks besides the output text.
 *
 * @param report
 *   A report.
 * @returns
 *   Pairs.
 */
export function pairs(report: readonly ReportEntry[]): Array<[string, string]> {
  return report.map((entry) => [entry.actual, entry.expected])
}

/**
 * Assert that every entry's `actual` is the input at its position, and, when
 * no two entries overlap, that applying the entries to the input gives the
 * output: the report is a faithful record of what changed.
 *
 * @param input
 *   The input.
 * @param result
 *   Its detailed result.
 * @returns
 *   Nothing.
 */
export function expectFaithfulReport(input: string, result: Result): undefined {
  const slices = result.report.map((entry) =>
    input.slice(entry.position.start.offset ?? -1, entry.position.end.offset ?? -1)
  )
  expect(slices).toStrictEqual(result.report.map((entry) => entry.actual))

  const ordered = [...result.report].sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  let output = ''
  let position = 0
  for (const entry of ordered) {
    const start = entry.position.start.offset ?? 0
    if (start < position) return
    output += input.slice(position, start) + entry.expected
    position = entry.position.end.offset ?? 0
  }
  expect(output + input.slice(position)).toBe(result.text)
}

/**
 * Milliseconds one call takes, best of a few runs (after a warm-up).
 *
 * @param task
 *   The work.
 * @returns
 *   Time in ms.
 */
export function bestTime(task: () => unknown): number {
  task()
  task()
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < 5; round++) {
    const start = performance.now()
    task()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/**
 * Ordinary prose of a given length, a paragraph per line, for speed
 * baselines.
 *
 * @param length
 *   Characters.
 * @returns
 *   Text.
 */
export function ordinaryText(length: number): string {
  const paragraph =
    'The minister said on Friday that talks with the coalition would resume next week, and that the ' +
    'government expected an agreement “within months”, according to a statement from his office.\n'
  return paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length)
}

/**
 * Time a rule on a hostile line of `size` characters against a baseline from
 * the same run: the repair stage (all repair rules, nothing else) on ordinary
 * text of the same size. A line where every character is a fix does far more
 * work than prose (an edit per fix: 5-50x on a loaded machine), so the bound
 * is loose; what it catches is backtracking, which costs thousands of times
 * more on 100,000 characters. (Timing growth between two sizes instead was
 * tried: at sizes a unit test can afford, noise reached 10x.) A table assert
 * then shows which snippet was slow and how slow.
 *
 * @param id
 *   Rule id.
 * @param patterns
 *   Hostile snippets, each repeated to `size`.
 * @param size
 *   Characters of input.
 * @param limit
 *   Most times the ordinary-text cost a hostile line may take.
 * @returns
 *   `[snippet, true]` rows where the ratio stays under `limit`, else the ratio.
 */
export function hostileRatios(
  id: string,
  patterns: readonly string[],
  size = 100_000,
  limit = 200
): Array<[string, true | number]> {
  const baseline = ordinaryText(size)
  const floor = bestTime(() => run(baseline, ...repairIds))
  return patterns.map(function (pattern) {
    const text = pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size)
    const time = bestTime(() => run(text, id))
    const ratio = time / floor
    return [pattern, ratio < limit ? true : Math.round(ratio)]
  })
}

/**
 * Assert that a repair rule's record examples hold with the rule alone:
 * each catch line becomes its `becomes`, each keep line gets no edit.
 *
 * @param rule
 *   The rule record.
 * @returns
 *   Nothing.
 */
export function expectRecordExamples(rule: Rule): undefined {
  const caught = rule.examples.catch.map(function (example) {
    if (typeof example === 'string') return ['string example', example]
    const result = run(example.context.join('\n'), rule.id)
    return [result.text.split('\n')[example.line], result.report.length > 0]
  })
  expect(caught).toStrictEqual(
    rule.examples.catch.map((example) => (typeof example === 'string' ? ['object example', example] : [example.becomes, true]))
  )
  const kept = rule.examples.keep.map((example) => [example, run(String(example), rule.id).report])
  expect(kept).toStrictEqual(rule.examples.keep.map((example) => [example, []]))
}

/** A bad row: input, the text it must become, and the `[actual, expected]` pairs reported. */
export type BadRow = readonly [string, string, ReadonlyArray<readonly [string, string]>]

/**
 * The good/bad tables of one repair rule, one named subtest per row: a good
 * line comes out as it went in with nothing reported; a bad line becomes its
 * output with exactly its edits, each reported faithfully.
 *
 * @param id
 *   The rule id.
 * @param good
 *   Lines the rule must leave alone, and the title of that table.
 * @param bad
 *   Rows the rule must repair, and the title of that table.
 * @returns
 *   Nothing.
 */
export function describeRepairTables(
  id: string,
  good: {readonly title: string; readonly rows: readonly string[]},
  bad: {readonly title: string; readonly rows: readonly BadRow[]}
): undefined {
  describe(good.title, () => {
    for (const line of good.rows) {
      it(JSON.stringify(line), () => {
        const result = run(line, id)
        expect({text: result.text, report: result.report}).toStrictEqual({text: line, report: []})
      })
    }
  })

  describe(bad.title, () => {
    for (const [input, output, edits] of bad.rows) {
      it(JSON.stringify(input), () => {
        const result = run(input, id)
        expect({text: result.text, edits: pairs(result.report)}).toStrictEqual({text: output, edits})
        expectFaithfulReport(input, result)
      })
    }
  })
}
