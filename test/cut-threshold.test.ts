/**
 * Cuts made while detecting (a tracking call, a caption or a credit glued
 * into a paragraph's line) are held to the pipeline's threshold, as removals
 * of whole lines are: a stricter `threshold` or a rule's lowered `confidence`
 * keeps the line whole.
 */
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {
  cleanDetailed,
  createProcessor,
  decruftCompile,
  decruftDecide,
  decruftParseText,
  rules,
  type Options
} from '../src/index.js'

const lead = 'The regional council approved the new flood plan on Tuesday after a long debate about its cost and its timing.'
const close = 'The work starts in spring and should take two years, the council said in a statement.'

/**
 * The glued line of a rule's first catch example with context.
 *
 * @param id
 *   Rule id.
 * @returns
 *   The line.
 */
function exampleLine(id: string): string {
  const example = rules.find((rule) => rule.id === id)?.examples.catch.find((item) => typeof item !== 'string')
  if (example === undefined || typeof example === 'string') throw new Error('No example with context for ' + id)
  return example.context[example.line] ?? ''
}

/** A line each rule cuts a piece of, by default. */
const glued: ReadonlyArray<readonly [string, string]> = [
  ['tracking-script', "gtag('config', 'UA-123'); The council voted on Tuesday to close the old bridge, citing safety reports."],
  ['credit-tail', lead + ' Keith Bradsher contributed reporting from Hong Kong.'],
  [
    'tag-list',
    'Tagscalendario stock car 2018, stock car brasil, stock-car londrinaATENÇÃO: Comentários com textos ininteligíveis não serão aprovados.'
  ],
  ['author-bio', 'The jam will set within 48 hours.ReganRegan is a Connecticut native now living in Massachusetts.'],
  ['glued-caption', exampleLine('glued-caption')],
  ['glued-promo', exampleLine('glued-promo')],
  ['glued-teaser', exampleLine('glued-teaser')],
  ['share-cards', exampleLine('share-cards')]
]

/**
 * Clean a glued line between two paragraphs.
 *
 * @param id
 *   The rule under test.
 * @param line
 *   The line.
 * @param options
 *   Options.
 * @returns
 *   Whether the line came out whole, and what the rule under test removed.
 */
function run(id: string, line: string, options?: Options): {whole: boolean; cuts: string[]} {
  const {text, report} = cleanDetailed([lead, '', line, '', close].join('\n'), options)
  return {
    whole: text.includes(line),
    cuts: report.filter((entry) => entry.ruleId === id).map((entry) => entry.type + ': ' + entry.actual)
  }
}

describe('cuts made while detecting', () => {
  it.each(glued)('%s: should cut by default', (id, line) => {
    const {whole, cuts} = run(id, line)
    expect(whole).toBe(false)
    expect(cuts.length).toBeGreaterThan(0)
    // Pieces of the line, not the whole line.
    expect(cuts.every((cut) => cut.startsWith('removal: ') && cut.length - 'removal: '.length < line.length)).toBe(true)
  })

  it.each(glued)('%s: should keep the line whole under a threshold above the cut', (id, line) => {
    expect(run(id, line, {threshold: 0.99})).toStrictEqual({whole: true, cuts: []})
  })

  it.each(glued)('%s: should not cut when the rule is set below the threshold', (id, line) => {
    expect(run(id, line, {rules: {[id]: {confidence: 0.5}}}).cuts).toStrictEqual([])
  })

  it('should still cut under the recall preset and a rule set at the threshold', () => {
    const [id, line] = glued[0] as readonly [string, string]
    expect(run(id, line, {preset: 'recall'}).whole).toBe(false)
    expect(run(id, line, {threshold: 0.7, rules: {[id]: {confidence: 0.7}}}).whole).toBe(false)
  })

  it('should let the decision attacher be called by hand, with no processor to tell', () => {
    const processor = createProcessor()
    const file = new VFile({value: 'Menu\nThe council met on Tuesday.'})
    const tree = processor.runSync(processor.parse(file), file)
    decruftDecide({threshold: 0.99})(tree, file)
    // `Menu` is weak chrome (0.7): kept at 0.99.
    expect(tree.children.map((block) => block.data?.verdict?.keep)).toStrictEqual([true, true])
  })

  it('should take the threshold of a decision step added to a pipeline built by hand', () => {
    const [, line] = glued[0] as readonly [string, string]
    const pipeline = (threshold: number) =>
      unified()
        .use(decruftParseText)
        .use(decruftCompile)
        .use(rules.map((rule) => rule.plugin))
        .use(decruftDecide, {threshold})
    expect(String(pipeline(0.99).processSync(line))).toBe(line)
    expect(String(pipeline(0.6).processSync(line))).toBe('The council voted on Tuesday to close the old bridge, citing safety reports.')
  })
})
