/**
 * Detectors that cut noise glued inside a paragraph's line (a caption, a
 * teaser link, a promo sentence, a list of posts) with an edit, so the
 * paragraph around it stays.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {removalPasses} from '../decide.js'
import {editBlock, type Replacement} from '../edit.js'
import type {RuleSettings} from '../rule.js'
import type {NoiseKind, Root} from '../types.js'

/** What a cut rule is. */
export interface CutRuleConfig {
  /** Rule id. */
  readonly ruleId: string
  /** Kind of noise. */
  readonly kind: NoiseKind
  /** Default confidence of a cut, 0–1. */
  readonly confidence: number
  /** Shortest block value looked at, in characters (a line long enough to hold a paragraph and a piece). */
  readonly minLength: number
  /**
   * The pieces to cut out of a block's value: deletions, left to right, not
   * overlapping; none when it holds none. Must run in time linear in the
   * value's length.
   */
  readonly cuts: (value: string) => Replacement[]
  /** Why, in one sentence, given the value and its cuts (name the piece: its text, trimmed). */
  readonly reason: (value: string, cuts: readonly Replacement[]) => string
}

/**
 * Make a unified attacher that cuts, from every non-blank line long enough,
 * the pieces `cuts` finds, as one removal edit per line.
 *
 * @param config
 *   Rule id, kind, confidence, the cuts and their reason.
 * @returns
 *   An attacher taking `RuleSettings`.
 */
export function createCutRule(config: CutRuleConfig) {
  return function (this: Processor | void, options?: RuleSettings | null) {
    const confidence = options?.confidence ?? config.confidence
    const processor = this
    return function (tree: Root, _file: VFile): undefined {
      if (!removalPasses(processor, confidence)) return
      for (const block of tree.children) {
        if (block.blank || block.value.length < config.minLength) continue
        const cuts = config.cuts(block.value)
        if (cuts.length === 0) continue
        editBlock(block, cuts, {
          ruleId: config.ruleId,
          type: 'removal',
          kind: config.kind,
          reason: config.reason(block.value, cuts),
          confidence
        })
      }
    }
  }
}
