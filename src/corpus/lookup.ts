/**
 * Reading a corpus model: on how many pages of a site a line occurs.
 */
import {hashLine} from './fold.js'
import {compactToHex} from './hash.js'
import {isExactSite, type CorpusModel, type SiteModel} from './model.js'
import {sketchCount} from './table.js'

/** How often a line occurs on a site. */
export interface LineCount {
  /** Pages of the site the line occurs on (an upper estimate when `exact` is false). */
  readonly count: number
  /** Pages of the site in the model. */
  readonly pages: number
  /** Whether `count` is exact (`false`: read from the site's sketch). */
  readonly exact: boolean
}

/**
 * The site entry of a model, if the model knows the site.
 *
 * @param model
 *   A validated model.
 * @param site
 *   A site key (see `siteKey`).
 * @returns
 *   The site's entry, or `undefined`.
 */
export function siteOf(model: CorpusModel, site: string): SiteModel | undefined {
  return Object.hasOwn(model.sites, site) ? model.sites[site] : undefined
}

/**
 * Count the pages of a site a line occurs on, after folding it like `learn`
 * does (`templateKey`).
 *
 * @param model
 *   A validated model.
 * @param entry
 *   The site's entry in it (`siteOf`).
 * @param line
 *   The line, as scraped.
 * @returns
 *   The count, or `undefined` for a line with no key (only punctuation or white space).
 * @example
 *   countLine(model, siteOf(model, 'example.com'), 'Subscribe to our newsletter')
 *   //=> {count: 37, pages: 40, exact: true}
 */
export function countLine(model: CorpusModel, entry: SiteModel, line: string): LineCount | undefined {
  const hash = hashLine(line)
  if (hash === undefined) return undefined
  if (isExactSite(entry)) {
    const hex = compactToHex(hash)
    const count = Object.hasOwn(entry.lines, hex) ? (entry.lines[hex] ?? 0) : 0
    return {count, pages: entry.pages, exact: true}
  }
  return {count: sketchCount(entry.sketch, hash, model), pages: entry.pages, exact: false}
}
