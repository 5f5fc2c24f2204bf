/**
 * Command line arguments: `node:util` `parseArgs` plus the checks it cannot
 * make, turned into one settings object. Flag names follow `unified-args`
 * where it has one (`--use`, `--output`, `--quiet`, `--silent`, `--color`).
 */
import {parseArgs} from 'node:util'
import type {Format, Preset} from '../types.js'
import {UsageError} from './io.js'
import {parseEncoding} from './read-document.js'

/** What the run writes where standard output would get the clean text. */
export type ReportMode = 'text' | 'json' | 'explain'

/** A rule setting from `--rule id=value`. */
export type RuleSwitch = boolean | {readonly confidence: number}

/** Everything the command line asked for, checked. */
export interface CliSettings {
  /** `--help`. */
  readonly help: boolean
  /** `--version`. */
  readonly version: boolean
  /** Files, globs and directories in argument order; `-` is stdin (default: `['-']`). */
  readonly inputs: readonly string[]
  /** `--output DIR`: write each result to a file of the same name there. */
  readonly output: string | undefined
  /** `--in-place`: write each result back to its input, atomically. */
  readonly inPlace: boolean
  /** `--format`: `auto` picks per input (file extension, then the core's sniffing). */
  readonly format: Format
  /** `--encoding`: how input files are encoded (default: a BOM's, UTF-8, or an HTML page's declared charset). */
  readonly encoding: string | undefined
  /** `--preset`. */
  readonly preset: Preset | undefined
  /** `--threshold`. */
  readonly threshold: number | undefined
  /** `--rule id=off|on|CONFIDENCE`, by rule id. */
  readonly rules: Readonly<Record<string, RuleSwitch>>
  /** `--use`: plugin module paths or package names, in order. */
  readonly use: readonly string[]
  /** `--jsonl`: inputs are JSON Lines. */
  readonly jsonl: boolean
  /** `--field`: the field of each record to clean (default: `text`). */
  readonly field: string
  /** `--errors FILE`: failed records go there as JSON Lines. */
  readonly errors: string | undefined
  /** `--json` or `--explain`, else `text`. */
  readonly mode: ReportMode
  /** `--quiet`: no progress, no summary. */
  readonly quiet: boolean
  /** `--silent`: not even per-input failures; only the exit code and usage errors. */
  readonly silent: boolean
  /** `--jobs`: worker threads (1: work on the main thread). */
  readonly jobs: number
  /** `--color` (true) or `--no-color` (false); undefined: decide from the terminal. */
  readonly color: boolean | undefined
  /** `--model FILE`: a corpus model from `decruft learn`. */
  readonly model: string | undefined
  /** `--site NAME`: the site every input belongs to. */
  readonly site: string | undefined
  /** `--site-field NAME`: the record field naming each record's site. */
  readonly siteField: string | undefined
}

/** Flags, in the `parseArgs` shape. */
const flags = {
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  output: {type: 'string', short: 'o'},
  'in-place': {type: 'boolean', short: 'i'},
  format: {type: 'string', short: 'f'},
  html: {type: 'boolean'},
  text: {type: 'boolean'},
  encoding: {type: 'string', short: 'e'},
  preset: {type: 'string', short: 'p'},
  threshold: {type: 'string'},
  rule: {type: 'string', short: 'r', multiple: true},
  use: {type: 'string', short: 'u', multiple: true},
  jsonl: {type: 'boolean'},
  field: {type: 'string'},
  errors: {type: 'string'},
  json: {type: 'boolean'},
  explain: {type: 'boolean'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  jobs: {type: 'string', short: 'j'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  model: {type: 'string'},
  site: {type: 'string'},
  'site-field': {type: 'string'}
} as const

/** Most worker threads `--jobs` accepts. */
const maximumJobs = 64

/** Presets, for checking `--preset`. */
const presets: readonly Preset[] = ['precision', 'balanced', 'recall']

/** Formats, for checking `--format`. */
const formats: readonly Format[] = ['text', 'html', 'auto']

/** A whole decimal number: `--jobs 4`. */
const wholeNumber = /^\d{1,4}$/

/** A decimal number from 0 to 1: `0.75`, `1`, `.5`. */
const unitNumber = /^(?:0|1|0?\.\d{1,6}|1\.0{1,6})$/

/**
 * Parse and check command line arguments.
 *
 * @param argv
 *   Arguments after the program name (`process.argv.slice(2)`).
 * @param parallelism
 *   Cores available, for `--jobs auto`.
 * @returns
 *   Settings.
 * @throws {UsageError}
 *   With a one-line message naming the problem.
 * @example
 *   parseCliArgs(['--jsonl', 'corpus.jsonl'], 2).field
 *   //=> 'text'
 */
export function parseCliArgs(argv: readonly string[], parallelism: number): CliSettings {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options: flags, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(describeParseError(error))
  }
  const values = parsed.values
  const jsonl = values.jsonl === true

  if (values.json && values.explain) throw new UsageError('--json and --explain cannot be used together')
  if (values['in-place'] && values.output !== undefined) {
    throw new UsageError('--in-place and --output cannot be used together')
  }
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color cannot be used together')
  if (values.site !== undefined && values['site-field'] !== undefined) {
    throw new UsageError('--site and --site-field cannot be used together')
  }
  for (const name of ['field', 'errors', 'site-field'] as const) {
    if (values[name] !== undefined && !jsonl) throw new UsageError('--' + name + ' needs --jsonl')
  }
  if (values.encoding !== undefined && jsonl) throw new UsageError('--encoding cannot be used with --jsonl (JSON Lines are UTF-8)')
  for (const name of ['output', 'field', 'errors', 'model', 'site', 'site-field'] as const) {
    if (values[name] === '') throw new UsageError('--' + name + ' needs a non-empty value')
  }

  const inputs = parsed.positionals.length === 0 ? ['-'] : parsed.positionals
  const readsStdin = inputs.includes('-')
  if (readsStdin && values['in-place']) throw new UsageError('--in-place needs files, not stdin')
  if (readsStdin && values.output !== undefined) {
    throw new UsageError('--output needs files, not stdin (redirect stdout instead)')
  }

  return {
    help: values.help === true,
    version: values.version === true,
    inputs,
    output: values.output,
    inPlace: values['in-place'] === true,
    format: parseFormat(values.format, values.html === true, values.text === true),
    encoding: parseEncoding(values.encoding),
    preset: parsePreset(values.preset),
    threshold: values.threshold === undefined ? undefined : parseUnit('--threshold', values.threshold),
    rules: parseRules(values.rule ?? []),
    use: values.use ?? [],
    jsonl,
    field: values.field ?? 'text',
    errors: values.errors,
    mode: values.json ? 'json' : values.explain ? 'explain' : 'text',
    quiet: values.quiet === true || values.silent === true,
    silent: values.silent === true,
    jobs: parseJobs(values.jobs, parallelism),
    color: values.color ? true : values['no-color'] ? false : undefined,
    model: values.model,
    site: values.site,
    siteField: values['site-field']
  }
}

/**
 * One line from a `parseArgs` error (its messages run to two sentences).
 *
 * @param error
 *   What `parseArgs` threw.
 * @returns
 *   The problem.
 */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // `Unknown option '--x'. To specify a positional argument starting with a '-', …`
  const end = message.indexOf('. ')
  const first = end === -1 ? message : message.slice(0, end)
  return (first.endsWith('.') ? first.slice(0, -1) : first) + ' (see decruft --help)'
}

/**
 * Check `--format`, `--html` and `--text`.
 *
 * @param format
 *   `--format` value.
 * @param html
 *   `--html`.
 * @param text
 *   `--text`.
 * @returns
 *   The format.
 */
function parseFormat(format: string | undefined, html: boolean, text: boolean): Format {
  if (Number(format !== undefined) + Number(html) + Number(text) > 1) {
    throw new UsageError('use only one of --format, --html and --text')
  }
  if (html) return 'html'
  if (text) return 'text'
  if (format === undefined) return 'auto'
  const found = formats.find((known) => known === format)
  if (!found) throw new UsageError("--format must be text, html or auto, got '" + format + "'")
  return found
}

/**
 * Check `--preset`.
 *
 * @param preset
 *   The value.
 * @returns
 *   The preset.
 */
function parsePreset(preset: string | undefined): Preset | undefined {
  if (preset === undefined) return undefined
  const found = presets.find((known) => known === preset)
  if (!found) throw new UsageError("--preset must be precision, balanced or recall, got '" + preset + "'")
  return found
}

/**
 * Check a number from 0 to 1.
 *
 * @param flag
 *   Flag name, for the message.
 * @param value
 *   The value.
 * @returns
 *   The number.
 */
function parseUnit(flag: string, value: string): number {
  if (!unitNumber.test(value)) throw new UsageError(flag + " must be a number from 0 to 1, got '" + value + "'")
  return Number(value)
}

/**
 * Check `--jobs`: a whole number from 1, or `auto` for one per core.
 *
 * @param value
 *   The value.
 * @param parallelism
 *   Cores available.
 * @returns
 *   Worker count.
 */
function parseJobs(value: string | undefined, parallelism: number): number {
  if (value === undefined) return 1
  if (value === 'auto') return Math.max(1, Math.min(parallelism, maximumJobs))
  const jobs = wholeNumber.test(value) ? Number(value) : Number.NaN
  if (!(jobs >= 1 && jobs <= maximumJobs)) {
    throw new UsageError('--jobs must be a whole number from 1 to ' + maximumJobs + " or 'auto', got '" + value + "'")
  }
  return jobs
}

/**
 * Check `--rule` values: `share-widget=off`, `share-widget=on`,
 * `share-widget=0.7` (the rule's confidence).
 *
 * @param values
 *   Every `--rule` value.
 * @returns
 *   Settings by rule id; the last one for an id wins.
 */
function parseRules(values: readonly string[]): Record<string, RuleSwitch> {
  const rules: Record<string, RuleSwitch> = {}
  for (const value of values) {
    const equals = value.indexOf('=')
    const id = equals === -1 ? '' : value.slice(0, equals).trim()
    const setting = equals === -1 ? '' : value.slice(equals + 1).trim().toLowerCase()
    if (id === '' || setting === '') {
      throw new UsageError("--rule must look like 'share-widget=off', 'share-widget=on' or 'share-widget=0.7', got '" + value + "'")
    }
    if (setting === 'off' || setting === 'false') rules[id] = false
    else if (setting === 'on' || setting === 'true') rules[id] = true
    else rules[id] = {confidence: parseUnit('--rule ' + id, setting)}
  }
  return rules
}
