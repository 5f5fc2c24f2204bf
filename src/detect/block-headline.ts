/**
 * The headline as an anchor of the main-content zone. A page's visible text
 * opens with its `<title>`: the headline and the site's name
 * (`Son of former German president stabbed to death in Berlin - Breaking
 * News - The Jerusalem Post`). The headline itself stands again further
 * down, right above the article, so:
 *
 * - teasers above it inside the densest run (`Latest Headlines` / `Police:
 *   2 In Custody … A 24-year-old woman …`) are not the article: the zone
 *   starts at the headline;
 * - a short story under its headline beats a denser run far below it (a
 *   footer of links and a long site blurb), when the story holds an article's
 *   worth of prose and chrome parts the two.
 */
import type {Zone} from './content-zone.js'
import {listUnder} from './block-lists.js'

/** Fewest characters of a headline (`Home`, `News` are labels). */
const headlineCharacters = 15

/** Fewest words of a headline. */
const headlineWords = 3

/**
 * Fewest words of a headline over a list of records (`Classificação NASCAR`
 * over a standings table): the list is evidence enough.
 */
const listHeadlineWords = 2

/**
 * Separators between a headline and a site name in a title (`Headline -
 * Site`, `Site | Headline`); a space alone goes on the headline
 * (`Spiced Honey Pear Jam Recipe`, `16-inch MacBook Pro review: …`).
 */
const separators: readonly string[] = [' - ', ' – ', ' — ', ' | ', ' :: ', ' · ', ' • ']

/** Runs of white space. */
const spacePattern = /\s+/u

/** What the anchor needs to know of the document's units. */
export interface HeadlineUnits {
  /** Trimmed text of each unit; the first is the page title. */
  readonly texts: readonly string[]
  /** Zone weight of each unit (positive for good text, negative for bad). */
  readonly weights: readonly number[]
  /** Good text of each unit after context (its size, or `0` when bad). */
  readonly goodSizes: readonly number[]
  /** Whether each unit is bad after context. */
  readonly bad: readonly boolean[]
}

/** Settings of the anchor. */
export interface HeadlineSettings {
  /** Good text the run under the headline needs to be an article. */
  readonly minimumArticle: number
  /** Bad units between that run and the zone that part them. */
  readonly detachedLines: number
}

/**
 * Where the headline stands: the first unit after the first whose text the
 * first one (the title) starts or ends with, a separator and the site's
 * name after or before it (`Headline - Site`, `Site | Headline`). A title that is the headline
 * alone gives nothing: it may be no title at all (an extractor's output
 * opens with its first paragraph).
 *
 * @param texts
 *   Trimmed text of each unit, in order; the first is the page title.
 * @param words
 *   Fewest words of the headline (default: `headlineWords`).
 * @returns
 *   Index of the headline's unit, if any.
 * @example
 *   findHeadline(['Fire in the old town - City News', 'Home', 'Fire in the old town', 'A fire broke out.']) //=> 2
 *   findHeadline(['Fire in the old town', 'Home', 'Fire in the old town']) //=> undefined
 */
export function findHeadline(texts: readonly string[], words = headlineWords): number | undefined {
  const title = texts[0] ?? ''
  for (let index = 1; index < texts.length; index++) {
    const text = texts[index] ?? ''
    if (text.length < headlineCharacters || text.length >= title.length) continue
    const prefix = title.startsWith(text) && startsWithSeparator(title, text.length)
    const suffix = title.endsWith(text) && endsWithSeparator(title, title.length - text.length)
    if ((prefix || suffix) && text.split(spacePattern).length >= words) return index
  }
  return undefined
}

/**
 * Whether a separator starts at a place in a title.
 *
 * @param title
 *   The title.
 * @param at
 *   Where the headline ends.
 * @returns
 *   Whether a separator follows.
 */
function startsWithSeparator(title: string, at: number): boolean {
  return separators.some((separator) => title.startsWith(separator, at))
}

/**
 * Whether a separator ends at a place in a title.
 *
 * @param title
 *   The title.
 * @param at
 *   Where the headline starts.
 * @returns
 *   Whether a separator comes before.
 */
function endsWithSeparator(title: string, at: number): boolean {
  return separators.some((separator) => title.endsWith(separator, at))
}

/**
 * The zone anchored on the headline.
 *
 * 1. A headline inside the zone starts it: what comes before it there is
 *    other stories' headlines and summaries.
 * 2. A headline before the zone, shown only once (a headline repeated right
 *    above the densest run is that run's own), whose best run (from the
 *    headline on, before the zone) holds `minimumArticle` of good text and
 *    is parted from the zone by `detachedLines` bad units: that run is the
 *    article, and the denser run below it is a footer or a teaser list.
 *
 * @param zone
 *   The densest run.
 * @param units
 *   The document's units.
 * @param settings
 *   Thresholds.
 * @returns
 *   The zone to use.
 */
export function anchorOnHeadline(zone: Zone, units: HeadlineUnits, settings: HeadlineSettings): Zone {
  const headline = findHeadline(units.texts)
  if (headline === undefined) return zone
  if (headline > zone.start && headline < zone.end) return {start: headline, end: zone.end}
  if (headline >= zone.start || occursAgain(units.texts, headline)) return zone
  // The best run that starts at the headline and ends before the zone.
  let sum = 0
  let best = 0
  let end = -1
  let good = 0
  let bestGood = 0
  for (let position = headline; position < zone.start; position++) {
    sum += units.weights[position] ?? 0
    good += units.goodSizes[position] ?? 0
    if (sum > best) {
      best = sum
      end = position + 1
      bestGood = good
    }
  }
  if (end === -1 || bestGood < settings.minimumArticle) return zone
  let bad = 0
  for (let position = end; position < zone.start; position++) {
    if (units.bad[position]) bad++
  }
  return bad >= settings.detachedLines ? {start: headline, end} : zone
}

/**
 * The article when it is a list: a headline before the zone, shown once,
 * with a list of records within `distance` units under it (a standings table,
 * a race calendar) and no prose of its own. The zone is then the headline,
 * what introduces the list, and the list; the denser run below is other
 * stories.
 *
 * @param zone
 *   The zone after anchoring.
 * @param texts
 *   Trimmed text of each unit; the first is the page title.
 * @param distance
 *   Most units between the headline and the list's first item.
 * @returns
 *   The list's zone, or `undefined` when the article is no list.
 * @example
 *   listUnderHeadline({start: 9, end: 12}, ['Standings 2019 - Site', 'Home', 'Standings 2019', '1 Ann Lee 50', '2 Bo Li 40', '3 Cy Ng 30', '4 Di Wu 20', '5 Ed Yu 10', 'Home', 'Other story.', 'More.', 'Text.'], 2) //=> {start: 2, end: 8}
 */
export function listUnderHeadline(zone: Zone, texts: readonly string[], distance: number): Zone | undefined {
  const headline = findHeadline(texts, listHeadlineWords)
  if (headline === undefined || headline >= zone.start || occursAgain(texts, headline)) return undefined
  const end = listUnder(texts, headline, distance)
  return end === undefined || end > zone.start ? undefined : {start: headline, end}
}

/**
 * Whether a unit's text stands again later in the document.
 *
 * @param texts
 *   Trimmed text of each unit.
 * @param index
 *   The unit.
 * @returns
 *   Whether a later unit has the same text.
 */
function occursAgain(texts: readonly string[], index: number): boolean {
  const text = texts[index]
  for (let position = index + 1; position < texts.length; position++) {
    if (texts[position] === text) return true
  }
  return false
}
