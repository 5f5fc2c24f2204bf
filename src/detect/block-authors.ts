/**
 * Author boxes: the author's name on a line of its own, over a short
 * biography that starts with that name (`Meg James` / `Meg James is a
 * corporate media reporter for the Los Angeles Times, …`, `Emiliano Bellini`
 * / `Emiliano joined pv magazine in March 2017. …`). The biography is prose,
 * so on its own it looks like the article. What tells it apart from a
 * profile's section (`Ana Souza` / `Ana Souza, 34, is a nurse …`) is that
 * the page credits the same name in a short line above it: its byline
 * (`By Meg James Staff Writer`, `November 20, 2019 Emiliano Bellini`).
 */
import {isAsciiLetter, isAsciiUpper} from '../ascii.js'
import {isWhiteSpaceCode} from './white-space.js'

/** Most words of a name line. */
const nameWords = 3

/** Most characters of a name line. */
const nameCharacters = 40

/** Most lines from a name line to its biography (contact links may stand between). */
const biographyReach = 6

/** Most characters of a line that credits the author (a byline, not prose). */
const creditCharacters = 80

/** Most name lines checked for a credit per document (each check reads the lines before). */
const maximumCandidates = 8

/** A name: letters (any script), spaces, dots, hyphens and apostrophes, starting with a capital. */
const namePattern = /^\p{Lu}[\p{L}\p{M}.'’ -]{0,39}$/u

/** Runs of white space. */
const spacePattern = /\s+/u

/**
 * Mark author boxes: a name line of two to `nameWords` words, the paragraph
 * under it (maybe after a few contact links) that starts with the name's
 * first word, and a longer line of at most `creditCharacters` before the
 * name line that holds the whole name (the byline).
 *
 * @param texts
 *   Trimmed text of each unit, in order.
 * @returns
 *   One flag per unit: whether it is part of an author box.
 * @example
 *   findAuthorBoxes(['By Meg James Staff Writer', 'The story …', 'Meg James', 'Meg James is a reporter covering the media business.'])
 *   //=> [false, false, true, true]
 */
export function findAuthorBoxes(texts: readonly string[]): boolean[] {
  const boxes: boolean[] = new Array<boolean>(texts.length).fill(false)
  let candidates = 0
  for (let index = 0; index + 1 < texts.length && candidates < maximumCandidates; index++) {
    const name = texts[index] ?? ''
    // Two words or more need a space, the only one `namePattern` allows: a
    // cheap test that skips most lines before the pattern.
    if (name.length > nameCharacters || !name.includes(' ') || !isNameLine(name)) continue
    const words = name.split(spacePattern)
    if (words.length < 2 || words.length > nameWords) continue
    const biography = biographyAfter(texts, index, (words[0] ?? '') + ' ')
    if (biography === undefined) continue
    candidates++
    if (isCredited(texts, index, name)) {
      boxes[index] = true
      boxes[biography] = true
    }
  }
  return boxes
}

/**
 * Whether a line is a name (`namePattern`): ASCII is answered by code, so
 * only a line with other characters asks the pattern (its classes of all
 * letters and marks are slow to match).
 *
 * @param text
 *   A line of at most `nameCharacters` characters.
 * @returns
 *   Whether `namePattern` matches it.
 */
function isNameLine(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80) return namePattern.test(text)
    const allowed =
      index === 0
        ? isAsciiUpper(code)
        : isAsciiLetter(code) || code === 0x20 || code === 0x27 || code === 0x2d || code === 0x2e
    if (!allowed) return false
  }
  return text.length > 0
}

/**
 * The biography under a name line: the first line after it of more than
 * `nameWords` words, with only short lines between (`Follow Us` / `twitter`
 * / `email`), if it starts with the name's first word.
 *
 * @param texts
 *   Trimmed text of each unit.
 * @param index
 *   The name line.
 * @param opening
 *   The name's first word and a space.
 * @returns
 *   Index of the biography, if any.
 */
function biographyAfter(texts: readonly string[], index: number, opening: string): number | undefined {
  for (let after = index + 1; after <= index + biographyReach && after < texts.length; after++) {
    const text = texts[after] ?? ''
    if (!hasMorePieces(text, nameWords)) continue
    return text.startsWith(opening) ? after : undefined
  }
  return undefined
}

/**
 * Whether `text.split(/\s+/u)` gives more than some number of pieces (one
 * more than its runs of white space), counted without making them: the
 * line under a name may be a long paragraph.
 *
 * @param text
 *   Text.
 * @param most
 *   The number of pieces to exceed.
 * @returns
 *   Whether it has more pieces.
 */
function hasMorePieces(text: string, most: number): boolean {
  let pieces = 1
  let inSpace = false
  for (let index = 0; index < text.length; index++) {
    if (!isWhiteSpaceCode(text.charCodeAt(index))) {
      inSpace = false
    } else if (!inSpace) {
      inSpace = true
      if (++pieces > most) return true
    }
  }
  return false
}

/**
 * Whether a short line before a unit holds a name.
 *
 * @param texts
 *   Trimmed text of each unit.
 * @param index
 *   The name line.
 * @param name
 *   The name.
 * @returns
 *   Whether a line before it credits the name.
 */
function isCredited(texts: readonly string[], index: number, name: string): boolean {
  for (let before = 0; before < index; before++) {
    const text = texts[before] ?? ''
    if (text.length > name.length && text.length <= creditCharacters && text.includes(name)) return true
  }
  return false
}
