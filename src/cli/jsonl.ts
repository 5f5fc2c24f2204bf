/**
 * JSON Lines mode: stream each input line by line, clean one field of every
 * record, write records in input order, and report bad lines without
 * stopping. Memory is bounded by the batches in flight, not the input size.
 */
import {createReadStream, createWriteStream, type WriteStream} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import {basename, join, resolve} from 'node:path'
import type {Readable, Writable} from 'node:stream'
import type {CliSettings} from './args.js'
import {describeError, type RecordFailure} from './engine.js'
import type {Input} from './inputs.js'
import {printError, writeText, type CliIo} from './io.js'
import {readLineBatches} from './jsonl-lines.js'
import {mapOrdered} from './ordered.js'
import type {Progress} from './progress.js'
import type {Runner} from './runner.js'
import {createAtomicWriter, type AtomicWriter} from './write-atomic.js'

/** Counts of a JSON Lines run. */
export interface JsonlSummary {
  /** Records read. */
  readonly records: number
  /** Records that failed (bad JSON, missing field, …). */
  readonly failedRecords: number
  /** Inputs that could not be read or written. */
  readonly failedInputs: number
}

/**
 * Clean every input as JSON Lines.
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
 *   Counts.
 */
export async function runJsonl(
  settings: CliSettings,
  io: CliIo,
  inputs: readonly Input[],
  runner: Runner,
  progress: Progress
): Promise<JsonlSummary> {
  const outputFolder = settings.output === undefined ? undefined : resolve(io.cwd, settings.output)
  if (outputFolder !== undefined) await mkdir(outputFolder, {recursive: true})
  const errors = settings.errors === undefined ? undefined : await openErrors(resolve(io.cwd, settings.errors))
  let records = 0
  let failedRecords = 0
  let failedInputs = 0

  try {
    for (const input of inputs) {
      let writer: AtomicWriter | undefined
      let inputFailures = 0
      try {
        const source: Readable =
          input.type === 'stdin' ? io.stdin : createReadStream(input.path, {highWaterMark: 1024 * 1024})
        if (input.type === 'file' && (outputFolder !== undefined || settings.inPlace)) {
          writer = await createAtomicWriter(outputFolder === undefined ? input.path : join(outputFolder, basename(input.path)))
        }
        // With `--explain`, stdout shows explanations; records go only to files.
        const destination: Writable | undefined =
          writer?.stream ?? (settings.mode === 'explain' ? undefined : io.stdout)
        const batches = readLineBatches(source, input.name, (bytes) => progress.read(bytes))

        for await (const outcome of mapOrdered(batches, runner.cleanBatch, runner.concurrency)) {
          records += outcome.records
          progress.advance(outcome.records)
          if (destination) await writeText(destination, outcome.output)
          await writeText(io.stdout, outcome.explanations)
          for (const failure of outcome.failures) {
            inputFailures++
            if (!settings.silent) printError(io, input.name + ':' + failure.line + ': ' + failure.reason)
            if (errors) await writeText(errors, errorLine(input.name, failure))
          }
        }
        failedRecords += inputFailures

        if (writer) {
          // Rewriting in place drops failed lines; without --errors to keep
          // them, leave the file as it was.
          if (settings.inPlace && inputFailures > 0 && errors === undefined) {
            await writer.abort()
            failedInputs++
            if (!settings.silent) {
              printError(io, input.name + ': not rewritten: ' + inputFailures + ' failed lines would be lost (use --errors FILE)')
            }
          } else {
            await writer.commit()
          }
        }
      } catch (error) {
        failedInputs++
        failedRecords += inputFailures
        await writer?.abort()
        if (!settings.silent) printError(io, input.name + ': ' + describeError(error))
      }
    }
  } finally {
    if (errors) await closeStream(errors)
  }

  return {records, failedRecords, failedInputs}
}

/**
 * One line of the `--errors` file: where, why, and the line itself, so no
 * input is lost: as text in `record`, or, for a line that is not UTF-8, as
 * bytes in `base64` (`record` is `null` then, as for a line too long to keep).
 *
 * @param name
 *   Input name.
 * @param failure
 *   The failure.
 * @returns
 *   A JSON line.
 */
function errorLine(name: string, failure: RecordFailure): string {
  const {line, reason, raw, base64} = failure
  return JSON.stringify(base64 === undefined ? {file: name, line, reason, record: raw} : {file: name, line, reason, record: raw, base64}) + '\n'
}

/**
 * Open the `--errors` file (created even when nothing fails, so scripts can
 * count its lines).
 *
 * @param path
 *   Path.
 * @returns
 *   Stream.
 */
async function openErrors(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path)
  await new Promise<void>(function (resolvePromise, reject) {
    stream.once('open', () => resolvePromise())
    stream.once('error', reject)
  })
  return stream
}

/**
 * End a file stream and wait until it is flushed.
 *
 * @param stream
 *   Stream.
 * @returns
 *   When closed.
 */
async function closeStream(stream: WriteStream): Promise<undefined> {
  await new Promise<void>(function (resolvePromise, reject) {
    stream.once('error', reject)
    stream.end(() => resolvePromise())
  })
}
