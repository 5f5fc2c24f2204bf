/**
 * Detector for a promo glued to the end of a paragraph's line: an extractor
 * runs a newsletter box or a subscription pitch into the last paragraph
 * (`…with the same blackholes.Need more space? Subscribe to our sister title
 * "All About Space" for the latest news! (Image credit: All About Space)`).
 *
 * The line's last sentences are read back from its end: a promo sentence (one
 * that opens with a promo call or holds a promo phrase, as `promo-line` reads
 * them, or a contact call with a handle or an address, as `byline` reads
 * them: `Follow us on Twitter @Spacedotcom.`), short scraps after it (`12 issues for £11.99.`, `Advert`, a credit in
 * brackets) and a short question before it (`Need more space?`). From the
 * earliest of them to the line end is cut off by an edit, and the paragraph
 * stays. A line that is only a promo is left to `promo-line`.
 */
import {contactOpenings, contactPhrases} from '../lexicon/byline.js'
import {promoOpenings, promoPhrases} from '../lexicon/promo.js'
import {normalizeLine} from '../normalize.js'
import type {Rule} from '../rule.js'
import {createCutRule} from './cut-rule.js'
import {anyPhrase, countWords, findOpening, lexiconSet, longestPhrase} from './lexicon-set.js'

/** Shortest line looked at, in characters: shorter lines are whole-line `promo-line`'s. */
const minLine = 200

/** Longest promo tail, in characters. */
const maxTail = 400

/** Longest promo sentence, in words. */
const maxPromoWords = 30

/** Longest scrap after a promo sentence, in words (`Click here for more information.`). */
const maxScrapWords = 6

/** Longest question before a promo sentence, in words (`Want more science?`). */
const maxQuestionWords = 5

/** Shortest paragraph left before the tail, in characters. */
const minParagraph = 100

const openings = lexiconSet(promoOpenings)
const openingWords = longestPhrase(openings)
/** Any promo phrase anywhere in a folded sentence. */
const phrasePattern = anyPhrase(lexiconSet(promoPhrases))

const contactStarts = lexiconSet(contactOpenings)
const contactStartWords = longestPhrase(contactStarts)
/** Any contact phrase anywhere in a folded sentence (`follow us`, `may be reached at`). */
const contactPattern = anyPhrase(lexiconSet(contactPhrases))

/**
 * A sentence end and what follows it: white space, or a capital or an opening
 * quote glued to it (`…the final frontier!Subscribe`, `…more information.Advert`).
 */
const sentenceBreak = /[.!?…]["”’)]?(?:\s+|(?=[\p{Lu}"“(]))|\s{2,}/gu

/** A sentence in brackets: a photo credit after the promo (`(Image credit: Future plc)`). */
const bracketed = /^\(.{1,60}\)$/u

/**
 * Unified plugin that cuts promos glued to the end of a paragraph's line.
 */
const decruftGluedPromo = createCutRule({
  ruleId: 'glued-promo',
  kind: 'promo',
  confidence: 0.8,
  minLength: minLine,
  cuts(value) {
    const start = promoTailStart(value.trimEnd())
    return start === undefined ? [] : [{start, end: value.length, text: ''}]
  },
  reason: (value, [cut]) => 'Unexpected promo `' + value.slice(cut?.start).trim() + '` after a paragraph, expected content'
})

export default decruftGluedPromo

/**
 * Where a promo tail starts: the earliest of the line's last sentences that
 * are a promo sentence, scraps after one, or a short question before one.
 *
 * @param value
 *   The line, without trailing white space.
 * @returns
 *   Offset of the tail, or `undefined` for none.
 */
function promoTailStart(value: string): number | undefined {
  const from = value.length - maxTail
  const starts = sentenceStarts(value, Math.max(0, from))
  let start: number | undefined
  let promo = false
  let end = value.length
  // Read sentences back from the line end.
  for (let index = starts.length - 1; index >= 0; index--) {
    const sentenceStart = starts[index] as number
    const sentence = value.slice(sentenceStart, end).trim()
    end = sentenceStart
    const normalized = normalizeLine(sentence)
    const words = countWords(normalized)
    if (words === 0) continue
    if (words <= maxPromoWords && isCall(sentence, normalized)) {
      promo = true
      start = sentenceStart
    } else if (!promo && (words <= maxScrapWords || bracketed.test(sentence))) {
      start = sentenceStart
    } else if (promo && words <= maxQuestionWords && sentence.endsWith('?')) {
      start = sentenceStart
      break
    } else {
      break
    }
  }
  if (!promo || start === undefined) return undefined
  // A line that is only a promo is `promo-line`'s; the paragraph must stay.
  const paragraph = value.slice(0, start).trimEnd()
  if (paragraph.trimStart().length < minParagraph) return undefined
  // The white space before the promo goes with it.
  return paragraph.length
}

/**
 * Whether a sentence is a call to the reader: a promo (`Subscribe to …`), or
 * a contact call with a handle or an address (`Follow us on Twitter
 * @example`, `Email Jane Doe at jane@example.com`).
 *
 * @param sentence
 *   The sentence.
 * @param normalized
 *   The sentence folded by `normalizeLine`.
 * @returns
 *   Whether it is a call.
 */
function isCall(sentence: string, normalized: string): boolean {
  if (findOpening(normalized, openings, openingWords) !== undefined || phrasePattern.test(normalized)) return true
  return (
    sentence.includes('@') &&
    (findOpening(normalized, contactStarts, contactStartWords) !== undefined || contactPattern.test(normalized))
  )
}

/**
 * Where the sentences in the end of a line start, from the first sentence
 * break after `from`.
 *
 * @param value
 *   The line.
 * @param from
 *   Offset to look from.
 * @returns
 *   Sentence starts, left to right.
 */
function sentenceStarts(value: string, from: number): number[] {
  const starts: number[] = []
  sentenceBreak.lastIndex = from
  for (let match = sentenceBreak.exec(value); match !== null; match = sentenceBreak.exec(value)) {
    const next = match.index + match[0].length
    if (next >= value.length) break
    if (match[0].length === 0) sentenceBreak.lastIndex++
    starts.push(next)
  }
  return starts
}

/** The rule record. */
export const gluedPromo: Rule = {
  id: 'glued-promo',
  kind: 'promo',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'],
  description:
    'A promo or a contact call with a handle or an address glued to the end of a paragraph’s line ' +
    '(`…blackholes.Need more space? Subscribe to our sister title for the latest news! (Image credit: …)`, ' +
    '`… Follow us on Twitter @Spacedotcom.`), with short scraps after it and a short question before it: cut off ' +
    'by an edit; a line that is only a promo is left to `promo-line`.',
  examples: {
    catch: [
      {
        context: [
          'The simulation follows how supermassive black holes and exploding stars push gas out of young galaxies, ' +
            'the team said.Need more space? Subscribe to our sister title "All About Space" for the latest news! ' +
            '(Image credit: All About Space)'
        ],
        line: 0,
        becomes:
          'The simulation follows how supermassive black holes and exploding stars push gas out of young galaxies, ' +
          'the team said.'
      },
      {
        context: [
          'The manual covers every service job, from changing the oil to rebuilding the gearbox, with clear photos ' +
            'of each step.Advert Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues ' +
            'for £11.99. Click here for more information.'
        ],
        line: 0,
        becomes:
          'The manual covers every service job, from changing the oil to rebuilding the gearbox, with clear photos ' +
          'of each step.'
      },
      {
        context: [
          'Le conseil municipal a voté mardi la fermeture de la bibliothèque pendant l’été, faute de personnel, ' +
            'a indiqué le maire, qui promet une réouverture dès la rentrée de septembre. Abonnez-vous à notre newsletter.'
        ],
        line: 0,
        becomes:
          'Le conseil municipal a voté mardi la fermeture de la bibliothèque pendant l’été, faute de personnel, ' +
          'a indiqué le maire, qui promet une réouverture dès la rentrée de septembre.'
      },
      {
        context: [
          'The lander will fly in 2024 if the budget holds, and the agency will choose where it lands next year.' +
            'Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom.'
        ],
        line: 0,
        becomes: 'The lander will fly in 2024 if the budget holds, and the agency will choose where it lands next year.'
      }
    ],
    keep: [
      // The promo call is inside the paragraph, prose follows it; a call to follow without a handle is prose.
      'The council voted on Tuesday to close the library. Residents can sign up for the mobile service, which ' +
        'visits each district twice a week, the mayor said. Follow us, she told the other towns, and you will see.',
      // Prose that mentions subscribers.
      'The paper said on Monday that subscribers to its print edition rose by 5% in the last quarter, the first ' +
        'rise in ten years, while advertising fell again.',
      // A promo call in the middle of a paragraph, prose after it.
      'Der Stadtrat hat am Dienstag beschlossen, die Bibliothek im Sommer zu schließen. Jetzt abonnieren, sagte ' +
        'der Bürgermeister, sei für viele Leser keine Lösung, denn die Zeitung koste zu viel Geld im Monat.'
    ]
  },
  plugin: decruftGluedPromo
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {bracketed, sentenceBreak}
