/**
 * The generated docs: `docs/rules.md` must be what the rule records say now,
 * and the catalogue writer must render every kind of example faithfully.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules, type Rule} from '../src/index.js'
import {readHelpBlock, replaceHelpBlock} from '../scripts/cli-help.js'
import {renderRuleCatalogue} from '../scripts/rule-catalogue.js'
import {helpText} from '../src/cli/help.js'

/** A rule record for the writer's own tests. */
const sampleRule: Rule = {
  id: 'sample-rule',
  kind: 'markup',
  stage: 'repair',
  languages: ['fr', 'en'],
  description: 'Repairs `#x27;`.',
  examples: {
    catch: [
      'a | b',
      '`tick`',
      {context: ['Before.', 'it#x27;s', 'After.'], line: 1, becomes: "it's"},
      {context: ['', 'Tom &amp; Jerry', ''], line: 1, becomes: 'Tom & Jerry'},
      'Broken \ud83d half, zero\u200bwidth, a\u00a0space, 😀 kept'
    ],
    keep: []
  },
  plugin: () => undefined
}

describe('docs', () => {
  it('should expose the public api', () => {
    expect(typeof renderRuleCatalogue).toBe('function')
    expect(rules.length).toBeGreaterThan(0)
  })

  it('should have docs/rules.md up to date with the rule records', () => {
    const committed = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')
    expect(
      committed === renderRuleCatalogue(rules),
      'docs/rules.md is out of date with the rule records: run `npm run docs` (or `node scripts/docs.mjs rules`) and commit docs/rules.md'
    ).toBe(true)
  })

  it('should have the `decruft --help` block of docs/cli.md up to date', () => {
    const page = readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8')
    expect(
      readHelpBlock(page) === helpText,
      'docs/cli.md shows an old `decruft --help`: run `npm run docs` (or `node scripts/docs.mjs cli`) and commit docs/cli.md'
    ).toBe(true)
  })

  it('should replace only the help block', () => {
    const page = 'Intro.\n\n<!-- help:start -->\n```text\nold\n```\n<!-- help:end -->\n\nMore.\n'
    expect(replaceHelpBlock(page, 'Usage: new')).toBe(
      'Intro.\n\n<!-- help:start -->\n```text\nUsage: new\n```\n<!-- help:end -->\n\nMore.\n'
    )
    expect(() => replaceHelpBlock('No block.', 'x')).toThrow(/no `<!-- help:start -->`/)
  })

  it('should give every rule a section and a row', () => {
    const page = renderRuleCatalogue(rules)
    for (const rule of rules) {
      expect(page).toContain('\n## ' + rule.id + '\n')
      expect(page).toContain('| [`' + rule.id + '`](#' + rule.id + ') |')
    }
  })

  describe('a rule section', () => {
    const section = renderRuleCatalogue([sampleRule]).split('\n## sample-rule\n')[1]?.split('\n')
    const table: ReadonlyArray<readonly [string, string]> = [
      ['kind', '- **Kind:** `markup`'],
      ['stage', '- **Stage:** repair: fixes text inside lines before detection'],
      ['sorted languages', '- **Languages:** en, fr'],
      ['description', 'Repairs `#x27;`.'],
      ['an escaped pipe', '- `a \\| b`'],
      ['backticks in a longer fence', '- `` `tick` ``'],
      ['a repair in context', "- `it#x27;s` → `it's` (after `Before.`, before `After.`)"],
      ['a repair between blank lines', '- `Tom &amp; Jerry` → `Tom & Jerry`'],
      ['invisible characters and lone surrogates as escapes', '- `Broken \\u{D83D} half, zero\\u{200B}width, a\\u{A0}space, 😀 kept`'],
      ['no examples', '- none']
    ]
    for (const [name, line] of table) {
      it(`should render ${name}`, () => {
        expect(section).toContain(line)
      })
    }
  })
})
