/**
 * Detector for page chrome: buttons, links and notices of the page around an
 * article (`Scroll to Top`, `Open in full screen mode`, `Lire la suite`,
 * `Accept all cookies`, `Image 3 of 12`, `5 min read`).
 */
import {
  clickOpenings,
  mediaControls,
  readingTime,
  uiNotices,
  uiPhrases,
  uiWeakWords
} from '../lexicon/ui.js'
import type {Rule} from '../rule.js'
import {anyPhrase, findOpening, lexiconSet, longestPhrase} from './lexicon-set.js'
import {createLineRule, type LineContext, type LineFinding} from './line-rule.js'

/** Longest chrome line, in words: longer lines are prose. */
const maxWords = 8

/** Longest line a site notice is looked for in, in words (a cookie banner runs to 40 or so). */
const maxNoticeWords = 60

const phrases = lexiconSet(uiPhrases, mediaControls)
const notices = lexiconSet(uiNotices)
const noticeWords = longestPhrase(notices)
const weakWords = lexiconSet(uiWeakWords)
const openings = lexiconSet(clickOpenings)
const openingWords = longestPhrase(openings)
const readingLabels = lexiconSet(readingTime)
const readingLabelWords = longestPhrase(readingLabels)

/** Minute words of a reading time (`5 min read`). */
const minuteWords = new Set([
  'dakika', 'min', 'mins', 'minute', 'minuten', 'minutes', 'minuti', 'minuto', 'minutos', 'minuut', 'мин',
  'минут', 'минута', 'минуты'
])

/** Any minute word anywhere in a folded line: a line without one is no reading time. */
const anyMinuteWord = anyPhrase(minuteWords)

/** A quotation mark or an opening bracket at the start of a line. */
const quoteStart = /^[\p{Pi}\p{Ps}"'«»„‚]/u

/** A digit anywhere in a folded line. */
const digit = /\d/

/** A number of up to three digits, as a folded word. */
const shortNumber = /^\d{1,3}$/

/**
 * A gallery counter, folded: `Image 3 of 12`, `Foto 3 von 12`, `Photo 3/12`
 * (`photo 3 12`). A word or `of` is required: `3 1` alone is a score.
 */
const galleryCounter =
  /^(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine|afbeelding|fotoğraf|фото) \d{1,3}(?: (?:of|sur|von|de|di|van|из))?|\d{1,3} (?:of|sur|von|de|di|van|из)) \d{1,3}$/u

/**
 * Judge a line: chrome when it is a known chrome phrase, a short call to
 * click, a gallery counter or a reading time.
 *
 * @param line
 *   The line.
 * @returns
 *   A finding, or `undefined` for content.
 */
function judgeUiChrome(line: LineContext): LineFinding | undefined {
  const {normalized} = line
  const words = line.wordCount
  if (words === 0 || words > maxNoticeWords) return undefined
  if (words > maxWords) return isNotice(line) ? found(line, 0.85) : undefined

  if (phrases.has(normalized)) return found(line, 0.9)
  // `Menu` alone is chrome on most pages, but could head a restaurant review.
  if (weakWords.has(normalized)) return found(line, 0.7)
  if (findOpening(normalized, openings, openingWords) !== undefined) return found(line, 0.8)
  if (isNotice(line)) return found(line, 0.85)
  // Both checks below need a number; most short lines have none.
  if (!digit.test(normalized)) return undefined
  if (galleryCounter.test(normalized)) return found(line, 0.85)
  if (anyMinuteWord.test(normalized) && isReadingTime(normalized)) return found(line, 0.85)
  return undefined
}

/**
 * Whether a line opens with a site notice (`We use cookies to …`, `Your email
 * address will not be published.`). A line that opens with a quotation mark
 * quotes one: `“We use cookies to …,” the company said.`
 *
 * @param line
 *   The line.
 * @returns
 *   Whether it does.
 */
function isNotice(line: LineContext): boolean {
  return !quoteStart.test(line.text) && findOpening(line.normalized, notices, noticeWords) !== undefined
}

/**
 * A finding for a chrome line.
 *
 * @param line
 *   The line.
 * @param confidence
 *   How sure.
 * @returns
 *   The finding.
 */
function found(line: LineContext, confidence: number): LineFinding {
  return {reason: 'Unexpected page chrome `' + line.text + '`, expected content', confidence}
}

/**
 * Whether a folded line is a reading time: a label plus a number and a minute
 * word, in any order (`5 min read`, `lesezeit 3 minuten`).
 *
 * @param normalized
 *   The folded line.
 * @returns
 *   Whether it is one.
 */
function isReadingTime(normalized: string): boolean {
  let hasNumber = false
  let hasMinute = false
  const rest: string[] = []
  for (const word of normalized.split(' ')) {
    if (shortNumber.test(word)) hasNumber = true
    else if (minuteWords.has(word)) hasMinute = true
    else rest.push(word)
  }
  if (!hasNumber || !hasMinute || rest.length === 0 || rest.length > readingLabelWords) return false
  return readingLabels.has(rest.join(' '))
}

/**
 * Unified plugin that marks page chrome as noise.
 */
const decruftUiChrome = createLineRule({
  ruleId: 'ui-chrome',
  kind: 'ui',
  confidence: 0.9,
  maxLength: 250,
  judge: judgeUiChrome
})

export default decruftUiChrome

/** The rule record. */
export const uiChrome: Rule = {
  id: 'ui-chrome',
  kind: 'ui',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'tr', 'zh'],
  description:
    'Short lines that are buttons, links or notices of the page (`Scroll to Top`, `Open in full screen mode`, ' +
    '`Lire la suite`, `Image 3 of 12`, `Privacy Policy`), and lines that open with a cookie banner or the comment ' +
    'form (`Your email address will not be published.`); lone words that could be headings (`Menu`) are weaker ' +
    'evidence.',
  examples: {
    catch: [
      'Scroll to Top',
      'Open in full screen mode',
      'Skip to main content',
      'Accept all cookies',
      'Loading…',
      'Advertisement',
      'Click here to read the full report',
      'Image 3 of 12',
      '5 min read',
      'Lire la suite',
      'Zum Inhalt springen',
      'Leer más',
      'Voltar ao topo',
      'Continua a leggere',
      'Terug naar boven',
      'Devamını oku',
      'Читать далее',
      '返回顶部',
      'ページの先頭へ',
      '맨 위로',
      'Leave a Reply Cancel reply',
      'Your email address will not be published. Required fields are marked *',
      'We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.',
      'Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
      'Continue reading the main story',
      'Privacy Policy',
      'Datenschutzerklärung',
      'Mentions légales',
      'Annuler la réponse',
      'Comments are closed.',
      'Menu'
    ],
    keep: [
      'Read more books, the minister told pupils.',
      'Back to the drawing board for the negotiators',
      'The menu changes every season.',
      'Loading the trucks took three days.',
      'Advertising revenue fell by a third in 2023.',
      '3 – 1',
      'Background: U.S. Strike and Escalating Tensions',
      'Le gouvernement a fermé la frontière jeudi.',
      '返回顶部的路很长，他走了一个小时。',
      '“We use cookies to personalise content,” the company said in a statement on Friday.',
      'The regulator said the company would have to stop using cookies to follow users across sites.'
    ]
  },
  plugin: decruftUiChrome
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {shortNumber, galleryCounter}
