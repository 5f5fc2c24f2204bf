/**
 * Processors cached by the option values that shape them.
 *
 * Building a processor costs about a millisecond, as much as cleaning a small
 * page. Callers often pass a fresh options object on every call (an inline
 * literal, or `{...options, site}` per record), so the cache is keyed by the
 * values of the fields, not by the object: objects (rules, plugins, a model)
 * by identity in a `WeakMap`, so a caller's throwaway objects can be collected,
 * and primitives in a `Map`.
 */
import {createProcessor, type DecruftProcessor, type ProcessorOptions} from './processor.js'

/**
 * The fields of `ProcessorOptions` that shape a processor, in a fixed order.
 * `site` is left out on purpose: it is per document, read from the file
 * (`file.data.decruftSite`); `messages` is always off here.
 */
const shapingFields = ['format', 'preset', 'threshold', 'rules', 'plugins', 'model'] as const satisfies ReadonlyArray<
  keyof ProcessorOptions
>

/** One level of the cache: the next field's values, and at the end a processor. */
interface CacheLevel {
  readonly objects: WeakMap<object, CacheLevel>
  readonly primitives: Map<unknown, CacheLevel>
  processor?: DecruftProcessor
}

const root = createLevel()

/**
 * A processor for these options, built once per distinct set of shaping
 * values, without vfile messages and without a fixed `site`.
 *
 * @param options
 *   Configuration, with `format` resolved to `text` or `html`.
 * @returns
 *   A processor.
 * @example
 *   cachedProcessor({format: 'text'}) === cachedProcessor({format: 'text'}) //=> true
 */
export function cachedProcessor(options: ProcessorOptions & {readonly format: 'text' | 'html'}): DecruftProcessor {
  let level = root
  for (const field of shapingFields) {
    level = childLevel(level, options[field] ?? undefined)
  }
  level.processor ??= createProcessor({...options, site: undefined, messages: false})
  return level.processor
}

/**
 * The level below `level` for one field's value, made on first use.
 *
 * @param level
 *   The current level.
 * @param value
 *   The field's value.
 * @returns
 *   The next level.
 */
function childLevel(level: CacheLevel, value: unknown): CacheLevel {
  const isObject = (typeof value === 'object' && value !== null) || typeof value === 'function'
  let next = isObject ? level.objects.get(value as object) : level.primitives.get(value)
  if (!next) {
    next = createLevel()
    if (isObject) level.objects.set(value as object, next)
    else level.primitives.set(value, next)
  }
  return next
}

/**
 * An empty cache level.
 *
 * @returns
 *   The level.
 */
function createLevel(): CacheLevel {
  return {objects: new WeakMap(), primitives: new Map()}
}
