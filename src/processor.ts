/**
 * Assemble the decruft pipeline: parse -> repair -> detect -> decide -> compile.
 */
import {unified, type PluggableList, type Processor} from 'unified'
import decruftCompile from './compile.js'
import decruftParseText from './parse/text.js'
import decruftParseHtml from './parse/html.js'
import {decruftParseAuto} from './format.js'
import type {RuleSettings} from './rule.js'
import {rules} from './rules.js'
import type {Format, Preset, Root} from './types.js'
import {validateModel, type CorpusModel} from './corpus/model.js'
import type {BlockClassifierOptions} from './detect/block-classifier.js'
import {siteTemplate, type SiteTemplateSettings} from './detect/site-template.js'
import {typeName} from './type-name.js'

/** One rule's entry in `options.rules`: `false` turns it off, an object configures it. */
type RuleSetting<Settings = RuleSettings> = boolean | Settings | null | undefined

/**
 * Settings by rule id, for `options.rules`: every built-in rule, in pipeline
 * order, so that an unknown id or a setting a rule does not take is a type
 * error (at run time, an unknown id throws). Every rule takes `RuleSettings`;
 * `block-classifier` and `site-template` take more.
 */
export interface RuleSettingsById {
  readonly 'html-entity'?: RuleSetting
  readonly mojibake?: RuleSetting
  readonly 'invisible-char'?: RuleSetting
  readonly 'tag-fragment'?: RuleSetting
  readonly 'tracking-script'?: RuleSetting
  readonly 'share-widget'?: RuleSetting
  readonly 'ui-chrome'?: RuleSetting
  readonly 'tag-list'?: RuleSetting
  readonly 'promo-line'?: RuleSetting
  readonly byline?: RuleSetting
  readonly 'credit-tail'?: RuleSetting
  readonly 'glued-caption'?: RuleSetting
  readonly 'glued-promo'?: RuleSetting
  readonly 'glued-teaser'?: RuleSetting
  readonly 'share-cards'?: RuleSetting
  readonly 'date-stamp'?: RuleSetting
  readonly 'author-bio'?: RuleSetting
  /**
   * Corpus mode's rule: `confidence`, `share` and `minPages`; its `model` and
   * `site` are `options.model` and `options.site`.
   */
  readonly 'site-template'?: RuleSetting<Omit<SiteTemplateSettings, 'model' | 'site'>>
  readonly 'dom-tokens'?: RuleSetting
  readonly 'dom-landmark'?: RuleSetting
  readonly 'dom-link-density'?: RuleSetting
  readonly 'dom-title'?: RuleSetting
  readonly 'dom-main-content'?: RuleSetting
  readonly 'related-zone'?: RuleSetting
  readonly 'comment-zone'?: RuleSetting
  readonly 'photo-caption'?: RuleSetting
  readonly 'repeated-headline'?: RuleSetting
  /** The block classifier: `confidence`, and `explain` for tools. */
  readonly 'block-classifier'?: RuleSetting<BlockClassifierOptions>
}

/** Options that shape the pipeline. */
export interface ProcessorOptions {
  /**
   * Strictness (default: `'balanced'`); see `decruftDecide`.
   */
  readonly preset?: Preset | null | undefined
  /**
   * Confidence needed to remove a block, 0–1 (default: from `preset`).
   */
  readonly threshold?: number | null | undefined
  /**
   * Turn rules off (`false`) or configure them, by rule id
   * (default: every rule on with its own settings).
   */
  readonly rules?: RuleSettingsById | null | undefined
  /**
   * Extra unified plugins (your own detectors), run after the built-in rules
   * and before the decision step (default: none).
   */
  readonly plugins?: PluggableList | null | undefined
  /**
   * Input format (default: `'text'`): `'html'` parses a page with the HTML
   * parser, `'auto'` sniffs each input (`sniffFormat`).
   */
  readonly format?: Format | null | undefined
  /**
   * Whether the decision step adds a vfile message per removal and repair
   * (default: `true`); the report in `file.data.decruftReport` is always there.
   */
  readonly messages?: boolean | null | undefined
  /**
   * A corpus model from `learn` (default: none): lines it has seen on many
   * pages of the page's site are removed as template (rule `site-template`).
   */
  readonly model?: CorpusModel | null | undefined
  /**
   * The page's site, as a URL or site key, for `model` (default: none; the
   * model is then not used).
   */
  readonly site?: string | null | undefined
}

/** A decruft processor: string in, string out, block tree in between. */
export type DecruftProcessor = Processor<Root, Root, Root, Root, string>

/**
 * Create a unified processor with decruft's parser, rules and compiler; the
 * compiler makes the decision, so detectors added later with `.use()` count.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   A processor; `processor.processSync(text)` gives a file whose `value` is
 *   the clean text and whose `messages` are the removals and repairs.
 * @example
 *   String(createProcessor().processSync('Spread the love\nHello.'))
 *   //=> 'Hello.'
 */
export function createProcessor(options?: ProcessorOptions | null): DecruftProcessor {
  const settings = options ?? {}
  validateRuleIds(settings.rules)
  validateCorpusOptions(settings)
  // Parser and compiler go first; the transformers' place in the chain is
  // what `use` order gives them, and they all map a `Root` to a `Root`. The
  // compiler decides, after every transformer, including any added later.
  const parser =
    settings.format === 'html' ? decruftParseHtml : settings.format === 'auto' ? decruftParseAuto : decruftParseText
  const processor = unified()
    .use(parser)
    .use(decruftCompile, {preset: settings.preset, threshold: settings.threshold, messages: settings.messages}) as unknown as DecruftProcessor

  // Looked up by each rule's id, a plain string: every entry is a `RuleSetting`.
  const byId = (settings.rules ?? {}) as Readonly<Record<string, RuleSetting>>
  for (const rule of rules) {
    const setting = byId[rule.id]
    if (setting === false) continue
    // The corpus rule also needs the model and the page's site.
    if (rule.id === siteTemplate.id) {
      processor.use(rule.plugin, {...(typeof setting === 'object' ? setting : {}), ...corpusSettings(settings)})
      continue
    }
    if (typeof setting === 'object' && setting !== null) processor.use(rule.plugin, setting)
    else processor.use(rule.plugin)
  }

  if (settings.plugins) processor.use(settings.plugins)
  return processor
}

/**
 * Throw on a rule id that no rule has: a typo would silently do nothing.
 *
 * @param settings
 *   The `rules` option.
 * @returns
 *   Nothing.
 */
function validateRuleIds(settings: ProcessorOptions['rules']): undefined {
  if (!settings) return
  for (const id of Object.keys(settings)) {
    if (!rules.some((rule) => rule.id === id)) {
      throw new TypeError(
        'Unknown rule id `' + id + '` in `options.rules`; known ids: ' + rules.map((rule) => rule.id).join(', ')
      )
    }
  }
}

/**
 * Throw a `TypeError` naming `options.model` or `options.site` when either has
 * the wrong shape (a model of another version, a site that is not a string).
 *
 * @param settings
 *   Processor options.
 * @returns
 *   Nothing.
 */
export function validateCorpusOptions(settings: ProcessorOptions): undefined {
  if (settings.model !== undefined && settings.model !== null) validateModel(settings.model, 'options.model')
  const site: unknown = settings.site
  if (site !== undefined && site !== null && typeof site !== 'string') {
    throw new TypeError('Expected `options.site` to be a URL or site key string, got `' + typeName(site) + '`')
  }
}

/**
 * The `model` and `site` options, for the `site-template` rule.
 *
 * @param settings
 *   Processor options.
 * @returns
 *   Rule settings.
 */
function corpusSettings(settings: ProcessorOptions): SiteTemplateSettings {
  return {model: settings.model, site: settings.site}
}
