/**
 * Detector for promo lines: calls to subscribe, sign up for a newsletter,
 * download an app, advertise or donate (`Subscribe to X for daily news.`,
 * `Abonnez-vous`, `Jetzt abonnieren`, `Suscríbete`).
 */
import {promoOpenings, promoPhrases} from '../lexicon/promo.js'
import type {Rule} from '../rule.js'
import {anyPhrase, findOpening, lexiconSet, longestPhrase} from './lexicon-set.js'
import {createLineRule, type LineContext, type LineFinding} from './line-rule.js'

/** Longest promo line, in words: longer lines are prose that mentions one. */
const maxWords = 40

/** A promo line up to this many words is a sure one. */
const shortWords = 20

const openings = lexiconSet(promoOpenings)
const openingWords = longestPhrase(openings)
/** Any promo phrase anywhere in a folded line. */
const phrasePattern = anyPhrase(lexiconSet(promoPhrases))

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
  if (words === 0 || words > maxWords) return undefined
  const reason = 'Unexpected promo line `' + line.text + '`, expected content'
  const opening = findOpening(normalized, openings, openingWords)
  // `Subscribe` alone is a button; `Subscribe to X for daily news.` a call.
  if (opening !== undefined) return {reason, confidence: words <= shortWords ? 0.85 : 0.7}
  if (words > shortWords + 10) return undefined
  return phrasePattern.test(normalized) ? {reason, confidence: 0.8} : undefined
}

/**
 * Unified plugin that marks promo lines as noise.
 */
const decruftPromoLine = createLineRule({
  ruleId: 'promo-line',
  kind: 'promo',
  confidence: 0.85,
  maxLength: 250,
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
    '(`Sign up for our newsletter`, `Abonnez-vous`, `Jetzt abonnieren`); prose that mentions subscribers stays.',
  examples: {
    catch: [
      'Subscribe to Daily Planet for daily world news.To Advertise, send a mail to ads@example.com',
      'Sign up for our newsletter',
      'Get the best stories delivered to your inbox every morning.',
      'Download our app for breaking news alerts',
      'Support independent journalism: donate today.',
      'Abonnez-vous à notre newsletter',
      'Jetzt abonnieren und weiterlesen',
      'Suscríbete a nuestro boletín',
      'Assine a newsletter do jornal',
      'Iscriviti alla newsletter',
      'Schrijf je in voor onze nieuwsbrief',
      'Bültenimize abone olun',
      'Подпишитесь на нашу рассылку'
    ],
    keep: [
      'Subscribers to the service rose by 5% in the last quarter.',
      'The paper lost half its advertisers in a year.',
      'Sign-ups for the army reached a record in March, officials said.',
      'Support for the coalition fell among younger voters.',
      'Les abonnés ont reçu un courriel jeudi.',
      'Die Zeitung hat 200.000 Abonnenten.'
    ]
  },
  plugin: decruftPromoLine
}
