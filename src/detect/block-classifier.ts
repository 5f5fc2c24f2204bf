/**
 * The block classifier: judges blocks no lexicon names (menus, footers,
 * teaser headlines, comment chrome, cookie text, in any language) from their
 * features, their neighbours and their place relative to the main content.
 *
 * 1. Each block on its own: `good`, `near-good`, `short` or `bad`, from a
 *    content score over its features (length, stop word density, sentence
 *    shape, capitals, digits, link-like tokens, copyright).
 * 2. Context (jusText-style, `block-context.ts`): short and near-good blocks
 *    take their class from their neighbours; headings near good text stay.
 * 3. Main content (`content-zone.ts`): the densest run of good blocks is the
 *    article; what lies outside it is boilerplate, more surely when bad.
 * 4. Evidence: `noise` (kind `boilerplate`) for bad blocks and blocks outside
 *    the article, `content` for good article prose, so lexicon rules that fire
 *    on real prose can be outvoted, while their clear cases still win.
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Evidence, NoiseKind, Root} from '../types.js'
import {blockFeatures, type BlockFeatures} from './block-features.js'
import {reviseByContext, type ContextBlock, type FinalClass, type InitialClass} from './block-context.js'
import {findContentZone} from './content-zone.js'
import {documentLanguage, stopwordSet} from './language.js'

/** Options of the block classifier. */
export interface BlockClassifierOptions extends RuleSettings {
  /**
   * Confidence of the surest noise finding (default: `0.8`); the others scale
   * with it. Lexicon rules use `0.9`, so they win where both fire.
   */
  readonly confidence?: number | null | undefined
}

/** Result of classifying one document, for tests and tools. */
export interface BlockJudgement {
  /** Index of the block in `tree.children`. */
  readonly index: number
  /** Class on its own. */
  readonly initial: InitialClass
  /** Class after context. */
  readonly final: FinalClass
  /** Whether the block lies in the main-content zone. */
  readonly inZone: boolean
  /** Content score on its own (higher is more like prose). */
  readonly score: number
}

/** Size below which a block is short (jusText: `length_low`, 70). */
const lengthLow = 70

/** Size above which a good block is surely good (jusText: `length_high`, 200). */
const lengthHigh = 200

/** Heading distance (jusText: `max_heading_distance`, 200). */
const headingDistance = 200

/** Most words of a heading-like line. */
const headingWords = 16

/** Stop word density of neutral prose: above it argues for content. */
const neutralDensity = 0.2

/** Confidence of other rules' noise evidence that makes a block bad for context. */
const lexiconNoise = 0.6

/** Default confidence of the surest noise finding. */
const defaultConfidence = 0.8

const emptyOptions: Readonly<BlockClassifierOptions> = {}

/**
 * Classify the blocks of a document without adding evidence.
 *
 * @param tree
 *   The document.
 * @returns
 *   One judgement per non-blank block, in order.
 */
export function classifyBlocks(tree: Root): BlockJudgement[] {
  const language = documentLanguage(tree)
  const hasStopwords = stopwordSet(language).size > 0
  const indexes: number[] = []
  const contexts: ContextBlock[] = []
  const scores: number[] = []
  let blankBefore = true

  for (let index = 0; index < tree.children.length; index++) {
    const block = tree.children[index]
    if (!block) continue
    if (block.blank) {
      blankBefore = true
      continue
    }
    const features = blockFeatures(block, language)
    const score = contentScore(features, hasStopwords)
    const flagged = strongestNoise(block)
    let initial = initialClass(features, score)
    if (flagged !== undefined && flagged.confidence >= lexiconNoise) initial = 'bad'
    indexes.push(index)
    scores.push(score)
    contexts.push({
      initial,
      heading: isHeadingLike(features) && initial !== 'bad',
      size: features.size,
      blankBefore
    })
    blankBefore = false
  }

  const finals = reviseByContext(contexts, {headingDistance})
  const weights = contexts.map((context, position) => zoneWeight(context, finals[position] ?? 'bad'))
  const zone = findContentZone(weights)

  return indexes.map((index, position) => ({
    index,
    initial: contexts[position]?.initial ?? 'bad',
    final: finals[position] ?? 'bad',
    inZone: position >= zone.start && position < zone.end,
    score: scores[position] ?? 0
  }))
}

/**
 * A content score for a block on its own: about 0 for borderline text,
 * positive for prose, negative for chrome.
 *
 * @param features
 *   The block's features.
 * @param hasStopwords
 *   Whether the document language has a stop word list (else density says nothing).
 * @returns
 *   The score.
 */
export function contentScore(features: BlockFeatures, hasStopwords: boolean): number {
  let score = 0
  score += features.size < lengthLow ? -1.5 : features.size >= lengthHigh ? 1.5 : 0
  score += features.terminal ? 1.5 : -1.5
  if (hasStopwords) score += (features.stopwordDensity - neutralDensity) * 8
  score += Math.min(features.innerSentences, 2) * 0.5
  score -= Math.min(features.links, 3) * 1.5
  if (features.copyright) score -= 3
  // `Diversity Among Hollywood Directors Improves`: teaser headlines are title case.
  if (features.words >= 4 && features.capitalized > 0.6) score -= 1
  if (features.digits > 0.3) score -= 1
  return score
}

/**
 * The class of a block on its own.
 *
 * @param features
 *   Its features.
 * @param score
 *   Its content score.
 * @returns
 *   Its class.
 */
function initialClass(features: BlockFeatures, score: number): InitialClass {
  if (features.copyright || features.links >= 2) return 'bad'
  if (features.size < lengthLow) return features.links > 0 ? 'bad' : 'short'
  if (score >= 1) return features.size >= lengthHigh || score >= 2.5 ? 'good' : 'near-good'
  if (score >= 0) return 'near-good'
  return 'bad'
}

/**
 * Whether a block could be a heading: a few words, no final punctuation, no
 * link-like tokens.
 *
 * @param features
 *   Its features.
 * @returns
 *   Whether it looks like a heading.
 */
function isHeadingLike(features: BlockFeatures): boolean {
  return !features.terminal && features.words >= 2 && features.words <= headingWords && features.links === 0
}

/**
 * Weight of a block for the content zone: its size when good, minus its size
 * and a fixed cost per block when bad (a menu of many tiny items weighs a lot).
 *
 * @param context
 *   The block.
 * @param final
 *   Its class after context.
 * @returns
 *   The weight.
 */
function zoneWeight(context: ContextBlock, final: FinalClass): number {
  if (final === 'good') return context.size
  return -(context.size + 20)
}

/**
 * The strongest noise evidence other rules gave a block.
 *
 * @param block
 *   A block.
 * @returns
 *   The evidence, if any.
 */
function strongestNoise(block: Block): Evidence | undefined {
  let best: Evidence | undefined
  for (const item of block.data?.evidence ?? []) {
    if (item.label === 'noise' && (best === undefined || item.confidence > best.confidence)) best = item
  }
  return best
}

/**
 * Unified plugin that adds the classifier's evidence to every non-blank block.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftBlockClassifier(options?: BlockClassifierOptions | null) {
  const settings = options ?? emptyOptions
  const top = settings.confidence ?? defaultConfidence

  return function (tree: Root, _file: VFile): undefined {
    const judgements = classifyBlocks(tree)
    for (const judgement of judgements) {
      const block = tree.children[judgement.index]
      if (block) addJudgement(block, judgement, top)
    }
  }
}

/**
 * Turn a judgement into evidence on the block.
 *
 * @param block
 *   The block.
 * @param judgement
 *   What the classifier found.
 * @param top
 *   Confidence of the surest noise finding.
 * @returns
 *   Nothing.
 */
function addJudgement(block: Block, judgement: BlockJudgement, top: number): undefined {
  const text = block.value.trim()
  const {final, inZone, initial} = judgement
  if (final === 'good' && inZone) {
    // Article prose on its own merits is strong content; prose by context weaker.
    const confidence = initial === 'good' ? 0.7 : 0.5
    addEvidence(block, {
      ruleId: 'block-classifier',
      label: 'content',
      kind: 'boilerplate',
      confidence: round(confidence * (top / defaultConfidence)),
      reason: 'Expected article text `' + text + '`'
    })
    return
  }
  let confidence: number
  let why: string
  if (!inZone && final === 'bad') {
    confidence = top
    why = 'boilerplate outside the main content'
  } else if (!inZone) {
    confidence = initial === 'good' ? top - 0.35 : top - 0.2
    why = 'text outside the main content'
  } else {
    confidence = initial === 'bad' ? top - 0.15 : top - 0.25
    why = 'boilerplate inside the main content'
  }
  const existing = strongestNoise(block)
  if (existing && existing.confidence >= confidence) return
  const kind: NoiseKind = existing ? existing.kind : 'boilerplate'
  addEvidence(block, {
    ruleId: 'block-classifier',
    label: 'noise',
    kind,
    confidence: round(confidence),
    reason: 'Unexpected ' + why + ' `' + text + '`'
  })
}

/**
 * Round a confidence to two decimals, so reports read cleanly.
 *
 * @param value
 *   A confidence.
 * @returns
 *   It, rounded and kept within 0–1.
 */
function round(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 100) / 100))
}

/** The rule record. */
export const blockClassifier: Rule = {
  id: 'block-classifier',
  kind: 'boilerplate',
  stage: 'context',
  languages: ['*'],
  description:
    'Judges every block by its features (length, stop words, sentence shape, links), its neighbours and its place relative to the main content; removes menus, footers and teasers, and speaks up for article prose.',
  examples: {
    catch: [],
    keep: []
  },
  plugin: decruftBlockClassifier
}
