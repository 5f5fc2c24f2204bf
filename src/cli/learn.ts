/**
 * `decruft learn`: corpus mode is not part of this build yet.
 */
import {exitUsage, printError, type CliIo} from './io.js'

/**
 * Run `decruft learn`.
 *
 * @param _argv
 *   Arguments after `learn`.
 * @param io
 *   Streams.
 * @returns
 *   Exit code 2: not available.
 */
export async function runLearn(_argv: readonly string[], io: CliIo): Promise<number> {
  printError(io, 'learn is not available yet in this build')
  return exitUsage
}
