/**
 * Copies of the article glued into one line: some pages leak their metadata
 * (a JSON-LD `articleBody`, a print or app version) into the visible text as
 * one long paragraph that repeats the article's paragraphs one after another
 * (`Retiring early takes time and incredible discipline.` / `If you're
 * planning to retire early, …` and later `Retiring early takes time and
 * incredible discipline. If you're planning to retire early, …`). The copy is
 * prose, so on its own it looks like the article, and the zone takes it in.
 *
 * Lines are looked up by their opening characters in a map, so the work is
 * linear in the text.
 */

/** Characters of a line's opening that key the lookup. */
const keyCharacters = 30

/** Characters of the next line that must follow a copied line in the copy. */
const nextCharacters = 20

/** Fewest characters of a glued copy (two paragraphs of prose at least). */
const copyCharacters = 300

/**
 * Mark the lines that copy earlier lines glued together: a long line that
 * starts with an earlier line of `keyCharacters` or more, then (after white
 * space) with the opening of the line after that one.
 *
 * @param lines
 *   The document's lines (or paragraphs), trimmed, in order.
 * @returns
 *   One flag per line: whether it is a glued copy.
 * @example
 *   findGluedCopies(['First paragraph of the story, with enough text.', 'Second paragraph follows here.', 'First paragraph of the story, with enough text. Second paragraph follows here. ' + 'x'.repeat(300)])
 *   //=> [false, false, true]
 */
export function findGluedCopies(lines: readonly string[]): boolean[] {
  const firstByKey = new Map<string, number[]>()
  const copies: boolean[] = []
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? ''
    copies.push(text.length >= copyCharacters && copiesEarlier(text, lines, firstByKey))
    if (text.length < keyCharacters) continue
    const key = text.slice(0, keyCharacters)
    const earlier = firstByKey.get(key)
    if (earlier) earlier.push(index)
    else firstByKey.set(key, [index])
  }
  return copies
}

/** Most earlier lines with one opening that are tried (a line repeated often is structure). */
const maxCandidates = 4

/**
 * Whether a line starts with an earlier line and the opening of the one after it.
 *
 * @param text
 *   The line.
 * @param lines
 *   All lines.
 * @param firstByKey
 *   Earlier lines by their opening.
 * @returns
 *   Whether it copies them.
 */
function copiesEarlier(text: string, lines: readonly string[], firstByKey: ReadonlyMap<string, readonly number[]>): boolean {
  const candidates = firstByKey.get(text.slice(0, keyCharacters)) ?? []
  for (const index of candidates.slice(0, maxCandidates)) {
    const earlier = lines[index] ?? ''
    const next = (lines[index + 1] ?? '').slice(0, nextCharacters)
    if (earlier.length >= text.length || next.length < nextCharacters || !text.startsWith(earlier)) continue
    if (text.slice(earlier.length).trimStart().startsWith(next)) return true
  }
  return false
}
