/**
 * Document mode: clean whole files (and stdin), one result per input, written
 * to stdout, to `--output DIR`, or back in place.
 */
import {mkdir} from 'node:fs/promises'
import {basename, join, resolve} from 'node:path'
import type {CliSettings} from './args.js'
import {describeError, type DocumentOutcome} from './engine.js'
import {formatOf, type Input} from './inputs.js'
import {printError, writeText, type CliIo} from './io.js'
import {mapOrdered} from './ordered.js'
import {DecodeError, readDocument} from './read-document.js'
import type {Progress} from './progress.js'
import type {Runner} from './runner.js'
import {writeFileAtomic} from './write-atomic.js'

/** A read input, or why it could not be read. */
type ReadInput =
  | {readonly input: Input; readonly ok: true; readonly text: string}
  | {readonly input: Input; readonly ok: false; readonly reason: string}

/** A read input with its outcome. */
interface Processed {
  readonly input: Input
  readonly original: string
  readonly outcome: DocumentOutcome
}

/**
 * Clean every input as one document.
 *
 * @param settings
 *   Settings.
 * @param io
 *   Streams.
 * @param inputs
 *   Expanded inputs.
 * @param runner
 *   Where the cleaning runs.
 * @param progress
 *   Progress reporter.
 * @returns
 *   How many inputs failed.
 */
export async function runDocuments(
  settings: CliSettings,
  io: CliIo,
  inputs: readonly Input[],
  runner: Runner,
  progress: Progress
): Promise<number> {
  const outputFolder = settings.output === undefined ? undefined : resolve(io.cwd, settings.output)
  if (outputFolder !== undefined) await mkdir(outputFolder, {recursive: true})
  const written = new Map<string, string>()
  let failures = 0
  let index = 0

  /**
   * Clean one read input.
   *
   * @param read
   *   Read input.
   * @returns
   *   The input, its text and the outcome.
   */
  async function work(read: ReadInput): Promise<Processed> {
    if (!read.ok) return {input: read.input, original: '', outcome: {ok: false, reason: read.reason}}
    const format = formatOf(read.input, settings.format)
    const outcome = await runner.cleanDocument({name: read.input.name, text: read.text, format})
    return {input: read.input, original: read.text, outcome}
  }

  const read = readInputs(inputs, io.stdin, settings.encoding)
  for await (const {input, original, outcome} of mapOrdered(read, work, runner.concurrency)) {
    index++
    progress.advance(1)
    if (!outcome.ok) {
      failures++
      if (!settings.silent) printError(io, input.name + ': ' + outcome.reason)
      continue
    }
    if (outcome.warning !== undefined && !settings.quiet) printError(io, input.name + ': ' + outcome.warning)
    try {
      if (outputFolder !== undefined && input.type === 'file') {
        const target = join(outputFolder, basename(input.path))
        const earlier = written.get(target)
        if (earlier !== undefined) {
          throw new Error('not written: ' + earlier + ' was already written to ' + target)
        }
        written.set(target, input.name)
        await writeFileAtomic(target, outcome.text)
      } else if (settings.inPlace && input.type === 'file') {
        if (outcome.text !== original) await writeFileAtomic(input.path, outcome.text)
      } else if (settings.mode === 'text') {
        // Keep documents apart on stdout when one does not end its last line.
        const more = index < inputs.length && outcome.text !== '' && !outcome.text.endsWith('\n')
        await writeText(io.stdout, more ? outcome.text + '\n' : outcome.text)
      }
      if (settings.mode !== 'text') await writeText(io.stdout, outcome.report)
    } catch (error) {
      failures++
      if (!settings.silent) printError(io, input.name + ': ' + describeError(error))
    }
  }

  return failures
}

/**
 * Read inputs one at a time, as the consumer pulls them.
 *
 * @param inputs
 *   Inputs.
 * @param stdin
 *   Standard input.
 * @param encoding
 *   `--encoding` (optional).
 * @returns
 *   Texts or read errors, in order.
 */
async function* readInputs(
  inputs: readonly Input[],
  stdin: NodeJS.ReadableStream,
  encoding: string | undefined
): AsyncGenerator<ReadInput> {
  for (const input of inputs) {
    try {
      yield {input, ok: true, text: await readDocument(input, stdin, encoding)}
    } catch (error) {
      const reason = error instanceof DecodeError ? error.message : 'cannot read: ' + describeError(error)
      yield {input, ok: false, reason}
    }
  }
}
