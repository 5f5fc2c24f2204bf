import {describe, expect, it} from 'vitest'
import * as decruft from '../src/index.js'
import {VFile} from 'vfile'
import {clean, cleanDetailed, createProcessor, rules, type ProcessorOptions, type RuleSettingsById} from '../src/index.js'

describe('public api', () => {
  it('should expose the public api', () => {
    expect(Object.keys(decruft).sort()).toStrictEqual([
      'addEvidence',
      'clean',
      'cleanDetailed',
      'compileBlocks',
      'createLearner',
      'createLineRule',
      'createProcessor',
      'decruftCompile',
      'decruftDecide',
      'decruftParseAuto',
      'decruftParseHtml',
      'decruftParseText',
      'decruftSiteTemplate',
      'editBlock',
      'keptLittleWarning',
      'learn',
      'merge',
      'normalizeLine',
      'parseHtml',
      'parseText',
      'presetThresholds',
      'removalPasses',
      'rules',
      'siteKey',
      'sniffFormat',
      'templateKey',
      'treeFromDom',
      'validateModel'
    ])
  })

  it('should throw a TypeError naming `input` for a non-string', () => {
    expect(() => clean(42 as unknown as string)).toThrow(
      new TypeError('Expected `input` to be a string, got `number`')
    )
    expect(() => clean(null as unknown as string)).toThrow(/got `null`/)
  })

  it('should throw a TypeError naming a bad option', () => {
    expect(() => clean('a', {preset: 'strict' as 'balanced'})).toThrow(/`options.preset`/)
    expect(() => clean('a', {threshold: 2})).toThrow(/`options.threshold`/)
    expect(() => clean('a', {format: 'pdf' as 'text'})).toThrow(/`options.format`/)
    // @ts-expect-error: an unknown rule id is a type error too.
    expect(() => clean('a', {rules: {'no-such-rule': false}})).toThrow(/Unknown rule id `no-such-rule`/)
  })

  it('should return the empty string for the empty string', () => {
    expect(clean('')).toBe('')
  })

  it('should keep layout: line endings, blank lines, no trailing newline', () => {
    expect(clean('One line.\r\n\r\nTwo lines.\r\n')).toBe('One line.\r\n\r\nTwo lines.\r\n')
    expect(clean('No newline at end.')).toBe('No newline at end.')
    expect(clean('\n\nLeading blanks.\n\n')).toBe('\n\nLeading blanks.\n\n')
  })

  it('should not glue paragraphs when a line between them goes', () => {
    expect(clean('First paragraph.\n\nSpread the love\nSecond paragraph.\n')).toBe(
      'First paragraph.\n\nSecond paragraph.\n'
    )
  })

  it('should report a removal with rule id, kind, reason, confidence and position', () => {
    const result = cleanDetailed('First paragraph.\nSpread the love\n')
    expect(result.report).toStrictEqual([
      {
        type: 'removal',
        ruleId: 'share-widget',
        kind: 'share',
        reason: 'Unexpected share widget `Spread the love`',
        confidence: 0.9,
        position: {start: {line: 2, column: 1, offset: 17}, end: {line: 2, column: 16, offset: 32}},
        actual: 'Spread the love',
        expected: ''
      }
    ])
    expect(result.messages.map(String)).toStrictEqual(['2:1-2:16: Unexpected share widget `Spread the love`'])
    expect(result.stats).toStrictEqual({blocks: 2, removed: 1, repairs: 0})
  })

  it('should let a rule be turned off', () => {
    expect(clean('Spread the love', {rules: {'share-widget': false}})).toBe('Spread the love')
  })

  it('should map presets onto the threshold', () => {
    expect(clean('Spread the love', {rules: {'share-widget': {confidence: 0.7}}, preset: 'precision'})).toBe(
      'Spread the love'
    )
    expect(clean('Spread the love', {rules: {'share-widget': {confidence: 0.7}}, preset: 'balanced'})).toBe('')
  })

  it('should give the text `cleanDetailed` gives, under every preset and threshold', () => {
    const input = 'Spread the love\nJanuary 2024\n\nMenu\nThe council met on Tuesday.\nBy Jane Doe\n'
    const settings = [{}, {preset: 'precision'}, {preset: 'recall'}, {threshold: 0.75}, {threshold: 0.85}] as const
    expect(settings.map((options) => clean(input, options))).toStrictEqual(
      settings.map((options) => cleanDetailed(input, options).text)
    )
  })

  it('should keep the verdicts of a decision step given as a plugin', () => {
    const input = 'Menu\nThe council met on Tuesday.'
    // `Menu` is weak chrome (0.7): the plugin's stricter threshold keeps it.
    const options: decruft.Options = {plugins: [[decruft.decruftDecide, {threshold: 0.8}]]}
    expect([clean(input, options), cleanDetailed(input, options).text, clean(input)]).toStrictEqual([
      input,
      input,
      'The council met on Tuesday.'
    ])
  })

  // unist: a tree must be expressible in JSON. A cache that points back at the
  // block or the tree (a cycle) makes `JSON.stringify` throw.
  it.each([
    ['text', "Spread the love\ngtag('config', 'UA-1');The minister spoke on Friday.\nShe said the plan would pass."],
    ['html', '<p>Spread the love</p><p>The minister spoke on Friday, and she said the plan would pass.</p>']
  ] as const)('should leave a %s tree that JSON can hold, after every rule ran', (format, input) => {
    const processor = createProcessor({format})
    const file = new VFile({value: input})
    const tree = processor.runSync(processor.parse(file), file)
    const copy = JSON.parse(JSON.stringify(tree)) as typeof tree
    expect(copy.children.map((block) => block.value)).toStrictEqual(tree.children.map((block) => block.value))
  })
})

describe('a long text that keeps almost nothing', () => {
  // About 450,000 characters of share and chrome lines around one sentence:
  // several pages' worth, judged as one page.
  const noise = 'Share on Facebook\nScroll to Top\n'.repeat(7000)
  const sentence = 'The minister said the new bridge would open in May, after two years of work.'
  const long = noise + sentence + '\n' + noise

  it('should keep what it keeps and warn, in `warnings` and after the removals in `messages`', () => {
    const result = cleanDetailed(long, {format: 'text'})
    expect(result.text).toBe(sentence + '\n')
    expect(result.warnings.map((message) => [message.source, message.ruleId, message.fatal])).toStrictEqual([
      ['decruft', 'kept-little', false]
    ])
    expect(result.warnings[0]?.reason).toMatch(/^kept 0% of a 448,077-character text: a text is judged as one page/)
    expect(result.messages.length).toBe(result.report.length + 1)
    expect(result.messages.at(-1)).toBe(result.warnings[0])
  })

  it('should warn through a processor, even with removal messages off', () => {
    const file = createProcessor({messages: false}).processSync(long)
    expect(file.messages.map((message) => message.ruleId)).toStrictEqual(['kept-little'])
  })

  it('should not warn for a short text, a long text that keeps much, or HTML (whose markup is never kept)', () => {
    expect(cleanDetailed(noise.slice(0, 150_000) + sentence).warnings).toStrictEqual([])
    const kept = (sentence + '\n').repeat(3000) + noise.slice(0, 100_000)
    expect(kept.length).toBeGreaterThan(200_000)
    expect(cleanDetailed(kept, {format: 'text'}).warnings).toStrictEqual([])
    const page = '<html><body>' + '<p>Share on Facebook</p>\n'.repeat(10_000) + '<p>' + sentence + '</p></body></html>'
    const html = cleanDetailed(page, {format: 'html'})
    expect(html.text).toBe(sentence)
    expect(html.warnings).toStrictEqual([])
  })

  it('should pass the messages of the caller\'s own plugins on in `warnings`', () => {
    const result = cleanDetailed('Hello there.', {
      plugins: [
        () => (_tree: unknown, file: VFile) => {
          file.message('checked by my plugin', {ruleId: 'my-check', source: 'my-plugins'})
        }
      ]
    })
    expect(result.warnings.map((message) => message.ruleId)).toStrictEqual(['my-check'])
  })

  it('should give `keptLittleWarning` the same judgement for callers of `clean`', () => {
    expect(decruft.keptLittleWarning(long, clean(long))).toBe(cleanDetailed(long).warnings[0]?.reason)
    expect(decruft.keptLittleWarning('Menu\n'.repeat(50_000), '')).toMatch(/^kept 0% of a 250,000-character text/)
    expect(decruft.keptLittleWarning('Menu\n'.repeat(50_000), 'Menu\n'.repeat(2500))).toBe(undefined)
  })
})

describe('rule settings', () => {
  it('should type every rule id in `RuleSettingsById`, and no other', () => {
    // `satisfies` fails the typecheck on a missing or an extra id; the
    // comparison fails when the rules change without the type.
    const typed = {
      'html-entity': true,
      'mojibake': true,
      'invisible-char': true,
      'tag-fragment': true,
      'tracking-script': true,
      'share-widget': true,
      'ui-chrome': true,
      'tag-list': true,
      'promo-line': true,
      'byline': true,
      'credit-tail': true,
      'glued-caption': true,
      'glued-promo': true,
      'glued-teaser': true,
      'share-cards': true,
      'date-stamp': true,
      'author-bio': true,
      'site-template': true,
      'dom-tokens': true,
      'dom-landmark': true,
      'dom-link-density': true,
      'dom-title': true,
      'dom-main-content': true,
      'related-zone': true,
      'comment-zone': true,
      'photo-caption': true,
      'repeated-headline': true,
      'block-classifier': true
    } satisfies Record<keyof RuleSettingsById, true>
    expect(Object.keys(typed)).toStrictEqual(rules.map((rule) => rule.id))
  })

  it('should type the settings of the rules that have their own, and pass them on', () => {
    const options: ProcessorOptions = {
      rules: {'block-classifier': {explain: true}, 'site-template': {share: 0.3, minPages: 2}, byline: {confidence: 0.5}}
    }
    // @ts-expect-error: `explain` is the classifier's own setting.
    const misplaced: ProcessorOptions = {rules: {byline: {explain: true}}}
    // @ts-expect-error: the model goes in `options.model`, not in the rule's settings.
    const model: ProcessorOptions = {rules: {'site-template': {model: null}}}
    expect([misplaced.rules, model.rules].length).toBe(2)
    const processor = createProcessor(options)
    const file = new VFile('Hello there.\nThe minister spoke on Friday about the new bridge and its cost.')
    const tree = processor.runSync(processor.parse(file), file)
    expect(tree.children.every((block) => block.data?.cache?.['classifierJudgement'] !== undefined)).toBe(true)
  })
})
