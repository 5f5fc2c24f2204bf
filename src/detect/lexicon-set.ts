/**
 * Helpers that turn per-language word lists into look-up structures once, at
 * module load, so detectors do a `Set` look-up per line and nothing more.
 */
import {isAsciiUpper} from '../ascii.js'

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
  const {prefixes, starts} = phrasePrefixes(phrases)
  // Most lines open with two characters no phrase opens with: a table says so
  // without cutting the first word out of the line.
  const start = openingKey(normalized)
  if (start !== -1 && starts[start] !== 1) return undefined
  let found: string | undefined
  let end = -1
  for (let words = 0; words < maxWords; words++) {
    end = normalized.indexOf(' ', end + 1)
    const prefix = end === -1 ? normalized : normalized.slice(0, end)
    // Stop at the first prefix no phrase starts with instead of trying
    // `maxWords` of them.
    if (!prefixes.has(prefix)) break
    if (phrases.has(prefix)) found = prefix
    if (end === -1) break
  }
  return found
}

/** The word prefixes of a phrase set, and the openings of those prefixes in a table. */
interface PhrasePrefixes {
  /** Every leading run of whole words of the phrases. */
  readonly prefixes: ReadonlySet<string>
  /** `1` at the `openingKey` of each prefix (and of each one-letter prefix before a space or at the end). */
  readonly starts: Uint8Array
}

/** Word prefixes of each phrase set `findOpening` has seen. */
const prefixCache = new WeakMap<ReadonlySet<string>, PhrasePrefixes>()

/**
 * Every leading run of whole words of the phrases (`subscribe`, `subscribe
 * to`, `subscribe to our`), made once per set.
 *
 * @param phrases
 *   Folded phrases.
 * @returns
 *   Their word prefixes, the phrases included, and a table of their openings.
 */
function phrasePrefixes(phrases: ReadonlySet<string>): PhrasePrefixes {
  let found = prefixCache.get(phrases)
  if (found === undefined) {
    const prefixes = new Set<string>()
    for (const phrase of phrases) {
      for (let end = phrase.indexOf(' '); end !== -1; end = phrase.indexOf(' ', end + 1)) prefixes.add(phrase.slice(0, end))
      prefixes.add(phrase)
    }
    const starts = new Uint8Array(0x4000)
    for (const prefix of prefixes) {
      // A one-letter first word stands before a space or at the end of a line.
      for (const opening of prefix.length === 1 ? [prefix + ' ', prefix] : [prefix]) {
        const key = openingKey(opening)
        if (key !== -1) starts[key] = 1
      }
    }
    found = {prefixes, starts}
    prefixCache.set(phrases, found)
  }
  return found
}

/**
 * A key for the first two characters of a folded text when both are ASCII
 * (the second may be missing).
 *
 * @param text
 *   Folded text.
 * @returns
 *   A key from 0 to 0x3fff, or `-1` for an empty text or a non-ASCII character.
 */
function openingKey(text: string): number {
  if (text === '') return -1
  const first = text.charCodeAt(0)
  const second = text.length > 1 ? text.charCodeAt(1) : 0
  return first < 0x80 && second < 0x80 ? (first << 7) | second : -1
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

/**
 * Words of a list in an open-addressing hash table keyed by their code units,
 * for asking whether a stretch of a line is one of them without cutting it
 * out as a string (the classifier asks for every word of every line).
 */
export interface WordTable {
  /** Slot count less one (the count is a power of two). */
  readonly mask: number
  /** Index plus one in `words` of the word in each slot; 0 for an empty slot. */
  readonly slots: Int32Array
  /** The words, as given. */
  readonly words: readonly string[]
}

/** FNV-1a offset basis: the hash of no code units. */
const hashSeed = 0x811c9dc5

/** FNV-1a prime. */
const hashPrime = 0x01000193

/**
 * Put words in a hash table.
 *
 * @param words
 *   Words, compared code unit by code unit.
 * @returns
 *   The table, with at least four slots per word so most look-ups probe one.
 * @example
 *   hasTableWord(wordTable(['the']), 'The end', 0, 3, true) //=> true
 */
export function wordTable(words: Iterable<string>): WordTable {
  const list = [...new Set(words)]
  let size = 16
  while (size < list.length * 4) size *= 2
  const mask = size - 1
  const slots = new Int32Array(size)
  for (let index = 0; index < list.length; index++) {
    const word = list[index] ?? ''
    let slot = hashRange(word, 0, word.length, false) & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
    slots[slot] = index + 1
  }
  return {mask, slots, words: list}
}

/**
 * Whether a stretch of a text is a word of the table, optionally with ASCII
 * capitals `A`–`Z` read as lower case (as `toLowerCase` reads them).
 *
 * @param table
 *   A table from `wordTable`.
 * @param text
 *   Text.
 * @param start
 *   Where the stretch starts.
 * @param end
 *   Where it ends (exclusive).
 * @param foldAscii
 *   Whether to read `A`–`Z` as `a`–`z`.
 * @returns
 *   Whether `text.slice(start, end)`, so folded, is in the table.
 */
export function hasTableWord(table: WordTable, text: string, start: number, end: number, foldAscii: boolean): boolean {
  const {mask, slots, words} = table
  for (let slot = hashRange(text, start, end, foldAscii) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] ?? 0
    if (entry === 0) return false
    if (sameWord(words[entry - 1] ?? '', text, start, end, foldAscii)) return true
  }
}

/**
 * FNV-1a hash of a stretch of code units.
 *
 * @param text
 *   Text.
 * @param start
 *   Where the stretch starts.
 * @param end
 *   Where it ends (exclusive).
 * @param foldAscii
 *   Whether to read `A`–`Z` as `a`–`z`.
 * @returns
 *   A non-negative 31-bit hash.
 */
function hashRange(text: string, start: number, end: number, foldAscii: boolean): number {
  let hash = hashSeed
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ foldCode(text.charCodeAt(index), foldAscii), hashPrime)
  return hash >>> 1
}

/**
 * Whether a word equals a stretch of a text.
 *
 * @param word
 *   A word of the table.
 * @param text
 *   Text.
 * @param start
 *   Where the stretch starts.
 * @param end
 *   Where it ends (exclusive).
 * @param foldAscii
 *   Whether to read `A`–`Z` in the text as `a`–`z`.
 * @returns
 *   Whether they have the same code units.
 */
function sameWord(word: string, text: string, start: number, end: number, foldAscii: boolean): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) {
    if (word.charCodeAt(index) !== foldCode(text.charCodeAt(start + index), foldAscii)) return false
  }
  return true
}

/**
 * A code unit, with `A`–`Z` made `a`–`z` when asked.
 *
 * @param code
 *   A UTF-16 code unit.
 * @param foldAscii
 *   Whether to fold ASCII capitals.
 * @returns
 *   The code unit to compare.
 */
function foldCode(code: number, foldAscii: boolean): number {
  return foldAscii && isAsciiUpper(code) ? code + 32 : code
}
