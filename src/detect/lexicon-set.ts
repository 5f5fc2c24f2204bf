/**
 * Helpers that turn per-language word lists into look-up structures once, at
 * module load, so detectors do a `Set` look-up per line and nothing more.
 */

/**
 * All entries of a per-language lexicon in one set.
 *
 * @param lexicons
 *   One or more lexicons (`{en: [...], fr: [...]}`).
 * @returns
 *   A set of every entry.
 * @example
 *   lexiconSet({en: ['read more'], fr: ['lire la suite']}).has('read more') //=> true
 */
export function lexiconSet(...lexicons: ReadonlyArray<Readonly<Record<string, readonly string[]>>>): Set<string> {
  const set = new Set<string>()
  for (const lexicon of lexicons) {
    for (const entries of Object.values(lexicon)) {
      for (const entry of entries) set.add(entry)
    }
  }
  return set
}

/**
 * The longest folded prefix of `normalized`, cut at a word boundary, that is in
 * `phrases`: `Subscribe to our newsletter` finds `subscribe to`.
 *
 * @param normalized
 *   A line folded by `normalizeLine`.
 * @param phrases
 *   Folded phrases.
 * @param maxWords
 *   Longest phrase in words (bounds the work per line).
 * @returns
 *   The phrase found, or `undefined`.
 */
export function findOpening(normalized: string, phrases: ReadonlySet<string>, maxWords: number): string | undefined {
  let found: string | undefined
  let end = -1
  for (let words = 0; words < maxWords; words++) {
    end = normalized.indexOf(' ', end + 1)
    const prefix = end === -1 ? normalized : normalized.slice(0, end)
    if (phrases.has(prefix)) found = prefix
    if (end === -1) break
  }
  return found
}

/**
 * Count the words of a folded line without splitting it.
 *
 * @param normalized
 *   A line folded by `normalizeLine`.
 * @returns
 *   Number of words (0 for the empty line).
 */
export function countWords(normalized: string): number {
  if (normalized === '') return 0
  let count = 1
  // `indexOf` jumps from space to space, faster than a loop over every character.
  for (let space = normalized.indexOf(' '); space !== -1; space = normalized.indexOf(' ', space + 1)) count++
  return count
}

/**
 * The longest entry of a lexicon, in words.
 *
 * @param phrases
 *   Folded phrases.
 * @returns
 *   Word count of the longest one.
 */
export function longestPhrase(phrases: Iterable<string>): number {
  let longest = 0
  for (const phrase of phrases) longest = Math.max(longest, countWords(phrase))
  return longest
}
