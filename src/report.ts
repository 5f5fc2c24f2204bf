/**
 * Reports: every removal and repair as a record and as a vfile message.
 */
import type {VFile} from 'vfile'
import {createLocator} from './locate.js'
import type {Block, ReportEntry, Root} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** What decruft removed and repaired, in input order. */
    decruftReport: ReportEntry[]
  }
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** How sure the decruft rule was, 0–1. */
    confidence?: number | undefined
  }
}

/**
 * Turn the verdicts and edits in a decided tree into report entries and, unless
 * turned off, vfile messages.
 *
 * Repairs inside removed blocks are left out: the block is gone, so is the
 * repair. Removals inside them stay (a tracking call cut from the start of a
 * line that then went as a duplicate), and the block's own removal covers the
 * rest of the line.
 *
 * @param tree
 *   A tree after the decision step.
 * @param file
 *   The file; `file.value` must be the input.
 * @param messages
 *   Whether to also add vfile messages (default: `true`).
 * @returns
 *   Nothing; fills `file.data.decruftReport` (and `file.messages`).
 */
export function reportDecisions(tree: Root, file: VFile, messages = true): undefined {
  const input = String(file.value ?? '')
  const toPlace = createLocator(input)
  const entries: ReportEntry[] = []
  const isHtml = tree.data?.format === 'html'
  // For text, block offsets point into the input; HTML edits carry their own text.
  const editInput = isHtml ? undefined : input

  for (const block of tree.children) {
    const verdict = block.data?.verdict
    const edits = block.data?.edits
    if (verdict && !verdict.keep && verdict.evidence) {
      let start = block.position.start.offset ?? 0
      const end = block.position.end.offset ?? start
      if (edits && edits.length > 0) {
        for (const entry of editEntries(block, toPlace, editInput)) {
          if (entry.type === 'removal') entries.push(entry)
        }
        for (const edit of edits) {
          // `gtag(…); Headline – Site`: the cut call is its own entry.
          if (!isHtml && edit.type === 'removal' && edit.end > start && input.slice(start, edit.start).trim() === '') {
            start = edit.end
          }
        }
      }
      entries.push({
        type: 'removal',
        ruleId: verdict.evidence.ruleId,
        kind: verdict.evidence.kind,
        reason: verdict.evidence.reason,
        confidence: verdict.evidence.confidence,
        position: {start: toPlace(start), end: toPlace(end)},
        actual: input.slice(start, end),
        expected: ''
      })
      continue
    }
    // Most kept blocks have no edits: nothing to map.
    if (edits && edits.length > 0) {
      for (const entry of editEntries(block, toPlace, editInput)) entries.push(entry)
    }
  }

  entries.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  file.data.decruftReport = entries
  if (messages) addMessages(file, entries)
}

/**
 * Add one vfile message per report entry (`source: 'decruft'`, `ruleId`,
 * `actual`, `expected`, `confidence`).
 *
 * Messages are `Error`s and cost a stack trace each, so the one-liners make
 * them only on demand; a processor made by `createProcessor` makes them as it
 * goes, for unified reporters.
 *
 * @param file
 *   The file to add them to.
 * @param entries
 *   Report entries, in input order.
 * @returns
 *   Nothing.
 */
export function addMessages(file: VFile, entries: readonly ReportEntry[]): undefined {
  for (const entry of entries) {
    const message = file.message(entry.reason, {
      place: entry.position,
      ruleId: entry.ruleId,
      source: 'decruft'
    })
    message.actual = entry.actual
    message.expected = [entry.expected]
    message.confidence = entry.confidence
  }
}

/**
 * Report entries for the edits of a kept block.
 *
 * @param block
 *   The block.
 * @param toPlace
 *   Offset to point.
 * @param input
 *   The input text, when block offsets point into it (text input); for HTML the
 *   edit's own record of what it replaced is used.
 * @returns
 *   Entries.
 */
function editEntries(
  block: Block,
  toPlace: ReturnType<typeof createLocator>,
  input: string | undefined
): ReportEntry[] {
  return (block.data?.edits ?? []).map(function (edit) {
    return {
      type: edit.type,
      ruleId: edit.ruleId,
      kind: edit.kind,
      reason: edit.reason,
      confidence: edit.confidence,
      position: {start: toPlace(edit.start), end: toPlace(edit.end)},
      actual: input === undefined ? edit.actual : input.slice(edit.start, edit.end),
      expected: edit.expected
    }
  })
}
