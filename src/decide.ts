/**
 * The decision step: the one place where evidence becomes keep or remove.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Block, Evidence, Preset, Root, Verdict} from './types.js'
import {reportDecisions} from './report.js'

/** Options for the decision step. */
export interface DecideOptions {
  /**
   * Strictness (default: `'balanced'`): `precision` removes only what rules
   * are very sure of, `recall` also removes what they merely suspect.
   */
  readonly preset?: Preset | null | undefined
  /**
   * Confidence a block's strongest noise evidence needs to remove it, 0–1
   * (default: from the preset: 0.8, 0.6 or 0.4). Overrides `preset`.
   */
  readonly threshold?: number | null | undefined
  /**
   * Whether to add a vfile message per removal and repair (default: `true`).
   * The report in `file.data.decruftReport` is filled either way.
   */
  readonly messages?: boolean | null | undefined
}

/** Threshold each preset maps to. */
export const presetThresholds: Readonly<Record<Preset, number>> = {
  precision: 0.8,
  balanced: 0.6,
  recall: 0.4
}

const emptyOptions: Readonly<DecideOptions> = {}

declare module 'unified' {
  interface Data {
    /**
     * The threshold the pipeline decides with, set by `decruftDecide` and
     * `decruftCompile` (the last one added wins), for detectors that cut
     * text while they detect (`removalPasses`). Boxed: the processor's data
     * reads a stored `0` as unset.
     */
    decruftDecision?: {readonly threshold: number} | undefined
  }
}

/** The verdict of a block kept with no evidence (blank lines, most prose): one object for all. */
const keptWithoutEvidence: Verdict = Object.freeze({keep: true})

/**
 * Unified plugin that gives every block a verdict, then reports each removal
 * and repair as a vfile message and in `file.data.decruftReport`.
 *
 * A block is removed when its strongest noise evidence reaches the threshold
 * and is stronger than its strongest content evidence. `decruftCompile` makes
 * the same decision itself when no decision step ran, so this plugin is only
 * needed to read verdicts before compiling.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftDecide(this: Processor | void, options?: DecideOptions | null) {
  const settings = options ?? emptyOptions
  shareThreshold(this, settings)
  return function (tree: Root, file: VFile): undefined {
    decideTree(tree, file, settings)
  }
}

/**
 * Give every block of a tree a verdict and report the removals and repairs,
 * once: a tree already decided is left as it is.
 *
 * @param tree
 *   A tree with evidence.
 * @param file
 *   The file; `file.value` must be the input.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Nothing; sets `block.data.verdict`, `tree.data.decided` and the report.
 */
export function decideTree(tree: Root, file: VFile, options?: DecideOptions | null): undefined {
  const data = (tree.data ??= {})
  if (data.decided) return
  const settings = options ?? emptyOptions
  decideVerdicts(tree, settings)
  reportDecisions(tree, file, settings.messages !== false)
  data.decided = true
}

/**
 * Give every block of a tree a verdict, without a report, for callers that
 * only want the text (`clean`): a tree already decided is left as it is.
 *
 * @param tree
 *   A tree with evidence.
 * @param options
 *   Configuration (optional); `messages` is not used.
 * @returns
 *   Nothing; sets `block.data.verdict` (not `tree.data.decided`, which also
 *   means the report is made).
 */
export function decideVerdicts(tree: Root, options?: DecideOptions | null): undefined {
  if (tree.data?.decided) return
  const threshold = thresholdOf(options)
  for (const block of tree.children) {
    decideBlock(block, threshold)
  }
}

/**
 * Set the verdict of one block.
 *
 * @param block
 *   The block.
 * @param threshold
 *   Confidence needed to remove.
 * @returns
 *   Nothing.
 */
function decideBlock(block: Block, threshold: number): undefined {
  const data = (block.data ??= {})
  if (block.blank) {
    data.verdict = keptWithoutEvidence
    return
  }
  const noise = strongest(data.evidence, 'noise')
  const content = strongest(data.evidence, 'content')
  const remove =
    noise !== undefined &&
    noise.confidence >= threshold &&
    noise.confidence > (content?.confidence ?? 0)
  if (remove) data.verdict = {keep: false, evidence: noise}
  else data.verdict = content === undefined ? keptWithoutEvidence : {keep: true, evidence: content}
}

/**
 * The most confident evidence with a label; the first one wins a tie, so the
 * result does not depend on anything but plugin order.
 *
 * @param evidence
 *   A block's evidence.
 * @param label
 *   Which side.
 * @returns
 *   The strongest, if any.
 */
function strongest(
  evidence: readonly Evidence[] | undefined,
  label: Evidence['label']
): Evidence | undefined {
  let best: Evidence | undefined
  for (const item of evidence ?? []) {
    if (item.label === label && (best === undefined || item.confidence > best.confidence)) {
      best = item
    }
  }
  return best
}

/**
 * The threshold options resolve to: `threshold`, else the preset's.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   A confidence, 0–1.
 */
function thresholdOf(options?: DecideOptions | null): number {
  const settings = options ?? emptyOptions
  return settings.threshold ?? presetThresholds[settings.preset ?? 'balanced']
}

/**
 * Tell the processor's other plugins the threshold it decides with.
 *
 * @param processor
 *   The processor being frozen (a plugin's `this`; none when the attacher is
 *   called by hand).
 * @param options
 *   The decision's configuration.
 * @returns
 *   Nothing.
 */
export function shareThreshold(processor: Processor | void, options?: DecideOptions | null): undefined {
  processor?.data('decruftDecision', {threshold: thresholdOf(options)})
}

/**
 * Whether a detector may cut text it is this sure of while it detects: a cut
 * is applied at once (later rules read the shortened line), so it must be
 * held to the threshold the removal of a whole line is held to, or a custom
 * `threshold` or a rule's lowered `confidence` would not stop it.
 *
 * @param processor
 *   The processor (a plugin's `this`); without one, or without a decision
 *   step on it, the `balanced` preset's threshold applies.
 * @param confidence
 *   How sure the cut is.
 * @returns
 *   Whether to cut.
 */
export function removalPasses(processor: Processor | void, confidence: number): boolean {
  return confidence >= (processor?.data('decruftDecision')?.threshold ?? presetThresholds.balanced)
}
