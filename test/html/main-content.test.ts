import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {clean, createProcessor} from '../../src/index.js'
import * as cards from '../../src/detect/dom-cards.js'
import {analyseDom} from '../../src/detect/dom-analysis.js'
import {parseHtml} from '../../src/parse/html.js'

/** Three paragraphs of an article, as HTML and as the text `clean` returns. */
const paragraphs = [
  'The council voted on Tuesday to close the old bridge, citing safety reports from two engineering firms.',
  'Repairs are expected to take two years and cost about four million euros, the mayor told reporters.',
  'Residents of the east bank will have to drive twenty minutes further to reach the town centre.'
]
const storyHtml = paragraphs.map((paragraph) => '<p>' + paragraph + '</p>').join('')
const storyText = paragraphs.join('\n\n')

/** A lead paragraph outside the body. */
const lead = 'Le conseil municipal a voté mardi la fermeture du vieux pont, invoquant des rapports de sécurité.'

/**
 * A grid of teaser cards: a headline link and a summary each.
 *
 * @param count
 *   How many cards.
 * @returns
 *   The HTML.
 */
function teaserGrid(count: number): string {
  let html = '<div class="more-stories">'
  for (let index = 1; index <= count; index++) {
    html +=
      '<div class="card card-' + index + '"><h3><a href="/story-' + index + '">Story number ' + index + ' of the week</a></h3>' +
      '<p>A summary of story ' + index + ' that runs long enough to read as a full sentence of prose, as teasers do.</p></div>'
  }
  return html + '</div>'
}

/**
 * A comment thread.
 *
 * @param count
 *   How many comments.
 * @returns
 *   The HTML.
 */
function commentThread(count: number): string {
  let html = '<section id="comments"><h2>' + count + ' comments</h2><ol class="comment-list">'
  for (let index = 1; index <= count; index++) {
    html +=
      '<li class="comment"><p>Comment ' + index + ': I have crossed that bridge every day for thirty years and I think the council is right to close it for now.</p></li>'
  }
  return html + '</ol></section>'
}

describe('main content', () => {
  it('should expose the public api', () => {
    expect(Object.keys(cards).sort()).toStrictEqual(['findTeaserBlocks'])
  })

  const good: ReadonlyArray<readonly [string, string, string]> = [
    ['an article whose class names its author', '<div class="intro"><p>' + lead + '</p></div><article class="post author-jdoe">' + storyHtml + '</article>', storyText],
    ['the part of a story inside a paywall wrapper', '<article><p>' + lead + '</p><div class="paywall">' + storyHtml + '</div></article>', lead + '\n\n' + storyText],
    ['a lead paragraph outside the body', '<article><p class="lead">' + lead + '</p><div class="body">' + storyHtml + '</div></article>', lead + '\n\n' + storyText],
    ['a heading above a short story', '<div class="post"><h2>Background</h2><p>' + lead + '</p><p>Bis bald.</p></div>', 'Background\n\n' + lead + '\n\nBis bald.'],
    ['a short story above a long comment thread', '<article>' + storyHtml + '</article>' + commentThread(12), storyText],
    ['a list with a link in each item inside the body', '<article>' + storyHtml + '<ul>' + ['Bern', 'Genf', 'Basel', 'Chur'].map((city) => '<li>Die Stadt <a href="/' + city + '">' + city + '</a> hat ihre Brücke im letzten Jahr renoviert.</li>').join('') + '</ul></article>', storyText + '\n\n' + ['Bern', 'Genf', 'Basel', 'Chur'].map((city) => 'Die Stadt ' + city + ' hat ihre Brücke im letzten Jahr renoviert.').join('\n')],
    ['a post embedded in the article', '<article>' + storyHtml + '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The bridge is closed from today, take the ring road.</p></blockquote></div></article>', storyText + '\n\nThe bridge is closed from today, take the ring road.'],
    ['a list at the end of the article (the text classifier would take it for a trailing widget)', '<nav><ul>' + ['Home', 'Workouts', 'Nutrition', 'Community', 'Blog', 'Shop', 'Recipes', 'Weight Loss', 'Wellness', 'Results', 'Guides', 'About'].map((label) => '<li><a href="/' + label + '">' + label + '</a></li>').join('') + '</ul></nav><article>' + storyHtml + '<h3>Meal plan</h3><ul>' + ['Pre-workout meal', 'Eat every 2–3 hours', 'Post-workout meal', '30 minutes before bed', 'Meal 1', 'Meal 2'].map((item) => '<li>' + item + '</li>').join('') + '</ul></article>', storyText + '\n\nMeal plan\n\n' + ['Pre-workout meal', 'Eat every 2–3 hours', 'Post-workout meal', '30 minutes before bed', 'Meal 1', 'Meal 2'].join('\n')],
    ['figures in a table inside the article', '<article>' + storyHtml + '<table><tr><td>2019</td><td>4,120</td></tr><tr><td>2020</td><td>3,870</td></tr></table></article>', storyText + '\n\n2019\n4,120\n\n2020\n3,870'],
    ['a fragment without a block element', '<b>The council</b> voted on Tuesday to close the old bridge, citing <a href="/reports">safety reports</a>.', 'The council voted on Tuesday to close the old bridge, citing safety reports.'],
    ['an article with numbered sections', '<article>' + ['Eins', 'Zwei', 'Drei', 'Vier'].map((name) => '<section class="chapter"><h2>' + name + '</h2>' + storyHtml + '</section>').join('') + '</article>', ['Eins', 'Zwei', 'Drei', 'Vier'].map((name) => name + '\n\n' + storyText).join('\n\n')]
  ]
  for (const [name, html, expected] of good) {
    it('should keep ' + name, () => {
      expect(clean(html, {format: 'html'})).toStrictEqual(expected)
    })
  }

  const bad: ReadonlyArray<readonly [string, string]> = [
    ['a teaser grid with more prose than the story', '<div class="page"><div class="body">' + storyHtml + '</div>' + teaserGrid(8) + '</div>'],
    ['a teaser grid inside the article element', '<article><div class="body">' + storyHtml + '</div>' + teaserGrid(6) + '</article>'],
    ['a list of headlines with summaries beside the body', '<div class="page"><div class="body">' + storyHtml + '</div><ul class="latest">' + [1, 2, 3, 4, 5, 6].map((index) => '<li><a href="/s' + index + '">Story ' + index + ' of the week</a> A summary of story ' + index + ' that runs long enough to read as prose, as teasers do.</li>').join('') + '</ul></div>'],
    ['a box beside the body that microdata marks', '<div class="story"><div itemprop="articleBody">' + storyHtml + '</div><div class="extra"><p>Another town also plans to close its bridge, officials there said on Monday.</p><p>A third town has opened a new ferry line across the river for the summer season.</p><p>The regional government will publish a report on all its bridges next spring.</p>' + ['Photos', 'Videos', 'Podcasts', 'Weather', 'Markets', 'Sport', 'Culture', 'Travel', 'Science', 'Opinion', 'Letters', 'Puzzles', 'Books', 'Music', 'Cinema', 'Health', 'Money', 'Cars', 'Homes', 'Jobs'].map((label) => '<p>' + label + '</p>').join('') + '</div></div>'],
    ['a promo box beside the body', '<div class="page"><div class="body">' + storyHtml + '</div><div class="promo-box"><p>Subscribe today and read every story of the week for only one euro a month.</p></div></div>'],
    ['a bare link and a copyright sign inside the article', '<article>' + storyHtml + '<p>https://example.com/story?id=1</p><p>©</p></article>'],
    ['a separator line inside the article', '<article>' + storyHtml + '<p>* * *</p></article>'],
    ['a link list beside the body', '<div class="page"><div class="body">' + storyHtml + '</div><div class="more"><p><a href="/a">A long headline of another story that was published today</a></p></div></div>']
  ]
  for (const [name, html] of bad) {
    it('should remove ' + name, () => {
      expect(clean(html, {format: 'html'})).toStrictEqual(storyText)
    })
  }
})

describe('findTeaserBlocks', () => {
  /**
   * The non-blank blocks a page's teaser search marks.
   *
   * @param html
   *   A page.
   * @returns
   *   The text of each marked block.
   */
  function teasers(html: string): string[] {
    const tree = parseHtml(html)
    const analysis = analyseDom(tree)
    const outline = tree.data?.outline
    if (!analysis || !outline) return []
    const found = cards.findTeaserBlocks(outline, tree.children, analysis.weights)
    return tree.children.filter((block, index) => found[index] === 1).map((block) => block.value)
  }

  const rows: ReadonlyArray<readonly [string, string, number]> = [
    ['four cards', teaserGrid(4), 4],
    ['three cards: too few for a grid', teaserGrid(3), 0],
    ['an article', '<article>' + storyHtml + '</article>', 0],
    ['paragraphs with links in one body', '<div class="body"><p><a href="/a">A link</a></p>' + storyHtml + storyHtml + '</div>', 0]
  ]
  for (const [name, html, count] of rows) {
    it('should find ' + count + ' teaser blocks in ' + name, () => {
      const found = teasers(html)
      expect(found.length).toStrictEqual(count)
      expect(found.every((text) => text.startsWith('A summary of story'))).toStrictEqual(true)
    })
  }
})

describe('the text classifier on HTML', () => {
  const menu = ['Eye on Detroit', 'Local Heroes', 'Market Watch', 'Food and Drink', 'Our Podcasts', 'Letters Page']
  const page =
    '<nav><ul>' + menu.map((label) => '<li><a href="/' + label + '">' + label + '</a></li>').join('') + '</ul></nav>' +
    '<article>' + storyHtml + '</article>'

  /**
   * The rules that left evidence on any block of a page.
   *
   * @param html
   *   A page.
   * @returns
   *   The distinct rule ids, sorted.
   */
  function witnesses(html: string): string[] {
    const processor = createProcessor({format: 'html'})
    const file = new VFile({value: html})
    const tree = processor.runSync(processor.parse(file), file)
    const ids = tree.children.flatMap((block) => (block.data?.evidence ?? []).map((evidence) => evidence.ruleId))
    return [...new Set(ids)].sort()
  }

  it('should stand aside when the DOM finds the main content', () => {
    // Over 400 characters of prose: an article's worth.
    const more = [
      'The old bridge was built in 1904 and was last repaired in the seventies, after a spring flood.',
      'A ferry will run every half hour from March, the transport office said in a statement.'
    ]
    const longer = '<nav><ul>' + menu.map((label) => '<li><a href="/' + label + '">' + label + '</a></li>').join('') + '</ul></nav>' +
      '<article>' + storyHtml + more.map((paragraph) => '<p>' + paragraph + '</p>').join('') + '</article>'
    expect([clean(longer, {format: 'html'}), witnesses(longer)]).toStrictEqual([
      [storyText, ...more].join('\n\n'),
      ['dom-landmark', 'dom-link-density', 'dom-main-content']
    ])
  })

  it('should judge the lines of a short story as text, and still remove the menu around it', () => {
    expect([clean(page, {format: 'html'}), witnesses(page)]).toStrictEqual([
      storyText,
      ['block-classifier', 'dom-landmark', 'dom-link-density', 'dom-main-content']
    ])
  })

  // Cleaning the output again as text must change nothing: no content
  // evidence may shield a line of a page with less prose than an article.
  it.each([
    ['a line the lexicon calls chrome', 'Click here to read the full report'],
    ['a leaked script statement', 'var disqus_config = {"page": {"identifier": "article-123"}};'],
    ['a link after a stray brace', '{https://example.com/a?b=c'],
    ['a byline', 'By Jane Doe and John Smith']
  ])('should judge a page whose only content is %s as text', (_, line) => {
    const html = '<!doctype html><html><head><title>T</title></head><body><p>' + line + '</p></body></html>'
    expect([clean(html, {format: 'html'}), clean(line, {format: 'text'})]).toStrictEqual(['', ''])
  })

  it('should judge a page without prose, where the DOM finds nothing', () => {
    expect(witnesses('<div><p>Home</p><p>World</p><p>Business</p><p>https://example.com/a</p></div>')).toContain('block-classifier')
  })
})
