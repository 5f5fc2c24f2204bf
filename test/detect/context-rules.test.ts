/**
 * The context rules: related-zone, photo-caption and repeated-headline read
 * their neighbours, so they are tested on whole documents.
 */
import {describe, expect, it} from 'vitest'
import {clean, cleanDetailed} from '../../src/index.js'
import {photoCaption} from '../../src/detect/photo-caption.js'
import {relatedZone} from '../../src/detect/related-zone.js'
import {repeatedHeadline} from '../../src/detect/repeated-headline.js'

const paragraph =
  'The regional council approved the new flood plan on Tuesday after a long debate about its cost, its timing and the houses it would protect.'
const second =
  'Work on the embankments is expected to start in the spring and to last at least three years, the council said in a statement on its website.'

/**
 * What each rule removed, as `line ruleId` strings.
 *
 * @param lines
 *   The document.
 * @param options
 *   A preset (the block classifier is off).
 * @returns
 *   One string per removal.
 */
function removals(lines: readonly string[], options?: {preset?: 'precision' | 'balanced' | 'recall'}): string[] {
  // The statistical classifier has its own tests; here it would only add noise.
  return cleanDetailed(lines.join('\n'), {...options, rules: {'block-classifier': false}})
    .report.filter((entry) => entry.type === 'removal')
    .map((entry) => entry.position.start.line + ' ' + entry.ruleId)
}

describe('context rules', () => {
  it('should expose the public api', () => {
    expect([relatedZone.stage, photoCaption.stage, repeatedHeadline.stage]).toStrictEqual(['context', 'context', 'context'])
  })
})

describe('related-zone', () => {
  it('should remove a trailing zone of teasers after a related heading', () => {
    const lines = [paragraph, '', 'Related Articles', '', 'Floods hit the north again', 'Central bank holds rates', 'Why the river keeps rising?']
    expect(removals(lines)).toStrictEqual(['3 related-zone', '5 related-zone', '6 related-zone', '7 related-zone'])
  })

  it('should keep teasers before prose and keep the prose', () => {
    const lines = [paragraph, '', 'Read also', 'Floods hit the north again', '', second]
    expect(removals(lines)).toStrictEqual(['3 related-zone'])
    expect(clean(lines.join('\n'))).toBe([paragraph, '', 'Floods hit the north again', '', second].join('\n'))
  })

  it('should remove teasers before prose only under `recall`', () => {
    const lines = [paragraph, '', 'Read also', 'Floods hit the north again', '', second]
    expect(removals(lines, {preset: 'recall'})).toStrictEqual(['3 related-zone', '4 related-zone'])
  })

  it('should suspect a heading right before prose: multi-word under `balanced`, one word under `recall` only', () => {
    expect(removals([paragraph, '', 'Most read', '', second])).toStrictEqual(['3 related-zone'])
    expect(removals([paragraph, '', 'Most read', '', second], {preset: 'precision'})).toStrictEqual([])
    expect(removals([paragraph, '', 'Recommended', '', second])).toStrictEqual([])
    expect(removals([paragraph, '', 'Recommended', '', second], {preset: 'recall'})).toStrictEqual(['3 related-zone'])
  })

  it('should remove a teaser glued to `Loading` and its repeat under a site label', () => {
    const lines = [paragraph, '', 'LoadingRates stay at 5.8% in Canada', '', 'DAILY INFO : Rates stay at 5.8% in Canada', '', second]
    expect(removals(lines)).toStrictEqual(['3 related-zone', '5 related-zone'])
  })

  it('should keep a labelled line whose text is no teaser', () => {
    const lines = [paragraph, '', 'LoadingRates stay at 5.8% in Canada', '', 'Note: rates stay at 5.8% in Canada for now, the bank said.', '', second]
    expect(removals(lines)).toStrictEqual(['3 related-zone'])
  })
})

describe('photo-caption', () => {
  it('should remove the line after a media control, even a full sentence', () => {
    const lines = [paragraph, '', 'Open in full screen mode', '', 'A militia leader died in a drone attack in Baghdad on January 4, 2024.', '', second]
    expect(removals(lines)).toStrictEqual(['3 ui-chrome', '5 photo-caption'])
  })

  it('should leave a byline after a media control to the byline rule', () => {
    const lines = [paragraph, '', 'Enlarge image', '', 'Agence France-Presse', '', second]
    expect(removals(lines)).toStrictEqual(['3 ui-chrome', '5 byline'])
  })

  it('should only suspect a long line after a media control, and never take a paragraph', () => {
    const long =
      'The minister, who spoke to reporters outside the council building on Tuesday evening, said the plan would be paid for by the region and the state together.'
    expect(removals([paragraph, '', 'Enlarge image', '', long, '', second])).toStrictEqual(['3 ui-chrome'])
    expect(removals([paragraph, '', 'Enlarge image', '', long, '', second], {preset: 'recall'})).toStrictEqual([
      '3 ui-chrome',
      '5 photo-caption'
    ])
    expect(removals([paragraph, '', 'Enlarge image', '', paragraph + ' ' + second])).toStrictEqual(['3 ui-chrome'])
  })

  it('should remove a caption that ends in a credit, but not a paragraph that does', () => {
    const caption = 'The old bridge at dawn, seen from the east bank of the river.Credit: Jane Doe/The Valley Times'
    expect(removals([paragraph, '', caption, '', second])).toStrictEqual(['3 photo-caption'])
    const long = paragraph + ' ' + second + ' ' + paragraph + ' Credit: Jane Doe'
    expect(removals([paragraph, '', long, '', second])).toStrictEqual([])
    expect(removals([paragraph, '', 'The report gave the council some credit: it saw the flood coming.', '', second])).toStrictEqual([])
  })

  it('should remove a gallery run together on one line, not a sentence that opens with a count', () => {
    const strip = '1of3The old bridge at dawn. (Jane Doe/AP)2of3The river at noon. (Jane Doe/AP)3of3The new bridge at dusk.'
    expect(removals([paragraph, '', strip, '', second])).toStrictEqual(['3 photo-caption'])
    expect(removals([paragraph, '', '1of3The old bridge at dawn, seen from the east bank.', '', second])).toStrictEqual([])
    expect(removals([paragraph, '', '1of1The old bridge at dawn, seen from the east bank.', '', second])).toStrictEqual(['3 photo-caption'])
  })

  it('should take a short line between a caption and a credit', () => {
    const lines = [paragraph, '', 'The old bridge at dawn. (File photo)', 'Seen from the east bank', 'Photo: Jane Doe', '', second]
    expect(removals(lines)).toStrictEqual(['3 photo-caption', '4 photo-caption', '5 photo-caption'])
  })
})

describe('repeated-headline', () => {
  it('should keep the first of two equal lines', () => {
    const lines = ['Council approves the new flood plan', '', paragraph, '', 'Council approves the new flood plan', '', second]
    expect(removals(lines)).toStrictEqual(['5 repeated-headline'])
  })

  it('should remove the `<title>` form when the headline stands elsewhere, before or after it', () => {
    const headline = 'Council approves the new flood plan'
    expect(removals([headline + ' | The Valley Times', '', headline, '', paragraph])).toStrictEqual(['1 repeated-headline'])
    expect(removals([headline, '', paragraph, '', headline + ' – The Valley Times'])).toStrictEqual(['5 repeated-headline'])
  })

  it('should keep short repeated lines and a headline with a long tail', () => {
    expect(removals(['“Did you see it?”', '', 'Yes.', '', '“And then?”', '', 'Yes.'])).toStrictEqual([])
    expect(
      removals(['Council approves the new flood plan', '', 'Council approves the new flood plan – and what it means for the towns along the river', '', paragraph])
    ).toStrictEqual([])
  })

  it('should remove a copied run of paragraphs, however often it recurs', () => {
    const article = [
      paragraph + ' Residents had asked for it since the winter.',
      second + ' Contractors will bid in March.',
      'Opponents said the plan protects the town centre but leaves the farms in the valley exposed to the next flood, and they will appeal.'
        + ' A hearing is set for May.'
    ]
    const lines = [...article, '', ...article, '', ...article]
    expect(removals(lines)).toStrictEqual([
      '5 repeated-headline', '6 repeated-headline', '7 repeated-headline',
      '9 repeated-headline', '10 repeated-headline', '11 repeated-headline'
    ])
  })

  it('should only suspect a long line that recurs alone (a meal plan repeats its dishes)', () => {
    const dish = 'Asparagus and Eggs [1 cup asparagus, 2 soft-boiled or poached eggs, ½ cup sweet potato (or 1 slice of toast), 1 tsp. olive oil, salt and pepper to taste]'
    const lines = ['Meal 1', dish, 'Meal 2', 'Tomato salad', '', 'Meal 1', dish, 'Meal 2', 'Beef chili', '', 'Meal 1', dish]
    expect(removals(lines)).toStrictEqual([])
    expect(removals(lines, {preset: 'recall'})).toStrictEqual(['7 repeated-headline', '12 repeated-headline'])
  })

  it('should only suspect a line seen twice among lines that recur (a deals post repeats product features)', () => {
    const features = ['Easy setup for all your Apple devices', 'Quick access to Siri by saying “Hey Siri”']
    const lines = [
      'Apple AirPods', ...features, 'Double-tap to play or skip forward', '',
      'Apple AirPods with Wireless Charging Case', ...features, 'Double-tap to play or skip forward', '',
      'Apple AirPods Pro', ...features, 'Active noise cancellation for immersive sound'
    ]
    expect(removals(lines)).toStrictEqual([])
    expect(removals(lines, {preset: 'recall'})).toStrictEqual([
      '7 repeated-headline', '8 repeated-headline', '9 repeated-headline', '12 repeated-headline', '13 repeated-headline'
    ])
  })

  it('should still remove a headline seen twice next to one line that recurs', () => {
    const headline = 'Council approves the new flood plan'
    const label = 'Live coverage of the council meeting'
    const lines = [headline, label, '', paragraph, '', label, '', second, '', label, headline]
    expect(removals(lines)).toStrictEqual(['11 repeated-headline'])
  })

  it('should suspect a pull quote that repeats a paragraph nearby (a weak cue)', () => {
    const lines = [
      'The minister spoke for an hour. “We will not leave before the job is done,” she told reporters at the base.',
      '',
      '“We will not leave before the job is done”',
      '',
      second
    ]
    expect(removals(lines)).toStrictEqual(['3 repeated-headline'])
    expect(removals(lines, {preset: 'precision'})).toStrictEqual([])
  })

  it('should hash lines: 100,000 lines take well under a few seconds', () => {
    const lines: string[] = []
    for (let index = 0; index < 100_000; index++) lines.push('Line number ' + index + ' of a long generated document')
    const started = performance.now()
    clean(lines.join('\n'), {rules: {'block-classifier': false}})
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
