/**
 * Teaser lists: summaries cut off mid-sentence, one after another
 * (`Indian-origin man pleads guilty … Raminder Singh Rekhi, 41,...` /
 * `UN ‘regrets’ new US position … the Palestinian territories are...`).
 *
 * A page cuts a summary to a fixed length when it links to another article;
 * an author trails off (`…and then …`) now and then, but never several times
 * in a row. So a truncated line is a teaser only when another truncated line
 * stands within reach: one alone stays prose, whatever language it is in.
 * The same holds for a headline glued to its summary by the text extraction
 * (`… Won’t StandWarren Mayor Jim Fouts says …`): a link and a paragraph
 * with no space between, which an article's own lines never are twice.
 */
import {isAsciiDigit, isAsciiLower, isAsciiUpper} from '../ascii.js'
import {isWhiteSpaceCode} from './white-space.js'

/**
 * A line cut off mid-sentence: a word (or a comma) then `...` or `…` at the
 * very end, maybe after one space (`territories are...`, `the state …`).
 */
const truncatedEnd = /[\p{L}\p{N},;] ?(?:\.{3}|…)$/u

/**
 * Where a headline runs into its summary without a space, the page's link
 * and paragraph glued by the text extraction (`… Student-AthleteA 24-year-old
 * woman …`, `… Won’t StandWarren Mayor …`, `… On The Rise?Violence is …`):
 * three lower-case letters or a `?`/`!`, then a capital. Digits before a
 * capital are units and names (`4K`, `256GB`, `US10YT`), and so are
 * two-letter stems (`McKinley`, `iPad`).
 */
const gluePattern = /(?:\p{Ll}{3}|[?!])\p{Lu}/gu

/** A word that opens with a capital or a digit (`Custody`, `2`, `U-M`). */
const capitalWord = /^[\p{Lu}\p{N}]/u

/** Fewest words of a headline glued to its summary. */
const gluedHeadlineWords = 4

/** Least share of the glued headline's words that open with a capital (title case). */
const titleCaseShare = 0.75

/** Largest share of the summary's words that open with a capital (sentence case). */
const sentenceCaseShare = 0.4

/** Most characters of a headline glued to its summary: glue further in is not looked for. */
const gluedHeadlineCharacters = 150

/** Most places where a line is tried as a glued headline and summary. */
const glueTries = 3

/** Fewest characters of a summary (`Read more…` is a link label, not a teaser). */
const summaryCharacters = 40

/** Lines either side within which another truncated line makes a teaser list. */
const teaserReach = 2

/**
 * Whether a line is a summary cut off mid-sentence.
 *
 * @param text
 *   The line, trimmed.
 * @returns
 *   Whether it ends truncated and is long enough to be a summary.
 * @example
 *   isTruncatedSummary('Newly-elected Lankan president accepts the invitation. A bench headed by Justice...') //=> true
 *   isTruncatedSummary('Read more...') //=> false
 */
export function isTruncatedSummary(text: string): boolean {
  if (text.length < summaryCharacters) return false
  // Only a line ending in `.` or `…` can match: most lines skip the pattern.
  const last = text.charCodeAt(text.length - 1)
  return (last === 0x2e || last === 0x2026) && truncatedEnd.test(text)
}

/**
 * Whether a line is a headline in title case glued to a summary in sentence
 * case (`Customers Leave Without Paying $690 Bill At Troy SteakhouseA party
 * of six left …`). Camel-case names (`iPhone`, `McDonald`) are no glue: the
 * text before them is no title-case headline, or the text after is no
 * sentence.
 *
 * @param text
 *   The line, trimmed.
 * @returns
 *   Whether it is a glued headline and summary.
 * @example
 *   isGluedTeaser('Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman and a man are in custody.') //=> true
 *   isGluedTeaser('Apple unveils the new iPhone with a larger screen and a faster chip today.') //=> false
 */
export function isGluedTeaser(text: string): boolean {
  // Most lines open as sentences do (`The council voted on …`): a cheap look
  // at the first words spares them the scan for glue.
  if (text.length < summaryCharacters || !opensInTitleCase(text)) return false
  const head = text.slice(0, gluedHeadlineCharacters + 1)
  if (!mayHaveGlue(head)) return false
  // `exec` on the shared pattern, not `matchAll`, which copies the pattern.
  gluePattern.lastIndex = 0
  for (let tries = 1; tries <= glueTries; tries++) {
    const match = gluePattern.exec(head)
    if (match === null) return false
    const cut = match.index + match[0].length - 1
    if (text.length - cut < summaryCharacters) return false
    const headline = capitalShare(text, 0, cut, gluedHeadlineWords)
    if (headline >= titleCaseShare && capitalShare(text, cut, text.length, 1) < sentenceCaseShare) return true
  }
  return false
}

/**
 * Whether `gluePattern` may match a text: it has a character beyond ASCII,
 * or an ASCII capital right after a lower-case letter, `?` or `!`
 * (`AthleteA`, `Rise?Violence`); an ASCII headline without one (most
 * headlines) needs no pattern.
 *
 * @param text
 *   The opening of a line.
 * @returns
 *   Whether the pattern may match.
 */
function mayHaveGlue(text: string): boolean {
  let before = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80) return true
    if (isAsciiUpper(code) && (isAsciiLower(before) || before === 0x3f || before === 0x21)) return true
    before = code
  }
  return false
}

/**
 * Whether a text opens in title case: at least 3 of its first
 * `gluedHeadlineWords` words open with a capital or a digit.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Whether it opens as a headline does.
 */
function opensInTitleCase(text: string): boolean {
  let words = 0
  let capitals = 0
  let start = 0
  while (words < gluedHeadlineWords) {
    const end = text.indexOf(' ', start)
    if (end === -1) return false
    if (end > start) {
      words++
      if (opensWithCapital(text, start)) capitals++
    }
    start = end + 1
  }
  return capitals >= gluedHeadlineWords - 1
}

/**
 * Whether the character at a place is a capital or a digit; ASCII is read
 * from its code, the rest by pattern.
 *
 * @param text
 *   The text.
 * @param at
 *   The place.
 * @returns
 *   Whether it is a capital or a digit.
 */
function opensWithCapital(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 128) return isAsciiUpper(code) || isAsciiDigit(code)
  return capitalWord.test(text.slice(at, at + 2))
}

/**
 * Share of the words of a stretch of a text that open with a capital or a
 * digit.
 *
 * @param text
 *   The text.
 * @param start
 *   Where the stretch starts.
 * @param end
 *   Where it ends (exclusive).
 * @param minimumWords
 *   Fewest words; with fewer the share is `0`.
 * @returns
 *   The share.
 */
function capitalShare(text: string, start: number, end: number, minimumWords: number): number {
  // The words of `text.slice(start, end).trim().split(/\s+/u)`, counted in
  // one scan without the list: the runs of non-space (or one empty word for
  // a blank stretch).
  let words = 0
  let capitals = 0
  let atStart = true
  for (let index = start; index < end; index++) {
    if (isWhiteSpaceCode(text.charCodeAt(index))) {
      atStart = true
    } else if (atStart) {
      atStart = false
      words++
      if (opensWithCapital(text, index)) capitals++
    }
  }
  if (Math.max(words, 1) < minimumWords) return 0
  return words === 0 ? 0 : capitals / words
}

/**
 * Mark the lines of teaser lists: truncated summaries (or headlines glued to
 * their summaries) with another one within `teaserReach` lines.
 *
 * @param lines
 *   The document's lines (or paragraphs), trimmed, in order.
 * @returns
 *   One flag per line: whether it is a teaser.
 * @example
 *   findTeasers(['A long summary of one story that stops in the...', 'Title', 'Another long summary that is cut off here…'])
 *   //=> [true, false, true]
 */
export function findTeasers(lines: readonly string[]): boolean[] {
  const truncated = lines.map((line) => isTruncatedSummary(line) || isGluedTeaser(line))
  const teasers: boolean[] = new Array<boolean>(lines.length).fill(false)
  let previous = Number.NEGATIVE_INFINITY
  for (let index = 0; index < lines.length; index++) {
    if (!truncated[index]) continue
    if (index - previous <= teaserReach) {
      teasers[index] = true
      teasers[previous] = true
    }
    previous = index
  }
  return teasers
}

/** What the teaser-card scan needs to know of a unit. */
export interface CardUnit {
  /** Whether it looks like a heading (a few words, no final punctuation). */
  readonly heading: boolean
  /** Whether it is a paragraph of prose (good after context, not short). */
  readonly paragraph: boolean
  /** Whether it is a date or a byline (another rule's `metadata` or `byline` finding). */
  readonly dated: boolean
}

/** Fewest dated cards in a row that make a teaser list. */
const minimumCards = 3

/** Fewest lines (the heading among them) before the summary of an undated card. */
const undatedLines = 3

/** Most lines (a byline, a date) between a card's heading and its summary. */
const cardGap = 3

/**
 * Where runs of teaser cards start: a heading, a byline or a date, one
 * paragraph, and again, `minimumCards` times or more in a row
 * (`Carlos Ghosn and the dark side of Japanese justice` / `Anthony Ghosn` /
 * `Wednesday November 20, 2019` / `Our family always celebrates …`). An
 * article's sections carry no date of their own; a live blog's entries do,
 * but they are most of their article (the caller weighs that).
 *
 * Asked for `undated` cards, a card is a heading and at least
 * `undatedLines - 1` more short lines (a kicker, a headline, a source line:
 * `REINDEER GAMES` / `'Why Don't You Go Fight For The Reindeer?'` /
 * `1 digg delacortereview.org Long Reads World`), then a paragraph that
 * stands alone: an article's section has one heading and one or more
 * paragraphs.
 *
 * @param units
 *   The document's units, in order.
 * @param undated
 *   Whether to find cards without a date (default: `false`).
 * @returns
 *   Index of the heading that starts each run, in order.
 * @example
 *   const h = {heading: true, paragraph: false, dated: false}
 *   const d = {heading: false, paragraph: false, dated: true}
 *   const p = {heading: false, paragraph: true, dated: false}
 *   findCardRuns([p, h, d, p, h, d, p, h, d, p]) //=> [1]
 */
export function findCardRuns(units: readonly CardUnit[], undated = false): number[] {
  const starts: number[] = []
  let index = 0
  while (index < units.length) {
    if (!units[index]?.heading) {
      index++
      continue
    }
    const start = index
    let cards = 0
    let cursor = index
    while (units[cursor]?.heading) {
      const paragraph = undated ? loneParagraph(units, cursor + 1) : datedParagraph(units, cursor + 1)
      if (paragraph === undefined) break
      cards++
      cursor = paragraph + 1
    }
    if (cards >= minimumCards) starts.push(start)
    index = Math.max(cursor, start + 1)
  }
  return starts
}

/**
 * The summary of a card whose heading comes right before `from`: after at
 * most `cardGap` lines, one of them a date or a byline (a byline looks like a
 * heading too: `Madeline Fry`).
 *
 * @param units
 *   The units.
 * @param from
 *   The unit after the heading.
 * @returns
 *   Index of the summary, if the card is dated and has one.
 */
function datedParagraph(units: readonly CardUnit[], from: number): number | undefined {
  let dated = false
  for (let cursor = from; cursor <= from + cardGap && cursor < units.length; cursor++) {
    const unit = units[cursor]
    if (unit?.paragraph) return dated ? cursor : undefined
    if (unit?.dated) dated = true
  }
  return undefined
}

/**
 * The summary of an undated card whose heading comes right before `from`:
 * after `undatedLines - 1` to `cardGap` short lines, a paragraph with no
 * paragraph after it.
 *
 * @param units
 *   The units.
 * @param from
 *   The unit after the heading.
 * @returns
 *   Index of the summary, if the card has one.
 */
function loneParagraph(units: readonly CardUnit[], from: number): number | undefined {
  for (let cursor = from; cursor <= from + cardGap && cursor < units.length; cursor++) {
    if (!units[cursor]?.paragraph) continue
    const alone = !units[cursor + 1]?.paragraph
    return cursor - from + 1 >= undatedLines && alone ? cursor : undefined
  }
  return undefined
}
