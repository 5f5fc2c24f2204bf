/**
 * The corpus model: plain JSON, versioned, with the number of distinct pages
 * of each site every (hashed) line occurs on.
 *
 * A site's counts are exact until the site has more distinct lines than
 * `capacity`; from then on they live in a count-min sketch of `depth` rows of
 * `width` counters. Both forms add up entry by entry, so models merge exactly.
 */
import {hashPattern} from './hash.js'

/** Current model format version. */
export const modelVersion = 1

/** A site whose line counts are exact. */
export interface ExactSiteModel {
  /** Number of pages of the site seen. */
  readonly pages: number
  /** Hash of a template key (16 hex characters) -> number of pages it occurs on, sorted by hash. */
  readonly lines: Readonly<Record<string, number>>
}

/** A site with more distinct lines than `capacity`: counts in a count-min sketch. */
export interface SketchSiteModel {
  /** Number of pages of the site seen. */
  readonly pages: number
  /** `depth` rows of `width` counters, row after row. */
  readonly sketch: readonly number[]
}

/** What the model knows of one site. */
export type SiteModel = ExactSiteModel | SketchSiteModel

/** A corpus model, as `learn` makes it and `JSON.stringify` writes it. */
export interface CorpusModel {
  /** Format version, `1`. */
  readonly version: 1
  /** Distinct lines a site may have before its counts move to a sketch. */
  readonly capacity: number
  /** Counters per sketch row. */
  readonly width: number
  /** Sketch rows. */
  readonly depth: number
  /** Site key -> what is known of it, sorted by site key. */
  readonly sites: Readonly<Record<string, SiteModel>>
}

/** Models already checked by `validateModel`, so a model reused per page is checked once. */
const validated = new WeakSet<object>()

/** Largest sketch a model may declare, in counters (64 Mi counters, 256 MB as `Uint32Array`). */
const maxSketchSize = 2 ** 26

/**
 * Check that a value is a corpus model of this version, and throw a
 * `TypeError` naming the offending field if not.
 *
 * @param value
 *   Anything (a parsed JSON file).
 * @param name
 *   How to call the value in messages (default: `'options.model'`).
 * @returns
 *   Nothing; narrows `value` to `CorpusModel`.
 * @example
 *   validateModel(JSON.parse(text)) // throws on a wrong shape or version
 */
export function validateModel(value: unknown, name = 'options.model'): asserts value is CorpusModel {
  if (typeof value === 'object' && value !== null && validated.has(value)) return
  if (!isRecord(value)) fail(name, 'a decruft corpus model object', value)
  if (value['version'] !== modelVersion) {
    fail(name + '.version', '`' + modelVersion + '` (a model from `learn` of this decruft)', value['version'])
  }
  const capacity = value['capacity']
  const width = value['width']
  const depth = value['depth']
  checkCount(capacity, name + '.capacity', 1)
  checkCount(width, name + '.width', 1)
  checkCount(depth, name + '.depth', 1)
  if ((width as number) * (depth as number) > maxSketchSize) {
    fail(name + '.width', 'at most ' + maxSketchSize + ' counters in all (`width` × `depth`)', width)
  }
  const sites = value['sites']
  if (!isRecord(sites)) fail(name + '.sites', 'an object of sites', sites)
  for (const [site, entry] of Object.entries(sites)) {
    validateSite(entry, name + '.sites[' + JSON.stringify(site) + ']', (width as number) * (depth as number))
  }
  validated.add(value)
}

/**
 * Whether a site model keeps exact counts.
 *
 * @param site
 *   A site model.
 * @returns
 *   `true` for exact counts, `false` for a sketch.
 */
export function isExactSite(site: SiteModel): site is ExactSiteModel {
  return 'lines' in site
}

/**
 * Check one site of a model.
 *
 * @param value
 *   The site entry.
 * @param name
 *   Its name in messages.
 * @param sketchSize
 *   `width × depth` of the model.
 * @returns
 *   Nothing.
 */
function validateSite(value: unknown, name: string, sketchSize: number): undefined {
  if (!isRecord(value)) fail(name, 'an object with `pages` and `lines` or `sketch`', value)
  const pages = value['pages']
  checkCount(pages, name + '.pages', 0)
  const lines = value['lines']
  const sketch = value['sketch']
  if ((lines === undefined) === (sketch === undefined)) {
    fail(name, 'exactly one of `lines` and `sketch`', Object.keys(value).join(', '))
  }
  if (lines !== undefined) {
    if (!isRecord(lines)) fail(name + '.lines', 'an object of hash -> page count', lines)
    for (const [hash, count] of Object.entries(lines)) {
      if (!hashPattern.test(hash)) fail(name + '.lines', 'keys of 16 hex characters', hash)
      checkCount(count, name + '.lines.' + hash, 1)
      if ((count as number) > (pages as number)) fail(name + '.lines.' + hash, 'at most `pages`', count)
    }
    return
  }
  if (!Array.isArray(sketch) || sketch.length !== sketchSize) {
    fail(name + '.sketch', 'an array of ' + sketchSize + ' counters (`width` × `depth`)', sketch)
  }
  for (const count of sketch as unknown[]) checkCount(count, name + '.sketch[]', 0)
}

/**
 * Throw unless a value is a whole number of at least `minimum`.
 *
 * @param value
 *   Anything.
 * @param name
 *   Its name in messages.
 * @param minimum
 *   Smallest allowed value.
 * @returns
 *   Nothing.
 */
function checkCount(value: unknown, name: string, minimum: number): undefined {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
    fail(name, 'a whole number of at least ' + minimum, value)
  }
}

/**
 * Whether a value is a plain object (not `null`, not an array).
 *
 * @param value
 *   Anything.
 * @returns
 *   Whether it is a record.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Throw the `TypeError` of a failed check.
 *
 * @param name
 *   The field.
 * @param expected
 *   What it should be.
 * @param actual
 *   What it is.
 * @returns
 *   Never.
 */
function fail(name: string, expected: string, actual: unknown): never {
  throw new TypeError('Expected `' + name + '` to be ' + expected + ', got `' + describe(actual) + '`')
}

/**
 * A short description of a value for an error message.
 *
 * @param value
 *   Anything.
 * @returns
 *   `null`, `array`, an object's type, or a primitive's value (cut to 40 characters).
 */
function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array of ' + value.length
  if (typeof value === 'object') return 'object'
  return String(value).slice(0, 40)
}
