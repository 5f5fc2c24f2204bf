/**
 * Corpus models on the command line: read models (whole JSON files, or lines
 * of `SITE<TAB>MODEL` as a Hadoop/Spark shuffle hands them over) into a
 * learner, and write a model whole or one line per site.
 */
import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import type {Readable} from 'node:stream'
import type {CorpusModel} from '../index.js'
import {describeError} from './engine.js'
import type {Input} from './inputs.js'
import {readLineBatches} from './jsonl-lines.js'

/** Where models go: a learner, or anything that adds models up. */
export interface ModelSink {
  /** Add a model's counts; throws a `TypeError` for a bad model. */
  readonly addModel: (model: CorpusModel) => undefined
}

/** A tab or line break: a site key with one is written JSON-escaped. */
const lineBreakOrTab = /[\t\n\r]/

/** A problem with one line of one input. */
export interface ModelProblem {
  /** `file:line`. */
  readonly place: string
  /** Why, one phrase. */
  readonly reason: string
}

/**
 * Add every model of an input to a learner, streaming line by line: each
 * non-blank line is a model, or `KEY<TAB>MODEL` (the key is ignored: the
 * model names its sites). A file that is one pretty-printed model is read
 * whole instead.
 *
 * @param learner
 *   Where the counts go (its shape must match the models').
 * @param input
 *   A file or stdin.
 * @param stdin
 *   Standard input.
 * @returns
 *   Problems, one per line that is not a usable model.
 */
export async function addModels(learner: ModelSink, input: Input, stdin: Readable): Promise<ModelProblem[]> {
  const problems: ModelProblem[] = []
  const source = input.type === 'stdin' ? stdin : createReadStream(input.path, {highWaterMark: 1024 * 1024})
  let first = true
  for await (const batch of readLineBatches(source, input.name, () => undefined)) {
    for (const [index, raw] of batch.lines.entries()) {
      const place = input.name + ':' + (batch.firstLine + index)
      if (typeof raw !== 'string') {
        problems.push({place, reason: raw.reason})
        continue
      }
      if (raw.trim() === '') continue
      // `{` alone on the first line: a pretty-printed model, read as a whole.
      if (first && raw.trim() === '{' && input.type === 'file') {
        source.destroy()
        return addWholeFile(learner, input.path, input.name)
      }
      first = false
      const problem = addLine(learner, raw)
      if (problem !== undefined) problems.push({place, reason: problem})
    }
  }
  return problems
}

/**
 * A model as text: one JSON line, or one `SITE<TAB>MODEL` line per site.
 *
 * @param model
 *   The model.
 * @param perSite
 *   Whether to split it by site.
 * @returns
 *   Text ending in a line feed (empty for a per-site model with no sites).
 */
export function formatModel(model: CorpusModel, perSite: boolean): string {
  if (!perSite) return JSON.stringify(model) + '\n'
  let text = ''
  for (const [site, entry] of Object.entries(model.sites)) {
    // Site keys come from host names or user keys: a tab or line break in one
    // would break the line format, so such keys are written JSON-escaped.
    const key = lineBreakOrTab.test(site) ? JSON.stringify(site) : site
    text += key + '\t' + JSON.stringify({...model, sites: {[site]: entry}}) + '\n'
  }
  return text
}

/**
 * Add one line's model.
 *
 * @param learner
 *   The learner.
 * @param raw
 *   The line.
 * @returns
 *   A problem, or `undefined` when the model was added.
 */
function addLine(learner: ModelSink, raw: string): string | undefined {
  const tab = raw.indexOf('\t')
  const json = raw.trimStart().startsWith('{') || tab === -1 ? raw : raw.slice(tab + 1)
  let model: unknown
  try {
    model = JSON.parse(json)
  } catch (error) {
    return 'invalid JSON: ' + describeError(error)
  }
  try {
    learner.addModel(model as CorpusModel)
  } catch (error) {
    return describeError(error)
  }
  return undefined
}

/**
 * Add a file that holds one (pretty-printed) model.
 *
 * @param learner
 *   The learner.
 * @param path
 *   Absolute path.
 * @param name
 *   Name for messages.
 * @returns
 *   Problems (none or one).
 */
async function addWholeFile(learner: ModelSink, path: string, name: string): Promise<ModelProblem[]> {
  const problem = addLine(learner, await readFile(path, 'utf8'))
  return problem === undefined ? [] : [{place: name, reason: problem}]
}
