/**
 * Detector for promo lines: calls to subscribe, sign up for a newsletter,
 * download an app, advertise or donate (`Subscribe to X for daily news.`,
 * `Abonnez-vous`, `Jetzt abonnieren`, `Suscríbete`).
 */
import {companyBlurbOpenings, promoOpenings, promoPhrases} from '../lexicon/promo.js'
import type {Rule} from '../rule.js'
import {normalizeLine} from '../normalize.js'
import {anyPhrase, countWords, findOpening, lexiconSet, longestPhrase} from './lexicon-set.js'
import {createLineRule, type LineContext, type LineFinding} from './line-rule.js'

/** Longest promo line, in words: longer lines are prose that mentions one. */
const maxWords = 40

/** A promo line up to this many words is a sure one. */
const shortWords = 20

/**
 * Longest promo paragraph, in words: a paragraph opened by a promo sentence
 * (`If you enjoyed this article, we have a proposition for you: …`) goes
 * whole up to this length.
 */
const maxParagraphWords = 90

/** The end of a paragraph's first sentence: a stop and a space, within 200 characters. */
const leadSentenceEnd = /[.!?](?=\s)/

const openings = lexiconSet(promoOpenings)
const openingWords = longestPhrase(openings)
/** Any promo phrase anywhere in a folded line. */
const phrasePattern = anyPhrase(lexiconSet(promoPhrases))

const blurbOpenings = lexiconSet(companyBlurbOpenings)
const blurbOpeningWords = longestPhrase(blurbOpenings)

/** A company's name opening a line: 1-4 capitalized words, then a space. */
// redos: anchored at the line start, at most 4 words of at most 31 characters, and the word class holds no space, so the words cannot overlap; lines over 700 characters never reach it; test/hostile.test.ts covers runs of capitalized words
const companyName = /^\p{Lu}[\p{L}\p{N}&.'’-]{0,30}(?: \p{Lu}[\p{L}\p{N}&.'’-]{0,30}){0,3} /u

/** A company blurb is one of this many last content lines of a document. */
const blurbLastLines = 3

/**
 * Judge a line: promo when it opens with a call to subscribe, sign up,
 * download, advertise or donate, or holds a promo phrase, and is short.
 *
 * @param line
 *   The line.
 * @returns
 *   A finding, or `undefined` for content.
 */
function judgePromoLine(line: LineContext): LineFinding | undefined {
  const {normalized} = line
  const words = line.wordCount
  if (words === 0) return undefined
  const blurb = judgeCompanyBlurb(line)
  if (blurb !== undefined || words > maxParagraphWords) return blurb
  if (words > maxWords) return judgeLeadSentence(line.text)
  const reason = 'Unexpected promo line `' + line.text + '`, expected content'
  const opening = findOpening(normalized, openings, openingWords)
  // `Subscribe` alone is a button; `Subscribe to X for daily news.` a call.
  if (opening !== undefined) return {reason, confidence: words <= shortWords ? 0.85 : 0.7}
  if (words > shortWords + 10) return undefined
  return phrasePattern.test(normalized) ? {reason, confidence: 0.8} : undefined
}

/**
 * Judge a closing company blurb: one of the last content lines, opening with
 * a name and what the company says of itself (`Acme is a leading provider of
 * …`, `Acme ist ein führender Anbieter …`).
 *
 * @param line
 *   The line.
 * @returns
 *   A finding, or `undefined` for content.
 */
function judgeCompanyBlurb(line: LineContext): LineFinding | undefined {
  const name = companyName.exec(line.text)
  if (name === null) return undefined
  const rest = normalizeLine(line.text.slice(name[0].length, name[0].length + 80))
  if (findOpening(rest, blurbOpenings, blurbOpeningWords) === undefined) return undefined
  const blocks = line.tree.children
  let after = 0
  for (let index = line.index + 1; index < blocks.length; index++) {
    if (blocks[index]?.blank === true) continue
    after++
    if (after >= blurbLastLines) return undefined
  }
  return {reason: 'Unexpected company blurb `' + line.text + '`, expected content', confidence: 0.7}
}

/**
 * Judge a long paragraph by its first sentence: a promo paragraph when that
 * sentence, short, opens with a promo call or holds a promo phrase (a reprint
 * notice, a membership pitch).
 *
 * @param text
 *   The paragraph, trimmed.
 * @returns
 *   A finding, or `undefined` for content.
 */
function judgeLeadSentence(text: string): LineFinding | undefined {
  const end = text.slice(0, 200).search(leadSentenceEnd)
  if (end === -1) return undefined
  const lead = normalizeLine(text.slice(0, end))
  if (countWords(lead) > shortWords) return undefined
  const promo = findOpening(lead, openings, openingWords) !== undefined || phrasePattern.test(lead)
  return promo ? {reason: 'Unexpected promo paragraph `' + text + '`, expected content', confidence: 0.7} : undefined
}

/**
 * Unified plugin that marks promo lines as noise.
 */
const decruftPromoLine = createLineRule({
  ruleId: 'promo-line',
  kind: 'promo',
  confidence: 0.85,
  maxLength: 700,
  judge: judgePromoLine
})

export default decruftPromoLine

/** The rule record. */
export const promoLine: Rule = {
  id: 'promo-line',
  kind: 'promo',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'],
  description:
    'Lines that ask the reader to subscribe, sign up, download an app, advertise or donate ' +
    '(`Sign up for our newsletter`, `Abonnez-vous`, `Jetzt abonnieren`), and paragraphs of up to 90 words ' +
    'whose first sentence is one (a membership pitch, a reprint notice), and a company blurb among the last 3 lines ' +
    '(`Acme is a leading provider of …`, `Acme ist ein führender …`); prose that mentions subscribers stays.',
  examples: {
    catch: [
      'Subscribe to Daily Planet for daily world news.To Advertise, send a mail to ads@example.com',
      'Sign up for our newsletter',
      'Get the best stories delivered to your inbox every morning.',
      'Get Cycling Monthly delivered through your letterbox every month. 12 issues for £11.99.',
      'Recevez nos meilleurs articles directement dans votre boîte mail',
      'Download our app for breaking news alerts',
      'Support independent journalism: donate today.',
      'Abonnez-vous à notre newsletter',
      'Jetzt abonnieren und weiterlesen',
      'Suscríbete a nuestro boletín',
      'Assine a newsletter do jornal',
      'Iscriviti alla newsletter',
      'Schrijf je in voor onze nieuwsbrief',
      'Bültenimize abone olun',
      'Подпишитесь на нашу рассылку',
      'If you enjoyed this article, we have a proposition for you: join our members. Members get all of our ' +
        'content, including the magazine, with no paywalls or meters, an advertising-light site and access to our ' +
        'writers and editors in calls and groups. And members help keep the magazine going. Consider it?',
      {
        context: [
          'The hospital will roll out the alarm system to all wards by March.',
          '',
          'Acme Medical is a leading provider of clinical software. It employs 1,300 people in 15 countries.'
        ],
        line: 2
      }
    ],
    keep: [
      'Subscribers to the service rose by 5% in the last quarter.',
      'The paper lost half its advertisers in a year.',
      'Sign-ups for the army reached a record in March, officials said.',
      'Support for the coalition fell among younger voters.',
      'Les abonnés ont reçu un courriel jeudi.',
      'Die Zeitung hat 200.000 Abonnenten.',
      'Leaflets from the council landed in letterboxes across the city on Monday.',
      'The council voted on Tuesday to close the library for the summer. Residents who want to keep borrowing ' +
        'books can sign up for the mobile service, which visits each district twice a week, or subscribe to ' +
        'the e-book catalogue that the county opened in March for all card holders.',
      {
        context: [
          'Acme Medical is a leading provider of clinical software, the regulator said on Monday.',
          '',
          'The company has been fined twice for late alarms.',
          'The fine comes a year after a similar ruling in France.',
          'Acme said it would appeal.'
        ],
        line: 0
      },
      'Its owner said Acme is a leading name in the trade.'
    ]
  },
  plugin: decruftPromoLine
}
