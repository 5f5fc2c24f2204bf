/**
 * Detector for promo lines: calls to subscribe, sign up for a newsletter,
 * download an app, advertise or donate (`Subscribe to X for daily news.`,
 * `Abonnez-vous`, `Jetzt abonnieren`, `Suscríbete`).
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import {companyBlurbOpenings, promoOpenings, promoPhrases} from '../lexicon/promo.js'
import {normalizeLine} from '../normalize.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Root} from '../types.js'
import {anyPhrase, countWords, findOpening, lexiconSet, longestPhrase} from './lexicon-set.js'
import {createLineRule, type LineContext, type LineFinding} from './line-rule.js'

/** Longest promo line, in words: longer lines are prose that mentions one. */
const maxWords = 40

/** A promo line up to this many words is a sure one. */
const shortWords = 20

/** Longest line judged as a whole: longer lines are judged by their first sentence. */
const maxLineLength = 250

/**
 * Longest promo paragraph, in characters: a paragraph opened by a promo
 * sentence (`If you enjoyed this article, we have a proposition for you: …`)
 * or a closing company blurb goes whole up to this length.
 */
const maxParagraphLength = 700

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
  if (words > maxWords) return judgeParagraph(line.text, line.index, line.tree)
  const blurb = judgeCompanyBlurb(line.text, line.index, line.tree)
  if (blurb !== undefined) return blurb
  const opening = findOpening(normalized, openings, openingWords)
  // `Subscribe` alone is a button; `Subscribe to X for daily news.` a call.
  if (opening !== undefined) return promoFinding(line.text, words <= shortWords ? 0.85 : 0.7)
  if (words > shortWords + 10) return undefined
  return phrasePattern.test(normalized) ? promoFinding(line.text, 0.8) : undefined
}

/**
 * A promo-line finding, its reason made only for a line found to be one.
 *
 * @param text
 *   The trimmed line.
 * @param confidence
 *   How sure.
 * @returns
 *   The finding.
 */
function promoFinding(text: string, confidence: number): LineFinding {
  return {reason: 'Unexpected promo line `' + text + '`, expected content', confidence}
}

/**
 * Judge a paragraph longer than a promo line: a closing company blurb, or a
 * promo paragraph by its first sentence.
 *
 * @param text
 *   The paragraph, trimmed.
 * @param index
 *   Index of its block in `tree.children`.
 * @param tree
 *   The whole tree.
 * @returns
 *   A finding, or `undefined` for content.
 */
function judgeParagraph(text: string, index: number, tree: Root): LineFinding | undefined {
  return judgeCompanyBlurb(text, index, tree) ?? judgeLeadSentence(text)
}

/**
 * Judge a closing company blurb: one of the last content lines, opening with
 * a name and what the company says of itself (`Acme is a leading provider of
 * …`, `Acme ist ein führender Anbieter …`).
 *
 * @param text
 *   The line, trimmed.
 * @param index
 *   Index of its block in `tree.children`.
 * @param tree
 *   The whole tree.
 * @returns
 *   A finding, or `undefined` for content.
 */
function judgeCompanyBlurb(text: string, index: number, tree: Root): LineFinding | undefined {
  const blocks = tree.children
  // A blurb closes a release: a document's first line is never one.
  let before = index - 1
  while (before >= 0 && blocks[before]?.blank === true) before--
  if (before < 0) return undefined
  let after = 0
  for (let next = index + 1; next < blocks.length; next++) {
    if (blocks[next]?.blank === true) continue
    after++
    if (after >= blurbLastLines) return undefined
  }
  const name = companyName.exec(text)
  if (name === null) return undefined
  const rest = normalizeLine(text.slice(name[0].length, name[0].length + 80))
  if (findOpening(rest, blurbOpenings, blurbOpeningWords) === undefined) return undefined
  return {reason: 'Unexpected company blurb `' + text + '`, expected content', confidence: 0.7}
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

/** The line rule for lines up to `maxLineLength`, folded once for all line rules. */
const promoLines = createLineRule({
  ruleId: 'promo-line',
  kind: 'promo',
  confidence: 0.85,
  maxLength: maxLineLength,
  judge: judgePromoLine
})

/**
 * Unified plugin that marks promo lines as noise, and longer paragraphs by
 * their first sentence or as a closing company blurb without folding them
 * whole (most long lines are prose).
 *
 * @param options
 *   Rule settings.
 * @returns
 *   The transformer.
 */
function decruftPromoLine(options?: RuleSettings | null) {
  const judgeLines = promoLines(options)
  const override = options?.confidence ?? undefined
  return function (tree: Root, file: VFile): undefined {
    judgeLines(tree, file)
    const blocks = tree.children
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]
      if (!block || block.blank) continue
      const text = block.value.trim()
      if (text.length <= maxLineLength || text.length > maxParagraphLength) continue
      const finding = judgeParagraph(text, index, tree)
      if (finding === undefined) continue
      const confidence = override ?? finding.confidence
      addEvidence(block, {ruleId: 'promo-line', label: 'noise', kind: 'promo', confidence, reason: finding.reason})
    }
  }
}

export default decruftPromoLine

/** The rule record. */
export const promoLine: Rule = {
  id: 'promo-line',
  kind: 'promo',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'],
  description:
    'Lines that ask the reader to subscribe, sign up, download an app, advertise or donate ' +
    '(`Sign up for our newsletter`, `Abonnez-vous`, `Jetzt abonnieren`), and paragraphs of up to 700 characters ' +
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
