/**
 * What the HTML parser needs to know about elements: which ones start a block,
 * which ones never render, which ones are landmarks, and how to read the
 * class/id/role tokens and the hidden flags of one element.
 */
import {isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper} from '../ascii.js'

/**
 * The part of a DOM node (domhandler, as built by htmlparser2 or parse5) the
 * parser reads. Kept structural so either parser's tree fits.
 */
export interface HtmlNode {
  /** `text`, `tag`, `script`, `style`, `comment`, `directive`, `cdata` or `root`. */
  readonly type: string
  /** Tag name, for elements. */
  readonly name?: string | undefined
  /** Text, for text and comment nodes. */
  readonly data?: string | undefined
  /** Attributes, for elements. */
  readonly attribs?: Readonly<Record<string, string | undefined>> | undefined
  /** Children, for elements and the root. */
  readonly children?: readonly HtmlNode[] | undefined
  /** Offset of the node's first character in the source, when the parser kept it. */
  readonly startIndex?: number | null | undefined
  /** Offset of the node's last character in the source, when the parser kept it. */
  readonly endIndex?: number | null | undefined
}

/** Elements that start and end a block of text (CSS `display: block` and kin). */
export const blockTags: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu',
  'nav', 'ol', 'option', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'xmp'
])

/**
 * Elements whose content is never page text: scripts, styles, embedded
 * documents and graphics, form widgets' option lists, and what the head holds.
 * The head itself is walked: htmlparser2 leaves a page's body inside an
 * unclosed `<head>` (`<head><title>T</title><p>…` without `<body>`).
 */
export const droppedTags: ReadonlySet<string> = new Set([
  'applet', 'audio', 'base', 'button', 'canvas', 'datalist', 'embed', 'frame', 'iframe', 'img', 'input',
  'link', 'map', 'meta', 'noembed', 'noframes', 'noscript', 'object', 'param', 'picture',
  'script', 'select', 'source', 'style', 'svg', 'template', 'textarea', 'title', 'track', 'video'
])

/** Landmark elements, as reported in `DomEvidence.landmarks`. */
export const landmarkTags: ReadonlySet<string> = new Set([
  'aside', 'figcaption', 'figure', 'footer', 'form', 'header', 'nav'
])

/** ARIA roles that make an element one of the landmarks above. */
export const landmarkRoles: Readonly<Record<string, string>> = {
  banner: 'header',
  complementary: 'aside',
  contentinfo: 'footer',
  figure: 'figure',
  form: 'form',
  navigation: 'nav',
  search: 'form'
}

/** Elements that make a list. */
export const listTags: ReadonlySet<string> = new Set(['dl', 'menu', 'ol', 'ul'])

/** Longest attribute prefix read for tokens or styles: a multi-MB attribute costs no more. */
const attributeLimit = 512

/** Most tokens taken from one element. */
const tokenLimit = 12

/** White space inside a style declaration (`display : none`). */
const styleSpace = /\s/g

/** The values of the hiding declarations, in any case. */
const hidingValue = /none|hidden/i

/** Declarations that hide an element, written without spaces. */
const hidingDeclarations: readonly string[] = ['display:none', 'visibility:hidden']

/** A lower-case letter or digit followed by an upper-case letter: a camelCase word break. */
const camelBreak = /([a-z\d])([A-Z])/g

/** Runs of characters that separate tokens in class and id values. */
const tokenSeparator = /[^a-z\d]+/

/**
 * Whether an element is hidden by its own attributes: `hidden`,
 * `aria-hidden="true"`, or an inline `display: none` / `visibility: hidden`.
 *
 * @param attributes
 *   The element's attributes.
 * @returns
 *   Whether its content never shows.
 */
export function isHiddenElement(attributes: Readonly<Record<string, string | undefined>>): boolean {
  if (attributes['hidden'] !== undefined) return true
  if (attributes['aria-hidden']?.trim().toLowerCase() === 'true') return true
  const style = attributes['style']
  return style !== undefined && hasHidingDeclaration(style.slice(0, attributeLimit))
}

/**
 * Whether an inline style holds `display: none` or `visibility: hidden`
 * (split on `;` rather than matched by one pattern: linear on any attribute).
 *
 * @param style
 *   A `style` attribute.
 * @returns
 *   Whether it hides the element.
 */
function hasHidingDeclaration(style: string): boolean {
  // Most styles hide nothing: look for the two values before splitting.
  if (!hidingValue.test(style)) return false
  for (const declaration of style.toLowerCase().split(';')) {
    const compact = declaration.replace(styleSpace, '')
    for (const hiding of hidingDeclarations) {
      // `display:none!important` hides too; `display:nonesuch` is no value.
      if (compact.startsWith(hiding) && !isWordCharacter(compact.charAt(hiding.length))) return true
    }
  }
  return false
}

/**
 * Whether a character continues a CSS keyword.
 *
 * @param character
 *   One character, or `''`.
 * @returns
 *   Whether it is a letter, digit, `-` or `_`.
 */
function isWordCharacter(character: string): boolean {
  return (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') || character === '-' || character === '_'
}

/**
 * The lower-case word tokens of an element's `class`, `id` and `role`:
 * `class="shareButtons social-bar"` gives `share`, `buttons`, `social`, `bar`.
 *
 * @param attributes
 *   The element's attributes.
 * @returns
 *   Up to 12 distinct tokens, in attribute order.
 */
export function elementTokens(attributes: Readonly<Record<string, string | undefined>>): string[] {
  const tokens: string[] = []
  // Microdata names the article's body outright (`itemprop="articleBody"`).
  if (attributes['itemprop']?.toLowerCase() === 'articlebody') tokens.push('articlebody')
  for (const name of tokenAttributes) {
    const value = attributes[name]
    if (!value) continue
    const full = isAsciiPrefix(value) ? addAsciiWords(tokens, value) : addWords(tokens, value)
    if (full) return tokens
  }
  return tokens
}

/** Attributes whose words are tokens, in order. */
const tokenAttributes: readonly string[] = ['class', 'id', 'role']

/**
 * Add the words of an attribute to `tokens`, for any text: break camelCase,
 * lower-case, split on what is not an ASCII letter or digit.
 *
 * @param tokens
 *   Tokens so far (changed).
 * @param value
 *   The attribute.
 * @returns
 *   Whether `tokens` is full.
 */
function addWords(tokens: string[], value: string): boolean {
  const words = value.slice(0, attributeLimit).replace(camelBreak, '$1 $2').toLowerCase().split(tokenSeparator)
  for (const word of words) if (addToken(tokens, word)) return true
  return false
}

/**
 * `addWords` for an ASCII attribute, by character codes: the same words
 * without a copy of the attribute per step (most class names are ASCII; a
 * non-ASCII letter can lower-case to ASCII, as the Kelvin sign does to `k`).
 *
 * @param tokens
 *   Tokens so far (changed).
 * @param value
 *   The attribute, ASCII in its first `attributeLimit` characters.
 * @returns
 *   Whether `tokens` is full.
 */
function addAsciiWords(tokens: string[], value: string): boolean {
  const end = Math.min(value.length, attributeLimit)
  let start = -1
  let previousLowerOrDigit = false
  for (let index = 0; index < end; index++) {
    const code = value.charCodeAt(index)
    const isUpper = isAsciiUpper(code)
    const isLowerOrDigit = isAsciiLower(code) || isAsciiDigit(code)
    if (!isUpper && !isLowerOrDigit) {
      if (start !== -1 && addToken(tokens, value.slice(start, index).toLowerCase())) return true
      start = -1
    } else if (start === -1) {
      start = index
    } else if (isUpper && previousLowerOrDigit) {
      // A camelCase break (`relatedPosts`).
      if (addToken(tokens, value.slice(start, index).toLowerCase())) return true
      start = index
    }
    previousLowerOrDigit = isLowerOrDigit
  }
  return start !== -1 && addToken(tokens, value.slice(start, end).toLowerCase())
}

/**
 * Add one word to the tokens, unless empty, too long or already there.
 *
 * @param tokens
 *   Tokens so far (changed).
 * @param word
 *   A lower-case word.
 * @returns
 *   Whether `tokens` is full.
 */
function addToken(tokens: string[], word: string): boolean {
  if (word === '' || word.length > 32 || tokens.includes(word)) return false
  tokens.push(word)
  return tokens.length >= tokenLimit
}

/**
 * Whether the first `attributeLimit` characters of a value are ASCII.
 *
 * @param value
 *   An attribute.
 * @returns
 *   Whether they are.
 */
function isAsciiPrefix(value: string): boolean {
  const end = Math.min(value.length, attributeLimit)
  for (let index = 0; index < end; index++) if (value.charCodeAt(index) > 127) return false
  return true
}

/**
 * A short CSS-like name for an element: its tag with its id or first class
 * (`div#main`, `section.related-posts`, `p`).
 *
 * @param tag
 *   Lower-case tag name.
 * @param attributes
 *   The element's attributes.
 * @returns
 *   The selector piece.
 */
export function selectorPiece(tag: string, attributes: Readonly<Record<string, string | undefined>>): string {
  const id = simpleName(attributes['id'])
  if (id) return tag + '#' + id
  const className = simpleName(attributes['class'])
  return className ? tag + '.' + className : tag
}

/** Longest class or id word printed in a selector. */
const simpleNameLimit = 40

/** White space, as `String#trim` and `\s` see it. */
const whiteSpaceCharacter = /\s/

/**
 * The first word of an attribute, when it is a plain CSS identifier
 * (`[A-Za-z_][\w-]{0,39}`), read by character codes: most elements have one,
 * and nothing is copied unless it is.
 *
 * @param value
 *   A class or id value.
 * @returns
 *   The word, or `undefined`.
 */
function simpleName(value: string | undefined): string | undefined {
  if (!value) return undefined
  // Only the first 64 characters count, as a long value is no simple name.
  const end = Math.min(value.length, 64)
  let start = 0
  while (start < end && whiteSpaceCharacter.test(value.charAt(start))) start++
  let index = start
  while (index < end && isNameCharacter(value.charCodeAt(index), index === start)) index++
  if (index === start || index - start > simpleNameLimit) return undefined
  if (index < end && !whiteSpaceCharacter.test(value.charAt(index))) return undefined
  return value.slice(start, index)
}

/**
 * Whether a character code may be part of a simple name.
 *
 * @param code
 *   A character code.
 * @param first
 *   Whether it starts the name (no digit or `-` there).
 * @returns
 *   Whether it is a letter or `_`, or else, past the start, a digit or `-`.
 */
function isNameCharacter(code: number, first: boolean): boolean {
  if (isAsciiLetter(code) || code === 95) return true
  return !first && (isAsciiDigit(code) || code === 45)
}
