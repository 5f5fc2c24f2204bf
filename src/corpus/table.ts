/**
 * The counting table of one site while a model is learned or merged: exact
 * counts in a `Map` up to `capacity` distinct lines, then a count-min sketch.
 *
 * Every operation is a sum of counts, so the final table depends only on the
 * multiset of pages added, never on their order: the sketch is linear, and a
 * site moves to it exactly when its number of distinct lines exceeds
 * `capacity`, which the order of pages does not change.
 */
import {compactLanes, compactToHex, hexToCompact} from './hash.js'
import {isExactSite, type SiteModel} from './model.js'

/** Size limits shared by every table of a model. */
export interface TableShape {
  /** Distinct lines counted exactly before the table moves to a sketch. */
  readonly capacity: number
  /** Counters per sketch row. */
  readonly width: number
  /** Sketch rows. */
  readonly depth: number
}

/** The mutable counts of one site. */
export interface SiteTable {
  /** Pages seen. */
  pages: number
  /** Exact counts by compact line hash, until the site overflows `capacity`. */
  lines: Map<string, number> | undefined
  /** Count-min sketch (`depth` rows of `width`), once it has overflowed. */
  sketch: Uint32Array | undefined
}

/**
 * Create an empty table.
 *
 * @returns
 *   A table with no pages and exact (empty) counts.
 */
export function createTable(): SiteTable {
  return {pages: 0, lines: new Map(), sketch: undefined}
}

/**
 * Count one page: every distinct line hash of the page once.
 *
 * @param table
 *   The site's table.
 * @param hashes
 *   The page's distinct compact line hashes.
 * @param shape
 *   Size limits.
 * @returns
 *   Nothing.
 */
export function addPage(table: SiteTable, hashes: ReadonlySet<string>, shape: TableShape): undefined {
  table.pages++
  for (const hash of hashes) addCount(table, hash, 1, shape)
}

/**
 * Add a site of a model (a partial count) to a table.
 *
 * @param table
 *   The site's table.
 * @param site
 *   The same site in another model of the same shape.
 * @param shape
 *   Size limits.
 * @returns
 *   Nothing.
 */
export function addSite(table: SiteTable, site: SiteModel, shape: TableShape): undefined {
  table.pages += site.pages
  if (isExactSite(site)) {
    for (const [hash, count] of Object.entries(site.lines)) addCount(table, hexToCompact(hash), count, shape)
    return
  }
  const sketch = toSketch(table, shape)
  for (let index = 0; index < sketch.length; index++) {
    sketch[index] = (sketch[index] ?? 0) + (site.sketch[index] ?? 0)
  }
}

/**
 * Write a table as a site of a model, lines sorted by hash so the JSON does
 * not depend on the order lines were first seen in.
 *
 * @param table
 *   The table.
 * @returns
 *   The site model (a fresh object).
 */
export function writeSite(table: SiteTable): SiteModel {
  if (table.sketch) return {pages: table.pages, sketch: Array.from(table.sketch)}
  const lines: Record<string, number> = {}
  // Compact hashes sort in the same order as their hex form (both big-endian).
  for (const hash of [...(table.lines ?? new Map<string, number>()).keys()].sort()) {
    lines[compactToHex(hash)] = table.lines?.get(hash) ?? 0
  }
  return {pages: table.pages, lines}
}

/**
 * Estimate how many pages a line occurs on from a count-min sketch: the
 * smallest of its `depth` counters, never below the true count.
 *
 * @param sketch
 *   The counters.
 * @param hash
 *   The compact line hash (`hashCompact`).
 * @param shape
 *   Size limits (`width`, `depth`).
 * @returns
 *   The estimate.
 */
export function sketchCount(sketch: ArrayLike<number>, hash: string, shape: TableShape): number {
  const [high, low] = compactLanes(hash)
  let smallest = Number.POSITIVE_INFINITY
  for (let row = 0; row < shape.depth; row++) {
    const count = sketch[sketchIndex(high, low, row, shape.width)] ?? 0
    if (count < smallest) smallest = count
  }
  return smallest === Number.POSITIVE_INFINITY ? 0 : smallest
}

/**
 * Add `count` pages to one line of a table, moving the table to a sketch
 * when it passes `capacity` distinct lines.
 *
 * @param table
 *   The table.
 * @param hash
 *   The compact line hash (`hashCompact`).
 * @param count
 *   Pages to add.
 * @param shape
 *   Size limits.
 * @returns
 *   Nothing.
 */
function addCount(table: SiteTable, hash: string, count: number, shape: TableShape): undefined {
  const lines = table.lines
  if (lines) {
    lines.set(hash, (lines.get(hash) ?? 0) + count)
    if (lines.size > shape.capacity) toSketch(table, shape)
    return
  }
  if (table.sketch) addToSketch(table.sketch, hash, count, shape)
}

/**
 * Move a table's exact counts into a new sketch (once), and return the sketch.
 *
 * @param table
 *   The table.
 * @param shape
 *   Size limits.
 * @returns
 *   The table's sketch.
 */
function toSketch(table: SiteTable, shape: TableShape): Uint32Array {
  if (table.sketch) return table.sketch
  const sketch = new Uint32Array(shape.width * shape.depth)
  for (const [hash, count] of table.lines ?? []) addToSketch(sketch, hash, count, shape)
  table.sketch = sketch
  table.lines = undefined
  return sketch
}

/**
 * Add a count to the `depth` counters of a line in a sketch.
 *
 * @param sketch
 *   The counters.
 * @param hash
 *   The compact line hash (`hashCompact`).
 * @param count
 *   Pages to add.
 * @param shape
 *   Size limits.
 * @returns
 *   Nothing.
 */
function addToSketch(sketch: Uint32Array, hash: string, count: number, shape: TableShape): undefined {
  const [high, low] = compactLanes(hash)
  for (let row = 0; row < shape.depth; row++) {
    const index = sketchIndex(high, low, row, shape.width)
    sketch[index] = (sketch[index] ?? 0) + count
  }
}

/**
 * The counter of a line in one sketch row: double hashing over the two lanes
 * of the line hash (Kirsch and Mitzenmacher, "Less hashing, same performance").
 *
 * @param high
 *   First lane of the hash.
 * @param low
 *   Second lane of the hash.
 * @param row
 *   Row number.
 * @param width
 *   Counters per row.
 * @returns
 *   Index into the flat counter array.
 */
function sketchIndex(high: number, low: number, row: number, width: number): number {
  // `| 1` keeps the step odd, so rows never all land on the same column.
  return row * width + (((high + Math.imul(row, low | 1)) >>> 0) % width)
}
