/**
 * The public one-liners: `clean` and `cleanDetailed`.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {compileBlocks} from './compile.js'
import {decideVerdicts, presetThresholds} from './decide.js'
import {cachedProcessor} from './processor-cache.js'
import {validateCorpusOptions, type DecruftProcessor, type ProcessorOptions} from './processor.js'
import {addMessages} from './report.js'
import {sniffFormat} from './format.js'
import type {Format, ReportEntry, Root} from './types.js'
import {typeName} from './type-name.js'

/** Options for `clean` and `cleanDetailed`. */
export interface Options extends ProcessorOptions {
  /**
   * Input format (default: `'auto'`): `'text'`, `'html'`, or `'auto'`, which
   * treats input that does not look like an HTML page as text.
   */
  readonly format?: Format | null | undefined
}

/** The detailed result. */
export interface Result {
  /** The clean text. */
  readonly text: string
  /** Every removal and repair, in input order. */
  readonly report: readonly ReportEntry[]
  /** The same, as vfile messages, for unified reporters, then `warnings`. */
  readonly messages: readonly VFileMessage[]
  /**
   * What the caller should hear of besides the removals: a long text that
   * kept almost nothing (`kept-little`: a text is judged as one page), and the
   * messages of your own plugins.
   */
  readonly warnings: readonly VFileMessage[]
  /** Counts, for logs and benchmarks. */
  readonly stats: {
    /** Non-blank blocks in the input. */
    readonly blocks: number
    /** Blocks removed. */
    readonly removed: number
    /** Repairs made in kept blocks. */
    readonly repairs: number
  }
}

/**
 * Remove scraping cruft from text.
 *
 * @param input
 *   Scraped text.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The clean text.
 * @example
 *   clean('Spread the love\nThe minister spoke on Friday.')
 *   //=> 'The minister spoke on Friday.'
 */
export function clean(input: string, options?: Options | null): string {
  const {tree} = runRules(input, options)
  // The same verdicts and text as `cleanDetailed`, without the report, which
  // would be thrown away.
  decideVerdicts(tree, {preset: options?.preset, threshold: options?.threshold})
  return compileBlocks(tree)
}

/**
 * Remove scraping cruft from text and report every removal and repair.
 *
 * @param input
 *   Scraped text.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The clean text, the report, the vfile messages and counts.
 * @example
 *   cleanDetailed('Spread the love\nHello there.').report[0].ruleId
 *   //=> 'share-widget'
 */
export function cleanDetailed(input: string, options?: Options | null): Result {
  const {processor, file, tree} = runRules(input, options)
  const text = processor.stringify(tree, file)
  const report = file.data.decruftReport ?? []
  // The shared processor makes no removal messages, so what is on the file
  // came from the compiler's check or from the caller's plugins.
  const warnings = file.messages
  let messages: VFileMessage[] | undefined
  let blocks = 0
  let removed = 0
  for (const block of tree.children) {
    if (!block.blank) blocks++
    if (block.data?.verdict?.keep === false) removed++
  }
  let repairs = 0
  for (const entry of report) if (entry.type === 'repair') repairs++
  return {
    text,
    report,
    // Made on first read: a message is an `Error`, with a stack trace to take.
    get messages() {
      if (!messages) {
        const messageFile = new VFile({value: input})
        addMessages(messageFile, report)
        messages = [...messageFile.messages, ...warnings]
      }
      return messages
    },
    warnings,
    stats: {blocks, removed, repairs}
  }
}

/**
 * Check the arguments, then parse the input and run every rule on it, with the
 * processor cached for these options.
 *
 * @param input
 *   Scraped text.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The processor, the file and the tree with its evidence, not yet decided.
 */
function runRules(
  input: string,
  options: Options | null | undefined
): {processor: DecruftProcessor; file: VFile; tree: Root} {
  if (typeof input !== 'string') {
    throw new TypeError('Expected `input` to be a string, got `' + typeName(input) + '`')
  }
  validateOptions(options)
  const format = options?.format === 'html' || options?.format === 'text' ? options.format : sniffFormat(input)
  const processor = cachedProcessor({...options, format})
  const file = new VFile({value: input})
  // The site is per document: the processor is shared, the file carries it.
  if (typeof options?.site === 'string') file.data.decruftSite = options.site
  const tree = processor.runSync(processor.parse(file), file)
  return {processor, file, tree}
}

/**
 * Throw a `TypeError` naming the option when an option has the wrong shape.
 *
 * @param options
 *   Configuration.
 * @returns
 *   Nothing.
 */
function validateOptions(options: Options | null | undefined): undefined {
  if (options === undefined || options === null) return
  if (typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object, got `' + typeName(options) + '`')
  }
  const {format, preset, threshold} = options
  // The processor is built without the site (it goes on the file): check it here.
  validateCorpusOptions(options)
  if (format !== undefined && format !== null && !['text', 'html', 'auto'].includes(format)) {
    throw new TypeError("Expected `options.format` to be 'text', 'html' or 'auto', got `" + String(format) + '`')
  }
  if (preset !== undefined && preset !== null && !Object.hasOwn(presetThresholds, preset)) {
    throw new TypeError(
      "Expected `options.preset` to be 'precision', 'balanced' or 'recall', got `" + String(preset) + '`'
    )
  }
  if (
    threshold !== undefined &&
    threshold !== null &&
    (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1))
  ) {
    throw new TypeError('Expected `options.threshold` to be a number from 0 to 1, got `' + String(threshold) + '`')
  }
}

