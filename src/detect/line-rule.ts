/**
 * A factory for detectors that judge one line at a time.
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import {blockText, foldBlock} from '../normalize.js'
import type {RuleSettings} from '../rule.js'
import type {Block, NoiseKind, Root} from '../types.js'

/** What a line detector sees of a line. */
export interface LineContext {
  /** The block. */
  readonly block: Block
  /** The block's text, trimmed. */
  readonly text: string
  /** The text folded by `normalizeLine`. */
  readonly normalized: string
  /** Number of words of `normalized` (`countWords`), counted once per block for all rules. */
  readonly wordCount: number
  /** Index of the block in `tree.children`. */
  readonly index: number
  /** The whole tree, for rules that look at neighbours. */
  readonly tree: Root
  /** The file being processed. */
  readonly file: VFile
}

/** Configuration of a line detector. */
export interface LineRuleConfig {
  /** Rule id. */
  readonly ruleId: string
  /** Kind of noise. */
  readonly kind: NoiseKind
  /** Default confidence of a finding, 0–1. */
  readonly confidence: number
  /**
   * Longest line the rule judges, in characters of the trimmed line (default:
   * no limit). Longer lines are skipped before they are folded, which keeps
   * rules for short lines cheap on long prose.
   */
  readonly maxLength?: number | undefined
  /**
   * Judge one non-blank line: a reason (a sentence) when it is noise, a
   * finding when the rule is more or less sure than its default, or
   * `undefined`. Must run in time linear in the line's length.
   */
  readonly judge: (line: LineContext) => string | LineFinding | undefined
}

/** What a judge found, with a confidence of its own. */
export interface LineFinding {
  /** Why, in one sentence. */
  readonly reason: string
  /** How sure, 0–1; the rule's `confidence` setting overrides it. */
  readonly confidence: number
}

/**
 * Make a unified attacher that runs `judge` on every non-blank line and adds
 * noise evidence where it answers with a reason.
 *
 * @param config
 *   Rule id, kind, confidence and the judge.
 * @returns
 *   An attacher taking `RuleSettings`.
 * @example
 *   export default createLineRule({ruleId: 'ui-chrome', kind: 'ui', confidence: 0.9, judge})
 */
export function createLineRule(config: LineRuleConfig) {
  return function (options?: RuleSettings | null) {
    const override = options?.confidence ?? undefined
    const maxLength = config.maxLength ?? Number.POSITIVE_INFINITY
    return function (tree: Root, file: VFile): undefined {
      const blocks = tree.children
      for (let index = 0; index < blocks.length; index++) {
        const block = blocks[index]
        if (!block || block.blank) continue
        if (blockText(block).text.length > maxLength) continue
        const {text, normalized, wordCount} = foldBlock(block)
        const finding = config.judge({block, text, normalized, wordCount, index, tree, file})
        if (finding === undefined) continue
        const reason = typeof finding === 'string' ? finding : finding.reason
        const confidence = override ?? (typeof finding === 'string' ? config.confidence : finding.confidence)
        addEvidence(block, {ruleId: config.ruleId, label: 'noise', kind: config.kind, confidence, reason})
      }
    }
  }
}
