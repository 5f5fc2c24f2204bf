/**
 * Detector for photo captions and photo credits: lines signed by a photo
 * agency (`… REUTERS/Name/Pool/ File Photo`), ending in a bracketed photo note
 * (`(Archive photo)`), opening with a photo label (`Photo: …`, `Foto: …`),
 * signed `© AFP` or by a picture library (`Getty Images`); and, by context,
 * the line right after a media control (`Open in full screen mode`, `Enlarge
 * image`), even when it is a full sentence.
 */
import type {VFile} from 'vfile'
import {isAsciiAlphanumeric} from '../ascii.js'
import {addEvidence} from '../edit.js'
import {creditWords, photoAgencies, photoLabels, photoWords, pictureLibraries} from '../lexicon/caption.js'
import {mediaControls} from '../lexicon/ui.js'
import {blockNormalized, foldBlock, normalizeLine} from '../normalize.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Root} from '../types.js'
import {anyPhrase, countWords, hasTableWord, lexiconSet, wordTable} from './lexicon-set.js'
import {finalCharacter, nextContent, previousContent, strongestNoise} from './neighbours.js'

/** Longest caption, in characters. */
const maxLength = 600

/** Longest caption that ends in a credit (`… Credit: ESA`), in characters: longer lines are paragraphs. */
const maxCreditedCaption = 300

/** Longest credit after its label (`The Siberian Times`), in characters. */
const maxCredit = 60

/** Most words of a credit after its label. */
const maxCreditWords = 6

/** Longest media control line, in characters. */
const maxControlLength = 60

/** A caption after a media control up to this many words is a sure one. */
const shortCaption = 25

/** Longest caption after a media control, in words: longer lines are the article. */
const maxContextWords = 45

/** Longest text after a photo agency's slash (`REUTERS/Name/Pool/ File Photo`), in characters. */
const maxSignature = 80

const labels = lexiconSet(photoLabels)
/** Labels of a credit at the end of a caption: the photo labels and the credit words. */
const creditLabels = lexiconSet(photoLabels, creditWords)
const words = lexiconSet(photoWords)
const libraries = new Set(pictureLibraries)
/** The first word of any picture library, to skip lines that name none. */
const libraryWord = anyPhrase(new Set(pictureLibraries.map((library) => library.split(' ')[0] ?? library)))
/**
 * `libraryWord` in any case, run on the raw line from `lastIndex` so most
 * lines are dropped without cutting and lower-casing their tail: `u` and `i`
 * fold case at least as widely as `toLowerCase`, and `İ`, which lower-cases
 * to two characters, is let through.
 */
// redos: an alternation of literal words and one character, no quantifiers
const libraryWordAnyCase = new RegExp(libraryWord.source + '|\u0130', 'giu')
/** The last word of each picture library's name (`images` of `getty images`). */
const libraryLastWords = wordTable(pictureLibraries.map((library) => library.slice(library.lastIndexOf(' ') + 1)))

/** How far from its end `judgeCredit` looks for a picture library, in code units. */
const libraryReach = 40
const controls = lexiconSet(mediaControls)
const agencies = new Set(photoAgencies)

/** A short label and its colon at the start of a line (`Photo:`, `Crédit photo :`). */
const labelColon = /^[^:]{1,25}:/u

/** A caption label without a colon, before the caption: `Image caption The bridge…`, `Media caption Watch: …`. */
const bareCaptionLabel = /^(?:Image|Media|Photo|Video) caption /u

/**
 * Furthest first colon `labelColon` can match, in code units: 25 code points
 * take at most 50 of them.
 */
const maxLabelColon = 50

/**
 * A word before a slash, after a space or bracket: `REUTERS/`, `PHOTO / `,
 * `EPA-EFE/`. The word is captured and looked up in `photoAgencies`.
 */
const agencySlash = /(?:^|[\s(])([A-Za-z][A-Za-z-]{1,11}) ?\//gu

/** A lower-case letter glued to an upper-case one: `rodentCredit`. */
const gluedCapital = /\p{Ll}(?=\p{Lu})/gu

/** A gallery counter glued to the caption after it, at the start of a line: `1of4Grass Valley's …`. */
const gluedCounter = /^(\d{1,3})of(\d{1,3})(?=\p{Lu})/u

/** One letter. */
const letter = /^\p{L}$/u

/** A sentence end at the end of a credit. */
const sentenceEnd = /[.!?]$/u

/** The word before a `PHOTO /` signature (`AFP PHOTO /`, `AP Photo/`). */
const wordBefore = /(\p{L}{1,12}) $/u

/**
 * Unified plugin that marks photo captions and credits as noise. A context
 * rule: it runs after the line detectors.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftPhotoCaption(options?: RuleSettings | null) {
  const override = options?.confidence ?? undefined

  return function (tree: Root, _file: VFile): undefined {
    const blocks = tree.children

    /**
     * Add caption evidence to a block.
     *
     * @param block
     *   The block.
     * @param confidence
     *   How sure.
     * @param why
     *   What gave it away.
     * @returns
     *   Nothing.
     */
    function flag(block: Block, confidence: number, why: string): undefined {
      addEvidence(block, {
        ruleId: 'photo-caption',
        label: 'noise',
        kind: 'caption',
        confidence: override ?? confidence,
        reason: 'Unexpected photo caption `' + block.value.trim() + '` (' + why + '), expected content'
      })
    }

    // 1. Lines that carry a photo credit themselves.
    for (const block of blocks) {
      if (block.blank) continue
      const text = block.value.trim()
      if (isGalleryStrip(text)) {
        flag(block, 0.85, 'gallery counters')
        continue
      }
      if (text.length > maxLength) continue
      const found = judgeCredit(text)
      if (found) flag(block, found.confidence, found.why)
    }

    // Which blocks are media controls, looked up once for steps 2 and 3.
    const isControlAt = blocks.map((block) => !block.blank && isControl(block))

    // 2. The line after a media control: `Open in full screen mode` then the caption.
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as Block
      if (!isControlAt[index]) continue
      const next = nextContent(blocks, index)
      const caption = blocks[next]
      if (!caption || isControlAt[next]) continue
      const other = strongestNoise(caption)
      // `Agence France-Presse` right after the control is a byline, not a caption.
      if (other !== undefined && other.kind !== 'caption') continue
      const count = foldBlock(caption).wordCount
      if (count > maxContextWords) continue
      flag(caption, count <= shortCaption ? 0.85 : 0.55, 'after `' + block.value.trim() + '`')
    }

    // 3. A short line between a caption and a credit belongs to the caption.
    // Each side of a caption zone (a media control or a caption), kept up to date as lines are flagged.
    const isSide = blocks.map(
      (block, index) => isControlAt[index] === true || strongestNoise(block, 'caption') !== undefined
    )
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as Block
      if (block.blank || strongestNoise(block) !== undefined) continue
      if (!isSide[previousContent(blocks, index)]) continue
      if (!isSide[nextContent(blocks, index)] || foldBlock(block).wordCount > shortCaption) continue
      flag(block, 0.8, 'between caption lines')
      isSide[index] = true
    }
  }
}

/**
 * Whether a block is a media control (`Open in full screen mode`).
 *
 * @param block
 *   A block.
 * @returns
 *   Whether it is.
 */
function isControl(block: Block): boolean {
  return block.value.length <= maxControlLength && controls.has(blockNormalized(block))
}

/**
 * Judge a line on its own: does it carry a photo credit? Works on the raw
 * line and folds only the parts it looks up, so long lines cost little.
 *
 * @param text
 *   The trimmed line (at most `maxLength` characters).
 * @returns
 *   Confidence and what gave it away, or `undefined`.
 */
function judgeCredit(text: string): {confidence: number; why: string} | undefined {
  // `Image caption The bridge…`: the label a player or a page leaves glued
  // to the caption, without a colon.
  if (bareCaptionLabel.test(text)) return {confidence: 0.9, why: 'caption label'}
  // `Photo: Jane Doe/AFP`, `Foto: dpa`, `Crédit photo : …`.
  const colon = text.indexOf(':')
  const label = colon > 0 && colon <= maxLabelColon ? labelColon.exec(text) : null
  if (label && labels.has(normalizeLine(label[0]))) return {confidence: 0.9, why: 'photo label'}

  // `… REUTERS/Thaier Al-Sudani/Pool/ File Photo`.
  const slash = findAgencySlash(text)
  if (slash !== -1) {
    const signature = text.slice(slash)
    if (
      signature.length <= maxSignature &&
      finalCharacter(signature) !== '.' &&
      countWords(normalizeLine(signature)) <= 8
    ) {
      return {confidence: 0.9, why: 'photo agency signature'}
    }
  }

  // `… in Berlin, January 13, 2023. (Archive photo)`.
  const last = text.charAt(text.length - 1)
  if (last === ')' || last === ']') {
    const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('['))
    if (open !== -1 && text.length - open <= 60) {
      const inner = normalizeLine(text.slice(open + 1, -1))
      if (libraries.has(inner) || hasPhotoWord(inner)) return {confidence: 0.85, why: 'photo note'}
    }
  }

  // `… a large rodentCredit: The Siberian Times`, `… equivalent. Credit: ESA`.
  if (text.length <= maxCreditedCaption && hasTrailingCredit(text)) return {confidence: 0.85, why: 'credit at the end'}

  // `© AFP`, `(c) Getty`: a short signature.
  if (text.includes('©') || text.startsWith('(c)')) {
    const count = countWords(normalizeLine(text))
    // `© AFP` signs a photo; a lone `©` signs nothing.
    if (count >= 1 && count <= 5) return {confidence: 0.85, why: 'copyright sign'}
  }

  // `… Photo by Jane Doe on Unsplash`, `… AFP via Getty Images`: the last words.
  if (!mayEndInLibrary(text)) return undefined
  libraryWordAnyCase.lastIndex = Math.max(0, text.length - libraryReach)
  if (!libraryWordAnyCase.test(text)) return undefined
  const rawTail = text.slice(-libraryReach).toLowerCase()
  if (!libraryWord.test(rawTail)) return undefined
  const tail = normalizeLine(rawTail)
  const space = tail.lastIndexOf(' ')
  if (space === -1) return undefined
  const lastWord = tail.slice(space + 1)
  const lastTwo = tail.slice(tail.lastIndexOf(' ', space - 1) + 1)
  if (libraries.has(lastWord) || libraries.has(lastTwo)) return {confidence: 0.85, why: 'picture library'}
  return undefined
}

/**
 * Whether a line may end in a picture library's name, by its last word when
 * that is ASCII letters and digits after ASCII punctuation: `… Getty
 * Images.` may, `… on Friday.` may not. A line whose last word may hold
 * other characters (`… Москва.`) may.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Whether it may.
 */
function mayEndInLibrary(text: string): boolean {
  let end = text.length
  while (end > 0 && isAsciiSeparator(text.charCodeAt(end - 1))) end--
  let start = end
  while (start > 0 && isAsciiAlphanumeric(text.charCodeAt(start - 1))) start--
  // A word that goes on in other characters, none, or one cut by the reach: let through.
  if (start === end || (start > 0 && text.charCodeAt(start - 1) >= 0x80) || start < text.length - libraryReach) return true
  return hasTableWord(libraryLastWords, text, start, end, true)
}

/**
 * Whether a char code is ASCII but not a letter or digit: folding makes it a space.
 *
 * @param code
 *   A char code.
 * @returns
 *   Whether it is.
 */
function isAsciiSeparator(code: number): boolean {
  return code < 0x80 && !isAsciiAlphanumeric(code)
}

/**
 * Whether a line is a gallery's captions run together, each after its
 * counter: `1of4Grass Valley's … (Elias Funez/The Union via AP)2of4A shopper
 * …`. The first counter opens the line and the next one follows; a single
 * photo (`1of1…`) needs none.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Whether it is.
 */
function isGalleryStrip(text: string): boolean {
  const counter = gluedCounter.exec(text)
  if (!counter) return false
  const total = Number(counter[2])
  return total === 1 || text.includes(Number(counter[1]) + 1 + 'of' + total)
}

/**
 * Whether a line ends in a credit: a photo label or `Credit`, its colon and
 * a short name (`… rodentCredit: The Siberian Times`, `… Photo Credit : PTI`).
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Whether it does.
 */
function hasTrailingCredit(text: string): boolean {
  // Most lines have no colon near their end: `indexOf` is cheaper than `lastIndexOf`.
  if (text.indexOf(':', text.length - maxCredit) === -1) return false
  const colon = text.lastIndexOf(':')
  if (colon <= 0 || text.length - colon > maxCredit) return false
  const credit = text.slice(colon + 1).trim()
  const creditWords = countWords(normalizeLine(credit))
  if (creditWords === 0 || creditWords > maxCreditWords || sentenceEnd.test(credit)) return false
  const before = text.slice(Math.max(0, colon - 30), colon).trimEnd().split(' ')
  let last = before.at(-1) ?? ''
  // `river.Credit`, `rodentCredit`: the label glued to the caption's last word.
  let letters = last.length
  while (letters > 0 && letter.test(last.charAt(letters - 1))) letters--
  last = last.slice(letters)
  gluedCapital.lastIndex = 0
  let glue = gluedCapital.exec(last)
  let cut = -1
  while (glue) {
    cut = glue.index + 1
    glue = gluedCapital.exec(last)
  }
  if (cut !== -1) last = last.slice(cut)
  const lastTwo = (before.at(-2) ?? '') + ' ' + last
  return creditLabels.has(normalizeLine(last)) || creditLabels.has(normalizeLine(lastTwo))
}

/**
 * Where the signature after the first photo agency's slash starts.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Offset just after `REUTERS/`, or `-1`.
 */
function findAgencySlash(text: string): number {
  if (!text.includes('/')) return -1
  agencySlash.lastIndex = 0
  let match = agencySlash.exec(text)
  while (match) {
    let name = match[1] ?? ''
    // `AFP PHOTO / NAME`: the agency is the word before.
    if (name === 'PHOTO' || name === 'Photo') {
      const before = wordBefore.exec(text.slice(Math.max(0, match.index - 12), match.index + 1))
      name = (before?.[1] ?? '') + ' ' + name
    }
    if (agencies.has(name)) return match.index + match[0].length
    match = agencySlash.exec(text)
  }
  return -1
}

/**
 * Whether a short folded text holds a photo word (`archive photo`, `file`).
 *
 * @param inner
 *   Folded text in brackets.
 * @returns
 *   Whether it does.
 */
function hasPhotoWord(inner: string): boolean {
  if (inner === '' || countWords(inner) > 6) return false
  for (const word of inner.split(' ')) if (words.has(word)) return true
  return false
}

/** The rule record. */
export const photoCaption: Rule = {
  id: 'photo-caption',
  kind: 'caption',
  stage: 'context',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'],
  description:
    'Photo captions and credits (`… REUTERS/Name/File Photo`, `(Archive photo)`, `Photo: …`, `… Credit: ESA`, ' +
    '`© AFP`, a gallery run together `1of4Caption…2of4Caption…`), and ' +
    'the line right after a media control (`Open in full screen mode`), even a full sentence.',
  examples: {
    catch: [
      'Iraqi Prime Minister Mohammed Shia al-Sudani speaks in Baghdad, December 28, 2023. REUTERS/Thaier Al-Sudani/Pool/ File Photo',
      'The prime minister in Berlin, January 13, 2023. (Archive photo)',
      'Photo: Jane Doe/AFP',
      'Image caption The bridge was closed to traffic in 2022',
      'Foto: dpa',
      'Crédit photo : Jean Dupont',
      'Fotoğraf: AA',
      'Фото: РИА Новости',
      '© AFP',
      'Rescue workers search the rubble in Gaziantep. AFP via Getty Images',
      'A couple in Mongolia are suspected to have eaten a marmot - a large rodentCredit: The Siberian Times',
      'A reference habitation module for a crewed Mars mission. Credit: ESA',
      'Die Brücke am Morgen. Bildnachweis: dpa',
      '1of2The old bridge at dawn. (Jane Doe/AP)2of2The new bridge at dusk. (Jane Doe/AP)',
      {
        context: [
          'Iraq wants an end to the presence of the coalition',
          '',
          'Open in full screen mode',
          '',
          'Mushtaq Talib al-Saidi died in a drone attack in Baghdad claimed by the United States on January 4, 2024.',
          '',
          'But this new declaration comes in a context of growing tensions, as Iraq is affected by the conflict.'
        ],
        line: 4
      },
      {
        context: [
          'Le Premier ministre a réaffirmé vendredi sa détermination à mettre fin à la présence de la coalition.',
          '',
          'Agrandir l’image',
          'Des membres des forces de sécurité irakiennes',
          '',
          'Le dialogue mené par un comité bilatéral doit déterminer les modalités de la fin de cette présence.'
        ],
        line: 3
      }
    ],
    keep: [
      'Photography was banned inside the court.',
      'The agency said AFP/Reuters figures were wrong.',
      'The copyright (© 2019) belongs to the author, the court ruled in a long judgment on Tuesday.',
      'Members of the Iraqi security forces',
      'The bank gave him one thing he could not refuse: credit.',
      '1of4 households in the valley lost power, the utility said.',
      'He gave the minister credit: she had kept her word on every promise she made to the towns along the river.',
      {
        context: [
          'Iraq wants an end to the presence of the coalition',
          '',
          'Open in full screen mode',
          '',
          'Agence France-Presse',
          '',
          'The Iraqi prime minister reiterated on Friday his determination to put an end to the presence in ' +
            'Iraq of the international coalition, the day after an American strike which killed a militia leader.'
        ],
        line: 6
      }
    ]
  },
  plugin: decruftPhotoCaption
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {
  gluedCapital,
  gluedCounter,
  letter,
  sentenceEnd,
  labelColon,
  bareCaptionLabel,
  agencySlash,
  wordBefore
}
