/**
 * One analysis of a page's outline, shared by the DOM detectors: what each
 * element's class/id tokens say it holds, which landmark it sits in, and which
 * element is the main content (the one whose subtree holds most of the dense
 * prose). Computed once per tree, in time linear in the page.
 */
import {compoundExceptions, compoundStems, contentTokens, modifierTokens, noiseTokens} from '../lexicon/dom.js'
import type {DomOutline} from '../parse/html.js'
import type {Block, NoiseKind, Root} from '../types.js'

/** What the DOM detectors know about a page. */
export interface DomAnalysis {
  /** The outline it was computed from. */
  readonly outline: DomOutline
  /** Per element: the nearest element (itself or an ancestor) whose tokens name noise, or `-1`. */
  readonly flaggedBy: Int32Array
  /** Per element id: the kind its tokens name, when they name one. */
  readonly flagKind: ReadonlyMap<number, {readonly kind: NoiseKind; readonly token: string}>
  /** Per element: the nearest landmark element (itself or an ancestor), or `-1`. */
  readonly landmarkBy: Int32Array
  /** Whether a main content was found (a page of only links has none). */
  readonly found: boolean
  /** The main content element, or `-1` for the whole page. */
  readonly main: number
  /** Per element: whether it is the main content or inside it. */
  readonly inside: Uint8Array
  /** Per element: whether it is the main content or one of its ancestors. */
  readonly aroundMain: Uint8Array
  /** Per block (index in `tree.children`): the prose it holds, in characters. */
  readonly weights: readonly number[]
}

/** Shortest block, in characters, that counts as prose. */
const minimumProseLength = 25

/** Link density above which a block is navigation, not prose. */
const maximumProseLinkDensity = 0.5

/** Share of the prose a child must hold for the main-content search to go down into it. */
const descendShare = 0.7

/** Landmarks whose text never counts as prose: page chrome and captions. */
const chromeLandmarks: ReadonlySet<string> = new Set(['aside', 'figcaption', 'figure', 'footer', 'form', 'header', 'nav'])

/** Kinds that layout words name (`sidebar`, `comments`): a content token on the same element cancels them. */
const layoutKinds: ReadonlySet<NoiseKind> = new Set(['boilerplate', 'ui'])

/** End of a sentence, followed by a space or the end: prose has some. */
const sentenceEnd = /[.!?。！？…:;"'»”)](?:\s|$)/u

/** Token to kind. */
const tokenKinds = new Map<string, NoiseKind>()
for (const [kind, tokens] of Object.entries(noiseTokens)) {
  for (const token of tokens ?? []) tokenKinds.set(token, kind as NoiseKind)
}
const contentTokenSet: ReadonlySet<string> = new Set(contentTokens)
const compoundExceptionSet: ReadonlySet<string> = new Set(compoundExceptions)
const modifierTokenSet: ReadonlySet<string> = new Set(modifierTokens)

const cache = new WeakMap<Root, DomAnalysis>()

/**
 * Analyse the outline of an HTML tree (once per tree; later calls get the
 * same object).
 *
 * @param tree
 *   A tree from the HTML parser.
 * @returns
 *   The analysis, or `undefined` for a tree without an outline (text input).
 */
export function analyseDom(tree: Root): DomAnalysis | undefined {
  const cached = cache.get(tree)
  if (cached) return cached
  const outline = tree.data?.outline
  if (tree.data?.format !== 'html' || outline === undefined) return undefined

  const count = outline.parent.length
  const flagKind = new Map<number, {kind: NoiseKind; token: string}>()
  const flaggedBy = new Int32Array(count).fill(-1)
  const landmarkBy = new Int32Array(count).fill(-1)
  // Elements come in document order: a parent's index is below its children's.
  for (let element = 0; element < count; element++) {
    const parent = outline.parent[element] ?? -1
    const flag = kindOfTokens(outline.tokens[element] ?? [])
    if (flag) flagKind.set(element, flag)
    flaggedBy[element] = flag ? element : parent === -1 ? -1 : (flaggedBy[parent] ?? -1)
    landmarkBy[element] = outline.landmark[element] ? element : parent === -1 ? -1 : (landmarkBy[parent] ?? -1)
  }

  const blocks = tree.children
  let weights = proseWeights(blocks, flaggedBy, landmarkBy, outline, true)
  const unfiltered = proseWeights(blocks, flaggedBy, landmarkBy, outline, false)
  // When tokens and landmarks rule out most of the prose, they are wrong about
  // this page (`<div id="comments-and-story">`, `<form id="aspnetForm">` around
  // everything): do without them.
  if (sum(weights) < 0.15 * sum(unfiltered)) weights = unfiltered
  if (sum(weights) === 0) weights = lenientWeights(blocks, landmarkBy, outline)

  const {found, main} = findMain(outline, blocks, weights)
  const inside = new Uint8Array(count)
  for (let element = 0; element < count; element++) {
    const parent = outline.parent[element] ?? -1
    inside[element] = main === -1 || element === main || (parent !== -1 && inside[parent] === 1) ? 1 : 0
  }
  const aroundMain = new Uint8Array(count)
  for (let element = main; element !== -1; element = outline.parent[element] ?? -1) aroundMain[element] = 1

  const analysis: DomAnalysis = {outline, flaggedBy, flagKind, landmarkBy, found, main, inside, aroundMain, weights}
  cache.set(tree, analysis)
  return analysis
}

/**
 * Whether a block is inside the main content.
 *
 * @param analysis
 *   The page's analysis.
 * @param block
 *   A block.
 * @returns
 *   Whether it is.
 */
export function isInsideMain(analysis: DomAnalysis, block: Block): boolean {
  if (!analysis.found) return false
  if (analysis.main === -1) return true
  const element = block.data?.dom?.element ?? -1
  return element !== -1 && analysis.inside[element] === 1
}

/**
 * The noise kind an element's own tokens name, if any.
 *
 * @param tokens
 *   Its tokens, in attribute order.
 * @returns
 *   The kind and the token, or `undefined`.
 */
function kindOfTokens(tokens: readonly string[]): {kind: NoiseKind; token: string} | undefined {
  let hasContentToken = false
  for (const token of tokens) if (contentTokenSet.has(token)) hasContentToken = true
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? ''
    const kind = tokenKinds.get(token) ?? kindOfCompound(token)
    if (kind === undefined) continue
    if (index > 0 && modifierTokenSet.has(tokens[index - 1] ?? '')) continue
    if (hasContentToken && layoutKinds.has(kind)) continue
    return {kind, token}
  }
  return undefined
}

/**
 * The noise kind of a compound token that starts with a noise stem:
 * `relatedposts`, `sharetools`, `commentlist` (class names written as one word).
 *
 * @param token
 *   A token that is not in the lexicon.
 * @returns
 *   The kind, or `undefined`.
 */
function kindOfCompound(token: string): NoiseKind | undefined {
  if (token.length < 8 || compoundExceptionSet.has(token)) return undefined
  for (const [stem, kind] of compoundStems) if (token.startsWith(stem)) return kind
  return undefined
}

/**
 * How much prose each block holds: its characters outside links, when it is
 * long enough, not link-dense, not a heading, and not in page chrome.
 *
 * @param blocks
 *   The blocks.
 * @param flaggedBy
 *   Per element, the element whose tokens name noise.
 * @param landmarkBy
 *   Per element, its landmark element.
 * @param outline
 *   The outline.
 * @param useMarkup
 *   Whether blocks under flagged elements or in chrome landmarks count for nothing.
 * @returns
 *   One weight per block.
 */
function proseWeights(
  blocks: readonly Block[],
  flaggedBy: Int32Array,
  landmarkBy: Int32Array,
  outline: DomOutline,
  useMarkup: boolean
): number[] {
  const weights: number[] = []
  for (const block of blocks) {
    const dom = block.data?.dom
    let weight = 0
    if (dom && !block.blank && dom.linkDensity <= maximumProseLinkDensity && dom.headingLevel === 0) {
      const element = dom.element ?? -1
      const length = block.value.trim().length
      const excluded =
        useMarkup && element !== -1 && (flaggedBy[element] !== -1 || isChrome(outline, landmarkBy[element] ?? -1))
      if (!excluded && length >= minimumProseLength) {
        weight = length * (1 - dom.linkDensity) * (sentenceEnd.test(block.value) ? 1 : 0.3)
      }
    }
    weights.push(weight)
  }
  return weights
}

/**
 * Weights for a page with no long prose: any text outside links and chrome.
 *
 * @param blocks
 *   The blocks.
 * @param landmarkBy
 *   Per element, its landmark element.
 * @param outline
 *   The outline.
 * @returns
 *   One weight per block.
 */
function lenientWeights(blocks: readonly Block[], landmarkBy: Int32Array, outline: DomOutline): number[] {
  return blocks.map(function (block) {
    const dom = block.data?.dom
    if (!dom || block.blank || dom.linkDensity > maximumProseLinkDensity) return 0
    const element = dom.element ?? -1
    if (element !== -1 && isChrome(outline, landmarkBy[element] ?? -1)) return 0
    return block.value.trim().length * (1 - dom.linkDensity)
  })
}

/**
 * Whether a landmark element is page chrome (nav, aside, footer, header, form).
 *
 * @param outline
 *   The outline.
 * @param landmark
 *   A landmark element, or `-1`.
 * @returns
 *   Whether it is chrome.
 */
function isChrome(outline: DomOutline, landmark: number): boolean {
  return landmark !== -1 && chromeLandmarks.has(outline.landmark[landmark] ?? '')
}

/**
 * Find the main content: from the top, go down into the child that holds at
 * least 70% of its parent's prose, as long as one does.
 *
 * @param outline
 *   The outline.
 * @param blocks
 *   The blocks.
 * @param weights
 *   Prose per block.
 * @returns
 *   Whether there is prose at all, and the element (`-1`: the whole page).
 */
function findMain(outline: DomOutline, blocks: readonly Block[], weights: readonly number[]): {found: boolean; main: number} {
  const count = outline.parent.length
  const subtree = new Float64Array(count)
  let total = 0
  for (let index = 0; index < blocks.length; index++) {
    const weight = weights[index] ?? 0
    if (weight === 0) continue
    total += weight
    const element = blocks[index]?.data?.dom?.element ?? -1
    if (element !== -1) subtree[element] = (subtree[element] ?? 0) + weight
  }
  if (total === 0) return {found: false, main: -1}

  for (let element = count - 1; element >= 0; element--) {
    const parent = outline.parent[element] ?? -1
    if (parent !== -1) subtree[parent] = (subtree[parent] ?? 0) + (subtree[element] ?? 0)
  }
  const bestChild = new Int32Array(count).fill(-1)
  let bestTop = -1
  for (let element = 0; element < count; element++) {
    const parent = outline.parent[element] ?? -1
    const weight = subtree[element] ?? 0
    if (parent === -1) {
      if (bestTop === -1 || weight > (subtree[bestTop] ?? 0)) bestTop = element
    } else {
      const best = bestChild[parent] ?? -1
      if (best === -1 || weight > (subtree[best] ?? 0)) bestChild[parent] = element
    }
  }

  let main = -1
  let mainWeight = total
  let next = bestTop
  while (next !== -1 && (subtree[next] ?? 0) >= descendShare * mainWeight) {
    main = next
    mainWeight = subtree[next] ?? 0
    next = bestChild[next] ?? -1
  }
  return {found: true, main}
}

/**
 * Sum numbers.
 *
 * @param values
 *   Numbers.
 * @returns
 *   Their sum.
 */
function sum(values: readonly number[]): number {
  let total = 0
  for (const value of values) total += value
  return total
}
