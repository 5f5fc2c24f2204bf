/**
 * The context pass of the block classifier, in the spirit of jusText
 * (Pomikálek 2011, https://github.com/miso-belica/jusText/blob/main/doc/algorithm.rst),
 * then the main-content zone.
 *
 * Works on plain arrays, one entry per non-blank block, so it is cheap and
 * easy to test. Blocks are first classed on their own (`good`, `near-good`,
 * `short`, `bad`); here short and near-good blocks take their class from
 * their neighbours, and headings near good text stay.
 */

/** Class of a block on its own, before context. */
export type InitialClass = 'good' | 'near-good' | 'short' | 'bad'

/** Class of a block after context. */
export type FinalClass = 'good' | 'bad'

/** What the context pass needs to know of a block besides its class. */
export interface ContextBlock {
  /** Class of the block on its own. */
  readonly initial: InitialClass
  /** Whether it looks like a heading: short, no final punctuation, not a menu. */
  readonly heading: boolean
  /** Length in Latin-text characters. */
  readonly size: number
  /** Whether it is a sentence: final punctuation and some stop words. */
  readonly sentence: boolean
  /** Whether a blank line comes right before it. */
  readonly blankBefore: boolean
}

/** Settings of the context pass. */
export interface ContextSettings {
  /**
   * Characters of text between a heading and the good block that makes it
   * stay (jusText: `max_heading_distance`, 200).
   */
  readonly headingDistance: number
  /**
   * Characters of near-good text in a run (short blocks between allowed)
   * that make the run good on its own.
   */
  readonly runSize: number
  /**
   * Consecutive labels (short blocks that are not sentences) that make a
   * menu: bad whatever their neighbours (default: no limit).
   */
  readonly menuLabels?: number | undefined
}

/**
 * Revise classes by context.
 *
 * @param blocks
 *   The non-blank blocks in order.
 * @param settings
 *   Heading distance.
 * @returns
 *   The final class of each block.
 */
export function reviseByContext(blocks: readonly ContextBlock[], settings: ContextSettings): FinalClass[] {
  const classes: InitialClass[] = blocks.map((block) => block.initial)

  // 1. Headings (short or bad on their own) followed by good text within the
  //    heading distance become near-good, so a section title stays with its
  //    section: `Background: U.S. Strike and Escalating Tensions`.
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    if (block?.heading && classes[index] !== 'good' && isGoodAhead(blocks, index, settings.headingDistance)) {
      classes[index] = 'near-good'
    }
  }

  // 2. Short blocks take the class of their nearest non-short neighbours
  //    (the document's edges count as bad). Reading the classes as they were
  //    before this step keeps the result independent of the loop direction.
  const afterShort = [...classes]
  // Menus are read from the classes on their own: `All Videos` / `Eye on
  // Detroit` look like headings, and step 1 must not split their menu into
  // runs too short to count.
  const menus = menuRuns(blocks, blocks.map((block) => block.initial), settings.menuLabels ?? Number.POSITIVE_INFINITY)
  for (let index = 0; index < blocks.length; index++) {
    // A heading-like label that step 1 lifted is still part of its menu
    // (step 4 gives the ones right before good text back).
    if (menus[index] && blocks[index]?.initial === 'short') {
      afterShort[index] = 'bad'
      continue
    }
    if (classes[index] !== 'short') continue
    // `Our Story` / `Our People` / `Jobs` / `Blog` between two teasers: a menu.
    if (menus[index]) {
      afterShort[index] = 'bad'
      continue
    }
    const previous = neighbour(classes, index, -1, false)
    const next = neighbour(classes, index, 1, false)
    afterShort[index] = classifyShort(previous, next, blocks, index)
  }

  // 3. Near-good blocks are good unless both neighbours, skipping near-good
  //    and short ones, are bad. Unlike jusText, a long run of near-good
  //    blocks is good on its own: an article of short paragraphs.
  const runs = nearGoodRuns(blocks, classes)
  const result: FinalClass[] = []
  for (let index = 0; index < blocks.length; index++) {
    const value = afterShort[index]
    if (value === 'near-good') {
      const previous = neighbour(classes, index, -1, true)
      const next = neighbour(classes, index, 1, true)
      const isolated = previous === 'bad' && next === 'bad' && (runs[index] ?? 0) < settings.runSize
      result.push(isolated ? 'bad' : 'good')
    } else {
      result.push(value === 'good' ? 'good' : 'bad')
    }
  }

  // 4. A heading still bad but right before good text, within the heading
  //    distance, is good again.
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    if (block?.heading && result[index] === 'bad' && block.initial !== 'bad' && isFinalGoodAhead(blocks, result, index, settings.headingDistance)) {
      result[index] = 'good'
    }
  }
  return result
}

/**
 * Class of a short block from its neighbours' classes.
 *
 * jusText makes a short block between good and bad good; we attach it to the
 * side it belongs to instead: a heading-like line to what follows, a sentence
 * to the good side, anything else to the bad side.
 *
 * @param previous
 *   Class of the nearest non-short block before.
 * @param next
 *   Class of the nearest non-short block after.
 * @param blocks
 *   All blocks.
 * @param index
 *   Index of the short block.
 * @returns
 *   `good` or `bad`.
 */
function classifyShort(
  previous: InitialClass,
  next: InitialClass,
  blocks: readonly ContextBlock[],
  index: number
): InitialClass {
  const before = previous === 'near-good' ? 'good' : previous
  const after = next === 'near-good' ? 'good' : next
  if (previous === 'good' && next === 'good') return 'good'
  if (before === 'bad' && after === 'bad') return 'bad'
  if ((previous === 'bad' && next === 'near-good') || (previous === 'near-good' && next === 'bad')) return 'bad'
  if (before === after) return 'good'
  // Between good and bad, jusText says good; in scraped text that edge is
  // mostly chrome (`Startseite`, `By admin`), so only a heading (attached to
  // what follows) or a sentence (`Wann es weitergeht, ist offen.`) is good.
  const block = blocks[index]
  if (block?.heading) return after
  return block?.sentence ? 'good' : 'bad'
}

/**
 * Mark the blocks in runs of at least `minimum` consecutive labels: short
 * blocks that are not sentences.
 *
 * @param blocks
 *   Blocks.
 * @param classes
 *   Classes after step 1 (headings before text are near-good by then).
 * @param minimum
 *   Labels that make a menu.
 * @returns
 *   Whether each block is in such a run.
 */
function menuRuns(blocks: readonly ContextBlock[], classes: readonly InitialClass[], minimum: number): boolean[] {
  const marks: boolean[] = new Array<boolean>(blocks.length).fill(false)
  let start = 0
  while (start < blocks.length) {
    let end = start
    while (end < blocks.length && classes[end] === 'short' && !blocks[end]?.sentence) end++
    if (end - start >= minimum) marks.fill(true, start, end)
    start = end === start ? start + 1 : end
  }
  return marks
}

/**
 * For each near-good block, the size of the run of near-good blocks it is in
 * (short blocks inside a run neither break nor add to it).
 *
 * @param blocks
 *   Blocks.
 * @param classes
 *   Classes after step 1.
 * @returns
 *   Run size per block (0 for blocks that are not near-good).
 */
function nearGoodRuns(blocks: readonly ContextBlock[], classes: readonly InitialClass[]): number[] {
  const sizes: number[] = new Array<number>(blocks.length).fill(0)
  let start = 0
  while (start < blocks.length) {
    if (classes[start] !== 'near-good') {
      start++
      continue
    }
    let end = start
    let total = 0
    const members: number[] = []
    while (end < blocks.length && (classes[end] === 'near-good' || classes[end] === 'short')) {
      if (classes[end] === 'near-good') {
        total += blocks[end]?.size ?? 0
        members.push(end)
      }
      end++
    }
    for (const member of members) sizes[member] = total
    start = end
  }
  return sizes
}

/**
 * Class of the nearest neighbour that is not short (nor near-good, if asked).
 *
 * @param classes
 *   Classes.
 * @param index
 *   Where to start.
 * @param step
 *   `-1` to look back, `1` to look ahead.
 * @param skipNearGood
 *   Whether near-good neighbours are skipped too.
 * @returns
 *   The class, `bad` past the edge of the document.
 */
function neighbour(
  classes: readonly InitialClass[],
  index: number,
  step: -1 | 1,
  skipNearGood: boolean
): InitialClass {
  for (let cursor = index + step; cursor >= 0 && cursor < classes.length; cursor += step) {
    const value = classes[cursor]
    if (value === 'short' || (skipNearGood && value === 'near-good')) continue
    if (value !== undefined) return value
  }
  return 'bad'
}

/**
 * Whether a block is followed by a short line that is not a sentence: a label
 * followed by another label is a menu item, not a heading (`Ana Sayfa` /
 * `Gündem`).
 *
 * @param blocks
 *   Blocks.
 * @param index
 *   The candidate heading.
 * @returns
 *   Whether the next block is a label.
 */
function isFollowedByLabel(blocks: readonly ContextBlock[], index: number): boolean {
  const next = blocks[index + 1]
  return next !== undefined && next.initial === 'short' && !next.sentence && !next.heading
}

/**
 * Whether an initially good block follows within a distance, with no bad
 * block between.
 *
 * @param blocks
 *   Blocks.
 * @param index
 *   The heading.
 * @param distance
 *   Characters allowed between.
 * @returns
 *   Whether good text follows.
 */
function isGoodAhead(blocks: readonly ContextBlock[], index: number, distance: number): boolean {
  if (isFollowedByLabel(blocks, index)) return false
  let seen = 0
  for (let cursor = index + 1; cursor < blocks.length && seen <= distance; cursor++) {
    const block = blocks[cursor]
    if (!block || block.initial === 'bad') return false
    if (block.initial === 'good') return true
    seen += block.size
  }
  return false
}

/**
 * Whether a finally good block follows within a distance.
 *
 * @param blocks
 *   Blocks.
 * @param classes
 *   Final classes.
 * @param index
 *   The heading.
 * @param distance
 *   Characters allowed between.
 * @returns
 *   Whether good text follows.
 */
function isFinalGoodAhead(
  blocks: readonly ContextBlock[],
  classes: readonly FinalClass[],
  index: number,
  distance: number
): boolean {
  if (isFollowedByLabel(blocks, index)) return false
  let seen = 0
  for (let cursor = index + 1; cursor < blocks.length && seen <= distance; cursor++) {
    if (classes[cursor] === 'good') return true
    seen += blocks[cursor]?.size ?? 0
  }
  return false
}
