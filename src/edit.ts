/**
 * Edits inside a block that keep track of where every character came from.
 *
 * Repairs rewrite a block's `value` (`#x27;` -> `'`), and later repairs work on
 * that rewritten text. To report each edit at its place in the *input*, a
 * block keeps `spans`: runs of its current value, each either copied from the
 * input or written by an edit, with the input range it stands for.
 */
import type {Block, Edit, Evidence, NoiseKind, Span} from './types.js'

/** One replacement, in offsets of the block's current `value`. */
export interface Replacement {
  /** Start in the current value (inclusive). */
  readonly start: number
  /** End in the current value (exclusive). */
  readonly end: number
  /** Text to put there (`''` deletes). */
  readonly text: string
}

/** What an edit is, shared by all replacements of one call. */
export interface EditInfo {
  /** Stable rule id. */
  readonly ruleId: string
  /** `repair` or `removal`. */
  readonly type: 'repair' | 'removal'
  /** Kind of noise, or `markup`. */
  readonly kind: NoiseKind
  /** Why. */
  readonly reason: string
  /** How sure, 0–1. */
  readonly confidence: number
}

/**
 * Apply replacements to a block and record each as an edit with its place in
 * the input.
 *
 * @param block
 *   The block to change.
 * @param replacements
 *   Non-overlapping replacements in offsets of `block.value`, in any order.
 * @param info
 *   Rule id, kind and reason, shared by all replacements.
 * @returns
 *   Nothing; `block.value`, `block.spans` and `block.data.edits` change.
 * @example
 *   editBlock(block, [{start: 0, end: 6, text: "'"}], {ruleId: 'broken-entity', …})
 */
export function editBlock(
  block: Block,
  replacements: readonly Replacement[],
  info: EditInfo
): undefined {
  if (replacements.length === 0) return
  const ordered = [...replacements].sort((a, b) => b.start - a.start)
  const data = (block.data ??= {})
  const edits = (data.edits ??= [])
  let spans = block.spans ?? [inputSpan(block)]
  let value = block.value

  // Right to left, so the offsets of the replacements still to do stay valid.
  for (const replacement of ordered) {
    const {start, end, text} = replacement
    if (start < 0 || end > value.length || start > end) continue
    const inputStart = mapStart(spans, start)
    const inputEnd = start === end ? inputStart : mapEnd(spans, end)
    const edit: Edit = {
      ...info,
      start: inputStart,
      end: inputEnd,
      actual: value.slice(start, end),
      expected: text
    }
    edits.push(edit)
    const middle: Span[] =
      text.length > 0 ? [{length: text.length, start: inputStart, end: inputEnd, from: 'edit'}] : []
    spans = [...sliceSpans(spans, 0, start), ...middle, ...sliceSpans(spans, end, value.length)]
    value = value.slice(0, start) + text + value.slice(end)
  }

  block.value = value
  block.spans = spans
  block.blank = value.trim() === ''
}

/**
 * Add a piece of evidence to a block.
 *
 * @param block
 *   The block.
 * @param evidence
 *   What a detector found.
 * @returns
 *   Nothing.
 */
export function addEvidence(block: Block, evidence: Evidence): undefined {
  const data = (block.data ??= {})
  // A one-item array for the first: `[]` then `push` reserves 16 slots, and a
  // large document keeps one such array per block until it is done.
  if (data.evidence === undefined) data.evidence = [evidence]
  else data.evidence.push(evidence)
}

/**
 * The span of a block that no edit has touched yet.
 *
 * @param block
 *   The block.
 * @returns
 *   One span over the whole value.
 */
function inputSpan(block: Block): Span {
  const start = block.position.start.offset ?? 0
  return {length: block.value.length, start, end: start + block.value.length, from: 'input'}
}

/**
 * Input offset where the character at `offset` of the current value starts.
 *
 * @param spans
 *   The block's spans.
 * @param offset
 *   Offset in the current value.
 * @returns
 *   Offset in the input.
 */
function mapStart(spans: readonly Span[], offset: number): number {
  let position = 0
  for (const span of spans) {
    if (offset < position + span.length) {
      return span.from === 'input' ? span.start + offset - position : span.start
    }
    position += span.length
  }
  const last = spans.at(-1)
  return last ? last.end : 0
}

/**
 * Input offset where the character before `offset` of the current value ends.
 *
 * @param spans
 *   The block's spans.
 * @param offset
 *   Offset in the current value, greater than 0.
 * @returns
 *   Offset in the input.
 */
function mapEnd(spans: readonly Span[], offset: number): number {
  let position = 0
  for (const span of spans) {
    if (offset <= position + span.length && offset > position) {
      return span.from === 'input' ? span.start + offset - position : span.end
    }
    position += span.length
  }
  const last = spans.at(-1)
  return last ? last.end : 0
}

/**
 * The spans covering `[from, to)` of the current value, cut to fit.
 *
 * @param spans
 *   The block's spans.
 * @param from
 *   Start in the current value.
 * @param to
 *   End in the current value.
 * @returns
 *   New spans; an edit span cut in part keeps its whole input range.
 */
function sliceSpans(spans: readonly Span[], from: number, to: number): Span[] {
  const result: Span[] = []
  let position = 0
  for (const span of spans) {
    const spanEnd = position + span.length
    const cutStart = Math.max(from, position)
    const cutEnd = Math.min(to, spanEnd)
    if (cutStart < cutEnd) {
      result.push(
        span.from === 'input'
          ? {
              length: cutEnd - cutStart,
              start: span.start + cutStart - position,
              end: span.start + cutEnd - position,
              from: 'input'
            }
          : {...span, length: cutEnd - cutStart}
      )
    }
    position = spanEnd
  }
  return result
}
