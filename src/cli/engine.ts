/**
 * The work itself, the same on the main thread and in worker threads: load
 * the core and the user's plugins once, then clean documents and batches of
 * JSON Lines records. Everything in and out is plain data (structured-clone
 * safe), so a worker can run it.
 */
import {readFile} from 'node:fs/promises'
import type {Options, Result} from '../clean.js'
import type {Format, Preset} from '../types.js'
import type {ReportMode, RuleSwitch} from './args.js'
import {formatExplanation} from './explain.js'
import {UsageError} from './io.js'
import {locateField} from './jsonl-record.js'
import {typeName} from '../type-name.js'

/** What an engine needs: the checked settings, with paths already resolved. */
export interface EngineConfig {
  /** Preset. */
  readonly preset: Preset | undefined
  /** Threshold. */
  readonly threshold: number | undefined
  /** Rule switches by id. */
  readonly rules: Readonly<Record<string, RuleSwitch>>
  /** Plugin modules to import (file URLs or package names), in order. */
  readonly use: readonly string[]
  /** Absolute path of a corpus model. */
  readonly model: string | undefined
  /** Site of every input. */
  readonly site: string | undefined
  /** Record field naming each record's site. */
  readonly siteField: string | undefined
  /** Record field to clean. */
  readonly field: string
  /** Format of records (documents carry their own). */
  readonly format: Format
  /** What to write: text, JSON or an explanation. */
  readonly mode: ReportMode
  /** Whether explanations are coloured. */
  readonly color: boolean
}

/** One document to clean. */
export interface DocumentTask {
  /** Name for reports: path or `-`. */
  readonly name: string
  /** The text. */
  readonly text: string
  /** Its format. */
  readonly format: Format
}

/** A cleaned document, or why it failed. */
export type DocumentOutcome =
  | {
      readonly ok: true
      /** Clean text. */
      readonly text: string
      /** The JSON line or explanation for `--json`/`--explain` (`''` in text mode). */
      readonly report: string
      /** Something the user should hear of (`keptLittleWarning`), or `undefined`. */
      readonly warning: string | undefined
    }
  | {readonly ok: false; readonly reason: string}

/** Consecutive lines of one JSON Lines input. */
export interface RecordBatch {
  /** Input name, for messages. */
  readonly name: string
  /** 1-based line number of the first line. */
  readonly firstLine: number
  /** The lines, without line endings, or why a line could not be read. */
  readonly lines: ReadonlyArray<string | UnreadLine>
}

/** A line of JSON Lines input that is not text: too long to keep, or not UTF-8. */
export interface UnreadLine {
  /** Why, one sentence. */
  readonly reason: string
  /** The line's bytes in base64, when it was kept (not UTF-8), for the `--errors` file. */
  readonly base64?: string | undefined
}

/** A record that could not be cleaned. */
export interface RecordFailure {
  /** 1-based line number. */
  readonly line: number
  /** Why, one sentence. */
  readonly reason: string
  /** The line as read (`null` when it could not be read as text). */
  readonly raw: string | null
  /** The line's bytes in base64, when it was not UTF-8. */
  readonly base64?: string | undefined
}

/** The output of one batch. */
export interface BatchOutcome {
  /** Output records, each ending in `\n`, in input order. */
  readonly output: string
  /** With `--explain`: explanations of the records that lost or changed text. */
  readonly explanations: string
  /** Records that failed, in input order. */
  readonly failures: readonly RecordFailure[]
  /** Records read (blank lines are not records). */
  readonly records: number
}

/** An engine: synchronous cleaning once the core and plugins are loaded. */
export interface Engine {
  /** Clean one document. */
  readonly cleanDocument: (task: DocumentTask) => DocumentOutcome
  /** Clean a batch of JSON Lines records. */
  readonly cleanBatch: (batch: RecordBatch) => BatchOutcome
}

/** The core module's shape, imported lazily. */
type Core = typeof import('../index.js')

/** Longest line `--jsonl` reads, in bytes (V8 strings stop near 512 MiB). */
export const maximumLineLength = 64 * 1024 * 1024

/**
 * Load the core and plugins and check the options against it.
 *
 * @param config
 *   Settings.
 * @returns
 *   An engine.
 * @throws {UsageError}
 *   When a plugin cannot be loaded, the model cannot be read, or the core
 *   rejects an option (an unknown rule id).
 */
export async function createEngine(config: EngineConfig): Promise<Engine> {
  const core: Core = await import('../index.js')
  const plugins: unknown[] = []
  for (const specifier of config.use) plugins.push(await loadPlugin(specifier))

  // Leave out what is not set: the core shares one processor for default options.
  const base: Record<string, unknown> = {}
  if (Object.keys(config.rules).length > 0) base.rules = config.rules
  if (config.preset !== undefined) base.preset = config.preset
  if (config.threshold !== undefined) base.threshold = config.threshold
  if (plugins.length > 0) base.plugins = plugins
  if (config.model !== undefined) base.model = await loadModel(core, config.model)
  if (config.site !== undefined) {
    if (config.model === undefined) throw new UsageError('--site needs --model')
    base.site = config.site
  }
  if (config.siteField !== undefined && config.model === undefined) throw new UsageError('--site-field needs --model')

  const options = base as Options
  // One options object per format, made once: no allocation per document.
  const byFormat: Readonly<Record<Format, Options>> = {
    text: {...options, format: 'text'},
    html: {...options, format: 'html'},
    auto: {...options, format: 'auto'}
  }
  try {
    core.cleanDetailed('', byFormat.text)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }

  return {
    cleanDocument(task) {
      try {
        const {text, detailed} = cleanFor(core, task.text, byFormat[task.format], config.mode)
        // The core sniffed the format already; sniff again only for the rare
        // long text that kept almost nothing (HTML's markup is never kept).
        const found = core.keptLittleWarning(task.text, text)
        const warning =
          found !== undefined && (task.format === 'auto' ? core.sniffFormat(task.text) : task.format) === 'text' ? found : undefined
        return {ok: true, text, report: detailed ? render(task.name, detailed, config) : '', warning}
      } catch (error) {
        return {ok: false, reason: describeError(error)}
      }
    },
    cleanBatch(batch) {
      return cleanBatch(core, byFormat[config.format], config, batch)
    }
  }
}

/**
 * Clean a batch of records.
 *
 * @param core
 *   The core module.
 * @param options
 *   Core options, with the format.
 * @param config
 *   Settings.
 * @param batch
 *   Lines.
 * @returns
 *   Output, failures and the record count.
 */
function cleanBatch(core: Core, options: Options, config: EngineConfig, batch: RecordBatch): BatchOutcome {
  const failures: RecordFailure[] = []
  let output = ''
  let explanations = ''
  let records = 0

  for (const [index, raw] of batch.lines.entries()) {
    const line = batch.firstLine + index
    if (typeof raw !== 'string') {
      records++
      failures.push({line, reason: raw.reason, raw: null, base64: raw.base64})
      continue
    }
    if (raw.trim() === '') continue
    records++
    const result = cleanRecord(core, options, config, batch.name + ':' + line, raw)
    if ('reason' in result) {
      failures.push({line, reason: result.reason, raw})
    } else {
      output += result.record
      explanations += result.explanation
    }
  }

  return {output, explanations, failures, records}
}

/**
 * Clean one record.
 *
 * @param core
 *   The core module.
 * @param options
 *   Core options.
 * @param config
 *   Settings.
 * @param name
 *   `file:line`, for explanations.
 * @param raw
 *   The line.
 * @returns
 *   The record to write (ending in `\n`) and its explanation, or why it failed.
 */
function cleanRecord(
  core: Core,
  options: Options,
  config: EngineConfig,
  name: string,
  raw: string
): {readonly record: string; readonly explanation: string} | {readonly reason: string} {
  let record: unknown
  try {
    record = JSON.parse(raw)
  } catch (error) {
    return {reason: 'invalid JSON: ' + describeError(error)}
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return {reason: 'not a JSON object'}
  }
  const fields = record as Record<string, unknown>
  if (!Object.hasOwn(fields, config.field)) return {reason: 'missing field `' + config.field + '`'}
  const value = fields[config.field]
  if (typeof value !== 'string') {
    return {reason: 'field `' + config.field + '` is not a string (got ' + typeName(value) + ')'}
  }

  let recordOptions = options
  if (config.siteField !== undefined) {
    const site = fields[config.siteField]
    if (typeof site === 'string') recordOptions = {...options, site} as Options
  }

  let cleaned: CleanOutcome
  try {
    cleaned = cleanFor(core, value, recordOptions, config.mode)
  } catch (error) {
    return {reason: describeError(error)}
  }

  const {text, detailed} = cleaned
  const explanation =
    config.mode === 'explain' && detailed && detailed.report.length > 0 ? formatExplanation(name, detailed, config.color) : ''
  const place = locateField(raw, config.field)
  let output = raw.slice(0, place.start) + JSON.stringify(text)
  if (config.mode === 'json' && detailed) {
    // Add the report as one more field, before the closing brace.
    output +=
      raw.slice(place.end, place.close) +
      ',"decruft":' +
      JSON.stringify({report: detailed.report, stats: detailed.stats}) +
      raw.slice(place.close)
  } else {
    output += raw.slice(place.end)
  }
  return {record: output + '\n', explanation}
}

/** A clean text, with the detailed result when the output mode shows the report. */
interface CleanOutcome {
  /** Clean text. */
  readonly text: string
  /** The detailed result, for `--json` and `--explain` (`undefined` in text mode). */
  readonly detailed: Result | undefined
}

/**
 * Clean a text as the output mode needs: plain text mode writes the text
 * alone, so it takes `clean`, which builds no report (about 6% less time);
 * `--json` and `--explain` show the report, so they take `cleanDetailed`.
 *
 * @param core
 *   The core module.
 * @param text
 *   The input.
 * @param options
 *   Core options.
 * @param mode
 *   What the CLI writes.
 * @returns
 *   The clean text, and the detailed result when `mode` needs it.
 */
function cleanFor(core: Core, text: string, options: Options, mode: ReportMode): CleanOutcome {
  if (mode === 'text') return {text: core.clean(text, options), detailed: undefined}
  const detailed = core.cleanDetailed(text, options)
  return {text: detailed.text, detailed}
}

/**
 * The `--json` line or `--explain` text of a document.
 *
 * @param name
 *   Input name.
 * @param result
 *   Detailed result.
 * @param config
 *   Settings.
 * @returns
 *   Text ending in `\n`, or `''` in text mode.
 */
function render(name: string, result: Result, config: EngineConfig): string {
  if (config.mode === 'json') {
    return JSON.stringify({file: name, text: result.text, report: result.report, stats: result.stats}) + '\n'
  }
  if (config.mode === 'explain') return formatExplanation(name, result, config.color)
  return ''
}

/**
 * Import a `--use` module and take its default export.
 *
 * @param specifier
 *   File URL or package name.
 * @returns
 *   The plugin (an attacher, a `[plugin, options]` tuple, a list or a preset).
 */
async function loadPlugin(specifier: string): Promise<unknown> {
  let module: {default?: unknown}
  try {
    module = (await import(specifier)) as {default?: unknown}
  } catch (error) {
    throw new UsageError('cannot load plugin ' + specifier + ': ' + describeError(error))
  }
  if (module.default === undefined || module.default === null) {
    throw new UsageError('plugin ' + specifier + ' has no default export')
  }
  return module.default
}

/**
 * Read a corpus model, when the core can use one.
 *
 * @param core
 *   The core module.
 * @param path
 *   Absolute path.
 * @returns
 *   The parsed model.
 */
async function loadModel(core: Core, path: string): Promise<unknown> {
  // The core gains corpus models with `learn`; a build without it cannot use one.
  if (!('learn' in core) || typeof (core as Record<string, unknown>).learn !== 'function') {
    throw new UsageError('--model is not supported by this build')
  }
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch (error) {
    throw new UsageError('cannot read model ' + path + ': ' + describeError(error))
  }
}

/**
 * The message of an error, on one line.
 *
 * @param error
 *   Anything thrown.
 * @returns
 *   Its message.
 */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n', 1)[0] ?? message
}

