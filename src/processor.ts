/**
 * Assemble the decruft pipeline: parse -> repair -> detect -> decide -> compile.
 */
import {unified, type PluggableList, type Processor} from 'unified'
import decruftCompile from './compile.js'
import decruftDecide from './decide.js'
import decruftParseText from './parse/text.js'
import type {RuleSettings} from './rule.js'
import {rules} from './rules.js'
import type {Preset, Root} from './types.js'

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
  readonly rules?: Readonly<Record<string, boolean | RuleSettings | null | undefined>> | null | undefined
  /**
   * Extra unified plugins (your own detectors), run after the built-in rules
   * and before the decision step (default: none).
   */
  readonly plugins?: PluggableList | null | undefined
}

/** A decruft processor: string in, string out, block tree in between. */
export type DecruftProcessor = Processor<Root, Root, Root, Root, string>

/**
 * Create a unified processor with decruft's parser, rules, decision step and
 * compiler for plain text.
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
  // Parser and compiler go first; the transformers' place in the chain is
  // what `use` order gives them, and they all map a `Root` to a `Root`.
  const processor = unified().use(decruftParseText).use(decruftCompile) as unknown as DecruftProcessor

  for (const rule of rules) {
    const setting = settings.rules?.[rule.id]
    if (setting === false) continue
    if (typeof setting === 'object' && setting !== null) processor.use(rule.plugin, setting)
    else processor.use(rule.plugin)
  }

  if (settings.plugins) processor.use(settings.plugins)
  return processor.use(decruftDecide, {preset: settings.preset, threshold: settings.threshold})
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
