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

/**
 * The number that opens an item of a numbered list, with an ordinal's ending
 * or a mark after it and then a space (`1 Kyle Busch 5040`, `2a etapa: …`,
 * `3. …`, `4) …`, `5º …`).
 */
const itemNumber = /^(\d{1,3})(?:\p{L}{1,2}|[.)º°])?\s/u

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
 * The list of records under a headline: the first `minimumItems` or more
 * lines in a row, within `distance` lines after it, that open with the same
 * separator or count up from a number (a standings table, `1 Kyle Busch 5040
 * 5 1 17 27` / `2 Martin Truex Jr. 5035 …`; a calendar, `1a etapa: 10 de
 * março – Interlagos` / `2a etapa: …`). A page whose article is a table or a
 * calendar has no prose under its headline, only such a list.
 *
 * @param texts
 *   Trimmed text of each unit.
 * @param headline
 *   The headline's unit.
 * @param distance
 *   Most units between the headline and the list's first item.
 * @returns
 *   One past the list's last unit, or `undefined` without a list.
 * @example
 *   listUnder(['Standings 2019', 'Pos. Name Points', '1 Ann Lee 50', '2 Bo Li 40', '3 Cy Ng 30', '4 Di Wu 20', '5 Ed Yu 10', 'Home'], 0, 2) //=> 7
 */
export function listUnder(texts: readonly string[], headline: number, distance: number): number | undefined {
  const last = Math.min(texts.length, headline + distance + 2)
  for (let start = headline + 1; start < last; start++) {
    const end = countEnd(texts, start)
    if (end - start >= minimumItems) return end
  }
  return undefined
}

/**
 * Where a numbered list ends that starts at a unit: items whose opening
 * number counts up by one (`1 …`, `2 …`, `3 …`).
 *
 * @param texts
 *   Trimmed text of each unit.
 * @param start
 *   The first item.
 * @returns
 *   One past the last item, or `start` when the unit opens no numbered item.
 */
function countEnd(texts: readonly string[], start: number): number {
  let end = start
  let expected = itemCount(texts[start] ?? '')
  while (expected !== undefined && end < texts.length && itemCount(texts[end] ?? '') === expected) {
    end++
    expected++
  }
  return end
}

/**
 * The number that opens a numbered list's item.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   The number, or `undefined`.
 */
function itemCount(text: string): number | undefined {
  const match = itemNumber.exec(text)
  return match ? Number(match[1]) : undefined
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
