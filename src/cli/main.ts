/**
 * The command line: parse arguments, then dispatch to `learn`, help, version,
 * document mode or JSON Lines mode. The core is imported only when there is
 * work, so `--help` and `--version` answer fast.
 */
import {availableParallelism} from 'node:os'
import {parseCliArgs, type CliSettings} from './args.js'
import {helpText, readVersion} from './help.js'
import {exitInputFailure, exitSuccess, exitUsage, printError, UsageError, type CliIo} from './io.js'

/**
 * Run the command line.
 *
 * @param argv
 *   Arguments after the program name.
 * @param io
 *   Streams, working directory and environment.
 * @returns
 *   Exit code: 0 success, 1 some input failed, 2 usage error.
 * @example
 *   process.exitCode = await main(process.argv.slice(2), {stdin: process.stdin, …})
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'learn') {
    const {runLearn} = await import('./learn.js')
    return runLearn(argv.slice(1), io)
  }

  let settings: CliSettings
  try {
    settings = parseCliArgs(argv, availableParallelism())
  } catch (error) {
    return fail(io, error)
  }
  if (settings.help) {
    io.stdout.write(helpText)
    return exitSuccess
  }
  if (settings.version) {
    io.stdout.write(readVersion() + '\n')
    return exitSuccess
  }

  try {
    const {runCleaning} = await import('./run.js')
    return await runCleaning(settings, io)
  } catch (error) {
    return fail(io, error)
  }
}

/**
 * Report what stopped the run.
 *
 * @param io
 *   Streams.
 * @param error
 *   What was thrown.
 * @returns
 *   2 for a usage error, else 1.
 */
function fail(io: CliIo, error: unknown): number {
  if (error instanceof UsageError) {
    printError(io, error.message)
    return exitUsage
  }
  printError(io, error instanceof Error ? error.message : String(error))
  return exitInputFailure
}
