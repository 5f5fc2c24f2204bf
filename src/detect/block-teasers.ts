/**
 * Teaser lists: summaries cut off mid-sentence, one after another
 * (`Indian-origin man pleads guilty … Raminder Singh Rekhi, 41,...` /
 * `UN ‘regrets’ new US position … the Palestinian territories are...`).
 *
 * A page cuts a summary to a fixed length when it links to another article;
 * an author trails off (`…and then …`) now and then, but never several times
 * in a row. So a truncated line is a teaser only when another truncated line
 * stands within reach: one alone stays prose, whatever language it is in.
 */

/**
 * A line cut off mid-sentence: a word (or a comma) then `...` or `…` at the
 * very end, maybe after one space (`territories are...`, `the state …`).
 */
const truncatedEnd = /[\p{L}\p{N},;] ?(?:\.{3}|…)$/u

/** Fewest characters of a summary (`Read more…` is a link label, not a teaser). */
const summaryCharacters = 40

/** Lines either side within which another truncated line makes a teaser list. */
const teaserReach = 2

/**
 * Whether a line is a summary cut off mid-sentence.
 *
 * @param text
 *   The line, trimmed.
 * @returns
 *   Whether it ends truncated and is long enough to be a summary.
 * @example
 *   isTruncatedSummary('Newly-elected Lankan president accepts the invitation. A bench headed by Justice...') //=> true
 *   isTruncatedSummary('Read more...') //=> false
 */
export function isTruncatedSummary(text: string): boolean {
  return text.length >= summaryCharacters && truncatedEnd.test(text)
}

/**
 * Mark the lines of teaser lists: truncated summaries with another one within
 * `teaserReach` lines.
 *
 * @param lines
 *   The document's lines (or paragraphs), trimmed, in order.
 * @returns
 *   One flag per line: whether it is a teaser.
 * @example
 *   findTeasers(['A long summary of one story that stops in the...', 'Title', 'Another long summary that is cut off here…'])
 *   //=> [true, false, true]
 */
export function findTeasers(lines: readonly string[]): boolean[] {
  const truncated = lines.map((line) => isTruncatedSummary(line))
  const teasers: boolean[] = Array.from({length: lines.length}, () => false)
  let previous = Number.NEGATIVE_INFINITY
  for (let index = 0; index < lines.length; index++) {
    if (!truncated[index]) continue
    if (index - previous <= teaserReach) {
      teasers[index] = true
      teasers[previous] = true
    }
    previous = index
  }
  return teasers
}
