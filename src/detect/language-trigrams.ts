/**
 * Language identification by trigram ranks, with franc's models and franc's
 * answers, in a fraction of its time.
 *
 * franc (Titus Wormer, MIT) compares the sample with every candidate model:
 * for each of the sample's distinct trigrams and each language, an object
 * property look-up. Here the candidate models of a script are merged into one
 * index once: the code units the models use are numbered, a trigram becomes a
 * small integer made of those numbers, and the index maps it to the languages
 * that rank it, with their ranks. The sample is cleaned, lower-cased and cut
 * into trigrams in one pass over its code units; each trigram is looked up in
 * an open-addressing hash table of the ranked trigrams (typed arrays, no
 * `Map`), and only the languages that rank it are touched. Distances are
 * franc's integers less the same amount for every language, so the order,
 * ties included (franc's model order), is franc's; `test/speed-language.test.ts`
 * checks that on the bench texts and on random text.
 */
import {data} from 'franc/data.js'
import {topScript} from './language-script.js'
import {isWhiteSpaceCode} from './white-space.js'

/** Most code units of a text franc reads (`MAX_LENGTH`). */
const sampleLimit = 2048

/** What an unknown trigram adds to a distance (franc's `MAX_DIFFERENCE`). */
const missingDistance = 300

/** One script's candidate models, merged. */
interface ScriptIndex {
  /** Candidate languages of the script, in franc's order. */
  readonly languages: readonly string[]
  /**
   * For each UTF-16 code unit, its number (from 1) among the code units the
   * models use; 0 for one no model uses.
   */
  readonly alphabet: Uint16Array
  /** How many code units the models use, plus one: the base of trigram keys. */
  readonly base: number
  /** The key (`alphabetKey`) of each ranked trigram, by trigram number (from 0, in key order). */
  readonly keys: Int32Array
  /**
   * An open-addressing hash table of the trigrams, at most half full: each
   * slot holds a trigram number plus one, or 0 when empty.
   */
  readonly slots: Uint16Array
  /** Right shift that turns a multiplied key into a slot (32 less the table's bits). */
  readonly slotShift: number
  /**
   * Scratch for `trigramDistances`, all zeros between calls: how often each
   * trigram occurs in the text (reset through `seen`, not reallocated).
   */
  readonly counts: Uint16Array
  /** Scratch: the trigram numbers seen in the text, in order of first sight (each once). */
  readonly seen: Uint16Array
  /** Where the ranks of each trigram number start in `ranks` (one more entry: the end). */
  readonly rankStarts: Uint16Array
  /**
   * The ranks, trigram after trigram, each with its language: `language <<
   * rankBits | rank`, the language by its index in `languages`.
   */
  readonly ranks: Uint16Array
  /** Bits of a rank in `ranks`. */
  readonly rankBits: number
}

/** What a script gives for a text: a one-language answer, or (relative) distances to its candidate models. */
type Measure = {readonly answer: string} | {readonly languages: readonly string[]; readonly distances: Int32Array}

/**
 * Make a language guesser restricted to some languages: `guess(text)` gives
 * what `franc(text, {only: candidates, minLength})` gives.
 *
 * @param candidates
 *   ISO 639-3 codes franc may answer.
 * @param minLength
 *   Shortest text to judge; shorter gives `und` (default: `10`).
 * @returns
 *   The guesser.
 * @example
 *   createTrigramGuesser(['eng', 'fra'])('Le gouvernement a annoncé une réforme.') //=> 'fra'
 */
export function createTrigramGuesser(candidates: readonly string[], minLength = 10): (text: string) => string {
  const measure = createMeasure(candidates, minLength)
  return function (text: string): string {
    const found = measure(text)
    if ('answer' in found) return found.answer
    // The nearest; on a tie the first in franc's order, as its stable sort keeps it.
    let best = 0
    for (let position = 1; position < found.distances.length; position++) {
      if ((found.distances[position] ?? 0) < (found.distances[best] ?? 0)) best = position
    }
    return found.languages[best] ?? 'und'
  }
}

/**
 * Make a language ranker restricted to some languages: `rank(text)` lists the
 * languages in the order `francAll(text, {only: candidates, minLength})` does.
 *
 * @param candidates
 *   ISO 639-3 codes franc may answer.
 * @param minLength
 *   Shortest text to judge; shorter gives `['und']` (default: `10`).
 * @returns
 *   The ranker: languages, nearest first.
 * @example
 *   createTrigramRanker(['eng', 'fra'])('The minister spoke on Friday.') //=> ['eng', 'fra']
 */
export function createTrigramRanker(candidates: readonly string[], minLength = 10): (text: string) => string[] {
  const measure = createMeasure(candidates, minLength)
  return function (text: string): string[] {
    const found = measure(text)
    if ('answer' in found) return [found.answer]
    const {distances} = found
    // Nearest first; a tie keeps franc's order of the models (a stable sort).
    return found.languages
      .map((language, position) => ({language, distance: distances[position] ?? 0}))
      .sort((left, right) => left.distance - right.distance)
      .map((item) => item.language)
  }
}

/**
 * Make the shared step of the guesser and the ranker: the script of a text,
 * and when it has several candidate languages, the distance to each model.
 *
 * @param candidates
 *   ISO 639-3 codes franc may answer.
 * @param minLength
 *   Shortest text to judge; shorter gives `und`.
 * @returns
 *   The measure.
 */
function createMeasure(candidates: readonly string[], minLength: number): (text: string) => Measure {
  const allowed = new Set(candidates)
  const indexes = new Map<string, ScriptIndex>()

  return function (text: string): Measure {
    if (!text || text.length < minLength) return {answer: 'und'}
    const value = text.slice(0, sampleLimit)
    const [script, share] = topScript(value)
    const models = script === undefined ? undefined : data[script]
    if (script === undefined || models === undefined) {
      // A script of one language (`cmn`, `jpn`, `kor`, …) names it.
      return {answer: script === undefined || share === 0 || !allowed.has(script) ? 'und' : script}
    }
    let index = indexes.get(script)
    if (!index) {
      index = buildIndex(models, allowed)
      indexes.set(script, index)
    }
    if (index.languages.length === 0) return {answer: 'und'}
    return {languages: index.languages, distances: trigramDistances(value, index)}
  }
}

/**
 * Merge a script's candidate models into one index.
 *
 * @param models
 *   franc's models of the script: language -> trigrams by rank, `|`-separated.
 * @param allowed
 *   Candidate languages.
 * @returns
 *   The index.
 */
function buildIndex(models: Readonly<Record<string, string>>, allowed: ReadonlySet<string>): ScriptIndex {
  const languages: string[] = []
  const ranked: string[][] = []
  const alphabet = new Uint16Array(65_536)
  let size = 0
  for (const [language, model] of Object.entries(models)) {
    if (!allowed.has(language)) continue
    languages.push(language)
    const trigrams = model.split('|')
    ranked.push(trigrams)
    for (const trigram of trigrams) {
      for (let offset = 0; offset < trigram.length; offset++) {
        const code = trigram.charCodeAt(offset)
        if (alphabet[code] === 0) alphabet[code] = ++size
      }
    }
  }
  const base = size + 1
  // A rank and its language share 16 bits (300 ranks: 9 bits, 7 left for up
  // to 128 languages; franc's largest script, Latin, has 126 models and
  // 37,800 ranks, so `rankStarts` fits 16 bits too).
  let rankBits = 1
  for (const trigrams of ranked) while (trigrams.length > 1 << rankBits) rankBits++
  if (ranked.length > 1 << (16 - rankBits)) throw new Error('Expected ranks and languages to fit 16 bits')
  const byKey = new Map<number, number[]>()
  for (let languageIndex = 0; languageIndex < ranked.length; languageIndex++) {
    const seen = new Set<string>()
    const list = ranked[languageIndex] ?? []
    for (let rank = 0; rank < list.length; rank++) {
      const trigram = list[rank] ?? ''
      // A trigram listed twice keeps its first (best) rank, as in franc; one
      // that is not 3 code units long can never equal a sample's trigram.
      if (seen.has(trigram) || trigram.length !== 3) continue
      seen.add(trigram)
      const key = alphabetKey(
        base,
        alphabet[trigram.charCodeAt(0)] ?? 0,
        alphabet[trigram.charCodeAt(1)] ?? 0,
        alphabet[trigram.charCodeAt(2)] ?? 0
      )
      let found = byKey.get(key)
      if (!found) {
        found = []
        byKey.set(key, found)
      }
      found.push((languageIndex << rankBits) | rank)
    }
  }
  // Number the trigrams in key order: grouped by their first two code units.
  // The tables are small typed arrays (under 100 KB for the Latin script's
  // 36 candidates; franc's whole Latin set has 8,020 trigrams and 134 code
  // units, well within 16 bits): they are read once per document, between
  // other work, so the less memory they span the fewer cache misses.
  const keys = Int32Array.from([...byKey.keys()].sort((left, right) => left - right))
  let bits = 4
  while (1 << bits < keys.length * 2) bits++
  const slots = new Uint16Array(1 << bits)
  const slotShift = 32 - bits
  const rankStarts = new Uint16Array(keys.length + 1)
  const ranks: number[] = []
  for (let trigram = 0; trigram < keys.length; trigram++) {
    const key = keys[trigram] ?? 0
    let slot = keySlot(key, slotShift)
    while (slots[slot] !== 0) slot = (slot + 1) & (slots.length - 1)
    slots[slot] = trigram + 1
    rankStarts[trigram] = ranks.length
    ranks.push(...(byKey.get(key) ?? []))
  }
  rankStarts[keys.length] = ranks.length
  if (ranks.length > 0xff_ff) throw new Error('Expected the ranks of one script to number 16 bits')
  return {
    languages,
    alphabet,
    base,
    keys,
    slots,
    slotShift,
    rankStarts,
    ranks: Uint16Array.from(ranks),
    rankBits,
    counts: new Uint16Array(keys.length),
    // Each trigram is seen at most once.
    seen: new Uint16Array(keys.length)
  }
}

/**
 * The distance of each candidate's model to a text's trigrams, the text
 * cleaned as franc cleans it (ASCII punctuation, symbols and digits become
 * spaces, white space runs one space, trimmed, lower-cased, padded with a
 * space on each side), in one pass over its code units.
 *
 * @param value
 *   Text, at most 2,048 characters.
 * @param index
 *   The script's merged models.
 * @returns
 *   Distances less a constant shared by all languages, by the index's
 *   language order.
 */
function trigramDistances(value: string, index: ScriptIndex): Int32Array {
  // Lower-casing maps each character on its own, except a capital sigma,
  // final or not by its neighbours (`ΟΔΟΣ'Α`: the apostrophe, which franc
  // turns to a space, hides the end of the word); no model has a sigma, so
  // a trigram with one counts for no language either way: lower-case first.
  const lower = value.toLowerCase()
  const {alphabet, base, keys, slots, slotShift, rankStarts, ranks, rankBits, counts, seen} = index
  const rankMask = (1 << rankBits) - 1
  const slotMask = slots.length - 1
  let seenCount = 0
  // The cleaned text, one code unit at a time: a space first, then each run
  // of what franc turns to spaces as one space (none at the start), then a
  // space unless the text ended in one. Each code unit is kept as its
  // number in the alphabet; `firstNumber` is 0 until two are read.
  const spaceNumber = alphabet[0x20] ?? 0
  let firstNumber = 0
  let secondNumber = spaceNumber
  let afterSpace = true
  for (let position = 0; position <= lower.length; position++) {
    let third: number
    if (position === lower.length) {
      if (afterSpace) break
      third = 0x20
    } else {
      third = lower.charCodeAt(position)
      if (isCleanedToSpace(third)) {
        if (afterSpace) continue
        third = 0x20
        afterSpace = true
      } else {
        afterSpace = false
      }
    }
    const thirdNumber = alphabet[third] ?? 0
    // A trigram with a code unit no model uses is ranked by no model.
    if (firstNumber !== 0 && secondNumber !== 0 && thirdNumber !== 0) {
      // One multiply and, mostly, one probe of the hash table.
      const key = alphabetKey(base, firstNumber, secondNumber, thirdNumber)
      for (let slot = keySlot(key, slotShift); slots[slot] !== 0; slot = (slot + 1) & slotMask) {
        const trigram = (slots[slot] ?? 0) - 1
        if (keys[trigram] !== key) continue
        const count = counts[trigram] ?? 0
        if (count === 0) seen[seenCount++] = trigram
        counts[trigram] = count + 1
        break
      }
    }
    firstNumber = secondNumber
    secondNumber = thirdNumber
  }

  // franc adds 300 for each distinct trigram a model does not rank, and
  // `|count - rank - 1|` for one it ranks. Here every distance leaves out 300
  // per distinct trigram of the text, the same for all languages, so the
  // order is franc's: a ranked trigram adds `|count - rank - 1| - 300`.
  const distances = new Int32Array(index.languages.length)
  for (let item = 0; item < seenCount; item++) {
    const trigram = seen[item] ?? 0
    const count = counts[trigram] ?? 0
    const end = rankStarts[trigram + 1] ?? 0
    for (let offset = rankStarts[trigram] ?? 0; offset < end; offset++) {
      const entry = ranks[offset] ?? 0
      const language = entry >>> rankBits
      distances[language] = (distances[language] ?? 0) - missingDistance + Math.abs(count - (entry & rankMask) - 1)
    }
    counts[trigram] = 0
  }
  return distances
}

/**
 * Whether franc's cleaner turns a code unit to a space: white space, or ASCII
 * punctuation, symbols and digits (`!` to `@`).
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it becomes a space.
 */
function isCleanedToSpace(code: number): boolean {
  return (code >= 0x21 && code <= 0x40) || isWhiteSpaceCode(code)
}

/**
 * The home slot of a trigram key: Fibonacci hashing, the top bits of the key
 * times 2^32 over the golden ratio.
 *
 * @param key
 *   A trigram key (`alphabetKey`).
 * @param shift
 *   32 less the table's bits.
 * @returns
 *   A slot index.
 */
function keySlot(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift
}

/**
 * A number that stands for a trigram of code units the models use, from
 * their numbers in the script's alphabet.
 *
 * @param base
 *   Alphabet size plus one.
 * @param first
 *   Number of the first code unit (1 up).
 * @param second
 *   Number of the second.
 * @param third
 *   Number of the third.
 * @returns
 *   The key (below `base ** 3`: a small integer for a small alphabet).
 */
function alphabetKey(base: number, first: number, second: number, third: number): number {
  return (first * base + second) * base + third
}
