/**
 * Detector for tag lists: the keywords a page files an article under
 * (`Tags: Alibaba, Hong Kong, IPO`, `Schlagwörter: Bahn, Streik`, `Etiketler:
 * ekonomi`), also when an extractor glued the label to the first tag
 * (`Tagscalendario stock car 2018, stock car brasil`).
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {removalPasses} from '../decide.js'
import {addEvidence, editBlock} from '../edit.js'
import {tagLabels} from '../lexicon/ui.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Root} from '../types.js'
import {normalizeLine} from '../normalize.js'
import {lexiconSet} from './lexicon-set.js'

/** Longest tag label, in characters, before its colon (`Schlagwörter`). */
const maxLabelLength = 14

/** Shortest text glued after the last tag, in characters (`iPhone` is no glue). */
const minGluedLength = 20

/** Longest line judged, in characters. */
const maxLength = 1000

/** Most words of one tag (`2020 nissan sentra v-motion`). */
const maxTagWords = 6

/** Fewest separators a list needs when its label has no colon (`Tags a, b, c`). */
const minSeparators = 2

const labels = lexiconSet(tagLabels)

/** `Tags` glued to a lower-case first tag, or followed by a space: the label without a colon. */
const bareLabel = /^(?:[Tt]ags |Tags(?=\p{Ll}))/u

/** The colon after a label (also the full-width one). */
const colon = /[:：]/u

/** Separators between tags: commas, hashes, pipes, bullets. */
const separator = /[,#|•·;]/gu

/** A lower-case letter right before an upper-case one: text glued to a tag (`londrinaATENÇÃO`). */
const gluedText = /\p{Ll}\p{Lu}/u

/** A sentence end: a tag list has none. */
const sentenceEnd = /[.!?…]["”’»)]?$/u

/** Runs of white space. */
const space = /\s+/u

/**
 * Unified plugin that marks tag lists as noise, and cuts one glued before the
 * next text (`…, stock-car londrinaATENÇÃO: Comentários…`) off its line.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftTagList(this: Processor | void, options?: RuleSettings | null) {
  const confidence = options?.confidence ?? 0.9
  const processor = this

  return function (tree: Root, _file: VFile): undefined {
    const cuts = removalPasses(processor, confidence)
    for (const block of tree.children) {
      if (block.blank || block.value.length > maxLength) continue
      const text = block.value.trim()
      const end = tagListEnd(text)
      if (end === undefined) continue
      const list = text.slice(0, end)
      const reason = 'Unexpected tag list `' + list + '`, expected content'
      if (end === text.length) {
        addEvidence(block, {ruleId: 'tag-list', label: 'noise', kind: 'ui', confidence, reason})
        continue
      }
      if (!cuts) continue
      const start = block.value.indexOf(text)
      editBlock(block, [{start, end: start + end, text: ''}], {
        ruleId: 'tag-list',
        type: 'removal',
        kind: 'ui',
        reason,
        confidence
      })
    }
  }
}

/**
 * Where a tag list that opens a line ends: the line's length when the whole
 * line is one, the end of the last tag when the next text is glued to it
 * (`londrinaATENÇÃO`), `undefined` when the line is no tag list.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Length of the tag list, or `undefined`.
 */
function tagListEnd(text: string): number | undefined {
  const labelEnd = text.slice(0, maxLabelLength + 2).search(colon)
  let restStart: number
  let separators = 0
  if (labelEnd > 0 && labels.has(normalizeLine(text.slice(0, labelEnd)))) {
    restStart = labelEnd + 1
  } else if (bareLabel.test(text)) {
    // `Tags are back in fashion` is prose: without a colon, demand a list.
    restStart = 4
    separators = minSeparators
  } else {
    return undefined
  }

  let rest = text.slice(restStart)
  const tags = rest.split(separator)
  if (tags.length - 1 < separators) return undefined
  // The last tag may run into the next text: `stock-car londrinaATENÇÃO: …`.
  const last = tags.at(-1) ?? ''
  const glue = tags.length > 1 ? last.search(gluedText) : -1
  // `…, iPhone` is a tag; `…, londrinaATENÇÃO: Comentários com …` a glued text.
  if (glue !== -1 && last.length - glue > minGluedLength && last.includes(' ', glue)) {
    tags[tags.length - 1] = last.slice(0, glue + 1)
    rest = rest.slice(0, rest.length - last.length + glue + 1)
  }
  if (sentenceEnd.test(rest)) return undefined

  let count = 0
  for (const tag of tags) {
    const words = tag.trim()
    if (words === '') continue
    if (words.split(space).length > maxTagWords) return undefined
    count++
  }
  if (count === 0) return undefined
  return restStart + rest.length
}

/** The rule record. */
export const tagList: Rule = {
  id: 'tag-list',
  kind: 'ui',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'],
  description:
    'Lists of tags under a label (`Tags: Alibaba, Hong Kong`, `Schlagwörter: Bahn`), also with the label glued to ' +
    'the first tag; short tags only, no sentence end.',
  examples: {
    catch: [
      'Tags: Alibaba, Hong Kong, IPO',
      'Categories: News, Local',
      'Kategorien: Politik, Wirtschaft',
      'Tags: 2020 nissan sentra v-motion',
      'Tagscalendario stock car 2018, stock car brasil, stock car cascavel',
      'Tags #Local Markets #Nifty #Sensex',
      'Schlagwörter: Bahn, Streik, GDL',
      'Mots-clés : grève, SNCF',
      'Etiquetas: economía, empleo',
      'Etichette: calcio, Serie A',
      'Trefwoorden: verkiezingen',
      'Marcadores: futebol, Flamengo',
      'Теги: экономика, рубль',
      'Etiketler: ekonomi, enflasyon'
    ],
    keep: [
      'Tags are back in fashion, the designer said.',
      'Tags: the small labels that tell shops what a shirt costs.',
      'Topics: what the council will debate on Tuesday, and why it matters to every family in the valley town',
      'Tagsüber bleibt es trocken, am Abend zieht Regen auf.',
      'Tags, labels and stickers covered the old suitcase.',
      'Le gouvernement a fermé la frontière jeudi.'
    ]
  },
  plugin: decruftTagList
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {bareLabel, colon, gluedText, separator, sentenceEnd, space}
