/**
 * Repair invisible junk characters: zero width spaces (U+200B), byte order
 * marks (U+FEFF), word joiners (U+2060), soft hyphens (U+00AD), the Mongolian
 * vowel separator outside Mongolian (U+180E), and control characters (C0 but
 * tab, DEL, C1).
 *
 * What stays: tab; the non-breaking spaces (U+00A0, U+202F), which are real
 * typography; bidi marks (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
 * which right-to-left text needs; variation selectors; a zero width joiner
 * inside an emoji sequence (woman, joiner, laptop); a zero width (non-)joiner between
 * letters of the scripts that shape with it (Persian, Arabic, Devanagari,
 * …); and a zero width space between letters of Thai, Lao, Khmer and Myanmar,
 * which write no spaces between words.
 *
 * Vertical tab, form feed and next line (U+0085) between two words become a
 * space, since some exports break lines with them. A lone surrogate (half of
 * a UTF-16 pair, from text cut in the middle of a character) becomes U+FFFD,
 * the replacement character, as any UTF-8 encoder of the output would write
 * it: the loss stays visible and is reported.
 */
import type {Rule} from '../rule.js'
import {createRepairRule, repairExample, type Repair} from './repair-rule.js'

/**
 * One candidate code unit: a junk character, a joiner to judge, or half of a
 * surrogate pair (pairs are skipped in the loop).
 */
const candidate = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200D\u2060\uFEFF\uD800-\uDFFF]/g

/** Letters and marks of scripts that use the zero width (non-)joiner to shape words. */
const joiningScript =
  /^[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Nko}\p{scx=Thaana}\p{scx=Mongolian}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}\p{scx=Tibetan}\p{scx=Myanmar}\p{scx=Khmer}]$/u

/** Letters and marks of scripts written without spaces, where U+200B separates words. */
const unspacedScript = /^[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u

/** What may stand before a zero width joiner in an emoji sequence. */
const emojiBefore = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]$/u

/** What may stand after a zero width joiner in an emoji sequence. */
const emojiAfter = /^\p{Extended_Pictographic}$/u

/** White space, or nothing (line edge). */
const spaceOrEdge = /^\s?$/

/** Names of the characters reasons mention by name. */
const characterNames: Readonly<Record<number, string>> = {
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x85: 'next line',
  0xad: 'soft hyphen',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x2060: 'word joiner',
  0xfeff: 'byte order mark'
}

/** A run of neighbouring removals being collected. */
interface Run {
  /** Start in the value. */
  start: number
  /** End in the value. */
  end: number
  /** Names of the characters, joined with `, `. */
  labels: string
  /** How many characters. */
  count: number
}

/** Labels made so far, by code unit: hostile lines repeat a few thousand times. */
const labels = new Map<number, string>()

/**
 * Find invisible junk in a line.
 *
 * @param value
 *   A block's value.
 * @returns
 *   Repairs; neighbouring removals are one repair.
 * @example
 *   findInvisibleRepairs('Hel\u200Blo')[0] //=> {start: 3, end: 4, text: '', …}
 */
export function findInvisibleRepairs(value: string): Repair[] {
  const repairs: Repair[] = []
  let run: Run | undefined
  candidate.lastIndex = 0
  let match = candidate.exec(value)
  while (match) {
    const start = match.index
    const text = replacementAt(value, start)
    // A kept surrogate pair is skipped whole.
    candidate.lastIndex = text === undefined && isPairAt(value, start) ? start + 2 : start + 1
    if (text !== undefined) {
      const label = labelOf(value.charCodeAt(start))
      if (text === '' && run && run.end === start) {
        run.end++
        run.count++
        run.labels += ', ' + label
      } else {
        if (run) repairs.push(runRepair(run))
        run = undefined
        if (text === '') run = {start, end: start + 1, labels: label, count: 1}
        else repairs.push(createRepair(start, start + 1, text, label, 1))
      }
    }
    match = candidate.exec(value)
  }
  if (run) repairs.push(runRepair(run))
  return repairs
}

/**
 * What replaces the candidate at `start`.
 *
 * @param value
 *   The line.
 * @param start
 *   Offset of a code unit `candidate` matched.
 * @returns
 *   The replacement (`''` removes), or `undefined` to keep it.
 */
function replacementAt(value: string, start: number): string | undefined {
  const code = value.charCodeAt(start)
  if (code >= 0xd800 && code <= 0xdfff) return isPairAt(value, start) ? undefined : '\uFFFD'
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x180e) {
    const before = toCharacter(codePointBefore(value, start))
    const after = toCharacter(value.codePointAt(start + 1) ?? -1)
    if (code === 0x200d && emojiBefore.test(before) && emojiAfter.test(after)) return undefined
    if (code !== 0x200b && joiningScript.test(before) && (code === 0x180e || joiningScript.test(after))) {
      return undefined
    }
    if (code === 0x200b && unspacedScript.test(before) && unspacedScript.test(after)) return undefined
    return ''
  }
  if (code === 0x0b || code === 0x0c || code === 0x85) {
    // `one\vtwo` -> `one two`: the character broke a line.
    const before = value.charAt(start - 1)
    const after = value.charAt(start + 1)
    return !spaceOrEdge.test(before) && !spaceOrEdge.test(after) ? ' ' : ''
  }
  return ''
}

/**
 * The repair for a run of removals.
 *
 * @param run
 *   The run.
 * @returns
 *   The repair.
 */
function runRepair(run: Run): Repair {
  return createRepair(run.start, run.end, '', run.labels, run.count)
}

/**
 * Make a repair with its reason.
 *
 * @param start
 *   Start in the value.
 * @param end
 *   End in the value.
 * @param text
 *   Replacement.
 * @param names
 *   Names of the characters.
 * @param count
 *   How many characters.
 * @returns
 *   The repair.
 */
function createRepair(start: number, end: number, text: string, names: string, count: number): Repair {
  const expected = text === '' ? 'nothing' : text === ' ' ? 'a space' : 'U+FFFD'
  return {
    start,
    end,
    text,
    reason: 'Unexpected invisible ' + (count === 1 ? 'character ' : 'characters ') + names + ', expected ' + expected
  }
}

/**
 * The name of a code unit in reasons (`zero width space U+200B`).
 *
 * @param code
 *   A code unit.
 * @returns
 *   Its label.
 */
function labelOf(code: number): string {
  let label = labels.get(code)
  if (label === undefined) {
    const name = code >= 0xd800 && code <= 0xdfff ? 'lone surrogate' : (characterNames[code] ?? 'control character')
    label = name + ' ' + formatCode(code)
    labels.set(code, label)
  }
  return label
}

/**
 * Whether a valid surrogate pair starts or ends at `index` (so the code unit
 * there is half of a real character).
 *
 * @param value
 *   The line.
 * @param index
 *   Offset of a surrogate.
 * @returns
 *   Whether it is paired.
 */
function isPairAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = value.charCodeAt(index + 1)
    return next >= 0xdc00 && next <= 0xdfff
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = value.charCodeAt(index - 1)
    return previous >= 0xd800 && previous <= 0xdbff
  }
  return false
}

/**
 * The code point that ends just before `index`.
 *
 * @param value
 *   The line.
 * @param index
 *   An offset.
 * @returns
 *   The code point, or `-1` at the start.
 */
function codePointBefore(value: string, index: number): number {
  if (index === 0) return -1
  const low = value.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index > 1) {
    const high = value.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return value.codePointAt(index - 2) ?? -1
  }
  return low
}

/**
 * A code point as a string (`''` for `-1`).
 *
 * @param code
 *   A code point or `-1`.
 * @returns
 *   The character.
 */
function toCharacter(code: number): string {
  return code < 0 ? '' : String.fromCodePoint(code)
}

/**
 * Format a code point as `U+200B`.
 *
 * @param code
 *   A code point.
 * @returns
 *   Its name in `U+` form.
 */
function formatCode(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0')
}

/** The module's patterns, for the ReDoS test. */
export const invisiblePatterns: Readonly<Record<string, RegExp>> = {
  candidate,
  joiningScript,
  unspacedScript,
  emojiBefore,
  emojiAfter
}

/**
 * Unified plugin that removes invisible junk characters.
 */
const decruftInvisibleChar = createRepairRule({
  ruleId: 'invisible-char',
  confidence: 0.95,
  includeBlank: true,
  find: findInvisibleRepairs
})

export default decruftInvisibleChar

/** The rule record. */
export const invisibleChar: Rule = {
  id: 'invisible-char',
  kind: 'markup',
  stage: 'repair',
  languages: ['*'],
  description:
    'Invisible junk (zero width spaces, byte order marks, word joiners, soft hyphens, control characters); tab, non-breaking spaces, bidi marks, emoji joiners and joiners in Persian, Arabic and Indic words stay.',
  examples: {
    catch: [
      repairExample('\uFEFFThe minister spoke on Friday.', 'The minister spoke on Friday.'),
      repairExample('Zero\u200B width\u200B\u200B spaces', 'Zero width spaces'),
      repairExample('Donau\u00ADdampf\u00ADschiff\u00ADfahrt', 'Donaudampfschifffahrt'),
      repairExample('Le\u2060 ministre\u0007 a parlé.', 'Le ministre a parlé.'),
      repairExample('Line one\u000BLine two', 'Line one Line two'),
      repairExample('Broken \uD83D half', 'Broken \uFFFD half'),
      repairExample('Bak\u200Dan cuma\u200C günü konuştu.', 'Bakan cuma günü konuştu.')
    ],
    keep: [
      'Prix\u00A0: 5\u00A0€, 10\u202F%.',
      'Col one\tcol two',
      'A family: \u{1F468}\u200D\u{1F469}\u200D\u{1F467} and a coder: \u{1F469}\u{1F3FD}\u200D\u{1F4BB}.',
      'می\u200Cخواهم به خانه بروم.',
      'क्\u200Dष and ক্\u200Dষ stay joined.',
      'ภาษา\u200Bไทย',
      'עברית \u200Fמימין',
      'BAGHDAD/WASHINGTON – The Iraqi government said on Friday.',
      'Привет, мир!'
    ]
  },
  plugin: decruftInvisibleChar
}
