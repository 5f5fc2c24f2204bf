import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as siteTemplateModule from '../../src/detect/site-template.js'
import {siteTemplate, siteTemplateExampleOptions} from '../../src/detect/site-template.js'
import {
  cleanDetailed,
  decruftCompile,
  decruftDecide,
  decruftParseText,
  decruftSiteTemplate,
  editBlock,
  learn,
  rules,
  type CorpusModel,
  type DecruftProcessor,
  type Options,
  type Root,
  type SiteTemplateSettings
} from '../../src/index.js'
import {corpus, type Page} from './corpus.js'

/** Every other rule off, so these tests see what the corpus rule does, alone. */
const onlyCorpus = Object.fromEntries(
  rules.filter((rule) => rule.id !== 'site-template').map((rule) => [rule.id, false] as const)
)

/**
 * Clean with a model and nothing but the corpus rule.
 *
 * @param text
 *   Input.
 * @param options
 *   Model, site and more.
 * @returns
 *   The detailed result.
 */
function cleanWith(text: string, options: Options): ReturnType<typeof cleanDetailed> {
  return cleanDetailed(text, {...options, rules: {...onlyCorpus, ...options.rules}})
}

/**
 * The non-blank lines of a text, trimmed.
 *
 * @param text
 *   A document.
 * @returns
 *   Its lines.
 */
function contentLines(text: string): string[] {
  return text
    .split(/\r\n|[\n\r]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

const model = learn(corpus)

describe('site-template', () => {
  it('should expose the public api', () => {
    expect(Object.keys(siteTemplateModule).sort()).toStrictEqual([
      'default',
      'siteTemplate',
      'siteTemplateDefaults',
      'siteTemplateExampleOptions'
    ])
    expect(siteTemplateModule.siteTemplateDefaults).toStrictEqual({share: 0.5, minPages: 5})
  })

  const sitesWithTemplates = corpus.filter((page) => !page.url.includes('blog.example.de'))
  for (const page of sitesWithTemplates) {
    it('should keep only the article of ' + page.url, () => {
      const result = cleanWith(page.text, {model, site: page.url})
      const poll = page.text.includes('reader poll') ? ['Take part in our reader poll'] : []
      expect(contentLines(result.text)).toStrictEqual([...page.article, ...poll])
    })
  }

  for (const page of corpus.filter((page) => page.url.includes('blog.example.de'))) {
    it('should keep a site with fewer pages than `minPages` whole: ' + page.url, () => {
      expect(cleanWith(page.text, {model, site: page.url}).text).toBe(page.text)
    })
  }

  it('should report each removal with the page counts as the reason', () => {
    const page = corpus[4] as Page
    const result = cleanWith(page.text, {model, site: page.url})
    expect(result.messages.map(String)).toStrictEqual([
      '1:1-1:21: Line found on 8 of 8 pages of news.ledger.example',
      '2:1-2:42: Line found on 8 of 8 pages of news.ledger.example',
      '3:1-3:19: Line found on 8 of 8 pages of news.ledger.example',
      '9:1-9:56: Line found on 8 of 8 pages of news.ledger.example',
      '10:1-10:48: Line found on 8 of 8 pages of news.ledger.example'
    ])
    expect(result.report[0]).toStrictEqual({
      type: 'removal',
      ruleId: 'site-template',
      kind: 'boilerplate',
      reason: 'Line found on 8 of 8 pages of news.ledger.example',
      confidence: 0.95,
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 21, offset: 20}},
      actual: 'Skip to main content',
      expected: ''
    })
  })

  it('should count lines whose digits change from page to page as one line', () => {
    const page = {url: 'https://haber.example.com.tr/yeni', text: 'Bu haber 99 kez okundu\nYeni bir cümle.'}
    expect(cleanWith(page.text, {model, site: page.url}).text).toBe('Yeni bir cümle.')
  })

  it('should give the same output whatever order the model learned the pages in', () => {
    const reversed = learn([...corpus].reverse())
    for (const page of corpus) {
      expect(cleanWith(page.text, {model: reversed, site: page.url}).text).toBe(
        cleanWith(page.text, {model, site: page.url}).text
      )
    }
  })

  it('should use one site\'s template only on that site', () => {
    const text = 'Skip to main content\nAller au contenu principal'
    expect(cleanWith(text, {model, site: 'https://www.quotidien.example/x'}).text).toBe('Skip to main content')
  })

  const passThrough: ReadonlyArray<readonly [string, Options]> = [
    ['no model', {site: 'https://news.ledger.example/'}],
    ['no site', {model}],
    ['a site the model does not know', {model, site: 'https://other.example/'}],
    ['a null model and site', {model: null, site: null}]
  ]
  for (const [name, options] of passThrough) {
    it('should remove nothing with ' + name, () => {
      const text = 'Skip to main content\nThe Morning Ledger'
      expect(cleanWith(text, options).text).toBe(text)
    })
  }

  it('should take thresholds from the rule settings', () => {
    const settings: SiteTemplateSettings = {share: 0.3, minPages: 3}
    const text = 'Take part in our reader poll\nMein kleines Blog\nA new line.'
    expect(cleanWith(text, {model, site: 'news.ledger.example', rules: {'site-template': settings}}).text).toBe(
      'Mein kleines Blog\nA new line.'
    )
    expect(cleanWith(text, {model, site: 'blog.example.de', rules: {'site-template': settings}}).text).toBe(
      'Take part in our reader poll\nA new line.'
    )
  })

  it('should let the rule be turned off', () => {
    const text = 'Skip to main content'
    expect(cleanWith(text, {model, site: 'news.ledger.example', rules: {'site-template': false}}).text).toBe(text)
  })

  it('should count the line as scraped, before repairs change it', () => {
    const text = 'Don#x27;t miss our newsletter\nStory.'
    const pages = Array.from({length: 6}, (_, index) => ({site: 'repair.example', text: text + ' ' + 'ab'.repeat(index)}))
    const repairModel = learn(pages)
    const processor = unified()
      .use(decruftParseText)
      .use(function () {
        // Stand-in for a repair rule: rewrite the entity before detection runs.
        return function (tree: Root) {
          const block = tree.children[0]
          if (block) editBlock(block, [{start: 3, end: 8, text: "'"}], {ruleId: 'test', type: 'repair', kind: 'markup', reason: 'test', confidence: 1})
        }
      })
      .use(decruftSiteTemplate, {model: repairModel, site: 'repair.example'})
      .use(decruftDecide)
      .use(decruftCompile) as unknown as DecruftProcessor
    const file = new VFile({value: text})
    const tree = processor.runSync(processor.parse(file), file)
    expect(processor.stringify(tree, file)).toBe('Story.')
  })

  it('should mark counts read from a sketch as estimates', () => {
    const sketchModel = learn(corpus, {capacity: 5, width: 1024, depth: 4})
    const page = corpus[0] as Page
    const result = cleanWith(page.text, {model: sketchModel, site: page.url})
    expect(result.report[0]?.reason).toBe('Line found on 8 of 8 pages of news.ledger.example (estimate)')
    expect(contentLines(result.text)).toStrictEqual([...page.article, 'Take part in our reader poll'])
  })

  it('should throw a TypeError naming `options.model` for a wrong model', () => {
    expect(() => cleanDetailed('a', {model: {...model, version: 2} as unknown as CorpusModel, site: 'a'})).toThrow(
      new TypeError('Expected `options.model.version` to be `1` (a model from `learn` of this decruft), got `2`')
    )
    expect(() => cleanDetailed('a', {model: 'model.json' as unknown as CorpusModel})).toThrow(/`options.model`/)
  })

  it('should throw a TypeError naming `options.site` for a site that is not a string', () => {
    expect(() => cleanDetailed('a', {model, site: 42 as unknown as string})).toThrow(
      new TypeError('Expected `options.site` to be a URL or site key string, got `number`')
    )
  })

  it('should throw a TypeError for bad thresholds', () => {
    expect(() => cleanWith('a', {model, site: 'a', rules: {'site-template': {share: 2} as SiteTemplateSettings}})).toThrow(
      new TypeError('Expected `share` of `site-template` to be a number above 0 and at most 1, got `2`')
    )
    expect(() =>
      cleanWith('a', {model, site: 'a', rules: {'site-template': {minPages: 0} as SiteTemplateSettings}})
    ).toThrow(new TypeError('Expected `minPages` of `site-template` to be a whole number of at least 1, got `0`'))
  })
})

describe('site-template rule examples', () => {
  // Under the options the rule gives its examples: a model in which the
  // `catch` examples are a site's template and each `keep` example is on one page.
  const options = siteTemplateExampleOptions()
  const pages = siteTemplate.examples.keep.length

  it('should learn the example model from one page per keep example', () => {
    expect(options.site).toBe('examples.test')
    expect(options.model.sites['examples.test']?.pages).toBe(pages)
  })

  for (const example of siteTemplate.examples.catch) {
    const line = String(example)
    it('should catch `' + line + '`', () => {
      const text = 'A sentence of a new article.\n' + line + '\nAnother sentence.'
      const result = cleanWith(text, options)
      expect(result.text).toBe('A sentence of a new article.\nAnother sentence.')
      expect(result.report.map((entry) => entry.ruleId + ': ' + entry.reason)).toStrictEqual([
        'site-template: Line found on ' + pages + ' of ' + pages + ' pages of examples.test'
      ])
    })
  }

  for (const example of siteTemplate.examples.keep) {
    const line = String(example)
    it('should keep `' + line + '`', () => {
      const text = 'A sentence of a new article.\n' + line + '\nAnother sentence.'
      expect(cleanWith(text, options).text).toBe(text)
    })
  }
})
