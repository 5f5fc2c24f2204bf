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

/** A pattern that matches nothing. */
const noMatch = /(?!)/

/** Characters with a meaning in a regular expression. */
const regExpSyntax = /[.*+?^${}()|[\]\\]/g

/**
 * A pattern that finds any of the phrases anywhere in a line: one alternation
 * of the escaped phrases, one scan of the line, several times faster than an
 * `includes` per phrase.
 *
 * @param phrases
 *   Phrases, matched literally.
 * @returns
 *   The pattern (no flags); `pattern.test(line)` is whether any phrase is in `line`.
 * @example
 *   anyPhrase(['read more', 'lire la suite']).test('click to read more') //=> true
 */
export function anyPhrase(phrases: Iterable<string>): RegExp {
  const escaped = [...phrases].map((phrase) => phrase.replace(regExpSyntax, '\\$&'))
  // No phrases: a pattern that never matches (an empty one would match everything).
  if (escaped.length === 0) return noMatch
  // redos: an alternation of literal phrases, no quantifiers: at most the phrases' total length of work per start; test/hostile.test.ts covers near misses
  return new RegExp(escaped.join('|'))
}

/**
 * The longest folded prefix of `normalized`, cut at a word boundary, that is in
 * `phrases`: `Subscribe to our newsletter` finds `subscribe to`.
 *
 * @param normalized
 *   A line folded by `normalizeLine`.
 * @param phrases
 *   Folded phrases, not changed after the first call (their prefixes are
 *   cached).
 * @param maxWords
 *   Longest phrase in words (bounds the work per line).
 * @returns
 *   The phrase found, or `undefined`.
 */
export function findOpening(normalized: string, phrases: ReadonlySet<string>, maxWords: number): string | undefined {
  const prefixes = phrasePrefixes(phrases)
  let found: string | undefined
  let end = -1
  for (let words = 0; words < maxWords; words++) {
    end = normalized.indexOf(' ', end + 1)
    const prefix = end === -1 ? normalized : normalized.slice(0, end)
    // Most lines open with a word no phrase opens with: stop at the first
    // prefix no phrase starts with instead of trying `maxWords` of them.
    if (!prefixes.has(prefix)) break
    if (phrases.has(prefix)) found = prefix
    if (end === -1) break
  }
  return found
}

/** Word prefixes of each phrase set `findOpening` has seen. */
const prefixCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>()

/**
 * Every leading run of whole words of the phrases (`subscribe`, `subscribe
 * to`, `subscribe to our`), made once per set.
 *
 * @param phrases
 *   Folded phrases.
 * @returns
 *   Their word prefixes, the phrases included.
 */
function phrasePrefixes(phrases: ReadonlySet<string>): ReadonlySet<string> {
  let prefixes = prefixCache.get(phrases)
  if (prefixes === undefined) {
    const made = new Set<string>()
    for (const phrase of phrases) {
      for (let end = phrase.indexOf(' '); end !== -1; end = phrase.indexOf(' ', end + 1)) made.add(phrase.slice(0, end))
      made.add(phrase)
    }
    prefixes = made
    prefixCache.set(phrases, prefixes)
  }
  return prefixes
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
