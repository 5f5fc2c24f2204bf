/**
 * Compiler: kept blocks back to text, in their original layout.
 */
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {decideTree, shareThreshold, type DecideOptions} from './decide.js'
import {keptLittleWarning} from './kept-little.js'
import type {Block, Root} from './types.js'

/**
 * Write the kept blocks of a decided tree as text.
 *
 * Kept lines keep their own line endings. Between two kept lines goes the
 * longest run of blank lines that stood between them in the input, so removing
 * a line never glues two paragraphs together nor leaves a hole. With nothing
 * removed, the output is the input (after repairs).
 *
 * @param tree
 *   A tree after the decision step.
 * @returns
 *   The clean text.
 * @example
 *   compileBlocks(parseText('a\n\nnoise\n\nb')) // with `noise` removed
 *   //=> 'a\n\nb'
 */
export function compileBlocks(tree: Root): string {
  const blocks = tree.children
  let output = ''
  let previous: Block | undefined
  let previousIndex = -1
  let blankRun: Block[] = []
  let longestRun: Block[] = []

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    if (!block) continue
    if (block.blank) {
      blankRun.push(block)
      if (blankRun.length > longestRun.length) longestRun = blankRun
      continue
    }
    blankRun = []
    if (!isKept(block)) continue

    if (previous) {
      output += previous.eol + writeBlanks(longestRun)
    } else if (isFirstContent(blocks, index)) {
      // Leading blank lines belong to the layout only when nothing before was cut.
      output += writeBlanks(longestRun)
    }
    output += block.value
    previous = block
    previousIndex = index
    longestRun = []
  }

  if (!previous) return ''
  if (isLastContent(blocks, previousIndex)) {
    output += previous.eol + writeBlanks(blocks.slice(previousIndex + 1))
  } else if (blocks.at(-1)?.eol !== '') {
    // End with a line ending when the input did.
    output += previous.eol
  }
  return output
}

/**
 * Whether the decision step kept a block (undecided blocks are kept).
 *
 * @param block
 *   The block.
 * @returns
 *   Whether to write it.
 */
function isKept(block: Block): boolean {
  return block.data?.verdict?.keep !== false
}

/**
 * Write blank lines as they were.
 *
 * @param blanks
 *   Blank blocks.
 * @returns
 *   Their text with line endings.
 */
function writeBlanks(blanks: readonly Block[]): string {
  let text = ''
  for (const blank of blanks) {
    if (blank.blank) text += blank.value + blank.eol
  }
  return text
}

/**
 * Whether no content block comes before `index`.
 *
 * @param blocks
 *   All blocks.
 * @param index
 *   Index of a content block.
 * @returns
 *   Whether it is the first one.
 */
function isFirstContent(blocks: readonly Block[], index: number): boolean {
  for (let before = 0; before < index; before++) {
    if (blocks[before]?.blank === false) return false
  }
  return true
}

/**
 * Whether no content block comes after `index`.
 *
 * @param blocks
 *   All blocks.
 * @param index
 *   Index of a content block.
 * @returns
 *   Whether it is the last one.
 */
function isLastContent(blocks: readonly Block[], index: number): boolean {
  for (let after = index + 1; after < blocks.length; after++) {
    if (blocks[after]?.blank === false) return false
  }
  return true
}

/**
 * Warn on the file, as a vfile message (`source: 'decruft'`, `ruleId:
 * 'kept-little'`), when a long text kept almost nothing (`keptLittleWarning`);
 * HTML input is not checked, since its markup is never kept.
 *
 * @param tree
 *   The decided tree.
 * @param file
 *   The file; `file.value` must be the input.
 * @param output
 *   The text kept.
 * @returns
 *   Nothing.
 */
function warnKeptLittle(tree: Root, file: VFile, output: string): undefined {
  if (tree.data?.format === 'html') return
  const warning = keptLittleWarning(String(file.value ?? ''), output)
  if (warning !== undefined) file.message(warning, {ruleId: 'kept-little', source: 'decruft'})
}

/**
 * Unified plugin that sets the compiler: it decides (unless a decision step
 * already ran), then writes the kept blocks. A long text that kept almost
 * nothing gets a warning message (`kept-little`), whether or not the removals
 * get messages.
 *
 * Deciding at compile time means every transformer has run by then, including
 * detectors added with `.use()` after `createProcessor()`.
 *
 * @param options
 *   Decision settings (optional): preset, threshold, messages.
 * @example
 *   unified().use(decruftParseText).use(decruftCompile, {preset: 'precision'})
 */
const decruftCompile: Plugin<[(DecideOptions | null | undefined)?], Root, string> = function (options) {
  const self = this as unknown as Processor<undefined, undefined, undefined, Root, string>
  shareThreshold(this, options)
  self.compiler = function (tree, file) {
    decideTree(tree, file, options)
    const output = compileBlocks(tree)
    warnKeptLittle(tree, file, output)
    return output
  }
}

export default decruftCompile
