/**
 * Detector for a list of cards run together into one line, each card opened
 * by the same share bar: an extractor's text of a page that shows its article
 * and then other posts, every one with its own buttons (`Só quem se Ama…
 * Whatsapp   Facebook   Pint   Baixar  Viver uma … Um Amor de Verdade
 * Mensagens de Autoestima  Whatsapp   Facebook   Pint   Baixar  A vida requer
 * … um plano paralelo para …  Whatsapp …`).
 *
 * The first card is the article: its title and share bar are cut off, and
 * everything from the next card's title on. The line must hold the same bar
 * 3+ times and a later card cut off mid-sentence (`… para …`): a teaser, so
 * the cards are other posts and not a gallery's captions.
 */
import type {Replacement} from '../edit.js'
import {shareNetworks} from '../lexicon/share.js'
import {normalizeLine} from '../normalize.js'
import type {Rule} from '../rule.js'
import {createCutRule} from './cut-rule.js'

/** Shortest line looked at, in characters: three cards and their bars. */
const minLine = 300

/** Fewest share bars in a card list. */
const minBars = 3

/** Longest word of a button (`Whatsapp`, `Baixar`), in characters. */
const maxButton = 15

/** Fewest buttons in a bar. */
const minButtons = 3

/** Fewest network names in a bar (`Whatsapp Facebook`). */
const minNetworks = 2

/** Longest card title or tag line before a bar, in characters. */
const maxTitle = 150

const networks = new Set(shareNetworks)

/**
 * An element of the line: a run of text with single spaces inside, between
 * runs of 2+ white-space characters (where an extractor joined two elements).
 */
// redos: `\S` and `\s` are disjoint and each `\s` must be followed by `\S`, so every character has one way to match
const element = /\S+(?:\s\S+)*/gu

/** A sentence end inside a title: a title holds none (`Mensagens de Autoestima, …`). */
const sentenceEnd = /[.!?]\s/u

/** A card cut off mid-sentence: an ellipsis after a word or a space, not after a stop (`… para …`). */
const cutOff = /[\p{L}\p{N},;]\s?(?:…|\.\.\.)$/u

/** One element of a line, with its offsets. */
interface Element {
  /** Start in the line. */
  readonly start: number
  /** End in the line (exclusive). */
  readonly end: number
  /** The element's text. */
  readonly text: string
}

/** A share bar: a run of button elements, with its offsets and folded text. */
interface Bar {
  /** Index of its first element. */
  readonly first: number
  /** Index after its last element. */
  readonly last: number
  /** Its buttons, folded and joined by one space. */
  readonly key: string
}

/**
 * Unified plugin that cuts the other posts off an article run together with
 * them into one line.
 */
const decruftShareCards = createCutRule({
  ruleId: 'share-cards',
  kind: 'related',
  confidence: 0.8,
  minLength: minLine,
  cuts: cardCuts,
  reason: (value, cuts) => {
    const last = cuts.at(-1)
    return 'Unexpected list of posts `' + value.slice(last?.start, (last?.start ?? 0) + 80).trim() + '…` after an article, expected content'
  }
})

export default decruftShareCards

/**
 * The cuts of a card list: the first card's title and bar, and everything
 * from the second card's title to the line end.
 *
 * @param value
 *   The block's value.
 * @returns
 *   Deletions, left to right; none when the line is no card list.
 */
function cardCuts(value: string): Replacement[] {
  const elements: Element[] = []
  for (const match of value.matchAll(element)) {
    elements.push({start: match.index, end: match.index + match[0].length, text: match[0]})
  }
  const bars = shareBars(elements)
  const first = bars[0]
  const second = bars[1]
  if (first === undefined || second === undefined) return []
  const same = bars.filter((bar) => bar.key === first.key)
  if (same.length < minBars) return []
  // A later card that is a teaser: the text before a bar after the second.
  const teaser = same.slice(2).some((bar) => cutOff.test((elements[bar.first - 1] as Element).text))
  if (!teaser) return []
  // The white space around the cuts goes with them: the article's text is left as it was.
  const titleStart = (elements[titleBefore(elements, first.first)] as Element).start
  const nextTitle = titleBefore(elements, second.first)
  // No text between the bars: no article to keep.
  if (nextTitle <= first.last) return []
  const articleStart = (elements[first.last] as Element).start
  const articleEnd = (elements[nextTitle - 1] as Element).end
  return [
    {start: titleStart, end: articleStart, text: ''},
    {start: articleEnd, end: value.length, text: ''}
  ]
}

/**
 * The share bars among a line's elements: runs of 3+ one-word buttons, 2+ of
 * them network names (`Whatsapp   Facebook   Pint   Baixar`).
 *
 * @param elements
 *   The line's elements.
 * @returns
 *   The bars, left to right.
 */
function shareBars(elements: readonly Element[]): Bar[] {
  const bars: Bar[] = []
  let index = 0
  while (index < elements.length) {
    let end = index
    let networkCount = 0
    while (end < elements.length && isButton((elements[end] as Element).text)) {
      if (networks.has(normalizeLine((elements[end] as Element).text))) networkCount++
      end++
    }
    if (end - index >= minButtons && networkCount >= minNetworks) {
      const key = elements
        .slice(index, end)
        .map((button) => normalizeLine(button.text))
        .join(' ')
      bars.push({first: index, last: end, key})
    }
    index = Math.max(end, index + 1)
  }
  return bars
}

/**
 * Whether an element is a button: one word of letters.
 *
 * @param text
 *   The element.
 * @returns
 *   Whether it is a button.
 */
function isButton(text: string): boolean {
  if (text.length > maxButton) return false
  const folded = normalizeLine(text)
  return folded !== '' && !folded.includes(' ') && folded === text.toLowerCase()
}

/**
 * Where the title before a bar starts: the element right before it, when it
 * is short and holds no sentence end (`Mensagens de Autoestima, …`), else the
 * bar itself.
 *
 * @param elements
 *   The line's elements.
 * @param bar
 *   Index of the bar's first element.
 * @returns
 *   Index of the title's element, or of the bar's first element.
 */
function titleBefore(elements: readonly Element[], bar: number): number {
  const title = elements[bar - 1]
  if (title === undefined || title.text.length > maxTitle || sentenceEnd.test(title.text)) return bar
  return bar - 1
}

/** The rule record. */
export const shareCards: Rule = {
  id: 'share-cards',
  kind: 'related',
  stage: 'detect',
  languages: ['*'],
  description:
    'A list of posts run together into one line after the article, every card opened by the same share bar ' +
    '(`…  Whatsapp   Facebook   Pint   Baixar  …`, 3+ times, a later card cut off mid-sentence `… para …`): the ' +
    'article’s title and bar, and every card after it, are cut off by an edit.',
  examples: {
    catch: [
      {
        context: [
          'Only Self Love…   Whatsapp   Facebook   Pin   Download  To live a true love is one of the great joys of ' +
            'life. Liking is feeling with the soul, but showing it depends on each one of us.   Love Quotes  ' +
            'Whatsapp   Facebook   Pin   Download  Life asks us for hope and courage to wait for the best and make it ' +
            'happen, because the pessimist never leaves his …   Whatsapp   Facebook   Pin   Download  What keeps ' +
            'a family together is love, care and the wish to see each other well.'
        ],
        line: 0,
        becomes:
          'To live a true love is one of the great joys of life. Liking is feeling with the soul, but showing it ' +
          'depends on each one of us.'
      }
    ],
    keep: [
      // Two bars: an article and one more post is too little to call a list.
      'Only Self Love…   Whatsapp   Facebook   Pin   Download  To live a true love is one of the great joys of life, ' +
        'and showing it depends on each one of us.   Whatsapp   Facebook   Pin   Download  Life asks us for hope ' +
        'and courage to wait for the best and make it happen, because the pessimist never leaves his …',
      // Bars before captions that all end their sentence: a gallery, not a list of posts.
      'The old bridge at dawn.   Whatsapp   Facebook   Pinterest   Email  The market square on a Sunday morning, ' +
        'full of stalls.   Whatsapp   Facebook   Pinterest   Email  The harbour after the storm, seen from the ' +
        'hill.   Whatsapp   Facebook   Pinterest   Email  The cathedral lit up for the festival in May.',
      'Facebook, Twitter and WhatsApp said on Monday that they would share more data with researchers who study ' +
        'elections, after a year in which lawmakers in Europe and the United States asked the companies to open ' +
        'their archives. The companies did not say which researchers would get access, or when the data would ' +
        'be ready, but said the first sets would cover the last two elections.'
    ]
  },
  plugin: decruftShareCards
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {cutOff, element, sentenceEnd}
