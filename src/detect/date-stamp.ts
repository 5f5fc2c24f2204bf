/**
 * Detector for date stamps: dates and timestamps standing alone on a line
 * (`Sun. Mar 3rd, 2024`, `Publication: 05.01.2024 - 16:24`, `Updated 3 hours
 * ago`, `Publié le 5 janvier 2024 à 16h24`, `12 Mart 2024`, `5 января 2024`,
 * `2024-01-05T16:24:00Z`).
 *
 * Every word of the line must be a date word, a number or a label, so a
 * sentence that holds a date, or a heading like `2024 in review`, stays.
 */
import {agoWords, clockWords, dateLabels, dayWords, months, timeUnits, weekdays} from '../lexicon/date.js'
import type {Rule} from '../rule.js'
import {firstCjkCode} from './language.js'
import {lexiconSet} from './lexicon-set.js'
import {createLineRule, type LineContext, type LineFinding} from './line-rule.js'

/** Longest date stamp, in words (`Published Tue, Nov 19 2019 7:05 AM EST Updated Tue, Nov 19 2019 7:16 AM EST`). */
const maxWords = 20

/**
 * What a word of a date stamp is; `date` and `time` are a whole CJK date or
 * clock time in one word (`2024年5月12日`, `8時30分`, `8시`).
 */
type Part = 'month' | 'weekday' | 'unit' | 'ago' | 'day' | 'label' | 'number' | 'ordinal' | 'clock' | 'date' | 'time'

/** Every date word and what it is; the first list that has a word wins. */
const parts = new Map<string, Part>()
for (const [part, words] of [
  ['month', lexiconSet(months)],
  ['weekday', lexiconSet(weekdays)],
  ['day', lexiconSet(dayWords)],
  ['unit', lexiconSet(timeUnits)],
  ['ago', lexiconSet(agoWords)],
  ['label', lexiconSet(dateLabels)],
  ['clock', new Set(clockWords)]
] as const) {
  for (const word of words) if (!parts.has(word)) parts.set(word, part)
}

/** A digit anywhere in a folded line. */
const digit = /\d/

/** A number of one to four digits, as a folded word. */
const number = /^\d{1,4}$/

/** An ordinal day (`3rd`, `1er`, `5e`, `3º`) or a fused clock word (`16h24`, `05t16`, `00z`, `4pm`). */
const fusedNumber = /^\d{1,2}(?:st|nd|rd|th|er|e|ème|º|ª|h\d{0,2}|t\d{1,2}|z|am|pm)$/u

/** A Chinese or Japanese date with its day, in one folded word: `2024年5月12日`, `5月12日`. */
const cjkDate = /^(?:\d{1,4}年)?\d{1,2}月\d{1,2}日$/u

/** A Chinese or Japanese clock time in one folded word: `8時30分`, `8点30分`, `14时`. */
const cjkClock = /^\d{1,2}[時时点點](?:\d{1,2}分)?$/u

/** A Korean date or clock part, spaced as Korean is: `2024년`, `5월`, `12일`, `8시`, `30분`; captures the unit. */
const koreanPart = /^\d{1,4}(년|월|일|시|분)$/u

/** What each Korean unit makes of its number: a year, a month, a day, a clock time. */
const koreanUnits: Readonly<Record<string, Part>> = {년: 'number', 월: 'month', 일: 'ordinal', 시: 'time', 분: 'time'}

/** A numeric date in the raw line: `05.01.2024`, `2024-01-05`, `1/5/24`. */
const numericDate = /(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})/

/** A clock time in the raw line: `16:24`, `16h24`. */
const clockTime = /\d{1,2}[:h]\d{2}/

/**
 * Judge a line: a date stamp when all its words are date words, numbers or
 * labels, and it holds a month with a day, a numeric date, a relative time
 * (`3 hours ago`), or a clock time with a label or `today`.
 *
 * @param line
 *   The line.
 * @returns
 *   A finding, or `undefined` for content.
 */
function judgeDateStamp(line: LineContext): LineFinding | undefined {
  const confidence = dateStampConfidence(line.text, line.normalized, line.wordCount)
  return confidence === undefined ? undefined : {reason: 'Unexpected date stamp `' + line.text + '`, expected content', confidence}
}

/**
 * How sure it is that a text is a date stamp (see `judgeDateStamp`); also read
 * by `byline` for a line of a byline and a date.
 *
 * @param text
 *   The trimmed text.
 * @param normalized
 *   `normalizeLine(text)`.
 * @param wordCount
 *   `countWords(normalized)`.
 * @returns
 *   A confidence, or `undefined` when it is not one.
 * @example
 *   dateStampConfidence('Updated 3 hours ago', 'updated 3 hours ago', 4) //=> 0.9
 */
export function dateStampConfidence(text: string, normalized: string, wordCount: number): number | undefined {
  if (wordCount === 0 || wordCount > maxWords) return undefined
  // Every stamp found below holds a number (a day, a year, a clock time, an
  // amount of time ago), and most short lines hold none: skip them early.
  if (!digit.test(normalized)) return undefined

  const counts = {month: 0, weekday: 0, unit: 0, ago: 0, day: 0, label: 0, number: 0, ordinal: 0, clock: 0, date: 0, time: 0}
  let hasDayNumber = false
  // Word by word without splitting the line: most lines fail on an early word.
  for (let start = 0, end = 0; start < normalized.length; start = end + 1) {
    end = normalized.indexOf(' ', start)
    if (end === -1) end = normalized.length
    const word = normalized.slice(start, end)
    const part = classify(word)
    if (part === undefined) return undefined
    counts[part]++
    if ((part === 'number' && Number(word) <= 31) || part === 'ordinal') hasDayNumber = true
  }

  if (counts.date > 0 || (counts.month > 0 && hasDayNumber)) return 0.9
  if (isNumericDate(text)) return 0.9
  if (counts.unit > 0 && counts.ago > 0 && counts.number > 0) return 0.9
  const hasTime = counts.time > 0 || clockTime.test(text)
  if (hasTime && (counts.label > 0 || counts.day > 0 || counts.weekday > 0)) return 0.85
  // `March 2024`, `16:24` alone: likely a stamp, but could head a section.
  if (counts.month > 0 && counts.number > 0) return 0.7
  if (hasTime && counts.number === 2 && wordCount === 2) return 0.7
  return undefined
}

/**
 * Whether a folded word may stand in a date stamp (`may`, `5`, `2024年5月12日`,
 * `updated`); `byline` reads it to find where a date ends in a longer line.
 *
 * @param word
 *   A folded word.
 * @returns
 *   Whether it may.
 */
export function isDateStampWord(word: string): boolean {
  return classify(word) !== undefined
}

/**
 * What a folded word of a date stamp is.
 *
 * @param word
 *   A folded word.
 * @returns
 *   Its part, or `undefined` when it has no place in a date stamp.
 */
function classify(word: string): Part | undefined {
  if (number.test(word)) return 'number'
  if (fusedNumber.test(word)) return 'ordinal'
  const part = parts.get(word)
  // The CJK forms end in a CJK unit (`日`, `分`, `일`): most words do not.
  if (part !== undefined || word.charCodeAt(word.length - 1) < firstCjkCode) return part
  if (cjkDate.test(word)) return 'date'
  if (cjkClock.test(word)) return 'time'
  const unit = koreanPart.exec(word)?.[1]
  return unit === undefined ? undefined : koreanUnits[unit]
}

/**
 * Whether a raw line holds a plausible numeric date: a four-digit year and
 * two parts that fit a day and a month (`05.01.2024`, `2024-01-05`).
 *
 * @param text
 *   The raw line.
 * @returns
 *   Whether it does.
 */
function isNumericDate(text: string): boolean {
  const match = numericDate.exec(text)
  if (!match) return false
  const [first = '', middle = '', last = ''] = match.slice(1)
  const small = first.length === 4 ? [Number(middle), Number(last)] : [Number(first), Number(middle)]
  const year = first.length === 4 ? first : last
  if (year.length !== 4 && year.length !== 2) return false
  const [a = 0, b = 0] = small
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)
}

/**
 * Unified plugin that marks stand-alone dates and timestamps as noise.
 */
const decruftDateStamp = createLineRule({
  ruleId: 'date-stamp',
  kind: 'metadata',
  confidence: 0.9,
  maxLength: 160,
  judge: judgeDateStamp
})

export default decruftDateStamp

/** The rule record. */
export const dateStamp: Rule = {
  id: 'date-stamp',
  kind: 'metadata',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'tr', 'zh'],
  description:
    'Dates and timestamps standing alone (`Sun. Mar 3rd, 2024`, `Publication: 05.01.2024 - 16:24`, ' +
    '`Updated 3 hours ago`); sentences that hold a date and headings like `2024 in review` stay.',
  examples: {
    catch: [
      'Sun. Mar 3rd, 2024',
      'Publication: 05.01.2024 - 16:24',
      'Updated 3 hours ago',
      'Published on January 5, 2024 at 4:24 pm GMT',
      'Updated 11:21 pm CST, Tuesday, January 5, 2024',
      'Updated 1909 GMT (0309 HKT) January 5, 2024',
      'Published Tue, Nov 19 2019 7:05 AM EST Updated Tue, Nov 19 2019 7:16 AM EST',
      '2024-01-05T16:24:00Z',
      'Publié le 5 janvier 2024 à 16h24',
      'Veröffentlicht am 05.01.2024',
      'vor 3 Stunden',
      'Publicado el 5 de enero de 2024',
      'Atualizado em 05/01/2024 às 16:24',
      'Pubblicato il 5 gennaio 2024 alle ore 16:24',
      'Gepubliceerd op 5 januari 2024',
      '12 Mart 2024',
      '5 января 2024',
      '2024年5月12日 8時30分',
      '发布时间：2024-05-12 08:30',
      '입력 2024.05.12 08:30',
      '2024년 5월 12일 오후 3시',
      'January 2024'
    ],
    keep: [
      '2024 in review',
      'The meeting took place on 5 March 2024 in Baghdad.',
      'Since October 7, U.S. and coalition forces in Iraq have faced regular attacks.',
      'May',
      'Le 5 janvier, le gouvernement a annoncé un comité.',
      'Am Montag tagte der Ausschuss.',
      '3 – 1',
      'Call 555-12-34 for tickets.',
      'The storm reached the coast at 4:24 pm CST on January 5, 2024, officials said.',
      '2024年是重要的一年。',
      '5月12日に開通する。'
    ]
  },
  plugin: decruftDateStamp
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {number, fusedNumber, numericDate, clockTime}
