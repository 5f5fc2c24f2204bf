/**
 * Format sniffing for `format: 'auto'`: is this input an HTML page or text?
 */
import type {Plugin, Processor} from 'unified'
import {parseHtml} from './parse/html.js'
import {parseText} from './parse/text.js'
import type {Root} from './types.js'
import {typeName} from './type-name.js'

/** How much of the input sniffing reads: a page says what it is early. */
const sniffLength = 65_536

/** A document start: BOM and white space, optional XML prolog and comments, then a doctype or `<html`/`<head`/`<body`. */
// redos: anchored at the start (one attempt per input) and every run is bounded, so a match costs a bounded number of steps whatever follows
const documentStart = /^\uFEFF?\s{0,1024}(?:<\?xml[^>]{0,256}>\s{0,1024})?(?:<!--[^>]{0,1024}-->\s{0,1024}){0,4}(?:<!doctype\s{1,16}html|<html[\s>]|<head[\s>]|<body[\s>])/i

/**
 * A tag of a common HTML element, opening or closing: `<p>`, `</div>`,
 * `<a href="…">`, `<br/>`. Inline mentions like `use the <b> tag` count too;
 * what tells a page from a text is how many there are.
 */
const elementTag =
  /<\/?(?:a|article|b|blockquote|body|br|div|em|footer|h[1-6]|head|header|hr|i|img|li|link|main|meta|nav|ol|p|script|section|span|strong|style|table|td|th|tr|ul)(?=[\s/>])/gi

/** Tags needed when the input starts with `<`. */
const minimumTagsAtStart = 2

/** Tags needed anywhere else. */
const minimumTags = 8

/** Characters of input per tag, at most, for a text not starting with `<`. */
const maximumCharactersPerTag = 400

/**
 * Decide whether an input is HTML or text.
 *
 * HTML when it starts like a document (doctype, `<html`, `<head`, `<body`),
 * when it starts with a tag and holds at least two element tags, or when
 * element tags are dense (8 or more, and one per 400 characters at least) in
 * its first 64 KiB. A text that mentions a few tags stays text.
 *
 * @param input
 *   The input.
 * @returns
 *   `'html'` or `'text'`.
 * @example
 *   sniffFormat('<!doctype html><title>x</title>') //=> 'html'
 *   sniffFormat('Wrap the word in <b> and </b> to make it bold.') //=> 'text'
 */
export function sniffFormat(input: string): 'html' | 'text' {
  if (typeof input !== 'string') {
    throw new TypeError('Expected `input` to be a string, got `' + typeName(input) + '`')
  }
  const head = input.slice(0, sniffLength)
  if (documentStart.test(head)) return 'html'
  const tags = countTags(head)
  if (head.trimStart().startsWith('<') && tags >= minimumTagsAtStart) return 'html'
  return tags >= minimumTags && tags * maximumCharactersPerTag >= head.length ? 'html' : 'text'
}

/**
 * Count element tags.
 *
 * @param text
 *   Text to scan.
 * @returns
 *   How many tags it holds.
 */
function countTags(text: string): number {
  let count = 0
  elementTag.lastIndex = 0
  while (elementTag.exec(text) !== null) count++
  return count
}

/**
 * Unified plugin that sets a parser which sniffs each input (`sniffFormat`)
 * and parses it as HTML or as text.
 *
 * @example
 *   unified().use(decruftParseAuto).use(decruftCompile)
 */
export const decruftParseAuto: Plugin<[], string, Root> = function () {
  const self = this as unknown as Processor<Root>
  self.parser = function (document) {
    return sniffFormat(document) === 'html' ? parseHtml(document) : parseText(document)
  }
}
