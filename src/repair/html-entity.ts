/**
 * Repair HTML entities left in text: real ones (`&amp;`, `&#8217;`,
 * `&#x27;`, `&nbsp;`, any HTML name), double-escaped ones (`&amp;quot;`), and
 * broken ones whose `&` was lost (`#x27;Iran`, `nbsp;`, `amp;quot;`).
 *
 * Shape decides, so text that only looks a bit like an entity stays:
 * references need their `;` (`AT&T`, `?a=1&b=2`), names must be HTML names
 * (`R&D;` has none), numbers must be characters you can print. Without the
 * `&`, a hexadecimal number (`#x27;`) is unmistakable; a decimal one must be a
 * quote, dash or space (`#8217;`), and without a leading zero also stick to
 * the text around it, so `#1;`, `#123;` and `#metoo` stay; names come from a
 * short list (`src/lexicon/entities.ts`), and `amp;`, `apos;` and `quot;`, which
 * end or are words (`camp;`, `guapos;`, `the amp;`), need more evidence.
 */
import {decodeHTMLStrict} from 'entities/decode'
import {isAsciiLetter} from '../ascii.js'
import {ambiguousBrokenNames, brokenDecimalTargets, distinctiveBrokenNames} from '../lexicon/entities.js'
import type {Rule} from '../rule.js'
import {cp1252CodePoint} from './cp1252.js'
import {createRepairRule, repairExample, showText, type Repair} from './repair-rule.js'

/** A whole reference: `&`, up to four extra `amp;` (double escaping), then a number or a name, then `;`. */
const fullReference = /&((?:amp;){0,4})(#[xX][\da-fA-F]{1,8}|#\d{1,8}|[A-Za-z][A-Za-z\d]{1,31});/g

/** A numeric reference whose `&` was lost, maybe after lost-`&` `amp;`s: `#x27;`, `#039;`, `amp;#8217;`. */
const brokenNumeric = /((?:amp;){0,4})#(?:[xX]([\da-fA-F]{2,6})|(\d{2,7}));/g

/** Names whose `&` scrapers lose, for a look-up by the letters before a `;`. */
const brokenNames = new Set([...distinctiveBrokenNames, ...ambiguousBrokenNames])

/** Length of the longest and the shortest name in `brokenNames`. */
const longestBrokenName = Math.max(...[...brokenNames].map((name) => name.length))
const shortestBrokenName = Math.min(...[...brokenNames].map((name) => name.length))


/** A letter or a digit, any script. */
const wordCharacter = /^[\p{L}\p{N}]$/u

/** An upper-case letter or a digit: `AT amp; T`, `R amp; D`, `3 amp; 4`. */
const capitalOrDigit = /^[\p{Lu}\p{N}]$/u

/** A line break a decoded entity (`&NewLine;`) may hold. */
const lineBreak = /[\n\r]/g

/** White space, or nothing (line edge). */
const spaceOrEdge = /^\s?$/

const distinctive = new Set(distinctiveBrokenNames)
const decimalTargets = new Set(brokenDecimalTargets)

/** A candidate fix before overlaps are settled. */
interface Candidate extends Repair {
  /** Tie-breaker: the full form outranks a broken one found inside it. */
  readonly rank: number
}

/**
 * Find entities to decode in a line.
 *
 * @param value
 *   A block's value.
 * @returns
 *   Repairs, non-overlapping.
 * @example
 *   findEntityRepairs('allied to #x27;Iran')[0].text //=> "'"
 */
export function findEntityRepairs(value: string): Repair[] {
  if (!value.includes(';')) return []
  const candidates: Candidate[] = []
  findFull(value, candidates)
  findBrokenNumeric(value, candidates)
  findBrokenNamed(value, candidates)
  candidates.sort((a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end)

  const repairs: Repair[] = []
  let end = 0
  for (const candidate of candidates) {
    if (candidate.start < end) continue
    const {rank, ...repair} = candidate
    repairs.push(repair)
    end = candidate.end
  }
  return repairs
}

/**
 * Collect whole references (`&amp;`, `&#8217;`, `&amp;quot;`).
 *
 * @param value
 *   The line.
 * @param candidates
 *   Where to add fixes.
 * @returns
 *   Nothing.
 */
function findFull(value: string, candidates: Candidate[]): undefined {
  if (!value.includes('&')) return
  for (const match of value.matchAll(fullReference)) {
    const [actual, extra = '', body = ''] = match
    const start = match.index
    const decoded = decodeBody(body)
    if (decoded !== undefined) {
      const reason =
        extra === ''
          ? 'Unexpected HTML entity `' + actual + '`, expected `' + showText(decoded) + '`'
          : 'Unexpected double-escaped HTML entity `' + actual + '`, expected `' + showText(decoded) + '`'
      candidates.push({start, end: start + actual.length, text: decoded, reason, rank: 0})
    } else if (extra !== '') {
      // `&amp;foo;`: the name is no entity, but the `&amp;` before it is one.
      candidates.push({start, end: start + 5, text: '&', reason: 'Unexpected HTML entity `&amp;`, expected `&`', rank: 0})
    }
  }
}

/**
 * Collect numeric references that lost their `&` (`#x27;`, `#039;`, `#8217;`).
 *
 * @param value
 *   The line.
 * @param candidates
 *   Where to add fixes.
 * @returns
 *   Nothing.
 */
function findBrokenNumeric(value: string, candidates: Candidate[]): undefined {
  if (!value.includes('#')) return
  for (const match of value.matchAll(brokenNumeric)) {
    const [actual, extra = '', hex, decimal] = match
    const start = match.index
    const end = start + actual.length
    const before = value.charAt(start - 1)
    if (before === '&' || before === '#') continue
    // `camp;#39;` is a word and a number, not an escaped `&`.
    if (extra !== '' && wordCharacter.test(before)) continue
    const code = hex === undefined ? Number.parseInt(decimal ?? '', 10) : Number.parseInt(hex, 16)
    const decoded = decodeNumber(code)
    if (decoded === undefined) continue
    let confidence = 0.9
    if (hex === undefined) {
      if (!decimalTargets.has(code)) continue
      // `#8217;t`, `don#39;t`: glued to the text; `closes #39; next` is an issue.
      const glued = !spaceOrEdge.test(before) || !spaceOrEdge.test(value.charAt(end))
      if (!decimal?.startsWith('0') && !glued) continue
      confidence = decimal?.startsWith('0') ? 0.9 : 0.8
    }
    candidates.push({
      start,
      end,
      text: decoded,
      reason: 'Unexpected broken HTML entity `' + actual + '` (its `&` is missing), expected `' + showText(decoded) + '`',
      confidence,
      rank: 1
    })
  }
}

/**
 * Collect named references that lost their `&` (`nbsp;`, `rsquo;`,
 * `amp;quot;`), from the short list of names scrapers break.
 *
 * @param value
 *   The line.
 * @param candidates
 *   Where to add fixes.
 * @returns
 *   Nothing.
 */
function findBrokenNamed(value: string, candidates: Candidate[]): undefined {
  // An opening `quot;` seen and not yet closed, per name: it lets a closing
  // one after a letter through (`quot;yesquot;`) without `aliquot;`.
  const open = new Set<string>()
  const matches = findBrokenNames(value)
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]
    if (!match) continue
    const {name} = match
    const end = match.start + name.length + 1
    // `amp;` right before another one (`amp;quot;`) is part of that one.
    if (name === 'amp' && matches[index + 1]?.start === end) continue
    let start = match.start
    let extra = ''
    while (extra.length < 16 && start >= 4 && value.startsWith('amp;', start - 4)) {
      start -= 4
      extra += 'amp;'
    }
    const actual = value.slice(start, end)
    const before = value.charAt(start - 1)
    const after = value.charAt(end)
    if (before === '&') continue
    const afterLetter = wordCharacter.test(before)
    let accept = false
    if (extra !== '') {
      // `amp;quot;` is double escaping; `camp;quot;` is no text anyone writes
      // either, but then the evidence is too thin.
      accept = !afterLetter
    } else if (distinctive.has(name)) {
      accept = true
    } else if (name === 'amp') {
      // `amp;Jerry` glued, or `AT amp; T` between capitals; not `the amp; it`.
      accept = !afterLetter && (!spaceOrEdge.test(after) || isBetweenCapitals(value, start, end))
    } else if (afterLetter) {
      // `quot;yesquot;` closes a quote; `an aliquot; then` is a word.
      accept = open.has(name)
      if (accept) open.delete(name)
    } else {
      // `quot;Yes`, `said: quot;` … standing alone between spaces stays.
      accept = !spaceOrEdge.test(after) || !spaceOrEdge.test(before)
      if (accept && !spaceOrEdge.test(after)) open.add(name)
    }
    if (!accept) continue
    const decoded = decodeBody(name) ?? ''
    if (decoded === '') continue
    candidates.push({
      start,
      end,
      text: decoded,
      reason: 'Unexpected broken HTML entity `' + actual + '` (its `&` is missing), expected `' + showText(decoded) + '`',
      confidence: distinctive.has(name) || extra !== '' ? 0.9 : 0.8,
      rank: 1
    })
  }
}

/**
 * Find the names of `brokenNames` right before a `;`, reading at most
 * `longestBrokenName` letters back from each `;` (`donrsquo;t` has `rsquo`).
 *
 * @param value
 *   The line.
 * @returns
 *   Each name and where it starts, in order.
 */
function findBrokenNames(value: string): Array<{start: number; name: string}> {
  const found: Array<{start: number; name: string}> = []
  let semicolon = value.indexOf(';')
  while (semicolon !== -1) {
    let letters = 0
    while (letters < longestBrokenName && isAsciiLetter(value.charCodeAt(semicolon - letters - 1))) letters++
    // Longest first: `lsaquo;` before `saquo;` (no name) and the like.
    for (let length = letters; length >= shortestBrokenName; length--) {
      const name = value.slice(semicolon - length, semicolon)
      if (brokenNames.has(name)) {
        found.push({start: semicolon - length, name})
        break
      }
    }
    semicolon = value.indexOf(';', semicolon + 1)
  }
  return found
}

/**
 * Whether `amp;` at `[start, end)` stands between a word that starts with a
 * capital or digit and one that does (`Johnson amp; Johnson`, `AT amp; T`).
 *
 * @param value
 *   The line.
 * @param start
 *   Start of `amp;`.
 * @param end
 *   End of `amp;`.
 * @returns
 *   Whether both neighbouring words look like parts of a name.
 */
function isBetweenCapitals(value: string, start: number, end: number): boolean {
  if (value.charAt(start - 1) !== ' ' || value.charAt(end) !== ' ') return false
  let wordStart = start - 1
  // Walk back over one word, at most 40 characters: bounded work per match.
  while (wordStart > 0 && start - wordStart < 40 && wordCharacter.test(value.charAt(wordStart - 1))) wordStart--
  return capitalOrDigit.test(value.charAt(wordStart)) && capitalOrDigit.test(value.charAt(end + 1))
}

/**
 * Decode the body of a reference (`#x27`, `#8217`, `eacute`).
 *
 * @param body
 *   The text between `&` and `;`.
 * @returns
 *   The character(s), or `undefined` when it is no reference to a printable
 *   character.
 */
function decodeBody(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body.charAt(1) === 'x' || body.charAt(1) === 'X'
    return decodeNumber(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10))
  }
  const reference = '&' + body + ';'
  const decoded = decodeHTMLStrict(reference)
  if (decoded === reference) return undefined
  // `&NewLine;` would split the line: a block is one line, so it becomes a space.
  return decoded.replace(lineBreak, ' ')
}

/**
 * The character a numeric reference stands for, read as HTML does (0x80–0x9F
 * as Windows-1252: `&#146;` is `’`), or `undefined` for a control character,
 * a surrogate, a noncharacter or a number past U+10FFFF.
 *
 * @param code
 *   The number.
 * @returns
 *   The character, or `undefined`.
 */
function decodeNumber(code: number): string | undefined {
  if (!Number.isInteger(code)) return undefined
  if (code >= 0x80 && code <= 0x9f) {
    const mapped = cp1252CodePoint(code)
    return mapped === undefined ? undefined : String.fromCodePoint(mapped)
  }
  if (code === 0x09) return '\t'
  // `&#10;` would split the line: a block is one line, so it becomes a space.
  if (code === 0x0a || code === 0x0d) return ' '
  if (code < 0x20 || code === 0x7f || code > 0x10ffff) return undefined
  if ((code >= 0xd800 && code <= 0xdfff) || (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) {
    return undefined
  }
  return String.fromCodePoint(code)
}

/** The module's patterns, for the ReDoS test. */
export const entityPatterns: Readonly<Record<string, RegExp>> = {
  fullReference,
  brokenNumeric,
  wordCharacter,
  capitalOrDigit,
  lineBreak
}

/**
 * Unified plugin that decodes HTML entities, whole or broken.
 */
const decruftHtmlEntity = createRepairRule({ruleId: 'html-entity', confidence: 0.95, find: findEntityRepairs})

export default decruftHtmlEntity

/** The rule record. */
export const htmlEntity: Rule = {
  id: 'html-entity',
  kind: 'markup',
  stage: 'repair',
  languages: ['*'],
  description:
    'HTML entities left in text (`&amp;`, `&#8217;`, `&nbsp;`), double-escaped (`&amp;quot;`) or with their `&` lost (`#x27;`, `nbsp;`); `AT&T`, `R&D;`, `#123;`, `#metoo` and `C#` stay.',
  examples: {
    catch: [
      repairExample('allied to #x27;Iran and linked to', "allied to 'Iran and linked to"),
      repairExample('Tom &amp; Jerry', 'Tom & Jerry'),
      repairExample('It&#8217;s here &#x27;now&#x27;', "It’s here 'now'"),
      repairExample('Preis:&nbsp;5&nbsp;&euro;', 'Preis:\u00A05\u00A0€'),
      repairExample('L&apos;&eacute;t&eacute; &agrave; Paris', "L'été à Paris"),
      repairExample('He said &amp;quot;no&amp;quot;', 'He said "no"'),
      repairExample('don#8217;t and #039;quoted#039;', "don’t and 'quoted'"),
      repairExample('10nbsp;km, 2020ndash;2024hellip;', '10\u00A0km, 2020–2024…'),
      repairExample('quot;Evetquot; dedi.', '"Evet" dedi.'),
      repairExample('Johnson amp; Johnson, AT amp; T', 'Johnson & Johnson, AT & T'),
      repairExample('Price &#128;5 &#150; cheap', 'Price €5 – cheap'),
      repairExample('Ils ont dit laquo; non raquo;', 'Ils ont dit « non »')
    ],
    keep: [
      'AT&T and R&D; teams met.',
      'See https://example.com/?a=1&b=2 for details.',
      'Fixed in #123; see also #1; and #metoo.',
      'Written in C# and F#.',
      'We set up camp; then it rained.',
      'Take an aliquot; then wait.',
      'He plugged in the amp; it hummed.',
      'Son muy guapos; todos.',
      'Invalid &#0; and &#x110000; and &#xD800; stay.',
      'Background: U.S. Strike and Escalating Tensions',
      'BAGHDAD/WASHINGTON – The Iraqi government said on Friday.',
      'Q&A; Tom&Jerry; &foo;'
    ]
  },
  plugin: decruftHtmlEntity
}
