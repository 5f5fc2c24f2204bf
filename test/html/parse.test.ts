import {describe, expect, it} from 'vitest'
import {cleanDetailed, parseHtml} from '../../src/index.js'
import type {Root} from '../../src/index.js'

/**
 * The lines a tree compiles to, blank blocks as `''`.
 *
 * @param tree
 *   A tree.
 * @returns
 *   Block values.
 */
function values(tree: Root): string[] {
  return tree.children.map((block) => block.value)
}

describe('parseHtml', () => {
  it('should expose the public api', async () => {
    const module = await import('../../src/parse/html.js')
    expect(Object.keys(module).sort()).toStrictEqual(['default', 'parseHtml', 'treeFromDom'])
  })

  const layouts: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['a heading and a paragraph', '<h1>Title</h1><p>Some <b>bold</b> text.</p>', ['Title', '', 'Some bold text.']],
    ['list items, one per line', '<p>Intro.</p><ul><li>One</li><li>Two</li></ul>', ['Intro.', '', 'One', 'Two']],
    ['two lists apart', '<ul><li>a</li></ul><ol><li>b</li></ol>', ['a', '', 'b']],
    ['cells of a row', '<table><tr><td>c1</td><td>c2</td></tr><tr><td>d1</td></tr></table>', ['c1', 'c2', '', 'd1']],
    ['a <br> splits lines of one paragraph', '<p>line one<br>line two</p><p>next</p>', ['line one', 'line two', '', 'next']],
    ['text around a block child', '<div>before<p>inside</p>after</div>', ['before', '', 'inside', '', 'after']],
    ['entities decoded', '<p>Tom &amp; Jerry &eacute;t&eacute; &#8212; &quot;x&quot;</p>', ['Tom & Jerry été — "x"']],
    ['white space collapsed', '<p>  a \n\t b&nbsp;&nbsp; c  </p>', ['a b c']],
    ['inline elements glued as rendered', '<p><span>in</span><span>line</span> <em>word</em></p>', ['inline word']],
    ['pre keeps its lines', '<pre>x = 1\n  y = 2</pre>', ['x = 1', '  y = 2']],
    ['a fragment without block elements', 'Hello <b>you</b>', ['Hello you']],
    ['non-English text', '<p>Привет, мир. Größe — ¿qué?</p>', ['Привет, мир. Größe — ¿qué?']],
    ['body left in an unclosed head (htmlparser2)', '<html><head><title>T</title><p>Body text</p>', ['Body text']]
  ]
  for (const [name, html, expected] of layouts) {
    it('should lay out ' + name, () => {
      expect(values(parseHtml(html))).toStrictEqual(expected)
    })
  }

  const dropped: ReadonlyArray<readonly [string, string]> = [
    ['script', '<script>var a = "<p>x</p>"</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript><p>Enable JavaScript</p></noscript>'],
    ['template', '<template><p>Later</p></template>'],
    ['svg', '<svg><text>Icon</text><title>Logo</title></svg>'],
    ['iframe', '<iframe src="/x">Frame</iframe>'],
    ['a tracking pixel', '<img src="https://t.example/p.gif" width="1" height="1" alt="pixel">'],
    ['hidden', '<div hidden><p>Hidden text</p></div>'],
    ['aria-hidden', '<div aria-hidden="true">Icon label</div>'],
    ['display:none', '<div style="color:red; display: none">Menu</div>'],
    ['visibility:hidden', '<p style="visibility:hidden">Ghost</p>'],
    ['display:none!important in capitals', '<div style="DISPLAY : NONE !important;">Menu</div>'],
    ['select options', '<select><option>English</option><option>Deutsch</option></select>'],
    ['a button', '<button>Share</button>']
  ]
  for (const [name, html] of dropped) {
    it('should drop ' + name, () => {
      expect(values(parseHtml('<p>Kept.</p>' + html + '<p>Also kept.</p>'))).toStrictEqual(['Kept.', '', 'Also kept.'])
    })
  }

  it('should keep an element that only looks hidden', () => {
    expect(values(parseHtml('<p aria-hidden="false" style="display:block">Shown</p>'))).toStrictEqual(['Shown'])
    expect(values(parseHtml('<p style="--display:none-ish; display:nonesuch">Shown</p>'))).toStrictEqual(['Shown'])
  })

  it('should attach DOM evidence to each block', () => {
    const tree = parseHtml(
      '<body class="has-sidebar"><main><nav class="topMenu" role="navigation"><ul><li><a href="/">Home</a> page</li></ul></nav>' +
        '<article id="story"><h2>Sub</h2><p>One</p><table><tr><td>Cell</td></tr></table></article></main></body>'
    )
    const blocks = tree.children.filter((block) => !block.blank)
    expect(blocks.map((block) => block.data?.dom)).toStrictEqual([
      {
        tag: 'li',
        path: 'main>nav.topMenu>ul>li',
        headingLevel: 0,
        linkDensity: 4 / 9,
        tokens: ['top', 'menu', 'navigation'],
        landmarks: ['nav'],
        inList: true,
        inTable: false,
        depth: 4,
        element: 4
      },
      {
        tag: 'h2',
        path: 'main>article#story>h2',
        headingLevel: 2,
        linkDensity: 0,
        tokens: ['story'],
        landmarks: [],
        inList: false,
        inTable: false,
        depth: 3,
        element: 6
      },
      {
        tag: 'p',
        path: 'main>article#story>p',
        headingLevel: 0,
        linkDensity: 0,
        tokens: ['story'],
        landmarks: [],
        inList: false,
        inTable: false,
        depth: 3,
        element: 7
      },
      {
        tag: 'td',
        path: 'article#story>table>tr>td',
        headingLevel: 0,
        linkDensity: 0,
        tokens: ['story'],
        landmarks: [],
        inList: false,
        inTable: true,
        depth: 5,
        element: 10
      }
    ])
  })

  const tokenCases: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
    ['words of class and id', '<p class="shareButtons social-bar">x</p>', 'p.shareButtons', ['share', 'buttons', 'social', 'bar']],
    ['camelCase after a digit, not inside capitals', '<p class="col2Left ABCDef">x</p>', 'p.col2Left', ['col2', 'left', 'abcdef']],
    ['a Kelvin sign that lower-cases to `k`', '<p class="foo\u212Abar">x</p>', 'p', ['fookbar']],
    ['a dotted capital I that lower-cases to two characters', '<p id="\u0130tem-list">x</p>', 'p', ['i', 'tem', 'list']],
    ['each token once, role last', '<p class="a a b" role="Note">x</p>', 'p.a', ['a', 'b', 'note']],
    ['no word over 32 characters', '<p class="' + 'x'.repeat(33) + ' short">x</p>', 'p.' + 'x'.repeat(33), ['short']]
  ]

  for (const [name, html, path, tokens] of tokenCases) {
    it('should read tokens and selectors: ' + name, () => {
      const dom = parseHtml(html).children[0]?.data?.dom
      expect([dom?.path, dom?.tokens]).toStrictEqual([path, tokens])
    })
  }

  it('should give paths with inline ancestors and inherited tokens, nearest first', () => {
    const tree = parseHtml(
      '<div class="outer"><span class="skip"><section class="inner-box"><p>One</p><p class="lead">Two</p></section></span></div>'
    )
    const blocks = tree.children.filter((block) => !block.blank)
    expect(blocks.map((block) => [block.data?.dom?.path, block.data?.dom?.tokens])).toStrictEqual([
      ['div.outer>span.skip>section.inner-box>p', ['inner', 'box', 'skip', 'outer']],
      ['div.outer>span.skip>section.inner-box>p.lead:nth-of-type(2)', ['lead', 'inner', 'box', 'skip', 'outer']]
    ])
  })

  it('should keep at most 32 inherited tokens', () => {
    const html = '<div class="main">' + '<div class="alpha beta gamma">'.repeat(12) + '<p>Deep</p>' + '</div>'.repeat(13)
    const dom = parseHtml(html).children[0]?.data?.dom
    expect([dom?.path, dom?.tokens]).toStrictEqual([
      'div.alpha>div.alpha>div.alpha>p',
      Array.from({length: 32}, (_, index) => ['alpha', 'beta', 'gamma'][index % 3])
    ])
  })

  it('should read the title from og:title, else from <title>', () => {
    expect(parseHtml('<title>Site | Headline</title><meta property="og:title" content="Headline">').data?.title).toBe('Headline')
    expect(parseHtml('<title> Only   title </title><p>x</p>').data?.title).toBe('Only title')
    expect(parseHtml('<p>No title</p>').data?.title).toBe(undefined)
    expect(parseHtml('<p>x</p>').data?.format).toBe('html')
  })

  it('should give each block its place in the HTML source', () => {
    const html = '<html>\n<body>\n<p>First &amp; one.</p>\n<p>Second.</p>\n'
    const blocks = parseHtml(html).children.filter((block) => !block.blank)
    expect(blocks.map((block) => [block.position.start, block.position.end])).toStrictEqual([
      [
        {line: 3, column: 4, offset: 17},
        {line: 3, column: 20, offset: 33}
      ],
      [
        {line: 4, column: 4, offset: 41},
        {line: 4, column: 11, offset: 48}
      ]
    ])
    expect(blocks.map((block) => html.slice(block.position.start.offset, block.position.end.offset))).toStrictEqual([
      'First &amp; one.',
      'Second.'
    ])
  })

  it('should report a removal with the element path and the source text', () => {
    const html =
      '<nav><a href="/">Home</a> <a href="/news">News</a></nav>\n' +
      '<article><p>The council voted on Tuesday to close the old bridge, citing safety reports from engineers.</p></article>'
    const {text, report} = cleanDetailed(html, {format: 'html'})
    expect(text).toBe('The council voted on Tuesday to close the old bridge, citing safety reports from engineers.')
    const nav = report.find((entry) => entry.actual.includes('Home'))
    expect(nav?.position.start).toStrictEqual({line: 1, column: 18, offset: 17})
    expect(nav?.actual).toBe('Home</a> <a href="/news">News')
    expect(nav?.reason).toMatch(/`nav`/)
  })
})
