/**
 * A list of posts run together into one line after the article, each card
 * opened by the same share bar: cut off by an edit.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed} from '../../src/index.js'
import {shareCards} from '../../src/detect/share-cards.js'

/**
 * Clean one line (the classifier off) and list what share-cards cut.
 *
 * @param line
 *   The line.
 * @returns
 *   The line as it comes out and the cut texts.
 */
function run(line: string): {line: string; removed: string[]} {
  const {text, report} = cleanDetailed(line, {rules: {'block-classifier': false}})
  const removed = report
    .filter((entry) => entry.ruleId === 'share-cards')
    .map((entry) => line.slice(entry.position.start.offset, entry.position.end.offset))
  return {line: text, removed}
}

const bar = '   Whatsapp   Facebook   Pint   Baixar  '
const title = 'Só quem se Ama…'
const article =
  'Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida. Gostar é sentir com a alma, mas ' +
  'expressar os sentimentos depende das idéias de cada um.'
const tags = 'Mensagens de Autoestima, Mensagens de Reflexão Sobre a Vida'
const teaser = 'A vida requer da gente otimismo e coragem para esperar o melhor, traçando um plano paralelo para …'
const post = 'O que une uma família é o amor, o carinho, o querer bem. Família unida é força.'

const caught: ReadonlyArray<[string, string, string[]]> = [
  [
    title + bar + article + '   ' + tags + bar + teaser + bar + post,
    article,
    [title + bar, '   ' + tags + bar + teaser + bar + post]
  ],
  [
    // No title before the second bar: the cut starts at the bar.
    title + bar + article + bar + post + bar + teaser + bar + post,
    article,
    [title + bar, bar + post + bar + teaser + bar + post]
  ]
]

const kept: readonly string[] = [
  // Every card ends its sentence: a gallery's captions, not teasers.
  title + bar + article + bar + post + bar + post + bar + post,
  // Two bars are too few for a list.
  title + bar + article + bar + teaser,
  // Network names in prose.
  'Facebook, Twitter and WhatsApp said on Monday that they would share more data with researchers who study ' +
    'elections, after a year in which lawmakers asked the companies to open their archives …   Facebook   ' +
    'Twitter   said …   Facebook   Twitter   said …'
]

describe('share-cards', () => {
  it('should expose the public api', () => {
    expect([shareCards.id, shareCards.kind, shareCards.stage]).toStrictEqual(['share-cards', 'related', 'detect'])
  })

  for (const [line, rest, removed] of caught) {
    it(`should cut the posts after ${JSON.stringify(line.slice(0, 60))}…`, () => {
      expect(run(line)).toStrictEqual({line: rest, removed})
    })
  }

  for (const line of kept) {
    it(`should keep ${JSON.stringify(line.slice(0, 60))}…`, () => {
      expect(run(line).removed).toStrictEqual([])
    })
  }
})
