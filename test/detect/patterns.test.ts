/**
 * Every pattern of the detector modules runs in linear time: checked by
 * `redos-detector`, then timed on long hostile inputs.
 */
import {isSafe} from 'redos-detector'
import {describe, expect, it} from 'vitest'
import {patterns as authorBioPatterns} from '../../src/detect/author-bio.js'
import {patterns as bylinePatterns} from '../../src/detect/byline.js'
import {patterns as datePatterns} from '../../src/detect/date-stamp.js'
import {patterns as captionPatterns} from '../../src/detect/photo-caption.js'
import {patterns as relatedPatterns} from '../../src/detect/related-zone.js'
import {patterns as scriptPatterns} from '../../src/detect/tracking-script.js'
import {patterns as uiPatterns} from '../../src/detect/ui-chrome.js'
import {patterns as tagPatterns} from '../../src/detect/tag-list.js'
import {patterns as commentPatterns} from '../../src/detect/comment-zone.js'
import {patterns as creditPatterns} from '../../src/detect/credit-tail.js'
import {patterns as gluedCaptionPatterns} from '../../src/detect/glued-caption.js'
import {patterns as gluedPromoPatterns} from '../../src/detect/glued-promo.js'
import {patterns as gluedTeaserPatterns} from '../../src/detect/glued-teaser.js'
import {patterns as shareCardsPatterns} from '../../src/detect/share-cards.js'

const modules = {
  'author-bio': authorBioPatterns,
  byline: bylinePatterns,
  'date-stamp': datePatterns,
  'photo-caption': captionPatterns,
  'related-zone': relatedPatterns,
  'tracking-script': scriptPatterns,
  'ui-chrome': uiPatterns,
  'tag-list': tagPatterns,
  'comment-zone': commentPatterns,
  'credit-tail': creditPatterns,
  'glued-caption': gluedCaptionPatterns,
  'glued-promo': gluedPromoPatterns,
  'glued-teaser': gluedTeaserPatterns,
  'share-cards': shareCardsPatterns
}

/** Hostile inputs: long runs of what the patterns' classes accept, ending in a mismatch. */
const hostile = [
  'a'.repeat(100_000) + '!',
  ' '.repeat(100_000) + 'x',
  '1'.repeat(100_000) + 'x',
  '1.'.repeat(50_000),
  'a.'.repeat(50_000) + '(',
  '('.repeat(100_000),
  '!'.repeat(100_000) + 'a',
  'REUTERS '.repeat(12_500),
  ':'.repeat(100_000),
  'ab:cd;'.repeat(16_000)
]

describe('detector patterns', () => {
  it('should expose the public api (patterns per module)', () => {
    expect(Object.keys(modules).sort()).toStrictEqual([
      'author-bio',
      'byline',
      'comment-zone',
      'credit-tail',
      'date-stamp',
      'glued-caption',
      'glued-promo',
      'glued-teaser',
      'photo-caption',
      'related-zone',
      'share-cards',
      'tag-list',
      'tracking-script',
      'ui-chrome'
    ])
  })

  for (const [module, patterns] of Object.entries(modules)) {
    for (const [name, pattern] of Object.entries(patterns)) {
      it(`${module}: \`${name}\` should be safe by redos-detector`, () => {
        // `g` changes where matching starts, not how it backtracks; a sticky
        // pattern only matches at `lastIndex`, as if anchored there.
        const source = pattern.sticky ? '^(?:' + pattern.source + ')' : pattern.source
        const plain = new RegExp(source, pattern.flags.replace(/[gy]/g, ''))
        const result = isSafe(plain, {maxSteps: 50_000, timeout: 10_000})
        expect({safe: result.safe, error: result.error}).toStrictEqual({safe: true, error: null})
      })

      it(`${module}: \`${name}\` should run fast on hostile input`, () => {
        const started = performance.now()
        for (const input of hostile) {
          pattern.lastIndex = 0
          pattern.test(input)
        }
        expect(performance.now() - started).toBeLessThan(500)
      })
    }
  }
})
