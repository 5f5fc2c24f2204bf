/**
 * Detector for share and follow widgets: `Spread the love`, `Abone Ol
 * google-news`, `Share on Facebook Twitter WhatsApp`.
 */
import {shareCues, shareFiller, shareNetworks, sharePhrases} from '../lexicon/share.js'
import type {Rule} from '../rule.js'
import {createLineRule, type LineContext} from './line-rule.js'

/** Longest share widget line, in words: longer lines are prose. */
const maxWords = 10

const cues = new Set(Object.values(shareCues).flat())
const networks = new Set(shareNetworks)
const allowed = new Set([...cues, ...networks, ...Object.values(shareFiller).flat()])
const phrases = new Set(sharePhrases)

/**
 * Judge a line: a share widget when it is a known phrase, or short, made only
 * of share words and network names, with a cue or two networks among them.
 *
 * @param line
 *   The line.
 * @returns
 *   A reason, or `undefined` for content.
 */
function judgeShareWidget(line: LineContext): string | undefined {
  const {normalized} = line
  if (phrases.has(normalized)) return 'Unexpected share widget `' + line.text + '`'
  const count = line.wordCount
  if (count === 0 || count > maxWords) return undefined
  let hasCue = false
  let networkCount = 0
  // Word by word, without splitting the line: most lines fail on their first word.
  for (let start = 0, end = 0; start < normalized.length; start = end + 1) {
    end = normalized.indexOf(' ', start)
    if (end === -1) end = normalized.length
    const word = normalized.slice(start, end)
    if (!allowed.has(word)) return undefined
    if (cues.has(word)) hasCue = true
    if (networks.has(word)) networkCount++
  }
  // `Twitter` alone may be a heading; `Facebook Twitter WhatsApp` is a share bar.
  return hasCue || networkCount >= 2 ? 'Unexpected share widget `' + line.text + '`' : undefined
}

/**
 * Unified plugin that marks share and follow widgets as noise.
 */
const decruftShareWidget = createLineRule({
  ruleId: 'share-widget',
  kind: 'share',
  confidence: 0.9,
  maxLength: 150,
  judge: judgeShareWidget
})

export default decruftShareWidget

/** The rule record. */
export const shareWidget: Rule = {
  id: 'share-widget',
  kind: 'share',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'tr', 'zh'],
  description:
    'Short lines made only of share/follow calls and network names (`Spread the love`, `Abone Ol google-news`).',
  examples: {
    catch: [
      'Spread the love',
      'Abone Ol google-news',
      'Share on Facebook',
      'Share this article',
      'Partager sur Facebook',
      'Diesen Artikel teilen',
      'Compartir en WhatsApp',
      'Condividi su Facebook',
      'Deel dit artikel',
      'Compartilhe no WhatsApp',
      'Поделиться',
      'Takip et',
      'Facebook Twitter WhatsApp Telegram',
      '分享到：',
      'この記事をシェアする',
      '공유하기',
      '微信 微博 QQ空间',
      'Click to share on Twitter (Opens in new window)',
      'Like us on Facebook'
    ],
    keep: [
      'Follow the money.',
      'Share prices fell 3% on Friday as investors weighed the news.',
      'Facebook said it would appeal the ruling.',
      'Twitter',
      'Background: U.S. Strike and Escalating Tensions',
      'Les partages de fichiers ont doublé en un an.',
      '他在微博上分享了这张照片。',
      '微信'
    ]
  },
  plugin: decruftShareWidget
}
