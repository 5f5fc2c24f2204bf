/**
 * Teaser cards: the repeated boxes of a "more stories" grid, each a linked
 * headline with a line or two of summary. Their summaries read as prose, and a
 * grid of twenty can hold more prose than a short article, so the main-content
 * search must not count them.
 *
 * A card is the nearest element (one or two levels above a prose block) that
 * also holds a link-dense block, the headline, or the prose block's own
 * element when 15% or more of it is link text (headline and summary in one
 * block). Cards of one grid look alike:
 * the same tag and class words (numbers aside: `post-123`, `post-124`). When
 * four or more look-alike cards each hold at most two prose blocks, their
 * prose is teaser text. An article's sections (`section.chapter`) hold more
 * paragraphs each, or no headline links, and are left alone.
 */
import type {DomOutline} from '../parse/html.js'
import type {Block} from '../types.js'

/** Look-alike cards a grid needs. */
const minimumCards = 4

/** Most prose blocks in one card: a summary, not a story. */
const maximumCardProse = 2

/** Link density from which a block is a headline link. */
const headlineLinkDensity = 0.5

/** Link density from which a prose block holds its own headline (`<li><a>Title</a> Summary…</li>`). */
const summaryLinkDensity = 0.15

/** Levels above a prose block's element searched for its card. */
const cardLevels = 2

/** A token with a digit: an instance number (`post-123`), not a class word. */
const digit = /\d/

/**
 * Find the prose blocks that are teaser summaries.
 *
 * @param outline
 *   The page's outline.
 * @param blocks
 *   The blocks.
 * @param weights
 *   Prose per block (`0`: not prose).
 * @returns
 *   Per block, `1` when it is a teaser summary.
 */
export function findTeaserBlocks(outline: DomOutline, blocks: readonly Block[], weights: readonly number[]): Uint8Array {
  const count = outline.parent.length
  const teasers = new Uint8Array(blocks.length)

  // 1. Which elements hold a headline link (a link-dense block) in their subtree.
  const holdsLink = new Uint8Array(count)
  for (const block of blocks) {
    const dom = block.data?.dom
    const element = dom?.element ?? -1
    if (block.blank || element === -1 || !dom || dom.linkDensity < headlineLinkDensity) continue
    for (let level = 0, current = element; level <= cardLevels && current !== -1; level++) {
      holdsLink[current] = 1
      current = outline.parent[current] ?? -1
    }
  }

  // 2. Each prose block's card, and the prose blocks per card.
  const cardOf = new Int32Array(blocks.length).fill(-1)
  const proseCount = new Int32Array(count)
  for (let index = 0; index < blocks.length; index++) {
    if ((weights[index] ?? 0) === 0) continue
    const dom = blocks[index]?.data?.dom
    const own = dom?.element ?? -1
    // A headline link and its summary in one block (`<li><a>Title</a> Summary…</li>`): the element is the card.
    if (own !== -1 && dom && dom.linkDensity >= summaryLinkDensity) {
      cardOf[index] = own
      proseCount[own] = (proseCount[own] ?? 0) + 1
      continue
    }
    let current = outline.parent[own] ?? -1
    for (let level = 0; level < cardLevels && current !== -1; level++) {
      if (holdsLink[current] === 1) {
        cardOf[index] = current
        proseCount[current] = (proseCount[current] ?? 0) + 1
        break
      }
      current = outline.parent[current] ?? -1
    }
  }

  // 3. Look-alike small cards, counted by signature.
  const signatures = new Map<number, string>()
  const cardsPerSignature = new Map<string, number>()
  for (let element = 0; element < count; element++) {
    const prose = proseCount[element] ?? 0
    if (prose === 0 || prose > maximumCardProse) continue
    const signature = signatureOf(outline, element)
    signatures.set(element, signature)
    cardsPerSignature.set(signature, (cardsPerSignature.get(signature) ?? 0) + 1)
  }
  for (let index = 0; index < blocks.length; index++) {
    const card = cardOf[index] ?? -1
    const signature = card === -1 ? undefined : signatures.get(card)
    if (signature !== undefined && (cardsPerSignature.get(signature) ?? 0) >= minimumCards) teasers[index] = 1
  }
  return teasers
}

/**
 * What look-alike elements share: the tag and class words, without instance
 * numbers, of the element and its parent.
 *
 * @param outline
 *   The outline.
 * @param element
 *   An element.
 * @returns
 *   Its signature.
 */
function signatureOf(outline: DomOutline, element: number): string {
  const parent = outline.parent[element] ?? -1
  return describe(outline, element) + '<' + (parent === -1 ? '' : describe(outline, parent))
}

/**
 * One element's tag and class words.
 *
 * @param outline
 *   The outline.
 * @param element
 *   An element.
 * @returns
 *   `div.card.teaser`.
 */
function describe(outline: DomOutline, element: number): string {
  let text = outline.tag[element] ?? ''
  for (const token of outline.tokens[element] ?? []) if (!digit.test(token)) text += '.' + token
  return text
}
