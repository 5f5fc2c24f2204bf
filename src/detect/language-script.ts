/**
 * The script a text is mostly written in, as franc names scripts, found in
 * one pass over the text instead of one pattern pass per script.
 *
 * franc counts the matches of each of its ~30 script patterns in the sample
 * (`value.match(expression).length`). Each alternative of those patterns is
 * one BMP code unit or one surrogate pair, and no lone surrogate matches, so
 * a pattern's count is the number of characters it matches on their own.
 * Here each distinct character is asked once which patterns match it, the
 * answer is kept in a table, and a text is counted by table look-ups;
 * `test/speed-language.test.ts` checks the counts against franc's.
 */
import {expressions} from 'franc/expressions.js'

/** franc's script names (a language code for a one-language script), in franc's order. */
const scriptNames: readonly string[] = Object.keys(expressions)

/** franc's script patterns without the global flag, to ask about one character. */
const scriptPatterns: readonly RegExp[] = Object.values(expressions).map((expression) => new RegExp(expression.source))

/** Distinct lists of script numbers (indexes in `scriptNames`), each list once. */
const scriptLists: Array<readonly number[]> = []

/** Where each list of `scriptLists` is, by its numbers joined with commas. */
const scriptListIndexes = new Map<string, number>()

/**
 * For each BMP code unit, 1 + the index in `scriptLists` of the scripts that
 * match it; 0 while not asked yet.
 */
const unitScripts = new Uint16Array(65_536)

/**
 * Scratch for `topScript`, all zeros between calls: characters per list of
 * `scriptLists` (grown as lists are added).
 */
let listCounts = new Int32Array(64)

/** For each surrogate pair seen (`high * 65536 + low`), the index in `scriptLists` of its scripts. */
const pairScripts = new Map<number, number>()

/**
 * The script most of a text is written in, and the share of its characters
 * in it: the answer of franc's `getTopScript` (ties go to the script franc
 * lists first).
 *
 * @param value
 *   Text.
 * @returns
 *   Script name (or language, for one-language scripts) and share, 0–1.
 */
export function topScript(value: string): [string | undefined, number] {
  // Count the characters by their list of scripts (one increment each), then
  // add each list's count to its scripts.
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    let list: number
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < value.length && isLowSurrogate(value.charCodeAt(index + 1))) {
      list = scriptListOfPair(code, value.charCodeAt(index + 1))
      index++
    } else {
      list = scriptListOfUnit(code)
    }
    if (list >= listCounts.length) {
      const grown = new Int32Array(listCounts.length * 2)
      grown.set(listCounts)
      listCounts = grown
    }
    listCounts[list] = (listCounts[list] ?? 0) + 1
  }
  const counts = new Int32Array(scriptNames.length)
  for (let list = 0; list < scriptLists.length; list++) {
    const found = listCounts[list] ?? 0
    if (found === 0) continue
    for (const script of scriptLists[list] ?? []) counts[script] = (counts[script] ?? 0) + found
    listCounts[list] = 0
  }
  let best: string | undefined
  let bestShare = -1
  for (let script = 0; script < scriptNames.length; script++) {
    const share = (counts[script] ?? 0) / value.length || 0
    if (share > bestShare) {
      bestShare = share
      best = scriptNames[script]
    }
  }
  return [best, bestShare]
}

/**
 * Whether a code unit is the second half of a surrogate pair.
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it is in U+DC00–U+DFFF.
 */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * The list of scripts that match one BMP code unit (a lone surrogate
 * matches none).
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Index of the list in `scriptLists`.
 */
function scriptListOfUnit(code: number): number {
  let found = unitScripts[code] ?? 0
  if (found === 0) {
    found = 1 + internScripts(matchingScripts(String.fromCharCode(code)))
    unitScripts[code] = found
  }
  return found - 1
}

/**
 * The list of scripts that match one surrogate pair (an astral character).
 *
 * @param high
 *   First code unit.
 * @param low
 *   Second code unit.
 * @returns
 *   Index of the list in `scriptLists`.
 */
function scriptListOfPair(high: number, low: number): number {
  const key = high * 65_536 + low
  let found = pairScripts.get(key)
  if (found === undefined) {
    found = internScripts(matchingScripts(String.fromCharCode(high, low)))
    pairScripts.set(key, found)
  }
  return found
}

/**
 * The scripts whose pattern matches a character.
 *
 * @param character
 *   One character (one or two code units).
 * @returns
 *   Script numbers, in franc's order.
 */
function matchingScripts(character: string): number[] {
  const scripts: number[] = []
  for (let script = 0; script < scriptPatterns.length; script++) {
    if (scriptPatterns[script]?.test(character)) scripts.push(script)
  }
  return scripts
}

/**
 * The index of a list of scripts in `scriptLists`, adding it when new.
 *
 * @param scripts
 *   Script numbers.
 * @returns
 *   Its index.
 */
function internScripts(scripts: readonly number[]): number {
  const key = scripts.join(',')
  let index = scriptListIndexes.get(key)
  if (index === undefined) {
    index = scriptLists.length
    scriptLists.push(scripts)
    scriptListIndexes.set(key, index)
  }
  return index
}
