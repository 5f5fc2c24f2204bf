/**
 * Detector for photo captions glued inside a paragraph's line: an extractor
 * runs a caption and its credit into the text around it
 * (`…widespread.  China has warned it will act (Image: GETTY )  The protests
 * kicked off…`). The caption, from the element boundary before it (two
 * spaces, a capital glued to a sentence end, the line start) to its credit,
 * is cut off by an edit, and the paragraph stays. A line that is only a
 * caption is left to `photo-caption`.
 */
import type {Replacement} from '../edit.js'
import {creditWords, photoLabels} from '../lexicon/caption.js'
import {normalizeLine} from '../normalize.js'
import type {Rule} from '../rule.js'
import {createCutRule} from './cut-rule.js'
import {lexiconSet} from './lexicon-set.js'

/** Shortest line looked at, in characters. */
const minLine = 120

/** Longest credit in brackets, in characters, brackets included. */
const maxCredit = 60

/** Longest label before the colon inside the brackets (`Image credit`). */
const maxLabel = 20

/** Longest caption before its credit, in characters. */
const maxCaption = 200

const labels = lexiconSet(photoLabels, creditWords)

/** What may follow a glued credit: an upper-case letter or an opening quote (`)The`, `)“If`). */
const gluedStart = /^[\p{Lu}"“‘«]/u

/** A sentence end followed by the next sentence: the caption starts after the last one. */
const sentenceBreak = /[.!?]["”’»)]?\s{1,2}\p{Lu}/u

/** One white-space character (also a non-breaking space). */
const whiteSpace = /^\s$/u

/**
 * Unified plugin that cuts photo captions glued inside a paragraph's line.
 */
const decruftGluedCaption = createCutRule({
  ruleId: 'glued-caption',
  kind: 'caption',
  confidence: 0.85,
  minLength: minLine,
  cuts: (value) => (value.includes('(') ? gluedCaptions(value) : []),
  reason: (value, [first]) =>
    'Unexpected photo caption `' + value.slice(first?.start, first?.end).trim() + '` inside a paragraph, expected content'
})

export default decruftGluedCaption

/**
 * The captions glued inside a line, as deletions.
 *
 * @param value
 *   The block's value.
 * @returns
 *   Non-overlapping deletions, left to right.
 */
function gluedCaptions(value: string): Replacement[] {
  const replacements: Replacement[] = []
  const lineStart = value.length - value.trimStart().length
  const lineEnd = value.trimEnd().length
  let from = 0
  for (let open = value.indexOf('(', from); open !== -1; open = value.indexOf('(', from)) {
    from = open + 1
    const end = creditEnd(value, open)
    if (end === undefined) continue
    const after = value.slice(end, end + 2)
    // `… the photo (Photo: AP) shows …` is prose; a caption ends an element.
    if (end < lineEnd && !(whiteSpace.test(after.charAt(0)) && whiteSpace.test(after.charAt(1))) && !gluedStart.test(after)) {
      continue
    }
    const start = captionStart(value, open, Math.max(lineStart, replacements.at(-1)?.end ?? 0))
    if (start === undefined) continue
    // A line that is only a caption is the caption rule's.
    if (start <= lineStart && end >= lineEnd) continue
    replacements.push({start, end, text: ''})
    from = end
  }
  return replacements
}

/**
 * Where a photo credit in brackets ends: `(Image: GETTY )`, `(Photo: Getty
 * Images)`, `(Image credit: NASA)`.
 *
 * @param value
 *   The line.
 * @param open
 *   Offset of the opening bracket.
 * @returns
 *   Offset just after the closing bracket, or `undefined` for no credit.
 */
function creditEnd(value: string, open: number): number | undefined {
  // Search a bounded window: `((((…` must not make the line quadratic.
  const credit = value.slice(open, open + maxCredit + 1)
  const close = credit.indexOf(')')
  if (close === -1) return undefined
  const colon = credit.indexOf(':')
  if (colon === -1 || colon > close || colon > maxLabel) return undefined
  if (credit.slice(colon + 1, close).trim() === '') return undefined
  return labels.has(normalizeLine(credit.slice(1, colon))) ? open + close + 1 : undefined
}

/**
 * Where the caption before a credit starts: after the nearest element
 * boundary (two spaces, a capital glued to a sentence end, the line start),
 * when the caption is one sentence of at most `maxCaption` characters.
 *
 * @param value
 *   The line.
 * @param open
 *   Offset of the credit's opening bracket.
 * @param floor
 *   Offset the caption may not start before (the line start, the last cut).
 * @returns
 *   Offset of the caption, or `undefined`.
 */
function captionStart(value: string, open: number, floor: number): number | undefined {
  const limit = Math.max(floor, open - maxCaption)
  let start = -1
  for (let index = open - 1; index > limit; index--) {
    const character = value.charAt(index)
    if (whiteSpace.test(character) && whiteSpace.test(value.charAt(index - 1)) && index - 1 >= limit) {
      start = index + 1
      break
    }
    // `…the law.China has warned …`: a capital glued to a sentence end.
    if ((character === '.' || character === '!' || character === '?') && gluedStart.test(value.charAt(index + 1))) {
      start = index + 1
      break
    }
  }
  if (start === -1) {
    if (limit !== floor) return undefined
    start = floor
  }
  // One sentence: `Caption text? (Photo: …)` may end in a mark, but holds no break.
  const caption = value.slice(start, open).trimEnd()
  if (caption.length === 0 || sentenceBreak.test(caption.slice(0, -1))) return undefined
  return start
}

/** The rule record. */
export const gluedCaption: Rule = {
  id: 'glued-caption',
  kind: 'caption',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'],
  description:
    'Photo captions with a credit in brackets glued inside a paragraph’s line (`…  China has warned it will act ' +
    '(Image: GETTY )  The protests…`): cut off by an edit; a line that is only a caption is left to `photo-caption`.',
  examples: {
    catch: [
      {
        context: [
          'Protesters returned to the streets on Sunday.China has warned it will act (Image: GETTY)The protests began ' +
            'in June and have grown since then, police said.'
        ],
        line: 0,
        becomes: 'Protesters returned to the streets on Sunday.The protests began in June and have grown since then, police said.'
      }
    ],
    keep: [
      'The photo (Photo: AP) shows the old bridge at dawn, the museum said, and it will hang in the main hall from May.',
      'The minister (pictured: left) spoke for an hour about the plan and the money the region would put into it.',
      'Le gouvernement a fermé la frontière jeudi.'
    ]
  },
  plugin: decruftGluedCaption
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {gluedStart, sentenceBreak, whiteSpace}
