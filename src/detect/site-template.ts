/**
 * Detector for site template lines learned from a corpus: lines that occur on
 * a large share of the pages of the same site (`Spread the love` on 37 of 40
 * pages of one site), whatever their words. Needs a model from `learn` and the
 * page's site; without them it does nothing.
 */
import type {VFile} from 'vfile'
import {siteKey} from '../corpus/key.js'
import {learn} from '../corpus/learn.js'
import {countLine, siteOf} from '../corpus/lookup.js'
import {validateModel, type CorpusModel} from '../corpus/model.js'
import {addEvidence} from '../edit.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Root} from '../types.js'

declare module 'vfile' {
  interface DataMap {
    /** The page's URL or site key, for `site-template` (set by `clean` from `options.site`). */
    decruftSite: string
  }
}

/** Settings of the `site-template` rule. */
export interface SiteTemplateSettings extends RuleSettings {
  /** A model from `learn` or `merge` (default: none, the rule does nothing). */
  readonly model?: CorpusModel | null | undefined
  /** The page's site key or URL (default: none, the rule does nothing). */
  readonly site?: string | null | undefined
  /**
   * Share of the site's pages a line must occur on to be template, 0–1
   * (default: `0.5`).
   */
  readonly share?: number | null | undefined
  /**
   * Pages a line must occur on to be template, whatever the share
   * (default: `5`): on a small sample, a line on 2 of 3 pages may be a quote.
   */
  readonly minPages?: number | null | undefined
}

/** Default template thresholds. */
export const siteTemplateDefaults = {share: 0.5, minPages: 5} as const

const emptySettings: Readonly<SiteTemplateSettings> = {}

/**
 * Unified plugin that marks lines the model has seen on many pages of the
 * page's site as boilerplate. The confidence grows with the share of pages,
 * from `0.7 + 0.25 × share` (`0.825` at half of the pages, `0.95` on all),
 * unless `confidence` is set.
 *
 * @param options
 *   Model, site and thresholds.
 * @returns
 *   Transform.
 * @example
 *   unified().use(decruftSiteTemplate, {model, site: 'https://example.com/a'})
 */
export default function decruftSiteTemplate(options?: SiteTemplateSettings | null) {
  const settings = options ?? emptySettings
  const {model, site} = settings
  if (model !== undefined && model !== null) validateModel(model)
  const share = readShare(settings.share)
  const minPages = readMinPages(settings.minPages)
  const fixedKey = typeof site === 'string' ? siteKey(site) : undefined

  return function (tree: Root, file: VFile): undefined {
    if (!model) return
    // `clean(text, {model, site})` puts the page's site on the file, so one
    // processor serves every site; a `site` setting is the fallback.
    const pageSite = file.data.decruftSite
    const key = typeof pageSite === 'string' ? siteKey(pageSite) : fixedKey
    const entry = key === undefined ? undefined : siteOf(model, key)
    if (!entry || key === undefined) return
    // Count the line as scraped, before repairs, as `learn` saw it; HTML
    // blocks have no such line, so their text is used.
    const input = tree.data?.format === 'html' ? undefined : String(file.value ?? '')
    const blocks = tree.children
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]
      if (!block || block.blank) continue
      const found = countLine(model, entry, rawLine(block, input))
      if (!found || found.count < minPages || found.count < share * found.pages) continue
      const ratio = found.count / Math.max(found.pages, 1)
      addEvidence(block, {
        ruleId: 'site-template',
        label: 'noise',
        kind: 'boilerplate',
        confidence: settings.confidence ?? Math.round((0.7 + 0.25 * Math.min(ratio, 1)) * 1000) / 1000,
        reason:
          'Line found on ' + found.count + ' of ' + found.pages + ' pages of ' + key +
          (found.exact ? '' : ' (estimate)')
      })
    }
  }
}

/**
 * The text of a block as it was in the input.
 *
 * @param block
 *   The block.
 * @param input
 *   The input text, for text input.
 * @returns
 *   The line as scraped, or the block's value for HTML.
 */
function rawLine(block: Block, input: string | undefined): string {
  const start = block.position.start.offset
  const end = block.position.end.offset
  if (input === undefined || start === undefined || end === undefined) return block.value
  return input.slice(start, end)
}

/**
 * Check the `share` setting.
 *
 * @param value
 *   The setting.
 * @returns
 *   The share, 0–1.
 */
function readShare(value: unknown): number {
  if (value === undefined || value === null) return siteTemplateDefaults.share
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    throw new TypeError('Expected `share` of `site-template` to be a number above 0 and at most 1, got `' + String(value) + '`')
  }
  return value
}

/**
 * Check the `minPages` setting.
 *
 * @param value
 *   The setting.
 * @returns
 *   The minimum page count.
 */
function readMinPages(value: unknown): number {
  if (value === undefined || value === null) return siteTemplateDefaults.minPages
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError('Expected `minPages` of `site-template` to be a whole number of at least 1, got `' + String(value) + '`')
  }
  return value
}

/** The rule record. */
export const siteTemplate: Rule = {
  id: 'site-template',
  kind: 'boilerplate',
  stage: 'detect',
  languages: ['*'],
  description:
    'Lines that a corpus model (`learn`) has seen on at least half of the pages of the same site and on at ' +
    'least 5 of them: the site\'s template, in any language. Needs `model` and `site`; does nothing without.',
  examples: {
    catch: [
      // Template lines of a site, in a corpus where they recur on most pages.
      'Spread the love',
      'Abone Ol google-news',
      '© 2024 Example Media. All rights reserved.',
      'Suivez-nous sur les réseaux sociaux',
      'Jetzt den Newsletter abonnieren',
      'Последние новости'
    ],
    keep: [
      // Lines on only one page of the same site: the article itself.
      'BAGHDAD/WASHINGTON – The Iraqi government condemned the strike on Thursday.',
      'Background: U.S. Strike and Escalating Tensions',
      '"We will not be drawn into a wider war," the minister said.',
      'Le gouvernement a annoncé une réforme des retraites.',
      'Die Regierung kündigte am Montag neue Maßnahmen an.',
      '- Ein Punkt einer Liste'
    ]
  },
  plugin: decruftSiteTemplate,
  exampleOptions: siteTemplateExampleOptions
}

/** The model of `siteTemplateExampleOptions`, learned on first use. */
let exampleModel: CorpusModel | undefined

/**
 * Options under which the rule's examples hold, for rule runners: the rule
 * needs a model, so this is one learned from six pages of a site
 * `examples.test` whose template is the `catch` examples, with each `keep`
 * example on one page only.
 *
 * @returns
 *   `{model, site}` to pass to `clean` with the examples.
 * @example
 *   clean('Spread the love\nA new sentence.', siteTemplateExampleOptions())
 *   //=> 'A new sentence.'
 */
export function siteTemplateExampleOptions(): {readonly model: CorpusModel; readonly site: string} {
  const template = siteTemplate.examples.catch.filter((example) => typeof example === 'string')
  exampleModel ??= learn(
    siteTemplate.examples.keep
      .filter((example) => typeof example === 'string')
      .map((line) => ({site: 'examples.test', text: [...template, line].join('\n')}))
  )
  return {model: exampleModel, site: 'examples.test'}
}
