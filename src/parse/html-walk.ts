/**
 * The state of one walk over a page's DOM: the frame of every open element,
 * the block of text being collected, and the blocks collected so far.
 */
import type {DomEvidence, Span} from '../types.js'
import {
  blockTags,
  droppedTags,
  elementTokens,
  isHiddenElement,
  landmarkRoles,
  landmarkTags,
  listTags,
  selectorPiece,
  type HtmlNode
} from './html-elements.js'

/** What the walk knows about an open element, shared with its descendants. */
export interface Frame {
  /** Lower-case tag name (`#top` for the document). */
  readonly tag: string
  /** The enclosing frame. */
  readonly parent: Frame | undefined
  /** The nearest block-level frame: itself for a block element. */
  block: Frame | undefined
  /** Index in the outline, for block-level frames (`-1` otherwise). */
  readonly id: number
  /** Its attributes. */
  readonly attributes: Readonly<Record<string, string | undefined>>
  /** Its position among its parent's children of its tag, from 1. */
  readonly nth: number
  /** Short selector with `:nth-of-type` (`p:nth-of-type(3)`), once asked for (`selectorOf`). */
  selector: string | undefined
  /** Its own class/id/role tokens. */
  readonly ownTokens: readonly string[]
  /** The nearest frame with own tokens: itself, an ancestor, or none. */
  tokenOwner: Frame | undefined
  /**
   * Tokens of it and its ancestors, nearest first, once asked for
   * (`inheritedTokens`; on frames with own tokens).
   */
  tokens: readonly string[] | undefined
  /** Landmarks it sits in. */
  readonly landmarks: readonly string[]
  /** Inside a list. */
  readonly inList: boolean
  /** Inside a table. */
  readonly inTable: boolean
  /** Inside a link. */
  readonly inLink: boolean
  /** Inside `<pre>`: white space is kept. */
  readonly preformatted: boolean
  /** Element depth below `<body>`. */
  readonly depth: number
  /** How many children of each tag came so far, for `:nth-of-type`. */
  typeCounts: Map<string, number> | undefined
}

/** A block collected by the walk, before it becomes a tree node. */
export interface CollectedBlock {
  /** Its text. */
  readonly value: string
  /** Where its text came from. */
  readonly spans: Span[]
  /** Start offset in the source. */
  readonly start: number
  /** End offset in the source. */
  readonly end: number
  /** Blocks of one group are written without a blank line between them. */
  readonly group: number
  /** Its DOM evidence. */
  readonly dom: DomEvidence
}

/** One walk. */
export interface WalkState {
  /** The source. */
  readonly html: string
  /** The document's frame. */
  readonly top: Frame
  /** Blocks so far. */
  readonly blocks: CollectedBlock[]
  /** Block-level elements so far. */
  readonly outline: {parent: number[]; tag: string[]; selector: string[]; tokens: string[][]; landmark: string[]}
  /** Text of the first `<title>`. */
  title: string | undefined
  /** `og:title`. */
  openGraphTitle: string | undefined
  /** Text of the block being collected. */
  text: string
  /** Its spans. */
  spans: Span[]
  /** Characters of it inside links. */
  linkCharacters: number
  /** White space seen after its last character. */
  pendingSpace: boolean
  /** Source offsets it covers. */
  start: number
  end: number
  /** Frame of the last block collected, and whether a `<br>` came since. */
  lastFrame: Frame | undefined
  /** Tokens already read, by the `class` value they came from (pages repeat their classes). */
  readonly tokenCache: Map<string, string[]>
}

/** Most class/id/role tokens kept per frame (nearest first). */
const inheritedTokenLimit = 32

/** Runs of HTML white space (and no-break spaces) to collapse. */
const whiteSpaceRun = /[\t\n\f\r \u00A0]+/g

/** A heading's tag name. */
const headingTag = /^h[1-6]$/

/** Line endings inside `<pre>`. */
const preformattedLineEnding = /\r\n|\r|\n/

/** Tags whose frames group their block children into lines without blank lines between. */
const groupingParents: ReadonlySet<string> = new Set(['dl', 'menu', 'ol', 'ul', 'tr'])

/**
 * Start a walk.
 *
 * @param html
 *   The source.
 * @returns
 *   The state.
 */
export function createWalkState(html: string): WalkState {
  // Text outside any block element (a fragment: `Hello <b>you</b>`) belongs to the body.
  const top: Frame = {
    tag: 'body',
    parent: undefined,
    block: undefined,
    id: -1,
    attributes: {},
    nth: 1,
    selector: 'body',
    ownTokens: noTokens,
    tokenOwner: undefined,
    tokens: undefined,
    landmarks: [],
    inList: false,
    inTable: false,
    inLink: false,
    preformatted: false,
    depth: 0,
    typeCounts: undefined
  }
  top.block = top
  return {
    html,
    top,
    blocks: [],
    outline: {parent: [], tag: [], selector: [], tokens: [], landmark: []},
    title: undefined,
    openGraphTitle: undefined,
    text: '',
    spans: [],
    linkCharacters: 0,
    pendingSpace: false,
    start: -1,
    end: -1,
    lastFrame: undefined,
    tokenCache: new Map()
  }
}

/**
 * Enter an element: read titles, drop what never renders, open a frame.
 *
 * @param state
 *   The walk.
 * @param node
 *   The element.
 * @param parent
 *   The enclosing frame.
 * @returns
 *   The element's frame, or `undefined` when its content is skipped.
 */
export function enterElement(state: WalkState, node: HtmlNode, parent: Frame): Frame | undefined {
  const tag = (node.name ?? '').toLowerCase()
  const attributes = node.attribs ?? {}

  if (tag === 'title' && state.title === undefined) {
    state.title = collapse(textOf(node)).trim() || undefined
  } else if (tag === 'meta' && state.openGraphTitle === undefined) {
    const property = attributes['property'] ?? attributes['name']
    if (property?.toLowerCase() === 'og:title') state.openGraphTitle = collapse(attributes['content'] ?? '').trim() || undefined
  }

  if (tag === 'br') {
    flushBlock(state)
    return undefined
  }
  if (droppedTags.has(tag) || isHiddenElement(attributes)) return undefined

  const isBlock = blockTags.has(tag)
  if (isBlock) flushBlock(state)

  const counts = (parent.typeCounts ??= new Map())
  const nth = (counts.get(tag) ?? 0) + 1
  counts.set(tag, nth)

  // Page-wide classes (`<body class="has-sidebar">`) say nothing about a block.
  const own = tag === 'html' || tag === 'body' ? noTokens : cachedTokens(state, attributes)
  const landmark = landmarkTags.has(tag) ? tag : landmarkRoles[attributes['role']?.toLowerCase() ?? '']
  let id = -1
  if (isBlock) {
    id = state.outline.tag.length
    state.outline.parent.push(parent.block?.id ?? -1)
    state.outline.tag.push(tag)
    state.outline.selector.push(selectorPiece(tag, attributes))
    state.outline.tokens.push(own)
    state.outline.landmark.push(landmark ?? '')
  }

  const frame: Frame = {
    tag,
    parent,
    block: parent.id === -1 ? parent.block : parent,
    id,
    attributes,
    nth,
    selector: undefined,
    ownTokens: own,
    tokenOwner: undefined,
    tokens: undefined,
    landmarks: landmark === undefined || parent.landmarks.includes(landmark) ? parent.landmarks : [...parent.landmarks, landmark],
    inList: parent.inList || listTags.has(tag) || tag === 'li',
    inTable: parent.inTable || tag === 'table',
    inLink: parent.inLink || tag === 'a',
    preformatted: parent.preformatted || tag === 'pre' || tag === 'listing' || tag === 'plaintext' || tag === 'xmp',
    depth: tag === 'body' ? 0 : parent.depth + 1,
    typeCounts: undefined
  }
  if (isBlock) frame.block = frame
  frame.tokenOwner = own.length === 0 ? parent.tokenOwner : frame
  return frame
}

/**
 * The class/id/role tokens of a frame and its ancestors, nearest first, at
 * most `inheritedTokenLimit`: built only for frames that own a block, from
 * the chain of frames with tokens (each step adds one token or more), and
 * kept on the nearest of those for the next block.
 *
 * @param frame
 *   A frame.
 * @returns
 *   Its tokens (shared: never change them).
 */
function inheritedTokens(frame: Frame): readonly string[] {
  const owner = frame.tokenOwner
  if (owner === undefined) return noTokens
  if (owner.tokens !== undefined) return owner.tokens
  const tokens: string[] = []
  let current: Frame | undefined = owner
  while (current !== undefined && tokens.length < inheritedTokenLimit) {
    for (const token of current.ownTokens) {
      if (tokens.length >= inheritedTokenLimit) break
      tokens.push(token)
    }
    current = current.parent?.tokenOwner
  }
  owner.tokens = tokens
  return tokens
}

/** The tokens of an element without class, id, role or itemprop (shared, never changed). */
const noTokens: string[] = []

/**
 * `elementTokens`, remembered for the walk when an element has only a class:
 * a page gives the same class to many elements (`menu-item`, `post-card`),
 * and reading one costs a few regex passes. Ids are mostly unique, so other
 * elements are read afresh.
 *
 * @param state
 *   The walk.
 * @param attributes
 *   The element's attributes.
 * @returns
 *   Its tokens (shared between elements: never change them).
 */
function cachedTokens(state: WalkState, attributes: Readonly<Record<string, string | undefined>>): string[] {
  const className = attributes['class']
  const other = attributes['id'] || attributes['role'] || attributes['itemprop']
  if (!className && !other) return noTokens
  if (!className || other) return elementTokens(attributes)
  let tokens = state.tokenCache.get(className)
  if (tokens === undefined) {
    tokens = elementTokens(attributes)
    state.tokenCache.set(className, tokens)
  }
  return tokens
}

/**
 * Leave an element: a block-level element ends the block being collected.
 *
 * @param state
 *   The walk.
 * @param frame
 *   The element's frame.
 * @returns
 *   Nothing.
 */
export function leaveElement(state: WalkState, frame: Frame): undefined {
  if (frame.id !== -1 || frame === state.top) flushBlock(state)
}

/**
 * Add a text node to the block being collected.
 *
 * @param state
 *   The walk.
 * @param node
 *   The text node.
 * @param frame
 *   The frame it sits in.
 * @returns
 *   Nothing.
 */
export function collectText(state: WalkState, node: HtmlNode, frame: Frame): undefined {
  const data = node.data ?? ''
  if (data === '') return
  const nodeStart = node.startIndex ?? 0
  const nodeEnd = node.endIndex === null || node.endIndex === undefined ? nodeStart : node.endIndex + 1
  const owner = blockFrameOf(frame)
  state.lastFrame = owner

  if (frame.preformatted) {
    const lines = data.split(preformattedLineEnding)
    for (let index = 0; index < lines.length; index++) {
      if (index > 0) flushBlock(state)
      state.lastFrame = owner
      appendPiece(state, lines[index] ?? '', frame, nodeStart, nodeEnd, false)
    }
    return
  }

  // Most text nodes are the indentation between tags: one pending space, nothing to append.
  if (isWhiteSpaceOnly(data)) {
    state.pendingSpace = true
    return
  }
  const collapsed = collapse(data)
  const leading = collapsed.startsWith(' ')
  const trailing = collapsed.length > 1 && collapsed.endsWith(' ')
  const piece = collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined)
  if (leading || piece === '') state.pendingSpace = true
  // Exact source offsets when the source spells the text as is (no entities, no runs of spaces).
  const exact = collapsed === data && nodeEnd - nodeStart === data.length && state.html.startsWith(data, nodeStart)
  if (piece !== '' && piece !== ' ') {
    appendPiece(state, piece, frame, exact ? nodeStart + (leading ? 1 : 0) : nodeStart, nodeEnd, exact)
  }
  if (trailing) state.pendingSpace = true
}

/**
 * Append text to the block being collected.
 *
 * @param state
 *   The walk.
 * @param piece
 *   Text without leading or trailing collapsed white space.
 * @param frame
 *   Its frame.
 * @param start
 *   Source offset it maps to.
 * @param end
 *   Source end of its node.
 * @param exact
 *   Whether `piece` is the source from `start` on, character for character.
 * @returns
 *   Nothing.
 */
function appendPiece(state: WalkState, piece: string, frame: Frame, start: number, end: number, exact: boolean): undefined {
  if (piece === '') return
  if (state.text === '') {
    state.start = start
  } else if (state.pendingSpace) {
    state.text += ' '
    state.spans.push({length: 1, start, end: start, from: 'edit'})
    if (frame.inLink) state.linkCharacters++
  }
  state.pendingSpace = false
  state.text += piece
  state.spans.push(
    exact
      ? {length: piece.length, start, end: start + piece.length, from: 'input'}
      : {length: piece.length, start, end, from: 'edit'}
  )
  state.end = exact ? start + piece.length : end
  if (frame.inLink) state.linkCharacters += piece.length
}

/**
 * End the block being collected and store it, when it has text.
 *
 * @param state
 *   The walk.
 * @returns
 *   Nothing.
 */
function flushBlock(state: WalkState): undefined {
  const owner = state.lastFrame
  const text = state.text
  if (owner !== undefined && text.trim() !== '') {
    const headingLevel = headingTag.test(owner.tag) ? Number(owner.tag.charAt(1)) : 0
    const previous = state.blocks.at(-1)
    state.blocks.push({
      value: text,
      spans: state.spans,
      start: state.start,
      end: Math.max(state.end, state.start),
      group: groupOf(owner, previous),
      dom: {
        tag: owner.tag,
        path: pathOf(state, owner),
        headingLevel,
        linkDensity: Math.min(1, state.linkCharacters / text.length),
        tokens: inheritedTokens(owner),
        landmarks: owner.landmarks,
        inList: owner.inList,
        inTable: owner.inTable,
        depth: owner.depth,
        element: owner.id
      }
    })
  }
  state.text = ''
  state.spans = []
  state.linkCharacters = 0
  state.pendingSpace = false
  state.start = -1
  state.end = -1
}

/**
 * The group a block belongs to: its element's id for lines of one element
 * (`<br>`, `<pre>`), the list's or row's id for items and cells, else a fresh
 * number.
 *
 * @param owner
 *   The block's frame.
 * @param previous
 *   The block before it.
 * @returns
 *   A group number; equal numbers share a paragraph.
 */
function groupOf(owner: Frame, previous: CollectedBlock | undefined): number {
  if (previous !== undefined && previous.dom.element === owner.id && owner.id !== -1) return previous.group
  const parent = owner.parent?.block
  if (parent && groupingParents.has(parent.tag)) return -2 - parent.id
  return owner.id === -1 ? Number.NaN : owner.id
}

/**
 * The nearest block-level frame of a frame (the document's frame at the top).
 *
 * @param frame
 *   A frame.
 * @returns
 *   Its block frame.
 */
function blockFrameOf(frame: Frame): Frame {
  return frame.block ?? frame
}

/**
 * A short CSS-like path: the block's element and up to three ancestors
 * (`article.post>div.entry>p:nth-of-type(3)`).
 *
 * @param state
 *   The walk.
 * @param frame
 *   The block's frame.
 * @returns
 *   The path.
 */
function pathOf(state: WalkState, frame: Frame): string {
  let path = ''
  let count = 0
  let current: Frame | undefined = frame
  while (current && current.parent && count < 4) {
    if (current.tag !== 'html' && current.tag !== 'body') {
      path = count === 0 ? selectorOf(state, current) : selectorOf(state, current) + '>' + path
      count++
    }
    current = current.parent
  }
  return count === 0 ? frame.tag : path
}

/**
 * The selector of a frame, made when a path first needs it: most elements
 * are in no block's path.
 *
 * @param state
 *   The walk.
 * @param frame
 *   A frame.
 * @returns
 *   Its selector (`p:nth-of-type(3)`).
 */
function selectorOf(state: WalkState, frame: Frame): string {
  if (frame.selector === undefined) {
    const piece = frame.id === -1 ? selectorPiece(frame.tag, frame.attributes) : (state.outline.selector[frame.id] ?? frame.tag)
    frame.selector = frame.nth > 1 ? piece + ':nth-of-type(' + frame.nth + ')' : piece
  }
  return frame.selector
}

/**
 * Collapse runs of white space to one space.
 *
 * @param text
 *   Text.
 * @returns
 *   Collapsed text (`text` itself when it has nothing to collapse).
 */
function collapse(text: string): string {
  return isCollapsed(text) ? text : text.replace(whiteSpaceRun, ' ')
}

/**
 * Whether text has no white space to collapse: only single spaces, no tabs,
 * line endings or no-break spaces. Checked by character codes, as most text
 * nodes pass, so that they are not copied by a `replace`.
 *
 * @param text
 *   Text.
 * @returns
 *   Whether `collapse` would return it unchanged.
 */
function isCollapsed(text: string): boolean {
  let previousSpace = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32) {
      if (previousSpace) return false
      previousSpace = true
    } else if (isCollapsibleSpace(code)) {
      return false
    } else {
      previousSpace = false
    }
  }
  return true
}

/**
 * Whether text is only HTML white space and no-break spaces (the indentation
 * between tags).
 *
 * @param text
 *   Text.
 * @returns
 *   Whether `collapse` would turn it into one space.
 */
function isWhiteSpaceOnly(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 32 && !isCollapsibleSpace(code)) return false
  }
  return true
}

/**
 * Whether a character code is white space that `whiteSpaceRun` collapses,
 * other than the space itself: tab, line feed, form feed, carriage return,
 * no-break space.
 *
 * @param code
 *   A character code.
 * @returns
 *   Whether it is one of those.
 */
function isCollapsibleSpace(code: number): boolean {
  return code === 9 || code === 10 || code === 12 || code === 13 || code === 160
}

/**
 * The text of an element's text children (for `<title>`).
 *
 * @param node
 *   An element.
 * @returns
 *   Its text.
 */
function textOf(node: HtmlNode): string {
  let text = ''
  for (const child of node.children ?? []) if (child.type === 'text') text += child.data ?? ''
  return text
}
