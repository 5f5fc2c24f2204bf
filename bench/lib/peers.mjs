/**
 * The tools `bench/speed.mjs` measures, each as `{name, input, setup()}`:
 * `setup` loads the tool and returns `extract(page) => text` (maybe async).
 * Peers that return HTML are turned into text the same way for all of them
 * (decruft's HTML parser, one line per block), after timing.
 */

/**
 * Text of an HTML fragment, one line per block (not timed).
 *
 * @param {string} html
 * @returns {Promise<string>}
 */
export async function htmlToText(html) {
  const {parseHtml} = await import('../../dist/index.js')
  return parseHtml(html)
    .children.filter((block) => !block.blank)
    .map((block) => block.value)
    .join('\n')
}

/** Twenty precompiled patterns, as a trivial line cleaner would test. */
export const floorPatterns = [
  /^share\b/i, /\bfollow us\b/i, /^advertisement$/i, /subscribe/i, /©/u, /^\d{1,2}:\d{2}/u, /https?:\/\//u,
  /^by [A-Z]/u, /\|/u, /^related/i, /^read more/i, /cookie/i, /newsletter/i, /^photo/i, /getty images/i,
  /all rights reserved/i, /^comments?$/i, /^tags?:/i, /sign up/i, /^loading/i
]

/**
 * The text floor: split into lines and test each against `floorPatterns`,
 * keeping the lines none matches. What a cleaner costs is quoted against it.
 *
 * @param {string} page
 * @returns {string}
 */
export function floorClean(page) {
  const kept = []
  for (const line of page.split(/\r\n|\r|\n/u)) {
    let noise = false
    for (const pattern of floorPatterns) if (pattern.test(line)) noise = true
    if (!noise) kept.push(line)
  }
  return kept.join('\n')
}

/**
 * Every tool, by name. `input` says which pages it reads: `html` (the raw
 * pages) or `html-text` (their text, for decruft's text mode).
 */
export const tools = [
  {
    name: 'decruft html',
    input: 'html',
    returnsHtml: false,
    async setup() {
      const {clean} = await import('../../dist/index.js')
      return (page) => clean(page, {format: 'html'})
    }
  },
  {
    name: 'decruft text',
    input: 'html-text',
    returnsHtml: false,
    async setup() {
      const {clean} = await import('../../dist/index.js')
      return (page) => clean(page, {format: 'text'})
    }
  },
  {
    name: 'readability (jsdom)',
    input: 'html',
    returnsHtml: true,
    async setup() {
      const {JSDOM} = await import('jsdom')
      const {Readability} = await import('@mozilla/readability')
      return (page, url) => new Readability(new JSDOM(page, {url}).window.document).parse()?.content ?? ''
    }
  },
  {
    name: 'readability (linkedom)',
    input: 'html',
    returnsHtml: true,
    async setup() {
      const {parseHTML} = await import('linkedom')
      const {Readability} = await import('@mozilla/readability')
      return (page) => new Readability(parseHTML(page).document).parse()?.content ?? ''
    }
  },
  {
    name: 'defuddle',
    input: 'html',
    returnsHtml: true,
    async setup() {
      const {Defuddle} = await import('defuddle/node')
      return async (page, url) => (await Defuddle(page, url)).content ?? ''
    }
  },
  {
    name: 'floor: lines + 20 regexes',
    input: 'html',
    returnsHtml: false,
    floor: true,
    async setup() {
      return floorClean
    }
  },
  {
    name: 'floor: cheerio/slim parse',
    input: 'html',
    returnsHtml: false,
    floor: true,
    async setup() {
      const {load} = await import('cheerio/slim')
      return (page) => {
        load(page, {withStartIndices: true, withEndIndices: true})
        return ''
      }
    }
  }
]
