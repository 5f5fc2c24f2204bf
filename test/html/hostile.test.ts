import {describe, expect, it} from 'vitest'
import {clean, cleanDetailed, parseHtml} from '../../src/index.js'

/** A short article, so a page has main content. */
const article =
  '<article><p>The council voted on Tuesday to close the old bridge, citing safety reports from engineers.</p>' +
  '<p>Repairs are expected to take two years and cost about four million euros.</p></article>'

/** Its text. */
const articleText =
  'The council voted on Tuesday to close the old bridge, citing safety reports from engineers.\n\n' +
  'Repairs are expected to take two years and cost about four million euros.'

/**
 * Milliseconds a call takes.
 *
 * @param run
 *   The call.
 * @returns
 *   Elapsed time.
 */
function time(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

describe('hostile HTML', () => {
  it('should expose the public api', () => {
    expect(typeof parseHtml).toBe('function')
  })

  it('should return the empty string for an empty document', () => {
    expect(clean('', {format: 'html'})).toBe('')
    expect(clean('<!doctype html><html><head></head><body></body></html>', {format: 'html'})).toBe('')
    expect(parseHtml('').children).toStrictEqual([])
  })

  it('should return empty text, not the menu, for a page without main content', () => {
    const page =
      '<!doctype html><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>' +
      '<div class="links"><a href="/a">Sport</a> <a href="/b">Weather</a></div><footer><a href="/c">Contact</a></footer>'
    const {text, report} = cleanDetailed(page, {format: 'html'})
    expect(text).toBe('')
    expect(report.map((entry) => entry.actual.replace(/<[^>]*>/g, ''))).toStrictEqual(['Home', 'News', 'Sport Weather', 'Contact'])
  })

  it('should survive unclosed tags', () => {
    const page = '<div><p>The council voted on Tuesday to close the old bridge, citing safety reports.<p>It will reopen in 2027.<ul><li>Open'
    expect(parseHtml(page).children.map((block) => block.value)).toStrictEqual([
      'The council voted on Tuesday to close the old bridge, citing safety reports.',
      '',
      'It will reopen in 2027.',
      '',
      'Open'
    ])
    expect(clean(page, {format: 'html'})).toMatch(/^The council voted on Tuesday/)
  })

  it('should walk 100,000 nested elements without recursion, in linear time', {timeout: 60_000}, () => {
    const depth = 100_000
    const nested = '<div>'.repeat(depth) + '<p>Deep text, at the bottom of a very deep page.</p>' + '</div>'.repeat(depth)
    const flat = '<div></div>'.repeat(depth) + '<p>Deep text, at the bottom of a very deep page.</p>'
    let output = ''
    const nestedTime = time(() => {
      output = clean(nested, {format: 'html'})
    })
    expect(output).toBe('Deep text, at the bottom of a very deep page.')
    const flatTime = time(() => clean(flat, {format: 'html'}))
    expect(nestedTime / Math.max(flatTime, 1)).toBeLessThan(20)
  })

  it('should handle 100,000 nested elements that each hold text', {timeout: 60_000}, () => {
    const depth = 100_000
    const nested = '<div>a '.repeat(depth) + '</div>'.repeat(depth)
    const blocks = parseHtml(nested).children.filter((block) => !block.blank)
    // Nesting past 512 is flattened, as browsers do: the deeper text is not lost, it joins the deepest block.
    expect(blocks.length).toBe(512)
    expect(blocks.map((block) => block.value.split(' ').length).reduce((sum, count) => sum + count, 0)).toBe(depth)
  })

  it('should read only the start of a multi-MB attribute', {timeout: 60_000}, () => {
    const huge = 'x '.repeat(2_000_000)
    const page = '<div class="' + huge + '" style="' + 'color:red;'.repeat(300_000) + 'display:none">Hidden?</div>' + article
    const elapsed = time(() => {
      // The `display:none` sits past the part of the style that is read: the block stays.
      expect(parseHtml(page).children[0]?.value).toBe('Hidden?')
      expect(clean(page, {format: 'html'})).toBe(articleText)
    })
    expect(elapsed).toBeLessThan(5000)
  })

  it('should not crash on binary junk', {timeout: 60_000}, () => {
    let junk = ''
    let seed = 7
    for (let index = 0; index < 200_000; index++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      junk += String.fromCharCode(seed % 65_536)
    }
    const page = '<html><body>' + junk + article + junk
    const output = clean(page, {format: 'html'})
    expect(typeof output).toBe('string')
    expect(output).toContain('The council voted on Tuesday')
  })

  it('should not crash on lone surrogates, NUL and stray angle brackets', () => {
    expect(clean('<p>\uD800 a\u0000b << >> </p ></ p><p<p>' + article, {format: 'html'})).toContain('Repairs are expected')
  })
})
