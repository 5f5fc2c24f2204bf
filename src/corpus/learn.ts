/**
 * Learning a corpus model: stream pages in with `createLearner`, or learn a
 * whole collection with `learn`; combine models with `merge`.
 */
import {hashLine} from './fold.js'
import {siteKey} from './key.js'
import {modelVersion, validateModel, type CorpusModel, type SiteModel} from './model.js'
import {addPage, addSite, createTable, writeSite, type SiteTable, type TableShape} from './table.js'
import {typeName} from '../type-name.js'

/** One page of a corpus. */
export interface CorpusDocument {
  /** The page's text, as scraped (one line per line of text). */
  readonly text: string
  /** Explicit site key; wins over `url`. */
  readonly site?: string | null | undefined
  /** The page's URL: its host name, without `www.`, is the site. */
  readonly url?: string | null | undefined
}

/** Options for `learn` and `createLearner`. */
export interface LearnOptions {
  /**
   * Distinct lines a site may have before its counts move from an exact
   * table to a count-min sketch (default: `50000`).
   */
  readonly capacity?: number | null | undefined
  /** Counters per sketch row (default: `65536`). */
  readonly width?: number | null | undefined
  /** Sketch rows (default: `4`). */
  readonly depth?: number | null | undefined
}

/** A streaming learner: add pages (or models) one at a time, then take the model. */
export interface Learner {
  /**
   * Count one page.
   *
   * @param document
   *   The page, with its site or URL.
   * @returns
   *   The site key the page was counted under.
   */
  add(document: CorpusDocument): string
  /**
   * Add the counts of a model of the same shape (a merge).
   *
   * @param model
   *   A model made by `learn`, `merge` or another learner.
   * @returns
   *   Nothing.
   */
  addModel(model: CorpusModel): undefined
  /**
   * The model of everything added so far (a fresh JSON-ready object).
   *
   * @returns
   *   The model.
   */
  model(): CorpusModel
  /** Pages added (by `add`, or inside models given to `addModel`). */
  readonly pages: number
  /** Lines read by `add`, blank ones included. */
  readonly lines: number
}

/** Default shape of a model. */
export const defaultLearnOptions: Readonly<Required<{[Key in keyof LearnOptions]: number}>> = {
  capacity: 50_000,
  width: 65_536,
  depth: 4
}

/** Largest allowed `depth`: more rows cost time and barely help. */
const maxDepth = 16

/** Line endings: the same three the text parser splits on. */
const lineEnding = /\r\n|[\n\r]/

/**
 * Create a streaming learner, so a corpus never has to be in memory at once.
 *
 * @param options
 *   Model shape (optional).
 * @returns
 *   A learner.
 * @example
 *   const learner = createLearner()
 *   learner.add({url: 'https://example.com/a', text: 'Menu\nFirst story.'})
 *   learner.add({url: 'https://example.com/b', text: 'Menu\nSecond story.'})
 *   learner.model().sites['example.com'].pages //=> 2
 */
export function createLearner(options?: LearnOptions | null): Learner {
  const state = createState(readShape(options))
  return {
    add(document) {
      return addDocument(state, document, 'document')
    },
    addModel(model) {
      addModel(state, model)
    },
    model() {
      return writeModel(state)
    },
    get pages() {
      return state.pages
    },
    get lines() {
      return state.lines
    }
  }
}

/**
 * Learn a model from a collection of pages: for every site, on how many of its
 * pages each line occurs. The result depends only on the pages, not on their
 * order.
 *
 * @param documents
 *   Pages, each with `text` and a `site` or `url`.
 * @param options
 *   Model shape (optional).
 * @returns
 *   The model, plain JSON.
 * @example
 *   learn([
 *     {url: 'https://example.com/a', text: 'Menu\nFirst story.'},
 *     {url: 'https://example.com/b', text: 'Menu\nSecond story.'}
 *   ]).sites['example.com'].pages
 *   //=> 2
 */
export function learn(documents: Iterable<CorpusDocument>, options?: LearnOptions | null): CorpusModel {
  if (typeof documents !== 'object' || documents === null || !(Symbol.iterator in documents)) {
    throw new TypeError('Expected `documents` to be an iterable of pages, got `' + typeName(documents) + '`')
  }
  const state = createState(readShape(options))
  let index = 0
  for (const document of documents) {
    addDocument(state, document, 'documents[' + index + ']')
    index++
  }
  return writeModel(state)
}

/**
 * Merge two models of the same shape: counts and pages add up, site by site.
 * Below `capacity`, `merge(learn(a), learn(b))` equals `learn([...a, ...b])`
 * exactly; above it, the sketches add up counter by counter, which also equals
 * learning on everything at once.
 *
 * @param a
 *   A model.
 * @param b
 *   Another model with the same `capacity`, `width` and `depth`.
 * @returns
 *   The merged model (a fresh object).
 * @example
 *   merge(learn(firstHalf), learn(secondHalf)) // deep-equals learn(all)
 */
export function merge(a: CorpusModel, b: CorpusModel): CorpusModel {
  validateModel(a, 'a')
  validateModel(b, 'b')
  if (a.capacity !== b.capacity || a.width !== b.width || a.depth !== b.depth) {
    throw new TypeError('Expected `b` to have the same `capacity`, `width` and `depth` as `a`')
  }
  const state = createState({capacity: a.capacity, width: a.width, depth: a.depth})
  addModel(state, a)
  addModel(state, b)
  return writeModel(state)
}

/** What a learner holds: the model shape and one table per site. */
interface LearnState {
  /** Size limits. */
  readonly shape: TableShape
  /** Tables by site key. */
  readonly tables: Map<string, SiteTable>
  /** Pages counted. */
  pages: number
  /** Lines read. */
  lines: number
}

/**
 * Create an empty learner state.
 *
 * @param shape
 *   Size limits.
 * @returns
 *   The state.
 */
function createState(shape: TableShape): LearnState {
  return {shape, tables: new Map(), pages: 0, lines: 0}
}

/**
 * Count one page: each distinct template key of its lines once.
 *
 * @param state
 *   The learner state.
 * @param document
 *   The page (checked here).
 * @param name
 *   Its name in messages.
 * @returns
 *   The site key.
 */
function addDocument(state: LearnState, document: unknown, name: string): string {
  const {site, text} = readDocument(document, name)
  const hashes = new Set<string>()
  const lines = text.split(lineEnding)
  for (const line of lines) {
    const hash = hashLine(line)
    if (hash !== undefined) hashes.add(hash)
  }
  addPage(tableOf(state, site), hashes, state.shape)
  state.lines += lines.length
  state.pages++
  return site
}

/**
 * Add the counts of a model of the same shape.
 *
 * @param state
 *   The learner state.
 * @param model
 *   The model (checked here).
 * @returns
 *   Nothing.
 */
function addModel(state: LearnState, model: unknown): undefined {
  validateModel(model, 'model')
  const {shape} = state
  if (model.capacity !== shape.capacity || model.width !== shape.width || model.depth !== shape.depth) {
    throw new TypeError(
      'Expected `model` to have the capacity, width and depth of the learner (' + shape.capacity + ', ' +
        shape.width + ', ' + shape.depth + '), got ' + model.capacity + ', ' + model.width + ', ' + model.depth
    )
  }
  for (const [site, entry] of Object.entries(model.sites)) {
    addSite(tableOf(state, site), entry, shape)
    state.pages += entry.pages
  }
}

/**
 * Write the state as a model, sites sorted by key.
 *
 * @param state
 *   The learner state.
 * @returns
 *   The model.
 */
function writeModel(state: LearnState): CorpusModel {
  const sites: Array<[string, SiteModel]> = [...state.tables.keys()]
    .sort()
    .map((site) => [site, writeSite(state.tables.get(site) ?? createTable())])
  return {version: modelVersion, ...state.shape, sites: Object.fromEntries(sites)}
}

/**
 * The table of a site, created on first use.
 *
 * @param state
 *   The learner state.
 * @param site
 *   Site key.
 * @returns
 *   Its table.
 */
function tableOf(state: LearnState, site: string): SiteTable {
  let table = state.tables.get(site)
  if (!table) {
    table = createTable()
    state.tables.set(site, table)
  }
  return table
}

/**
 * Check the options and fill in defaults.
 *
 * @param options
 *   Learn options.
 * @returns
 *   The model shape.
 */
function readShape(options: LearnOptions | null | undefined): TableShape {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object, got `' + typeName(options) + '`')
  }
  const capacity = options?.capacity ?? defaultLearnOptions.capacity
  const width = options?.width ?? defaultLearnOptions.width
  const depth = options?.depth ?? defaultLearnOptions.depth
  checkWhole(capacity, 'options.capacity', 1, 2 ** 31)
  checkWhole(width, 'options.width', 1, 2 ** 24)
  checkWhole(depth, 'options.depth', 1, maxDepth)
  return {capacity, width, depth}
}

/**
 * Check a page and find its site.
 *
 * @param document
 *   The page.
 * @param name
 *   Its name in messages.
 * @returns
 *   Its site key and text.
 */
function readDocument(document: unknown, name: string): {site: string; text: string} {
  if (typeof document !== 'object' || document === null) {
    throw new TypeError('Expected `' + name + '` to be an object with `text`, got `' + typeName(document) + '`')
  }
  const {text, site, url} = document as Record<string, unknown>
  if (typeof text !== 'string') {
    throw new TypeError('Expected `' + name + '.text` to be a string, got `' + typeName(text) + '`')
  }
  const explicit = typeof site === 'string' ? siteKey(site) : undefined
  const key = explicit ?? (typeof url === 'string' ? siteKey(url) : undefined)
  if (key === undefined) {
    throw new TypeError(
      'Expected `' + name + '.site` or `' + name + '.url` to name a site, got `' +
        String(site ?? url ?? 'nothing') + '`'
    )
  }
  return {site: key, text}
}

/**
 * Throw unless a value is a whole number in a range.
 *
 * @param value
 *   The value.
 * @param name
 *   Its name in messages.
 * @param minimum
 *   Smallest allowed.
 * @param maximum
 *   Largest allowed.
 * @returns
 *   Nothing.
 */
function checkWhole(value: unknown, name: string, minimum: number, maximum: number): undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > maximum) {
    throw new TypeError(
      'Expected `' + name + '` to be a whole number from ' + minimum + ' to ' + maximum + ', got `' +
        String(value) + '`'
    )
  }
}

