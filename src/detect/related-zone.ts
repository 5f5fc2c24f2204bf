/**
 * Detector for related-links widgets: the heading that opens one (`Most Read
 * News`, `Lire aussi`, `İlgili Haberler`), the trailing zone of teaser lines
 * after it, a teaser glued to a lazy-loading label (`LoadingThe unemployment
 * rate…`), a one-line teaser link (`Read also: <headline>`), and a teaser
 * repeated under a site label (`SITE INFO : <a teaser seen before>`).
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import {loadingWords, relatedHeadings, teaserOpenings} from '../lexicon/related.js'
import {blockNormalized, foldBlock, normalizeLine} from '../normalize.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Root} from '../types.js'
import {firstCjkCode} from './language.js'
import {countWords, lexiconSet} from './lexicon-set.js'
import {finalCharacter, isProseBlock, nextContent, strongestNoise} from './neighbours.js'

/** Longest teaser line, in words. */
const maxTeaserWords = 20

/** Longest teaser line, in characters. */
const maxTeaserLength = 200

/** Longest related heading, in characters (`Das könnte Sie auch interessieren:`). */
const maxHeadingLength = 60

/** Most lines a trailing zone may span. */
const maxZoneLines = 40

/** Longest label before a one-line teaser (`Read also:`, `SITE INFO :`), in characters. */
const maxLabelLength = 40

const headings = lexiconSet(relatedHeadings)
const openings = lexiconSet(teaserOpenings)

/** Most characters (code points) before a label's separator. */
const maxLabelCharacters = 40

/** The first characters of the loading labels (`L` of `Loading`): most lines open with none. */
const loadingInitials = new Set(loadingWords.map((word) => word.charAt(0)))

/** An upper-case letter: the start of a teaser glued to a loading label. */
const upperCase = /^\p{Lu}/u

/**
 * Unified plugin that marks related-links widgets as noise. A context rule:
 * it runs after the line detectors and reads their evidence to find where a
 * trailing zone of teasers ends.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftRelatedZone(options?: RuleSettings | null) {
  const override = options?.confidence ?? undefined

  return function (tree: Root, _file: VFile): undefined {
    const blocks = tree.children
    const teasers = new Set<string>()

    /**
     * Add evidence to a block.
     *
     * @param block
     *   The block.
     * @param confidence
     *   How sure.
     * @param reason
     *   Why.
     * @returns
     *   Nothing.
     */
    function flag(block: Block, confidence: number, reason: string): undefined {
      addEvidence(block, {
        ruleId: 'related-zone',
        label: 'noise',
        kind: 'related',
        confidence: override ?? confidence,
        reason
      })
    }

    // 1. Headings, their zones, glued and one-line teasers; collect teasers.
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]
      if (!block || block.blank) continue
      const text = block.value.trim()

      if (text.length <= maxHeadingLength && headings.has(blockNormalized(block))) {
        index = flagZone(blocks, index, teasers, flag)
        continue
      }

      const glued = gluedTeaser(text)
      if (glued !== undefined) {
        teasers.add(normalizeLine(glued))
        flag(block, 0.9, 'Unexpected teaser `' + glued + '` glued to a loading label, expected content')
        continue
      }

      // The label first: most labelled lines have no teaser label (`Note: the figures…`).
      const teaser = splitLabel(text)
      if (teaser === undefined || !openings.has(normalizeLine(teaser.label))) continue
      const rest = normalizeLine(teaser.rest)
      if (countWords(rest) <= maxTeaserWords) {
        teasers.add(rest)
        flag(block, 0.85, 'Unexpected teaser link `' + text + '`, expected content')
      }
    }

    if (teasers.size === 0) return

    // 2. Teasers repeated under a label: `SITE INFO : <teaser seen before>`.
    for (const block of blocks) {
      if (block.blank || strongestNoise(block, 'related') !== undefined) continue
      const teaser = splitLabel(block.value.trim())
      if (teaser === undefined) continue
      const rest = normalizeLine(teaser.rest)
      if (countWords(rest) <= maxTeaserWords && teasers.has(rest)) {
        flag(block, 0.85, 'Unexpected repeated teaser `' + teaser.rest + '`, expected content')
      }
    }
  }
}

/**
 * Flag a related heading and the zone of teasers after it.
 *
 * The zone is the run of teaser-like lines (short, no final full stop) and
 * lines other rules already flagged. It goes when it runs to the end of the
 * document or into another related heading; when prose follows it, it may be
 * a real section, so its lines are only suspected. A heading followed right
 * away by prose is suspected too: it may head a real section.
 *
 * @param blocks
 *   The tree's children.
 * @param index
 *   Index of the heading.
 * @param teasers
 *   Folded teasers found so far; zone lines are added.
 * @param flag
 *   Adds evidence.
 * @returns
 *   Index of the last block handled.
 */
function flagZone(
  blocks: readonly Block[],
  index: number,
  teasers: Set<string>,
  flag: (block: Block, confidence: number, reason: string) => undefined
): number {
  const heading = blocks[index] as Block
  const headingText = heading.value.trim()
  const zone: Block[] = []
  let next = nextContent(blocks, index)
  let stop: Block | undefined

  while (next !== -1 && zone.length < maxZoneLines) {
    const block = blocks[next] as Block
    const text = block.value.trim()
    if (text.length <= maxHeadingLength && headings.has(blockNormalized(block))) break
    if (strongestNoise(block) === undefined && !isTeaser(text)) {
      stop = block
      break
    }
    zone.push(block)
    next = nextContent(blocks, next)
  }

  const first = zone.length === 0 ? stop : zone[0]
  const firstIsProse = first !== undefined && first === stop && isProseBlock(stop)
  // Right before a paragraph, `Lire aussi` is still a widget, but a lone
  // `Recommended` may head a real section: suspect only. A Chinese, Japanese
  // or Korean heading folds to one word however many it says (`相关阅读`).
  let confidence = 0.9
  if (firstIsProse) {
    const folded = foldBlock(heading)
    const loneWord = folded.wordCount === 1 && folded.normalized.charCodeAt(0) < firstCjkCode
    confidence = loneWord ? 0.5 : 0.7
  }
  flag(heading, confidence, 'Unexpected related-links heading `' + headingText + '`, expected content')

  const trailing = stop === undefined
  for (const block of zone) {
    if (strongestNoise(block) !== undefined) continue
    teasers.add(blockNormalized(block))
    flag(
      block,
      trailing ? 0.75 : 0.5,
      'Unexpected teaser `' + block.value.trim() + '` under `' + headingText + '`, expected content'
    )
  }

  const last = zone.at(-1)
  return last === undefined ? index : blocks.indexOf(last, index)
}

/**
 * Whether a line looks like a teaser headline: short, no final full stop.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Whether it does.
 */
function isTeaser(text: string): boolean {
  if (text.length > maxTeaserLength) return false
  const words = countWords(normalizeLine(text))
  if (words === 0 || words > maxTeaserWords) return false
  // A headline may end in `?`, `!` or `…`; a sentence of prose ends in `.`.
  return finalCharacter(text) !== '.'
}

/**
 * The teaser glued to a loading label, if any: `LoadingThe rate…` -> `The rate…`.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   The teaser, or `undefined`.
 */
function gluedTeaser(text: string): string | undefined {
  if (!loadingInitials.has(text.charAt(0))) return undefined
  for (const word of loadingWords) {
    if (!text.startsWith(word)) continue
    let rest = text.slice(word.length)
    // `Loading...The rate` and `Loading…The rate` too.
    while (rest.startsWith('.') || rest.startsWith('…')) rest = rest.slice(1)
    if (upperCase.test(rest) && countWords(normalizeLine(rest)) <= maxTeaserWords) return rest.trim()
  }
  return undefined
}

/**
 * Split a line into a short label and the text after its separator; the
 * callers fold the rest only when they need it.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Label and rest, or `undefined` when there is no short label, no rest or
 *   a rest over `maxTeaserLength` characters.
 */
function splitLabel(text: string): {label: string; rest: string} | undefined {
  const separator = labelSeparator(text)
  if (separator === -1 || separator > maxLabelLength) return undefined
  const label = text.slice(0, separator).trim()
  const rest = text.slice(separator + 1).trim()
  if (label === '' || rest === '' || rest.length > maxTeaserLength) return undefined
  return {label, rest}
}

/**
 * Where the separator after a label at the start of a line stands (`Read
 * also:`, `ELSIDE ON INFO :`, `Lire aussi »`): the first of `:|»>–—`, after
 * one to `maxLabelCharacters` code points. A char-code scan, linear.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Index of the separator, or `-1` without a label.
 */
function labelSeparator(text: string): number {
  let characters = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (isLabelSeparator(code)) return characters === 0 ? -1 : at
    // A surrogate pair (`📷`) is one character.
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1))) at++
    characters++
    if (characters > maxLabelCharacters) return -1
  }
  return -1
}

/**
 * Whether a char code ends a label: `:`, `|`, `»`, `>`, `–` or `—`.
 *
 * @param code
 *   A char code.
 * @returns
 *   Whether it is a label separator.
 */
function isLabelSeparator(code: number): boolean {
  return code === 0x3a || code === 0x7c || code === 0xbb || code === 0x3e || code === 0x2013 || code === 0x2014
}

/**
 * Whether a char code is the second half of a surrogate pair.
 *
 * @param code
 *   A char code (`NaN` past the end).
 * @returns
 *   Whether it is a low surrogate.
 */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** The rule record. */
export const relatedZone: Rule = {
  id: 'related-zone',
  kind: 'related',
  stage: 'context',
  languages: ['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'tr', 'zh'],
  description:
    'Headings of related/most-read widgets (`Most Read News`, `Lire aussi`, `İlgili Haberler`), the trailing ' +
    'zone of teaser lines after them, teasers glued to `Loading`, one-line teaser links and repeated teasers. ' +
    'A heading followed by prose, and the teasers before prose, are only suspected.',
  examples: {
    catch: [
      'Most Read News',
      'Related Posts',
      'You may also like',
      'Lire aussi',
      'Mehr zum Thema',
      'Te puede interesar',
      'Leia também',
      'Leggi anche',
      'Lees ook',
      'İlgili Haberler',
      'Читайте также',
      '相关阅读',
      '関連記事',
      '관련기사',
      'Recommended Stories',
      'LoadingThe unemployment rate remained at 5.8% in December in Canada',
      'Read also: Ceasefire talks resume in Cairo',
      'Watch: Floods hit the north as rivers burst their banks',
      {
        context: [
          'The talks ended without a deal on Sunday, and both delegations left the city before nightfall.',
          '',
          'Most Read',
          '',
          'Floods hit the north as rivers burst their banks',
          'Central bank holds rates for a third month'
        ],
        line: 5
      },
      {
        context: [
          'The talks ended without a deal on Sunday, and both delegations left the city before nightfall.',
          '',
          'LoadingFloods hit the north as rivers burst their banks',
          '',
          'DAILY WIRE : Floods hit the north as rivers burst their banks',
          '',
          'Negotiators are expected to meet again next month in Doha, according to two diplomats.'
        ],
        line: 4
      }
    ],
    keep: [
      'Related coverage of the trial was banned by the court.',
      'Most read the report as a rebuke of the government.',
      'Loading bays at the port were closed on Monday.',
      'Background: U.S. Strike and Escalating Tensions',
      'Note: the figures are provisional.',
      {
        context: [
          'Iraq Takes Steps to End the Coalition Presence',
          '',
          'Recommended',
          '',
          'The Iraqi government has begun steps to close down the mission of the U.S.-led coalition, the ' +
            'prime minister said on Friday, a day after a strike in Baghdad killed a militia leader.',
          '',
          'Reactions',
          '',
          'Washington said it had not been notified of any decision and that talks with Baghdad would go on.'
        ],
        line: 2
      }
    ]
  },
  plugin: decruftRelatedZone
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {upperCase}
