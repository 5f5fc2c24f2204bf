/**
 * Lists that end an article: tour dates (`June 9 – West Palm Beach, FL @
 * Coral Sky Amphitheatre`), qualified teams (`England (Group A): 10th
 * appearance`), a table's rows. Their items are short and are no sentences,
 * so on their own they look like a menu; what gives them away is that they
 * are records of one form: the same punctuation in the same order on every
 * line, where a menu's labels have none (`Home`, `World`) and teaser
 * headlines have each their own (`Police: 2 In Custody`, `Why? Because`).
 */

/** Fewest items of a list. */
const minimumItems = 5

/** Longest punctuation skeleton compared (a long line's tail varies more). */
const skeletonLength = 2

/** Letters, digits, marks and white space: what a skeleton leaves out. */
const wordOrSpace = /[\p{L}\p{N}\p{M}\s]/u

/**
 * The punctuation of a line in order, letters, digits and spaces left out:
 * `June 9 – Tampa, FL @ Amalie Arena` -> `–,@`.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Its first `skeletonLength` punctuation characters.
 */
export function punctuationSkeleton(text: string): string {
  let skeleton = ''
  for (const character of text) {
    if (wordOrSpace.test(character)) continue
    skeleton += character
    if (skeleton.length >= skeletonLength) break
  }
  return skeleton
}

/**
 * Where a list starts right after a place: `minimumItems` or more lines in a
 * row with one punctuation skeleton that is not empty, maybe after one line
 * that introduces them (`The Doobie Brothers Tour Dates`, `Qualified teams:`).
 *
 * @param texts
 *   Trimmed text of each unit.
 * @param from
 *   The first unit after the article.
 * @returns
 *   One past the list's last unit, or `from` without a list.
 * @example
 *   listEnd(['Text.', 'Dates:', 'June 9 – Tampa, FL', 'June 10 – Miami, FL', 'June 12 – Austin, TX', 'June 14 – Dallas, TX', 'Home'], 1) //=> 6
 */
export function listEnd(texts: readonly string[], from: number): number {
  for (const start of [from, from + 1]) {
    const skeleton = punctuationSkeleton(texts[start] ?? '')
    if (skeleton === '') continue
    let end = start + 1
    while (end < texts.length && punctuationSkeleton(texts[end] ?? '') === skeleton) end++
    if (end - start >= minimumItems) return end
  }
  return from
}
