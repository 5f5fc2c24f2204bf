/**
 * The document language, detected once per document, and the language tools
 * that depend on it: stop word sets and word counts that also work for
 * scripts written without spaces (Chinese, Japanese, Thai, ...).
 */
import {isAsciiAlphanumeric} from '../ascii.js'
import {createTrigramGuesser} from './language-trigrams.js'
import {stopwordLists} from '../lexicon/stopwords.js'
import {isWhiteSpaceCode} from './white-space.js'
import {hasTableWord, wordTable, type WordTable} from './lexicon-set.js'
import type {Root} from '../types.js'

/** Languages franc may answer: those we ship stop words for. */
const candidates = Object.keys(stopwordLists)

/** franc's answer among `candidates` (same models and answers, 5x faster). */
const guessLanguage = createTrigramGuesser(candidates, 10)

/** Most characters of prose franc reads (it reads at most 2,048 anyway). */
const sampleLimit = 2048

/** Least characters of prose needed to name a language; below it, `und`. */
const sampleMinimum = 60

/** Fewest words a line needs to count as prose for the sample. */
const sampleLineWords = 6

/** First code unit of the kana block (hiragana and katakana): Japanese whatever share of Han it also has. */
const firstKanaCode = 0x3040

/** Last code unit of the kana block. */
const lastKanaCode = 0x30ff

/** A Han ideograph, matched where `lastIndex` points. */
const hanPattern = /\p{Script=Han}/uy

/** The lowest code point of Han (U+2E80 CJK RADICAL REPEAT): text below it needs no `hanPattern`. */
const firstHanCode = 0x2e80

/**
 * Where the BMP characters of the scripts written without spaces start: Thai,
 * Lao, Myanmar and Khmer lie from U+0E01 to U+19FF, Han and kana (with Myanmar
 * extensions) from U+2E80 (astral ones behind surrogates, also above). Text
 * with no code unit in them (curly quotes and dashes are in the gap) needs no
 * `unspacedPattern`.
 */
const unspacedLowStart = 0xe01

/** Where Thai, Lao, Myanmar and Khmer end (U+19FF, the last Khmer symbol). */
const unspacedLowEnd = 0x19ff

/**
 * The first code point of Hangul Jamo (U+1100): no Chinese, Japanese or
 * Korean letter comes before it, so a line that starts below it is in none
 * of these scripts.
 */
export const firstCjkCode = 0x1100

/** Where Han and kana start (U+2E80 CJK RADICAL REPEAT). */
const unspacedHighStart = 0x2e80

/** A character of a script written without spaces between words. */
const unspacedPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

/** Stop word sets, built on first use. */
const stopwordSets = new Map<string, ReadonlySet<string>>()

/** A stop word set as a hash table, with its longest word. */
export interface StopwordLookup {
  /** The stop words. */
  readonly words: ReadonlySet<string>
  /** The stop words as a hash table. */
  readonly table: WordTable
  /** Length in code units of the longest (0 for none). */
  readonly longest: number
}

/** The look-up of each stop word set, built on first use. */
const stopwordLookups = new WeakMap<ReadonlySet<string>, StopwordLookup>()

/** Word segmenters, one per locale, built on first use. */
const segmenters = new Map<string, Intl.Segmenter>()

/**
 * Detect the language of a text.
 *
 * Only languages decruft has stop words for are candidates (which also keeps
 * franc from calling English prose Scots). Japanese written with many kanji
 * is Japanese as soon as it has kana.
 *
 * @param text
 *   Prose, ideally a few sentences.
 * @returns
 *   An ISO 639-3 code, or `und` when the text is too short to tell.
 * @example
 *   detectLanguage('Le gouvernement a annoncé mardi une réforme des retraites.') //=> 'fra'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, sampleLimit)
  if (sample.trim().length < sampleMinimum && !isUnspaced(sample)) return 'und'
  const kana = countKana(sample)
  if (kana > 0 && kana * 10 >= countHan(sample)) return 'jpn'
  const language = guessLanguage(sample)
  return language
}

/**
 * The language of a document: `tree.data.language` when a step set it, else
 * detected from its longer lines (menus and buttons say little) and stored
 * there.
 *
 * @param tree
 *   The document.
 * @returns
 *   An ISO 639-3 code or `und`.
 */
export function documentLanguage(tree: Root): string {
  const data = (tree.data ??= {})
  if (data.language !== undefined) return data.language
  let sample = ''
  let fallback = ''
  for (let index = 0; index < tree.children.length && sample.length < sampleLimit; index++) {
    const block = tree.children[index]
    if (!block || block.blank) continue
    const text = block.value.trim()
    if (fallback.length < sampleLimit) fallback += text + '\n'
    if (isUnspaced(text) || hasWords(text, sampleLineWords)) sample += text + '\n'
  }
  data.language = detectLanguage(sample.length >= sampleMinimum ? sample : fallback)
  return data.language
}

/**
 * The stop words of a language.
 *
 * @param language
 *   ISO 639-3 code.
 * @returns
 *   A set of lower-case words; empty for a language without a list.
 */
export function stopwordSet(language: string): ReadonlySet<string> {
  let set = stopwordSets.get(language)
  if (!set) {
    const list = stopwordLists[language]
    set = new Set(list ? list.split(' ') : [])
    stopwordSets.set(language, set)
  }
  return set
}

/** How many words a text has, and how many of them are stop words. */
export interface WordCounts {
  /** Words, as `splitWords` cuts them. */
  readonly words: number
  /** Those that are stop words of the language. */
  readonly stopwords: number
  /** Whether the text is in a script without spaces (`isUnspaced`). */
  readonly unspaced: boolean
}

/**
 * Count the words of a text and its stop words: what `splitWords` and a
 * look-up per word give, without the list of words for text with spaces.
 * (`computeFeatures` counts a line of ASCII, Latin-1, curly quotes and
 * dashes, the most common line, in its own scan with `isStopwordAt`.)
 *
 * @param text
 *   A line.
 * @param language
 *   ISO 639-3 code of the document.
 * @returns
 *   Its word and stop word counts, and whether it is unspaced.
 * @example
 *   countStopwords('The minister said on Friday.', 'eng') //=> {words: 5, stopwords: 2, unspaced: false}
 */
export function countStopwords(text: string, language: string): WordCounts {
  const stopwords = stopwordSet(language)
  if (isUnspaced(text)) {
    const words = splitWords(text, language, true)
    let found = 0
    for (const word of words) if (stopwords.has(word)) found++
    return {words: words.length, stopwords: found, unspaced: true}
  }
  // No list of words, and no string for a word longer than the longest stop
  // word (`everyone`, 8 code units in English), which cannot be one.
  const lower = text.toLowerCase()
  const {longest} = stopwordLookup(stopwords)
  let words = 0
  let found = 0
  let start = 0
  while (start < lower.length) {
    while (start < lower.length && isWhiteSpaceCode(lower.charCodeAt(start))) start++
    let tokenEnd = start
    while (tokenEnd < lower.length && !isWhiteSpaceCode(lower.charCodeAt(tokenEnd))) tokenEnd++
    const wordStart = startOfWord(lower, start, tokenEnd)
    const wordEnd = endOfWord(lower, wordStart, tokenEnd)
    if (wordEnd > wordStart) {
      words++
      if (wordEnd - wordStart <= longest && stopwords.has(lower.slice(wordStart, wordEnd))) found++
    }
    start = tokenEnd
  }
  return {words, stopwords: found, unspaced: false}
}

/**
 * The stop word look-up of a language, for `isStopwordAt`.
 *
 * @param language
 *   ISO 639-3 code.
 * @returns
 *   Its hash table and longest word's length.
 */
export function stopwordLookupOf(language: string): StopwordLookup {
  // Called once per block: the last answer spares two map look-ups.
  if (language !== lastLookup.language) lastLookup = {language, lookup: stopwordLookup(stopwordSet(language))}
  return lastLookup.lookup
}

/** The language `stopwordLookupOf` answered last, and its answer. */
let lastLookup: {readonly language: string | undefined; readonly lookup: StopwordLookup} = {
  language: undefined,
  lookup: {words: new Set(), table: wordTable([]), longest: 0}
}

/**
 * Whether a stretch of a text is a stop word, with `A`–`Z` read as
 * `toLowerCase` reads them: no lower-cased copy and no string for the word.
 *
 * @param lookup
 *   From `stopwordLookupOf`.
 * @param text
 *   Text.
 * @param start
 *   Where the word starts.
 * @param end
 *   Where it ends (exclusive).
 * @returns
 *   Whether it is a stop word.
 */
export function isStopwordAt(lookup: StopwordLookup, text: string, start: number, end: number): boolean {
  return end - start <= lookup.longest && hasTableWord(lookup.table, text, start, end, true)
}

/**
 * Whether a stretch of a text, lower-cased, is a stop word: for a word with
 * Latin-1 letters (`été`, `über`), which lower-case one code unit to one
 * whatever stands around them, as in the whole text.
 *
 * @param lookup
 *   From `stopwordLookupOf`.
 * @param text
 *   Text.
 * @param start
 *   Where the word starts.
 * @param end
 *   Where it ends (exclusive).
 * @returns
 *   Whether it is a stop word.
 */
export function isLowerCasedStopwordAt(lookup: StopwordLookup, text: string, start: number, end: number): boolean {
  return end - start <= lookup.longest && lookup.words.has(text.slice(start, end).toLowerCase())
}

/**
 * The look-up of a stop word set, cached per set.
 *
 * @param stopwords
 *   A set from `stopwordSet`.
 * @returns
 *   Its hash table and longest word's length in code units.
 */
function stopwordLookup(stopwords: ReadonlySet<string>): StopwordLookup {
  let lookup = stopwordLookups.get(stopwords)
  if (lookup === undefined) {
    let longest = 0
    for (const word of stopwords) longest = Math.max(longest, word.length)
    lookup = {words: stopwords, table: wordTable(stopwords), longest}
    stopwordLookups.set(stopwords, lookup)
  }
  return lookup
}

/**
 * Whether a text is written in a script without spaces between words.
 *
 * @param text
 *   Any text.
 * @returns
 *   Whether it has Han, kana, Thai, Lao, Khmer or Myanmar characters.
 */
export function isUnspaced(text: string): boolean {
  return mayBeUnspaced(text) && unspacedPattern.test(text)
}

/**
 * Whether a text has a code unit where the scripts written without spaces
 * lie: a cheap scan that spares most text the pattern.
 *
 * @param text
 *   Text.
 * @returns
 *   Whether any code unit is in U+0E01–U+19FF or from U+2E80 up.
 */
function mayBeUnspaced(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= unspacedHighStart || (code >= unspacedLowStart && code <= unspacedLowEnd)) return true
  }
  return false
}

/**
 * Whether a trimmed text has at least some words, as `text.split(/\s+/u)`
 * cuts them, counted by its runs of white space without making the list.
 *
 * @param text
 *   Trimmed text.
 * @param least
 *   Fewest words.
 * @returns
 *   Whether it has `least` words or more.
 */
function hasWords(text: string, least: number): boolean {
  let words = 1
  let afterSpace = false
  for (let index = 0; index < text.length; index++) {
    if (isWhiteSpaceCode(text.charCodeAt(index))) {
      if (!afterSpace && ++words >= least) return true
      afterSpace = true
    } else {
      afterSpace = false
    }
  }
  return words >= least
}

/**
 * Count the kana (hiragana and katakana, U+3040–U+30FF) of a text.
 *
 * @param text
 *   Text.
 * @returns
 *   How many code units are kana.
 */
function countKana(text: string): number {
  let total = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= firstKanaCode && code <= lastKanaCode) total++
  }
  return total
}

/**
 * Count the Han ideographs of a text (code points, astral ones included): a
 * char-code scan that asks the pattern only from U+2E80 up.
 *
 * @param text
 *   Text.
 * @returns
 *   How many code points are Han.
 */
function countHan(text: string): number {
  let total = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // A lone trailing surrogate is never Han; a leading one is tested as its pair.
    if (code < firstHanCode || (code >= 0xdc00 && code <= 0xdfff)) continue
    hanPattern.lastIndex = index
    if (hanPattern.test(text)) total++
  }
  return total
}

/**
 * Split a text into lower-case words: on spaces and punctuation, or with
 * `Intl.Segmenter` for scripts without spaces.
 *
 * @param text
 *   A line.
 * @param language
 *   ISO 639-3 code of the document (picks the segmenter's locale).
 * @param unspaced
 *   Whether the text is in a script without spaces, when the caller knows
 *   (default: `isUnspaced(text)`).
 * @returns
 *   The words.
 */
export function splitWords(text: string, language: string, unspaced = isUnspaced(text)): string[] {
  if (!unspaced) return spacedWords(text.toLowerCase())
  const words: string[] = []
  const lower = text.toLowerCase()
  const found = segmenter(language)
  // ICU's word breaker takes quadratic time on long text (64 KB of Han:
  // 16 s, 16 KB: 0.13 s), so feed it pieces of at most `segmentChunk`
  // characters, cut after a space or punctuation where there is one.
  let start = 0
  while (start < lower.length) {
    const end = chunkEnd(lower, start)
    for (const segment of found.segment(lower.slice(start, end))) {
      if (segment.isWordLike) words.push(segment.segment)
    }
    start = end
  }
  return words
}

/** Most characters given to the word segmenter at once. */
const segmentChunk = 512

/** A character after which a piece may end: space or punctuation. */
const breakCharacter = /[\s\p{P}]/u

/**
 * Where a piece of text for the segmenter ends: `segmentChunk` characters on,
 * moved back to just after a space or punctuation mark when one is in the
 * second half of the piece, and never inside a surrogate pair.
 *
 * @param text
 *   Text.
 * @param start
 *   Where the piece starts.
 * @returns
 *   Where it ends (exclusive).
 */
function chunkEnd(text: string, start: number): number {
  let end = start + segmentChunk
  if (end >= text.length) return text.length
  for (let cursor = end; cursor > start + segmentChunk / 2; cursor--) {
    if (breakCharacter.test(text.charAt(cursor - 1))) return cursor
  }
  // A hard cut: keep a surrogate pair whole.
  const low = text.charCodeAt(end)
  if (low >= 0xdc00 && low <= 0xdfff) end++
  return end
}

/** One letter, mark or number: a character a word keeps. */
const wordCharacter = /[\p{L}\p{M}\p{N}]/u

/**
 * Split a text written with spaces into words: the tokens between runs of
 * white space (as `split(/\s+/u)` cuts them), each stripped of punctuation
 * around it (`“Hello,` -> `hello`) but not inside (`U.S`, `don’t`), in one
 * scan of the code units.
 *
 * @param text
 *   Lower-cased text.
 * @returns
 *   The non-empty words.
 */
function spacedWords(text: string): string[] {
  const words: string[] = []
  let start = 0
  while (start < text.length) {
    // Skip white space, then take the token up to the next white space.
    while (start < text.length && isWhiteSpaceCode(text.charCodeAt(start))) start++
    let end = start
    while (end < text.length && !isWhiteSpaceCode(text.charCodeAt(end))) end++
    const wordStart = startOfWord(text, start, end)
    const wordEnd = endOfWord(text, wordStart, end)
    if (wordEnd > wordStart) words.push(text.slice(wordStart, wordEnd))
    start = end
  }
  return words
}

// Strip punctuation around a token by scanning from both ends by hand: a
// pattern anchored at the end (`[^…]+$`) retries at every position of a long
// run of symbols, in quadratic time.

/**
 * Where the word of a token starts: after the punctuation before it.
 *
 * @param text
 *   Text.
 * @param tokenStart
 *   Where the token starts.
 * @param tokenEnd
 *   Where it ends (exclusive).
 * @returns
 *   Index of its first letter, mark or number, or `tokenEnd` when it has none.
 */
function startOfWord(text: string, tokenStart: number, tokenEnd: number): number {
  let start = tokenStart
  while (start < tokenEnd) {
    const size = characterSize(text, start, tokenEnd)
    if (isWordCharacterAt(text, start, size)) break
    start += size
  }
  return start
}

/**
 * Where the word of a token ends: before the punctuation after it.
 *
 * @param text
 *   Text.
 * @param wordStart
 *   Where its word starts (from `startOfWord`).
 * @param tokenEnd
 *   Where the token ends (exclusive).
 * @returns
 *   Index after its last letter, mark or number (`wordStart` when it has none).
 */
function endOfWord(text: string, wordStart: number, tokenEnd: number): number {
  let end = tokenEnd
  while (end > wordStart) {
    const low = text.charCodeAt(end - 1)
    const size = low >= 0xdc00 && low <= 0xdfff && end - 2 >= wordStart ? 2 : 1
    if (isWordCharacterAt(text, end - size, size)) break
    end -= size
  }
  return end
}

/**
 * Whether the character at an index is a letter, mark or number; ASCII is
 * answered without a regex or a new string (most tokens start and end in it).
 *
 * @param text
 *   Text.
 * @param index
 *   Index of the character's first code unit.
 * @param size
 *   Its length in code units (1 or 2).
 * @returns
 *   Whether a word keeps it.
 */
function isWordCharacterAt(text: string, index: number, size: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return isAsciiAlphanumeric(code)
  return wordCharacter.test(text.slice(index, index + size))
}

/**
 * Length in code units of the character at an index: 2 for a surrogate pair
 * (a leading surrogate counts as one when the token ends after it).
 *
 * @param text
 *   Text.
 * @param index
 *   Index of the character's first code unit.
 * @param end
 *   Where the token ends (exclusive).
 * @returns
 *   1 or 2.
 */
function characterSize(text: string, index: number, end: number): number {
  const high = text.charCodeAt(index)
  return high >= 0xd800 && high <= 0xdbff && index + 1 < end ? 2 : 1
}

/**
 * A cached word segmenter for a language.
 *
 * @param language
 *   ISO 639-3 code.
 * @returns
 *   The segmenter.
 */
function segmenter(language: string): Intl.Segmenter {
  const locale = segmenterLocales[language] ?? 'und'
  let found = segmenters.get(locale)
  if (!found) {
    found = new Intl.Segmenter(locale === 'und' ? undefined : locale, {granularity: 'word'})
    segmenters.set(locale, found)
  }
  return found
}

/** BCP 47 locales for the segmenter, for scripts without spaces. */
const segmenterLocales: Readonly<Record<string, string>> = {
  cmn: 'zh',
  jpn: 'ja',
  tha: 'th',
  kor: 'ko'
}
