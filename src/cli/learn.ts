/**
 * `decruft learn`: pass 1 of corpus mode. Stream pages (JSON Lines records or
 * text files) into a model of each site's template lines, or merge models
 * (`--merge`, the reduce step of a distributed run).
 */
import {createReadStream} from 'node:fs'
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import type {CorpusModel, LearnOptions, Learner} from '../index.js'
import {describeError} from './engine.js'
import {documentExtensions, expandInputs, jsonlExtensions, type Input} from './inputs.js'
import {exitInputFailure, exitSuccess, exitUsage, printError, UsageError, writeText, type CliIo} from './io.js'
import {readLineBatches} from './jsonl-lines.js'
import {parseEncoding, readDocument} from './read-document.js'
import {addModels, formatModel, type ModelSink} from './merge.js'
import {writeFileAtomic} from './write-atomic.js'

/** The help text of `decruft learn`. */
export const learnHelpText = `Usage: decruft learn [options] [files, globs or directories...]

Learn which lines are each site's template (menus, footers, share and
newsletter lines) from many of its pages, for 'decruft --model'. With no
file, or with -, reads stdin. The model goes to stdout, or to --output.

Pages
      --jsonl             inputs are JSON Lines, one page per record
      --field NAME        the record field with the page text (default: text)
      --site-field NAME   the record field with the page URL or site key
      --site NAME         the site of every page (each text file is one page)
  -e, --encoding NAME     how the text files are encoded, e.g. windows-1252
                          (default: a byte-order mark's, else UTF-8)

Models
      --merge             inputs are models to add up (the reduce step)
      --per-site          write one line per site, 'SITE<TAB>MODEL', for a
                          shuffle by site (Hadoop Streaming, Spark)
      --capacity N        distinct lines per site counted exactly before a
                          count-min sketch takes over (default: 50000)
      --width N, --depth N  sketch size (default: 65536 by 4)
  -o, --output FILE       write the model to FILE (atomically)
  -q, --quiet             no summary
  -h, --help              show this help

Examples
  decruft learn --jsonl --field text --site-field url corpus.jsonl -o model.json
  decruft --model model.json --jsonl --site-field url corpus.jsonl > clean.jsonl
  decruft learn --site example.com pages/*.txt -o model.json
  decruft learn --merge part-*.json -o model.json
`

/** Flags, in the `parseArgs` shape. */
const flags = {
  help: {type: 'boolean', short: 'h'},
  jsonl: {type: 'boolean'},
  field: {type: 'string'},
  'site-field': {type: 'string'},
  site: {type: 'string'},
  encoding: {type: 'string', short: 'e'},
  merge: {type: 'boolean'},
  'per-site': {type: 'boolean'},
  capacity: {type: 'string'},
  width: {type: 'string'},
  depth: {type: 'string'},
  output: {type: 'string', short: 'o'},
  quiet: {type: 'boolean', short: 'q'}
} as const

/** A whole decimal number, as `--capacity` takes. */
const wholeNumber = /^\d{1,10}$/

/** What `decruft learn` was asked to do, checked. */
interface LearnSettings {
  readonly help: boolean
  readonly inputs: readonly string[]
  readonly jsonl: boolean
  readonly field: string
  readonly siteField: string | undefined
  readonly site: string | undefined
  readonly encoding: string | undefined
  readonly merge: boolean
  readonly perSite: boolean
  readonly shape: LearnOptions | undefined
  readonly output: string | undefined
  readonly quiet: boolean
}

/**
 * Run `decruft learn`.
 *
 * @param argv
 *   Arguments after `learn`.
 * @param io
 *   Streams, working directory and environment.
 * @returns
 *   Exit code: 0 success, 1 some page or model could not be read (the rest
 *   was learned), 2 usage error.
 * @example
 *   await runLearn(['--jsonl', '--site-field', 'url', 'corpus.jsonl', '-o', 'model.json'], io)
 */
export async function runLearn(argv: readonly string[], io: CliIo): Promise<number> {
  let settings: LearnSettings
  try {
    settings = parseLearnArgs(argv)
  } catch (error) {
    printError(io, describeError(error) + (error instanceof UsageError ? '' : ' (see decruft learn --help)'))
    return exitUsage
  }
  if (settings.help) {
    await writeText(io.stdout, learnHelpText)
    return exitSuccess
  }

  const core = await import('../index.js')
  let learner: Learner
  try {
    learner = core.createLearner(settings.shape)
  } catch (error) {
    printError(io, describeError(error))
    return exitUsage
  }

  const extensions = settings.jsonl || settings.merge ? [...jsonlExtensions, 'json'] : documentExtensions
  const {inputs, problems} = await expandInputs(settings.inputs, io.cwd, extensions)
  let failures = problems.length
  for (const problem of problems) printError(io, problem)

  // Merging takes the shape of the first model unless one was given.
  let merged: Learner | undefined = settings.merge && settings.shape === undefined ? undefined : learner
  const sink: ModelSink = {
    addModel(model) {
      merged ??= core.createLearner({capacity: model.capacity, width: model.width, depth: model.depth})
      merged.addModel(model)
    }
  }

  for (const input of inputs) {
    try {
      const inputProblems = settings.merge
        ? await addModels(sink, input, io.stdin)
        : settings.jsonl
          ? await learnRecords(learner, input, io, settings)
          : await learnDocument(learner, input, io, settings)
      failures += inputProblems.length
      for (const problem of inputProblems) printError(io, problem.place + ': ' + problem.reason)
    } catch (error) {
      failures++
      printError(io, 'cannot read ' + input.name + ': ' + describeError(error))
    }
  }

  const model: CorpusModel = (merged ?? learner).model()
  const text = formatModel(model, settings.perSite)
  if (settings.output === undefined || settings.output === '-') await writeText(io.stdout, text)
  else await writeFileAtomic(resolve(io.cwd, settings.output), text)

  if (!settings.quiet && io.stderr.isTTY === true) {
    const sites = Object.keys(model.sites).length
    const pages = Object.values(model.sites).reduce((sum, site) => sum + site.pages, 0)
    io.stderr.write('decruft: ' + pages + ' pages of ' + sites + ' sites' + (failures > 0 ? ', ' + failures + ' failed' : '') + '\n')
  }
  return failures > 0 ? exitInputFailure : exitSuccess
}

/**
 * Parse and check the arguments.
 *
 * @param argv
 *   Arguments after `learn`.
 * @returns
 *   Settings.
 * @throws {UsageError}
 *   With a one-line message.
 */
function parseLearnArgs(argv: readonly string[]): LearnSettings {
  const {values, positionals} = parseArgs({args: [...argv], options: flags, allowPositionals: true, strict: true})
  const jsonl = values.jsonl === true
  const merge = values.merge === true
  if (merge && (jsonl || values.site !== undefined || values['site-field'] !== undefined)) {
    throw new UsageError('--merge reads models: it takes no --jsonl, --site or --site-field')
  }
  if (values.site !== undefined && values['site-field'] !== undefined) {
    throw new UsageError('--site and --site-field cannot be used together')
  }
  for (const name of ['field', 'site-field'] as const) {
    if (values[name] !== undefined && !jsonl) throw new UsageError('--' + name + ' needs --jsonl')
  }
  if (values.encoding !== undefined && (jsonl || merge)) {
    throw new UsageError('--encoding is for text files: JSON Lines and models are UTF-8')
  }
  for (const name of ['field', 'site-field', 'site', 'output'] as const) {
    if (values[name] === '') throw new UsageError('--' + name + ' needs a non-empty value')
  }
  if (values.help !== true && !merge && values.site === undefined && values['site-field'] === undefined) {
    throw new UsageError(jsonl ? 'learn --jsonl needs --site-field or --site' : 'learn needs --site (or --jsonl with --site-field)')
  }
  const shape: {capacity?: number; width?: number; depth?: number} = {}
  for (const name of ['capacity', 'width', 'depth'] as const) {
    const value = values[name]
    if (value === undefined) continue
    if (!wholeNumber.test(value)) throw new UsageError('--' + name + ' needs a whole number, got ' + value)
    shape[name] = Number(value)
  }
  return {
    help: values.help === true,
    inputs: positionals.length === 0 ? ['-'] : positionals,
    jsonl,
    field: values.field ?? 'text',
    siteField: values['site-field'],
    site: values.site,
    encoding: parseEncoding(values.encoding),
    merge,
    perSite: values['per-site'] === true,
    shape: Object.keys(shape).length === 0 ? undefined : shape,
    output: values.output,
    quiet: values.quiet === true
  }
}

/**
 * Learn every record of a JSON Lines input, line by line.
 *
 * @param learner
 *   The learner.
 * @param input
 *   The input.
 * @param io
 *   Streams.
 * @param settings
 *   Settings.
 * @returns
 *   One problem per record that could not be learned.
 */
async function learnRecords(
  learner: Learner,
  input: Input,
  io: CliIo,
  settings: LearnSettings
): Promise<Array<{place: string; reason: string}>> {
  const problems: Array<{place: string; reason: string}> = []
  const source = input.type === 'stdin' ? io.stdin : createReadStream(input.path, {highWaterMark: 1024 * 1024})
  for await (const batch of readLineBatches(source, input.name, () => undefined)) {
    for (const [index, raw] of batch.lines.entries()) {
      if (typeof raw === 'string' && raw.trim() === '') continue
      const reason = typeof raw === 'string' ? learnRecord(learner, raw, settings) : raw.reason
      if (reason !== undefined) problems.push({place: input.name + ':' + (batch.firstLine + index), reason})
    }
  }
  return problems
}

/**
 * Learn one record.
 *
 * @param learner
 *   The learner.
 * @param raw
 *   The JSON line.
 * @param settings
 *   Settings.
 * @returns
 *   Why it could not be learned, or `undefined`.
 */
function learnRecord(learner: Learner, raw: string, settings: LearnSettings): string | undefined {
  let record: unknown
  try {
    record = JSON.parse(raw)
  } catch (error) {
    return 'invalid JSON: ' + describeError(error)
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'not a JSON object'
  const fields = record as Record<string, unknown>
  const text = fields[settings.field]
  if (!Object.hasOwn(fields, settings.field)) return 'missing field `' + settings.field + '`'
  if (typeof text !== 'string') return 'field `' + settings.field + '` is not a string'
  let site = settings.site
  if (settings.siteField !== undefined) {
    const value = fields[settings.siteField]
    if (typeof value !== 'string') return 'missing site field `' + settings.siteField + '` (a URL or site key)'
    site = value
  }
  try {
    learner.add({text, site})
  } catch (error) {
    return describeError(error)
  }
  return undefined
}

/**
 * Learn a text file (or stdin) as one page of the `--site` site.
 *
 * @param learner
 *   The learner.
 * @param input
 *   The input.
 * @param io
 *   Streams.
 * @param settings
 *   Settings.
 * @returns
 *   Problems (none or one).
 */
async function learnDocument(
  learner: Learner,
  input: Input,
  io: CliIo,
  settings: LearnSettings
): Promise<Array<{place: string; reason: string}>> {
  const text = await readDocument(input, io.stdin, settings.encoding)
  try {
    learner.add({text, site: settings.site})
  } catch (error) {
    return [{place: input.name, reason: describeError(error)}]
  }
  return []
}
