/**
 * One analysis of a page's outline, shared by the DOM detectors: what each
 * element's class/id tokens say it holds, which landmark it sits in, and which
 * element is the main content (the one whose subtree holds most of the dense
 * prose). Computed once per tree, in time linear in the page.
 */
import {compoundExceptions, compoundStems, contentTokens, embedTokens, modifierTokens, noiseTokens} from '../lexicon/dom.js'
import type {DomOutline} from '../parse/html.js'
import {findTeaserBlocks} from './dom-cards.js'
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
  /**
   * Whether the page has no block long enough to be prose, so the weights
   * count any text: the DOM then says where text is, not that it is content.
   */
  readonly lenient: boolean
  /**
   * Whether the main content holds less prose than an article
   * (`minimumArticleProse`): a page whose whole content is a line or two
   * (`Click here to read the full report`). The DOM then says where the text
   * is, not that it is an article's, and its lines are judged as in text.
   */
  readonly slight: boolean
}

/** Shortest block, in characters, that counts as prose. */
const minimumProseLength = 25

/** Prose weight the main content needs to count as an article (the classifier's `minimumArticle` too). */
const minimumArticleProse = 400

/** Link density above which a block is navigation, not prose. */
const maximumProseLinkDensity = 0.5

/** Share of the prose a child must hold for the main-content search to go down into it. */
const descendShare = 0.7

/** Share of the page's prose an `itemprop="articleBody"` element needs to be the main content. */
const articleBodyShare = 0.5

/** Prose (weighted characters) a sibling of the main content needs to join it. */
const siblingProse = 80

/** Share of its text that must be prose for a sibling of the main content to join it. */
const siblingProseShare = 0.7

/** Landmarks whose text never counts as prose: page chrome and captions. */
const chromeLandmarks: ReadonlySet<string> = new Set(['aside', 'figcaption', 'figure', 'footer', 'form', 'header', 'nav'])

/**
 * Kinds whose elements never hold the article's paragraphs: a bio, a caption,
 * a date line, an ad, a share bar. Such a token on an element around several
 * paragraphs of prose names something else (`<article class="author-jdoe">`,
 * `<div class="paywall">` around the story's second half) and is ignored.
 */
const wrapperKinds: ReadonlySet<NoiseKind> = new Set(['byline', 'caption', 'metadata', 'promo', 'share'])

/** Prose blocks (of `wrapperProseLength`+ characters) an element must hold for a `wrapperKinds` token on it to be ignored. */
const wrapperProseBlocks = 3

/** Prose (weighted characters) a block must hold to count towards `wrapperProseBlocks`. */
const wrapperProseLength = 80

/**
 * Prose (characters) that tokens and landmarks must leave for the main-content
 * search to trust them, when they also rule out most of the page's prose.
 */
const trustedProse = 300

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
const embedTokenSet: ReadonlySet<string> = new Set(embedTokens)

/**
 * Whether an element's tokens name an embedded post.
 *
 * @param tokens
 *   Its tokens.
 * @returns
 *   Whether one is in `embedTokens`.
 */
function hasEmbedToken(tokens: readonly string[]): boolean {
  for (const token of tokens) if (embedTokenSet.has(token)) return true
  return false
}

const cache = new WeakMap<Root, DomAnalysis>()

/**
 * Whether the DOM decides where a page's article is: an HTML page whose main
 * content was found among real prose (not a page of links, nor one judged
 * leniently). `dom-main-content` then judges every block by where it sits,
 * and the text classifier stands aside.
 *
 * @param tree
 *   The document.
 * @returns
 *   Whether the DOM found the main content.
 */
export function domFindsMainContent(tree: Root): boolean {
  const analysis = analyseDom(tree)
  return analysis !== undefined && analysis.found && !analysis.lenient && !analysis.slight
}

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
  const blocks = tree.children
  const unfiltered = proseWeights(blocks, undefined, undefined, outline, false)
  const proseBlocks = countProseBlocks(outline, blocks, unfiltered)
  const flagKind = new Map<number, {kind: NoiseKind; token: string}>()
  const flaggedBy = new Int32Array(count).fill(-1)
  const landmarkBy = new Int32Array(count).fill(-1)
  // Elements come in document order: a parent's index is below its children's.
  for (let element = 0; element < count; element++) {
    const parent = outline.parent[element] ?? -1
    let flag = kindOfTokens(outline.tokens[element] ?? [])
    if (flag && wrapperKinds.has(flag.kind) && (proseBlocks[element] ?? 0) >= wrapperProseBlocks) flag = undefined
    if (flag) flagKind.set(element, flag)
    flaggedBy[element] = flag ? element : parent === -1 ? -1 : (flaggedBy[parent] ?? -1)
    landmarkBy[element] = outline.landmark[element] ? element : parent === -1 ? -1 : (landmarkBy[parent] ?? -1)
  }

  let weights = proseWeights(blocks, flaggedBy, landmarkBy, outline, true)
  // When tokens and landmarks rule out most of the prose and leave less than a
  // few paragraphs, they are wrong about this page (`<div
  // id="comments-and-story">`, `<form id="aspnetForm">` around everything): do
  // without them. A short story above a long comment thread keeps them.
  const kept = sum(weights)
  if (kept < 0.15 * sum(unfiltered) && kept < trustedProse) weights = unfiltered
  const lenient = sum(weights) === 0
  if (lenient) weights = lenientWeights(blocks, landmarkBy, outline)
  // Teaser summaries (a grid of look-alike cards, each a headline link and a
  // line of prose) are no article prose, unless they are all the page has.
  const teasers = findTeaserBlocks(outline, blocks, weights)
  const withoutTeasers = weights.map((weight, index) => (teasers[index] === 1 ? 0 : weight))
  if (sum(withoutTeasers) > 0) weights = withoutTeasers

  const prose = subtreeSums(outline, blocks, weights)
  const search = findMain(outline, prose.subtree, prose.own, prose.total)
  const found = search.found
  const main = found ? preferArticleBody(outline, search.main, prose.subtree) : search.main
  const aroundMain = new Uint8Array(count)
  for (let element = main; element !== -1; element = outline.parent[element] ?? -1) aroundMain[element] = 1
  const text = subtreeSums(outline, blocks, blocks.map((block) => (block.blank ? 0 : block.value.length)))
  const merged = mergeSiblings(outline, main, prose.subtree, text.subtree, aroundMain, flaggedBy, landmarkBy)
  const inside = new Uint8Array(count)
  for (let element = 0; element < count; element++) {
    const parent = outline.parent[element] ?? -1
    inside[element] =
      main === -1 || element === main || merged[element] === 1 || (parent !== -1 && inside[parent] === 1) ? 1 : 0
  }

  const placement = {found, main, inside}
  let mainProse = 0
  for (const [index, block] of blocks.entries()) {
    if (isInsideMain(placement, block)) mainProse += weights[index] ?? 0
  }

  const analysis: DomAnalysis = {
    outline,
    flaggedBy,
    flagKind,
    landmarkBy,
    found,
    main,
    inside,
    aroundMain,
    weights,
    lenient,
    slight: mainProse < minimumArticleProse
  }
  cache.set(tree, analysis)
  return analysis
}

/**
 * Whether a block is inside the main content.
 *
 * @param analysis
 *   The page's analysis (what it found to be the main content).
 * @param block
 *   A block.
 * @returns
 *   Whether it is.
 */
export function isInsideMain(analysis: Pick<DomAnalysis, 'found' | 'main' | 'inside'>, block: Block): boolean {
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
    // `social-media-embed` holds a post the article quotes, not share buttons.
    if (kind === 'share' && hasEmbedToken(tokens)) continue
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
  flaggedBy: Int32Array | undefined,
  landmarkBy: Int32Array | undefined,
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
        useMarkup &&
        flaggedBy !== undefined &&
        landmarkBy !== undefined &&
        element !== -1 &&
        (flaggedBy[element] !== -1 || isChrome(outline, landmarkBy[element] ?? -1))
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
 * Per element, the sum of a per-block value over the blocks it holds
 * directly (`own`) and over its whole subtree (`subtree`).
 *
 * @param outline
 *   The outline.
 * @param blocks
 *   The blocks.
 * @param values
 *   One value per block.
 * @returns
 *   The sums, and the page's total.
 */
function subtreeSums(
  outline: DomOutline,
  blocks: readonly Block[],
  values: readonly number[]
): {own: Float64Array; subtree: Float64Array; total: number} {
  const count = outline.parent.length
  const own = new Float64Array(count)
  let total = 0
  for (let index = 0; index < blocks.length; index++) {
    const value = values[index] ?? 0
    if (value === 0) continue
    total += value
    const element = blocks[index]?.data?.dom?.element ?? -1
    if (element !== -1) own[element] = (own[element] ?? 0) + value
  }
  const subtree = Float64Array.from(own)
  for (let element = count - 1; element >= 0; element--) {
    const parent = outline.parent[element] ?? -1
    if (parent !== -1) subtree[parent] = (subtree[parent] ?? 0) + (subtree[element] ?? 0)
  }
  return {own, subtree, total}
}

/**
 * Find the main content: from the top, go down into the child that holds at
 * least 70% of its parent's prose, as long as one does and it is a container
 * (a paragraph holding 70% of a short story is not the story: its heading and
 * its other lines are).
 *
 * @param outline
 *   The outline.
 * @param subtree
 *   Prose per element, subtree included.
 * @param own
 *   Prose per element, its own blocks only.
 * @param pageTotal
 *   Prose of the whole page, blocks outside any block element included.
 * @returns
 *   Whether there is prose at all, and the element (`-1`: the whole page).
 */
function findMain(
  outline: DomOutline,
  subtree: Float64Array,
  own: Float64Array,
  pageTotal: number
): {found: boolean; main: number} {
  const count = outline.parent.length
  let total = 0
  const bestChild = new Int32Array(count).fill(-1)
  let bestTop = -1
  for (let element = 0; element < count; element++) {
    const parent = outline.parent[element] ?? -1
    const weight = subtree[element] ?? 0
    if (parent === -1) {
      total += weight
      if (bestTop === -1 || weight > (subtree[bestTop] ?? 0)) bestTop = element
    } else {
      const best = bestChild[parent] ?? -1
      if (best === -1 || weight > (subtree[best] ?? 0)) bestChild[parent] = element
    }
  }
  if (pageTotal === 0) return {found: false, main: -1}

  // Prose outside any block element (a fragment, `<b>Hello</b> world`)
  // belongs to the page: it counts against every element, and when it is
  // all the prose there is, the whole page is the main content.
  let main = -1
  let mainWeight = Math.max(total, pageTotal)
  let next = bestTop
  while (
    next !== -1 &&
    (subtree[next] ?? 0) >= descendShare * mainWeight &&
    (subtree[next] ?? 0) > (own[next] ?? 0)
  ) {
    main = next
    mainWeight = subtree[next] ?? 0
    next = bestChild[next] ?? -1
  }
  return {found: true, main}
}

/**
 * The element microdata marks as the article body (`itemprop="articleBody"`),
 * when it holds most of the prose, else the main content found.
 *
 * @param outline
 *   The outline.
 * @param main
 *   The main content found by prose.
 * @param prose
 *   Prose per element (subtree).
 * @returns
 *   The main content.
 */
function preferArticleBody(outline: DomOutline, main: number, prose: Float64Array): number {
  let total = 0
  for (let element = 0; element < outline.parent.length; element++) if ((outline.parent[element] ?? -1) === -1) total += prose[element] ?? 0
  let best = -1
  for (let element = 0; element < outline.parent.length; element++) {
    if (!(outline.tokens[element] ?? []).includes('articlebody')) continue
    if (best === -1 || (prose[element] ?? 0) > (prose[best] ?? 0)) best = element
  }
  if (best === -1 || (prose[best] ?? 0) < articleBodyShare * total) return main
  return best
}

/**
 * Siblings of the main content that hold article prose too: a lead paragraph
 * before the body `div`, a second body part after an ad slot. A sibling joins
 * when its tokens and landmarks name no noise and most of its text is prose.
 *
 * @param outline
 *   The outline.
 * @param main
 *   The main content element.
 * @param prose
 *   Prose per element (subtree).
 * @param text
 *   Text per element (subtree), in characters.
 * @param aroundMain
 *   Per element, whether it is the main content or one of its ancestors.
 * @param flaggedBy
 *   Per element, the element whose tokens name noise.
 * @param landmarkBy
 *   Per element, its landmark element.
 * @returns
 *   Per element, whether it joins the main content.
 */
function mergeSiblings(
  outline: DomOutline,
  main: number,
  prose: Float64Array,
  text: Float64Array,
  aroundMain: Uint8Array,
  flaggedBy: Int32Array,
  landmarkBy: Int32Array
): Uint8Array {
  const count = outline.parent.length
  const merged = new Uint8Array(count)
  const parent = main === -1 ? -1 : (outline.parent[main] ?? -1)
  if (parent === -1) return merged
  for (let element = parent + 1; element < count; element++) {
    if (outline.parent[element] !== parent || element === main) continue
    const flag = flaggedBy[element] ?? -1
    const landmark = landmarkBy[element] ?? -1
    if (flag !== -1 && aroundMain[flag] !== 1) continue
    if (landmark !== -1 && aroundMain[landmark] !== 1 && isChrome(outline, landmark)) continue
    const weight = prose[element] ?? 0
    if (weight >= siblingProse && weight >= siblingProseShare * (text[element] ?? 0)) merged[element] = 1
  }
  return merged
}

/**
 * How many prose blocks each element holds, itself and its descendants.
 *
 * @param outline
 *   The outline.
 * @param blocks
 *   The blocks.
 * @param weights
 *   Prose per block.
 * @returns
 *   One count per element.
 */
function countProseBlocks(outline: DomOutline, blocks: readonly Block[], weights: readonly number[]): Int32Array {
  const count = outline.parent.length
  const counts = new Int32Array(count)
  for (let index = 0; index < blocks.length; index++) {
    if ((weights[index] ?? 0) < wrapperProseLength) continue
    const element = blocks[index]?.data?.dom?.element ?? -1
    if (element !== -1) counts[element] = (counts[element] ?? 0) + 1
  }
  for (let element = count - 1; element >= 0; element--) {
    const parent = outline.parent[element] ?? -1
    if (parent !== -1) counts[parent] = (counts[parent] ?? 0) + (counts[element] ?? 0)
  }
  return counts
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
