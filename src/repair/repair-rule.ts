/**
 * A factory for repair rules: character-level fixes inside blocks (broken
 * entities, stray tag fragments, invisible characters, mojibake), each
 * recorded as an edit at its exact place in the input.
 */
import {editBlock} from '../edit.js'
import type {Example, RuleSettings} from '../rule.js'
import type {Root} from '../types.js'

/** One fix a repair rule wants to make, in offsets of a block's current value. */
export interface Repair {
  /** Start in the current value (inclusive). */
  readonly start: number
  /** End in the current value (exclusive). */
  readonly end: number
  /** Text to put there (`''` deletes). */
  readonly text: string
  /** One sentence: what was wrong and what replaces it. */
  readonly reason: string
  /**
   * How sure the rule is of this one fix, 0–1 (default: the rule's own).
   * Used for fixes that rest on a weaker cue than the rule's usual ones.
   */
  readonly confidence?: number | undefined
}

/** Configuration of a repair rule. */
export interface RepairRuleConfig {
  /** Rule id. */
  readonly ruleId: string
  /** Default confidence of a fix, 0–1. */
  readonly confidence: number
  /**
   * Whether blank blocks are repaired too (default: `false`): a line made of
   * a byte order mark is blank, yet the mark should still go.
   */
  readonly includeBlank?: boolean | undefined
  /**
   * Find the fixes for one block value: non-overlapping, in any order. Must
   * run in time linear in the value's length and never throw.
   */
  readonly find: (value: string) => readonly Repair[]
}

/**
 * Make a unified attacher that runs `find` on every block and applies its
 * fixes with `editBlock` (`type: 'repair'`, `kind: 'markup'`), one edit per
 * fix so each keeps its own reason.
 *
 * @param config
 *   Rule id, confidence and the finder.
 * @returns
 *   An attacher taking `RuleSettings`.
 * @example
 *   export default createRepairRule({ruleId: 'html-entity', confidence: 0.95, find: findEntityRepairs})
 */
export function createRepairRule(config: RepairRuleConfig) {
  return function (options?: RuleSettings | null) {
    const override = options?.confidence
    return function (tree: Root): undefined {
      const blocks = tree.children
      for (let index = 0; index < blocks.length; index++) {
        const block = blocks[index]
        if (!block || (block.blank && !config.includeBlank)) continue
        // Again on the repaired text, so a second run finds nothing: removing
        // `<br/>` from `<br/>/p>` leaves `/p>` at the start of the line.
        for (let round = 0; round < maxRounds; round++) {
          const found = config.find(block.value)
          // Almost every line has nothing to repair: skip the grouping and its copies.
          if (found.length === 0) break
          const repairs = groupRepairs(block.value, found)
          if (repairs.length === 0) break
          // Right to left: the offsets of the fixes still to do stay valid.
          for (const repair of repairs) {
            if (repair.start >= repair.end) continue
            editBlock(block, [{start: repair.start, end: repair.end, text: repair.text}], {
              ruleId: config.ruleId,
              type: 'repair',
              kind: 'markup',
              reason: repair.reason,
              confidence: override ?? repair.confidence ?? config.confidence
            })
          }
        }
      }
    }
  }
}

/** Times a rule looks at a block again after repairing it. */
const maxRounds = 3

/**
 * Most edits one rule makes in one block. `editBlock` costs time in the
 * number of edits already in the block, so a line with 10,000 entities would
 * cost 10,000 squared; past this many, neighbouring fixes are reported as
 * one edit.
 */
const maxEditsPerBlock = 32

/** Fixes at most this many characters apart are neighbours. */
const maxGap = 2

/** A run of at least this many neighbouring fixes is one edit (`a\uD800a\uD800…`). */
const minRun = 8

/**
 * Drop empty and overlapping fixes, merge dense runs (`minRun` neighbours or
 * more) into one edit each, then merge neighbours until at most
 * `maxEditsPerBlock` edits remain, and sort them right to left.
 *
 * @param value
 *   The block's value.
 * @param found
 *   Fixes from the rule's finder.
 * @returns
 *   Fixes to apply, last one first.
 */
function groupRepairs(value: string, found: readonly Repair[]): Repair[] {
  const sorted = [...found].sort((a, b) => a.start - b.start)
  const valid: Repair[] = []
  let end = 0
  for (const repair of sorted) {
    if (repair.start < end || repair.start >= repair.end || repair.end > value.length || repair.start < 0) continue
    valid.push(repair)
    end = repair.end
  }
  if (valid.length < minRun) return valid.reverse()

  const merged: Repair[] = []
  let runStart = 0
  for (let index = 1; index <= valid.length; index++) {
    const previous = valid[index - 1]
    const next = valid[index]
    if (previous && next && next.start - previous.end <= maxGap) continue
    const run = valid.slice(runStart, index)
    if (run.length >= minRun) merged.push(mergeRepairs(value, run))
    else merged.push(...run)
    runStart = index
  }
  if (merged.length <= maxEditsPerBlock) return merged.reverse()

  const size = Math.ceil(merged.length / maxEditsPerBlock)
  const groups: Repair[] = []
  for (let start = 0; start < merged.length; start += size) {
    groups.push(mergeRepairs(value, merged.slice(start, start + size)))
  }
  return groups.reverse()
}

/**
 * Merge neighbouring fixes into one, with the text between them kept.
 *
 * @param value
 *   The block's value.
 * @param group
 *   Fixes in order, at least one.
 * @returns
 *   One fix over all of them.
 */
function mergeRepairs(value: string, group: readonly Repair[]): Repair {
  const first = group[0]
  const last = group.at(-1)
  if (!first || !last || group.length === 1) return first ?? {start: 0, end: 0, text: '', reason: 'Nothing'}
  const parts: string[] = []
  let position = first.start
  let confidence = 1
  for (const repair of group) {
    parts.push(value.slice(position, repair.start), repair.text)
    position = repair.end
    confidence = Math.min(confidence, repair.confidence ?? 1)
  }
  return {
    start: first.start,
    end: last.end,
    text: parts.join(''),
    reason: group.length + ' fixes in a row, the first: ' + first.reason,
    ...(confidence < 1 ? {confidence} : {})
  }
}

/** A neutral sentence before a repair example, so the line sits in prose. */
const exampleBefore = 'The regional council said on Tuesday that the flood defences would be rebuilt over three years.'

/** A neutral sentence after a repair example. */
const exampleAfter = 'Residents who lost their homes have been housed in the sports hall since January.'

/**
 * A catch example for a repair rule: one line, set between two neutral
 * paragraphs, and what it must become.
 *
 * @param line
 *   The line as scraped.
 * @param becomes
 *   The line after the repair (not blank: the rule runner looks for it among
 *   the output's lines).
 * @returns
 *   The object form of an example.
 * @example
 *   repairExample('allied to #x27;Iran', "allied to 'Iran")
 */
export function repairExample(line: string, becomes: string): Example {
  return {context: [exampleBefore, '', line, '', exampleAfter], line: 2, becomes}
}

/**
 * A code unit `isPrintable` may reject: controls, C1 and no-break space, soft
 * hyphen, surrogates (a pair is printable, a lone half is not), zero-width
 * and bidirectional marks, word joiners, byte order mark.
 */
const mayHideCharacter = /[\u0000-\u001F\u007F-\u00A0\u00AD\uD800-\uDFFF\u200B-\u200F\u2060-\u2064\uFEFF]/

/**
 * Show a piece of text in a reason, with invisible characters spelled out so
 * the reason stays readable (`\u200B` becomes `U+200B`).
 *
 * @param text
 *   Text from the input.
 * @returns
 *   Printable text.
 */
export function showText(text: string): string {
  // Most text has nothing to spell out: return it as is, without building it
  // again one character at a time (a dense line of mojibake has thousands of
  // repairs, each with a reason).
  if (!mayHideCharacter.test(text)) return text
  let result = ''
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    result += isPrintable(code) ? character : 'U+' + code.toString(16).toUpperCase().padStart(4, '0')
  }
  return result
}

/**
 * Whether a code point shows as itself in a message (not a control, a
 * format character, a surrogate or a non-breaking space).
 *
 * @param code
 *   A code point.
 * @returns
 *   Whether to print it as is.
 */
function isPrintable(code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xad) return false
  if (code >= 0xd800 && code <= 0xdfff) return false
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff) return false
  return true
}
