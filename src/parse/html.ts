/**
 * HTML parser: a page becomes the same block tree as a text, one block per
 * run of text between block-level boundaries (paragraphs, headings, list
 * items, cells, `<br>`), blank blocks between them, and DOM evidence on each.
 *
 * Built on `cheerio/slim` (htmlparser2): measured on the 181 benchmark pages it
 * parses at ~70 MB/s against ~10 MB/s for parse5 (see README, "HTML"). Its one
 * structural difference that loses text, a body left inside an unclosed
 * `<head>`, is handled by walking the head too and dropping only what never
 * renders (`title`, `meta`, `script`, …). Its other weakness, time quadratic in
 * the nesting depth, by flattening tags nested past 512 (`html-depth.ts`).
 */
import {load, type CheerioOptions, type HTMLParser2Options} from 'cheerio/slim'
import type {Plugin, Processor} from 'unified'
import {createLocator} from '../locate.js'
import type {Block, DomEvidence, Root, Span} from '../types.js'
import {collectText, createWalkState, enterElement, leaveElement, type Frame, type WalkState} from './html-walk.js'
import {flattenDeepNesting} from './html-depth.js'
import type {HtmlNode} from './html-elements.js'

declare module '../types.js' {
  interface DomEvidence {
    /** Index of the block's element in `tree.data.outline`. */
    readonly element?: number | undefined
  }
  interface RootData {
    /** The page's block-level elements, for detectors that look past one block (HTML only). */
    outline?: DomOutline | undefined
  }
}

/**
 * The block-level elements of a page in document order, as parallel arrays:
 * element `i` has parent `parent[i]` (`-1` for the top), tag `tag[i]` and the
 * short selector `selector[i]` (`div#main`).
 */
export interface DomOutline {
  /** Index of each element's nearest block-level ancestor, or `-1`. */
  readonly parent: readonly number[]
  /** Lower-case tag name of each element. */
  readonly tag: readonly string[]
  /** Short CSS-like name of each element (`section.related`). */
  readonly selector: readonly string[]
  /** Each element's own class/id/role tokens. */
  readonly tokens: ReadonlyArray<readonly string[]>
  /** The landmark each element is (`nav`, `figure`, …), or `''`. */
  readonly landmark: readonly string[]
}

/** htmlparser2 options: keep source offsets on every node, for positions in reports. */
const parserOptions: HTMLParser2Options = {withStartIndices: true, withEndIndices: true}

/**
 * Parse an HTML page into a decruft tree.
 *
 * Scripts, styles, embedded documents, graphics, form widgets, images (so
 * tracking pixels too) and hidden elements (`hidden`, `aria-hidden="true"`,
 * inline `display: none` or `visibility: hidden`) give no text. Entities are
 * decoded and white space collapsed; `<pre>` keeps its lines. Elements nested
 * deeper than 512 are flattened, as browsers do.
 *
 * @param html
 *   The page.
 * @returns
 *   A root with one block per run of text, `data.format: 'html'`,
 *   `data.title` from `og:title` or `<title>`, and `data.outline`.
 * @example
 *   parseHtml('<h1>Title</h1><p>Some <b>bold</b> text.</p>').children.map((block) => block.value)
 *   //=> ['Title', '', 'Some bold text.']
 */
export function parseHtml(html: string): Root {
  const document = load(flattenDeepNesting(html), parserOptions as CheerioOptions).root()[0] as unknown as HtmlNode
  return treeFromDom(document, html)
}

/**
 * Build a decruft tree from a DOM already parsed (a domhandler document, as
 * htmlparser2 and parse5's htmlparser2 adapter make).
 *
 * @param document
 *   The document node.
 * @param html
 *   The source it was parsed from, for positions.
 * @returns
 *   The tree, as `parseHtml` returns it.
 */
export function treeFromDom(document: HtmlNode, html: string): Root {
  const state = createWalkState(html)
  // Walk by hand with an explicit stack (a page may nest elements 100,000
  // deep), kept as two parallel arrays so a step allocates nothing: a node
  // to visit with the frame it sits in, or `undefined` with a frame to leave.
  const nodes: Array<HtmlNode | undefined> = []
  const frames: Frame[] = []
  pushChildren(nodes, frames, document, state.top)

  while (nodes.length > 0) {
    const node = nodes.pop()
    const frame = frames.pop() as Frame
    if (node === undefined) {
      leaveElement(state, frame)
      continue
    }
    if (node.type === 'text') {
      collectText(state, node, frame)
      continue
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue
    const child = enterElement(state, node, frame)
    if (child === undefined) continue
    nodes.push(undefined)
    frames.push(child)
    pushChildren(nodes, frames, node, child)
  }
  leaveElement(state, state.top)

  return createRoot(state, html)
}

/**
 * Push a node's children on the walk stack, last first.
 *
 * @param nodes
 *   The stack's nodes.
 * @param frames
 *   The stack's frames, one per node.
 * @param node
 *   The parent node.
 * @param frame
 *   The frame the children are in.
 * @returns
 *   Nothing.
 */
function pushChildren(nodes: Array<HtmlNode | undefined>, frames: Frame[], node: HtmlNode, frame: Frame): undefined {
  const children = node.children ?? []
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]
    if (child) {
      nodes.push(child)
      frames.push(frame)
    }
  }
}

/**
 * Turn the collected blocks into a root, with blank blocks between blocks
 * that are not lines of one group (list items of one list, cells of one row,
 * lines of one paragraph split by `<br>`).
 *
 * @param state
 *   The finished walk.
 * @param html
 *   The source.
 * @returns
 *   The root.
 */
function createRoot(state: WalkState, html: string): Root {
  const toPlace = createLocator(html)
  const children: Block[] = []
  let previousGroup = Number.NaN

  for (const collected of state.blocks) {
    const start = toPlace(collected.start)
    if (children.length > 0 && collected.group !== previousGroup) {
      children.push({type: 'block', value: '', blank: true, eol: '\n', position: {start, end: start}})
    }
    previousGroup = collected.group
    const dom: DomEvidence = collected.dom
    const spans: Span[] = collected.spans
    children.push({
      type: 'block',
      value: collected.value,
      blank: false,
      eol: '\n',
      spans,
      position: {start, end: toPlace(collected.end)},
      data: {dom}
    })
  }

  const last = children.at(-1)
  if (last) last.eol = ''
  const title = state.openGraphTitle ?? state.title
  return {
    type: 'root',
    children,
    data: {
      format: 'html',
      ...(title === undefined ? {} : {title}),
      outline: state.outline
    },
    position: {start: toPlace(0), end: toPlace(html.length)}
  }
}

/**
 * Unified plugin that sets the HTML parser.
 *
 * @example
 *   unified().use(decruftParseHtml).use(decruftCompile)
 */
const decruftParseHtml: Plugin<[], string, Root> = function () {
  const self = this as unknown as Processor<Root>
  self.parser = function (document) {
    return parseHtml(document)
  }
}

export default decruftParseHtml
