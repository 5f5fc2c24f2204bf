/**
 * A cleaning run: load the engine, expand inputs, pick the runner, run
 * document or JSON Lines mode, and turn the counts into an exit code.
 */
import type {CliSettings} from './args.js'
import {createEngineConfig} from './config.js'
import {documentExtensions, expandInputs, jsonlExtensions} from './inputs.js'
import {exitInputFailure, exitSuccess, printError, type CliIo} from './io.js'
import {createEngine} from './engine.js'
import {runDocuments} from './documents.js'
import {runJsonl} from './jsonl.js'
import {createProgress} from './progress.js'
import {createRunner} from './runner.js'

/**
 * Clean the inputs the settings name.
 *
 * @param settings
 *   Checked settings.
 * @param io
 *   Streams.
 * @returns
 *   Exit code: 0, or 1 when some input or record failed.
 * @throws {UsageError}
 *   When a plugin, the model or an option is rejected before any work.
 */
export async function runCleaning(settings: CliSettings, io: CliIo): Promise<number> {
  const config = createEngineConfig(settings, io)
  const engine = await createEngine(config)
  const expanded = await expandInputs(
    settings.inputs,
    io.cwd,
    settings.jsonl ? jsonlExtensions : documentExtensions
  )
  for (const problem of expanded.problems) if (!settings.silent) printError(io, problem)
  const inputs = expanded.inputs

  const showProgress = !settings.quiet && io.stderr.isTTY === true && !isCi(io.env)
  let totalBytes: number | undefined = 0
  for (const input of inputs) totalBytes = input.type === 'file' && totalBytes !== undefined ? totalBytes + input.size : undefined
  const progress = createProgress({
    stream: io.stderr,
    enabled: showProgress,
    unit: settings.jsonl ? 'records' : 'files',
    total: settings.jsonl ? undefined : inputs.length,
    totalBytes: settings.jsonl ? totalBytes : undefined
  })

  // Workers pay off only with more than one task to share.
  const jobs = settings.jsonl || inputs.length > 1 ? settings.jobs : 1
  const runner = createRunner(engine, config, jobs)
  let failed = expanded.problems.length > 0
  try {
    if (settings.jsonl) {
      const summary = await runJsonl(settings, io, inputs, runner, progress)
      progress.finish()
      if (summary.failedRecords > 0 || summary.failedInputs > 0) {
        failed = true
        if (!settings.quiet) {
          printError(
            io,
            summary.failedRecords + ' of ' + summary.records + ' records failed' +
              (summary.failedInputs > 0 ? ', ' + summary.failedInputs + ' inputs failed' : '') +
              (settings.errors === undefined ? '' : ' (see ' + settings.errors + ')')
          )
        }
      }
    } else {
      const failures = await runDocuments(settings, io, inputs, runner, progress)
      progress.finish()
      if (failures > 0) {
        failed = true
        if (!settings.quiet) printError(io, failures + ' of ' + inputs.length + ' inputs failed')
      }
    }
  } finally {
    progress.finish()
    await runner.close()
  }
  return failed ? exitInputFailure : exitSuccess
}

/**
 * Whether the run is on a CI service (no progress there, even with a TTY).
 *
 * @param env
 *   Environment.
 * @returns
 *   Whether `CI` is set to something other than `false` or `0`.
 */
function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI
  return value !== undefined && value !== '' && value !== 'false' && value !== '0'
}
