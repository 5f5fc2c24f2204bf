import {describe, expect, it} from 'vitest'
import {clean, createProcessor, rules} from '../../src/index.js'
import type {Example, Root} from '../../src/index.js'
import {VFile} from 'vfile'

/** The DOM rules, whose examples are HTML pages. */
const domRules = rules.filter((rule) => rule.id.startsWith('dom-'))

/**
 * Run the pipeline up to the decision and return the tree.
 *
 * @param html
 *   A page.
 * @returns
 *   The decided tree.
 */
function decide(html: string): Root {
  const processor = createProcessor({format: 'html'})
  const file = new VFile({value: html})
  return processor.runSync(processor.parse(file), file)
}

/**
 * The ids of rules that found noise in each non-blank block.
 *
 * @param tree
 *   A decided tree.
 * @param ruleId
 *   Rule to look for.
 * @returns
 *   One flag per block.
 */
function flagged(tree: Root, ruleId: string): boolean[] {
  return tree.children
    .filter((block) => !block.blank)
    .map((block) => (block.data?.evidence ?? []).some((item) => item.ruleId === ruleId && item.label === 'noise'))
}

/**
 * An example as a page.
 *
 * @param example
 *   A rule example.
 * @returns
 *   The HTML.
 */
function page(example: Example): string {
  return typeof example === 'string' ? example : example.context.join('\n')
}

describe('DOM rules', () => {
  it('should expose the public api', () => {
    expect(domRules.map((rule) => rule.id)).toStrictEqual([
      'dom-tokens',
      'dom-landmark',
      'dom-link-density',
      'dom-title',
      'dom-main-content'
    ])
  })

  for (const rule of domRules) {
    it('should have examples to catch and to keep for ' + rule.id, () => {
      expect([rule.examples.catch.length > 0, rule.examples.keep.length > 0]).toStrictEqual([true, true])
    })
    for (const [index, example] of rule.examples.catch.entries()) {
      it(`should catch the first block of ${rule.id} example ${index + 1}`, () => {
        expect(flagged(decide(page(example)), rule.id)[0]).toBe(true)
      })
    }
    for (const [index, example] of rule.examples.keep.entries()) {
      it(`should flag nothing in ${rule.id} keep example ${index + 1}`, () => {
        expect(flagged(decide(page(example)), rule.id).some(Boolean)).toBe(false)
      })
    }
    it('should do nothing on text input for ' + rule.id, () => {
      const processor = createProcessor({format: 'text'})
      const file = new VFile({value: page(rule.examples.catch[0] ?? '')})
      const tree = processor.runSync(processor.parse(file), file)
      expect(flagged(tree, rule.id).some(Boolean)).toBe(false)
    })
  }
})

/** A neutral article for the tables below. */
const story =
  '<p>The council voted on Tuesday to close the old bridge, citing safety reports from its engineers.</p>' +
  '<p>Repairs are expected to take two years and cost about four million euros, the mayor said.</p>'

/** Its text. */
const storyText =
  'The council voted on Tuesday to close the old bridge, citing safety reports from its engineers.\n\n' +
  'Repairs are expected to take two years and cost about four million euros, the mayor said.'

describe('clean on small pages', () => {
  const good: ReadonlyArray<readonly [string, string, string]> = [
    ['a heading inside the article', '<article><h2>Background</h2>' + story + '</article>', 'Background\n\n' + storyText],
    ['a quote', '<article>' + story + '<blockquote>“It is the right call,” she said.</blockquote></article>', storyText + '\n\n“It is the right call,” she said.'],
    ['list items', '<article>' + story + '<ul><li>Two lanes stay open.</li><li>Buses take the ring road.</li></ul></article>', storyText + '\n\nTwo lanes stay open.\nBuses take the ring road.'],
    ['a dateline lead', '<article><p>BAGHDAD/WASHINGTON – The Iraqi government said on Friday it would review the security agreement.</p>' + story + '</article>', 'BAGHDAD/WASHINGTON – The Iraqi government said on Friday it would review the security agreement.\n\n' + storyText],
    ['German prose', '<article><p>Der Rat hat am Dienstag beschlossen, die alte Brücke wegen Sicherheitsbedenken zu schließen.</p><p>Die Reparatur soll zwei Jahre dauern und rund vier Millionen Euro kosten.</p></article>', 'Der Rat hat am Dienstag beschlossen, die alte Brücke wegen Sicherheitsbedenken zu schließen.\n\nDie Reparatur soll zwei Jahre dauern und rund vier Millionen Euro kosten.'],
    ['an article with a has-comments class', '<article class="post has-comments">' + story + '</article>', storyText]
  ]
  for (const [name, html, expected] of good) {
    it('should keep ' + name, () => {
      expect(clean(html, {format: 'html'})).toBe(expected)
    })
  }

  const bad: ReadonlyArray<readonly [string, string]> = [
    ['a menu', '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>'],
    ['a share bar', '<div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>'],
    ['a cookie banner', '<div id="cookie-consent"><p>We use cookies to improve your experience on our website and to show you relevant advertising.</p></div>'],
    ['a newsletter box', '<aside class="newsletter"><p>Get our best stories in your inbox every morning, free of charge.</p></aside>'],
    ['related teasers', '<section class="related-articles"><h3>Read more</h3><p><a href="/a">Ten bridges that changed how cities are built</a></p></section>'],
    ['a figure caption', '<figure><img src="a.jpg"><figcaption>The old bridge at dawn. Photo: J. Doe</figcaption></figure>'],
    ['a footer', '<footer><p>© 2024 City News. All rights reserved.</p></footer>'],
    ['the repeated headline', '<h1>Council votes to close the old bridge</h1>']
  ]
  for (const [name, noise] of bad) {
    it('should remove ' + name, () => {
      const html = '<title>Council votes to close the old bridge | City News</title>' + noise + '<article>' + story + '</article>'
      expect(clean(html, {format: 'html'})).toBe(storyText)
    })
  }
})
