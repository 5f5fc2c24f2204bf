/**
 * Detector for the author's bio that closes an article: `Jane Doe is a
 * freelance writer based in Toronto.`, `Jeff Foust (jeff@example.com) is the
 * editor and publisher of …`, `Jeanne Dupont est journaliste à …`.
 *
 * A bio stands among a document's last 3 prose lines (and the short lines
 * after them) that no rule has called noise, not its first line (a bio
 * closes an article): a
 * name (1-4 capitalized words, maybe a bracketed address), a verb (`is`,
 * `est`, `ist`, …) and, within 6 words of it, what an author is (`writer`,
 * `editor`, `journaliste`, `Redakteur`, …). An author box run into the end of
 * the last paragraph repeats the name glued to its heading (`…on Monday.Phil
 * HelselPhil Helsel is a reporter for NBC News.`); there the bio needs only
 * the verb, and is cut off the line by an edit.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {removalPasses} from '../decide.js'
import {addEvidence, editBlock} from '../edit.js'
import {bioRoles, bioVerbs} from '../lexicon/byline.js'
import {foldBlock, normalizeLine} from '../normalize.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Root} from '../types.js'
import {lexiconSet} from './lexicon-set.js'
import {isProse} from './neighbours.js'

/** A bio stands among this many last prose lines (`isProse`), or the short lines after them. */
const lastLines = 3

/** Longest bio, in characters. */
const maxBio = 700

/** Most words between the verb and the role (`is the Senior Editor`, `is a freelance science writer`). */
const maxWordsToRole = 6

/** Characters after the name that are folded to find the verb and the role. */
const window = 120

const verbs = lexiconSet(bioVerbs)
const roles = lexiconSet(bioRoles)

/** An author's name opening a bio: 1-4 capitalized words, maybe an address in brackets, then a space. */
// redos: anchored at the start and run on at most 700 characters, at most 4 words of at most 31 characters; the word class holds no space and the bracket no `)`, so the parts cannot overlap
const authorName = /^\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}(?: \([^)]{0,60}\))?,? /u

/** A lower-case letter glued to a capital: where an author box's name heading meets its bio (`HelselPhil`). */
const glue = /\p{Ll}\p{Lu}/gu

/**
 * Unified plugin that marks closing author bios as noise and cuts one glued
 * to the end of the last paragraph.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftAuthorBio(this: Processor | void, options?: RuleSettings | null) {
  const override = options?.confidence ?? undefined
  const processor = this

  return function (tree: Root, _file: VFile): undefined {
    const cuts = removalPasses(processor, override ?? 0.8)
    const blocks = tree.children
    // A bio closes an article: a whole first line is never one.
    const first = blocks.findIndex((block) => !block.blank)
    let seen = 0
    for (let index = blocks.length - 1; index >= 0 && seen < lastLines; index--) {
      const block = blocks[index] as Block
      if (block.blank || block.data?.evidence?.some((evidence) => evidence.label === 'noise')) continue
      const {text, wordCount} = foldBlock(block)
      // Only prose lines count toward the last lines: a stray `©` or `Share`
      // left after the bio does not push it out (and, once removed, would
      // make cleaning the output again find a bio the first pass kept).
      if (isProse(text, wordCount)) seen++
      if (index > first && text.length <= maxBio && isBio(text, true)) {
        const reason = 'Unexpected author bio `' + text.slice(0, 80) + '`, expected content'
        addEvidence(block, {ruleId: 'author-bio', label: 'noise', kind: 'byline', confidence: override ?? 0.75, reason})
        continue
      }
      if (!cuts) continue
      const start = gluedBioStart(block.value)
      if (start === undefined) continue
      editBlock(block, [{start, end: block.value.length, text: ''}], {
        ruleId: 'author-bio',
        type: 'removal',
        kind: 'byline',
        reason: 'Unexpected author bio `' + block.value.slice(start).trim() + '` after a paragraph, expected content',
        confidence: override ?? 0.8
      })
    }
  }
}

/**
 * Whether a text is an author's bio: a name, a verb, and (when `needRole`)
 * what an author is within a few words of the verb.
 *
 * @param text
 *   The text, starting at the name.
 * @param needRole
 *   Whether a role must follow the verb.
 * @returns
 *   Whether it is a bio.
 */
function isBio(text: string, needRole: boolean): boolean {
  const name = authorName.exec(text)
  if (name === null) return false
  const after = text.slice(name[0].length, name[0].length + window)
  // Most names are a capitalized first word (`The council …`): fold the rest only after a verb.
  if (!verbs.has(firstFoldedWord(after))) return false
  if (!needRole) return true
  const words = normalizeLine(after).split(' ')
  return words.slice(1, 2 + maxWordsToRole).some((word) => roles.has(word))
}

/**
 * The first word of a folded text, folding only what stands before its first
 * space when that holds a word: folding works on each side of a space apart
 * (NFKC composes nothing with a space, lower-casing looks no further).
 *
 * @param text
 *   A text.
 * @returns
 *   The first word of `normalizeLine(text)` (`''` when it has none).
 */
function firstFoldedWord(text: string): string {
  const space = text.indexOf(' ')
  const head = space > 0 ? normalizeLine(text.slice(0, space)) : ''
  const folded = head === '' ? normalizeLine(text) : head
  const end = folded.indexOf(' ')
  return end === -1 ? folded : folded.slice(0, end)
}

/**
 * Where an author box glued to the end of a line starts: a name heading
 * glued to a bio that opens with the same name (`Phil HelselPhil Helsel is
 * a reporter …`), after the line start, a space or a sentence end.
 *
 * @param value
 *   The block's value.
 * @returns
 *   Offset of the name heading, or `undefined`.
 */
function gluedBioStart(value: string): number | undefined {
  const from = Math.max(0, value.length - maxBio)
  glue.lastIndex = from
  for (let match = glue.exec(value); match !== null; match = glue.exec(value)) {
    const bio = match.index + 1
    const name = authorName.exec(value.slice(bio, bio + window))
    if (name === null) continue
    // The heading is the bio's first name or whole name: `Regan` + `Regan is …`.
    const whole = name[0].trimEnd()
    const firstName = whole.split(' ')[0] as string
    for (const heading of [whole.endsWith(',') ? whole.slice(0, -1) : whole, firstName]) {
      const start = bio - heading.length
      if (start < 0 || value.slice(start, bio) !== heading) continue
      const before = value.charAt(start - 1)
      if (start > 0 && before.trim() !== '' && !'.!?"”’)'.includes(before)) continue
      if (isBio(value.slice(bio).trim(), false)) return start
    }
    glue.lastIndex = bio
  }
  return undefined
}

/** The rule record. */
export const authorBio: Rule = {
  id: 'author-bio',
  kind: 'byline',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'],
  description:
    'An author’s bio among a document’s last 3 prose lines or the short lines after them (`Jane Doe is a freelance writer based in Toronto.`, ' +
    '`Jeanne Dupont est journaliste …`); an author box glued to the last paragraph, its name heading run into the ' +
    'bio (`…Monday.Phil HelselPhil Helsel is a reporter for NBC News.`), is cut off by an edit.',
  examples: {
    catch: [
      {
        context: [
          'The hospital will roll out the alarm system to all wards by March.',
          '',
          'Brigit Katz is a freelance writer based in Toronto. Her work has appeared in a number of publications.'
        ],
        line: 2
      },
      {
        context: [
          'The council will vote on the plan in March.',
          '',
          'Jeff Foust (jeff@example.com) is the editor and publisher of The Space Review.'
        ],
        line: 2
      },
      {
        context: ['Le conseil votera en mars.', '', 'Jeanne Dupont est journaliste au service politique.'],
        line: 2
      },
      {
        context: ['Der Rat stimmt im März ab.', '', 'Max Müller ist freier Journalist in Berlin.'],
        line: 2
      },
      {
        context: [
          'The council will vote on the plan in March.',
          '',
          'Sentencing is scheduled for Feb. 14.Phil HelselPhil Helsel is a reporter for NBC News.'
        ],
        line: 2,
        becomes: 'Sentencing is scheduled for Feb. 14.'
      }
    ],
    keep: [
      // Not among the last lines.
      {
        context: [
          'Jane Doe is a freelance writer based in Toronto, and her book on the floods came out in May.',
          '',
          'The council will vote on the plan in March.',
          '',
          'The fine comes a year after a similar ruling in France.',
          '',
          'Residents who lost their homes have been housed in the sports hall.'
        ],
        line: 0
      },
      // A name and a verb, but no role: the article's last fact.
      {
        context: ['The council will vote on the plan in March.', '', 'John Smith is a father of three.'],
        line: 2
      },
      // A sentence that mentions a writer.
      {
        context: [
          'The council will vote on the plan in March.',
          '',
          'The letter was signed by a writer, two editors and a former minister.'
        ],
        line: 2
      },
      // A name glued without a repeated heading.
      {
        context: [
          'The council will vote on the plan in March.',
          '',
          'The vote is set for Monday.Phil Helsel is a reporter for NBC News who covered the trial.'
        ],
        line: 2
      }
    ]
  },
  plugin: decruftAuthorBio
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {glue}
