/**
 * What the command line reads from and writes to, passed in so tests and
 * subcommands (`decruft learn`) can run against any streams.
 */
import type {Readable, Writable} from 'node:stream'

/** A writable stream that may be a terminal. */
export type OutputStream = Writable & {
  /** Whether the stream is a terminal. */
  readonly isTTY?: boolean | undefined
  /** Terminal width, when it is one. */
  readonly columns?: number | undefined
}

/** The streams and context of one command line run. */
export interface CliIo {
  /** Standard input. */
  readonly stdin: Readable
  /** Standard output: cleaned text, records, reports. */
  readonly stdout: OutputStream
  /** Standard error: diagnostics and progress. */
  readonly stderr: OutputStream
  /** Directory relative paths resolve against. */
  readonly cwd: string
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `CI`, `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>
}

/** Exit code: everything worked. */
export const exitSuccess = 0
/** Exit code: at least one input (file, record) failed; the rest was processed. */
export const exitInputFailure = 1
/** Exit code: the command line itself is wrong; nothing was processed. */
export const exitUsage = 2

/**
 * A mistake in the command line: reported as one line, exit code 2.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A line break in any convention. */
const lineBreak = /\r\n|\r|\n/

/**
 * Print one diagnostic line on standard error, prefixed with `decruft: `.
 *
 * @param io
 *   Streams.
 * @param message
 *   The problem, one line.
 * @returns
 *   Nothing.
 */
export function printError(io: CliIo, message: string): undefined {
  io.stderr.write('decruft: ' + oneLine(message) + '\n')
}

/**
 * Fold a message onto one line: diagnostics are grep-able, one per line.
 *
 * @param message
 *   Any text.
 * @returns
 *   The text with line breaks turned into spaces.
 */
function oneLine(message: string): string {
  return message
    .split(lineBreak)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
}

/**
 * Write text to a stream, waiting when its buffer is full (backpressure), so a
 * slow reader of stdout slows the run down instead of filling memory.
 *
 * @param stream
 *   Where to write.
 * @param text
 *   What to write.
 * @returns
 *   When the stream can take more.
 */
export async function writeText(stream: Writable, text: string): Promise<undefined> {
  if (text === '') return
  if (stream.write(text)) return
  await new Promise<void>(function (resolve, reject) {
    function onDrain(): void {
      stream.off('error', onError)
      resolve()
    }
    function onError(error: Error): void {
      stream.off('drain', onDrain)
      reject(error)
    }
    stream.once('drain', onDrain)
    stream.once('error', onError)
  })
}
