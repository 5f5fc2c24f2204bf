/**
 * Lists that end an article: tour dates (`June 9 – West Palm Beach, FL @
 * Coral Sky Amphitheatre`), qualified teams (`England (Group A): 10th
 * appearance`), numbered products (`1) Lego Star Wars 75188 …`). Their items
 * are short and are no sentences, so on their own they look like a menu;
 * what gives them away is that they are records of one form: each opens its
 * punctuation with the same separator, where a menu's labels have none
 * (`Home`, `World`) and teaser headlines have each their own, or the marks
 * of prose (`Watch: …`, `'Why Don't You …'`).
 */

/** Fewest items of a list. */
const minimumItems = 5

/**
 * Marks of prose and of headlines that open no record (`Watch: …`, `'Why
 * Don't You …'`, `Mr. Smith …`): items that open with one of them make no
 * list.
 */
const proseMarks: ReadonlySet<string> = new Set([':', '.', ',', '!', '?', "'", '"', '‘', '’', '“', '”', '„', '«', '»'])

/** Letters, digits, combining marks and white space: what is no separator. */
const wordOrSpace = /[\p{L}\p{N}\p{M}\s]/u

/**
 * The first punctuation mark of a line, letters, digits and spaces skipped:
 * `June 9 – Tampa, FL @ Amalie Arena` -> `–`.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   The mark, or `''` without one.
 */
export function firstMark(text: string): string {
  for (const character of text) {
    if (!wordOrSpace.test(character)) return character
  }
  return ''
}

/**
 * Where a list ends that starts right after a place: `minimumItems` or more
 * lines in a row that open their punctuation with the same separator, maybe
 * after one line that introduces them (`The Doobie Brothers Tour Dates`,
 * `Qualified teams:`).
 *
 * @param texts
 *   Trimmed text of each unit.
 * @param from
 *   The first unit after the article.
 * @returns
 *   One past the list's last unit, or `from` without a list.
 * @example
 *   listEnd(['Text.', 'Dates:', 'June 9 – Tampa, FL', 'June 10 – Miami, FL', 'June 12 – Austin, TX', 'June 14 – Dallas, TX', 'June 15 – Waco, TX', 'Home'], 1) //=> 7
 */
export function listEnd(texts: readonly string[], from: number): number {
  for (const start of [from, from + 1]) {
    const mark = itemMark(texts[start] ?? '')
    if (mark === '') continue
    let end = start + 1
    while (end < texts.length && itemMark(texts[end] ?? '') === mark) end++
    if (end - start >= minimumItems) return end
  }
  return from
}

/**
 * The separator of a line as a list item: none for a line that ends in a
 * colon (a label that introduces something: `Sources:`, `Tour dates:`) or
 * whose first mark is one of prose.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   The separator, or `''`.
 */
function itemMark(text: string): string {
  if (text.endsWith(':')) return ''
  const mark = firstMark(text)
  return proseMarks.has(mark) ? '' : mark
}
