/**
 * `--explain`: the removals and repairs of one input, for people. Coloured
 * with plain ANSI codes when the caller says so (a terminal), plain otherwise.
 */
import type {ReportEntry} from '../types.js'

/** The part of a detailed result the explanation reads. */
export interface ExplainInput {
  /** Every removal and repair, in input order. */
  readonly report: readonly ReportEntry[]
  /** Counts. */
  readonly stats: {readonly blocks: number; readonly removed: number; readonly repairs: number}
}

/** Styles the explanation uses. */
type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan'

/** ANSI open and close codes per style. */
const ansi: Readonly<Record<Style, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39]
}

/** Longest excerpt of removed or repaired text shown, in characters. */
const excerptLength = 160

/**
 * Characters a terminal would act on or hide: C0 controls but tab, DEL, C1
 * controls, zero-width and direction marks, word joiners, the BOM.
 */
const invisibleCharacter = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g

/**
 * Explain what was removed and repaired in one input.
 *
 * @param name
 *   Input name (a path, `-` for stdin, `file:line` for a record).
 * @param result
 *   The detailed result.
 * @param color
 *   Whether to use ANSI colours.
 * @returns
 *   Lines ending in `\n`: a header, one entry per removal or repair with its
 *   excerpt, and a summary.
 * @example
 *   formatExplanation('page.txt', cleanDetailed('Spread the love\nHi.'), false)
 *   //=> 'page.txt\n  1:1  remove  share-widget (share, 0.90)  Unexpected …'
 */
export function formatExplanation(name: string, result: ExplainInput, color: boolean): string {
  const paint = color ? colorize : plain
  let output = paint('bold', name) + '\n'
  const places = result.report.map((entry) => entry.position.start.line + ':' + entry.position.start.column)
  const width = Math.max(0, ...places.map((place) => place.length))

  for (const [index, entry] of result.report.entries()) {
    const place = (places[index] ?? '').padEnd(width)
    const removal = entry.type === 'removal'
    const action = removal ? paint('red', 'remove') : paint('yellow', 'repair')
    const rule = paint('cyan', entry.ruleId) + paint('dim', ' (' + entry.kind + ', ' + entry.confidence.toFixed(2) + ')')
    output += '  ' + paint('dim', place) + '  ' + action + '  ' + rule + '  ' + showText(entry.reason) + '\n'
    const indent = '  ' + ' '.repeat(width) + '  '
    output += indent + paint('red', '- ' + excerpt(entry.actual)) + '\n'
    if (!removal) output += indent + paint('green', '+ ' + excerpt(entry.expected)) + '\n'
  }

  const {blocks, removed, repairs} = result.stats
  const summary =
    result.report.length === 0
      ? 'nothing to remove or repair in ' + plural(blocks, 'line')
      : removed + ' of ' + plural(blocks, 'line') + ' removed, ' + plural(repairs, 'repair')
  return output + '  ' + paint('dim', summary) + '\n'
}

/**
 * Show text safely on a terminal: invisible and control characters become
 * `\u{…}` escapes (an escape sequence in scraped text must not drive the
 * terminal).
 *
 * @param text
 *   Any text.
 * @returns
 *   Printable text.
 */
export function showText(text: string): string {
  return text.replace(invisibleCharacter, function (character) {
    return '\\u{' + (character.codePointAt(0) ?? 0).toString(16).toUpperCase() + '}'
  })
}

/**
 * A printable excerpt, cut in the middle when long.
 *
 * @param text
 *   Removed or replacement text.
 * @returns
 *   The excerpt.
 */
function excerpt(text: string): string {
  if (text === '') return '(nothing)'
  const shown = text.length > excerptLength ? text.slice(0, excerptLength - 20) + ' … ' + text.slice(-17) : text
  return showText(shown)
}

/**
 * `1 line`, `2 lines`.
 *
 * @param count
 *   How many.
 * @param noun
 *   Singular noun.
 * @returns
 *   Count and noun.
 */
function plural(count: number, noun: string): string {
  return count + ' ' + noun + (count === 1 ? '' : 's')
}

/**
 * Wrap text in ANSI codes.
 *
 * @param style
 *   Style.
 * @param text
 *   Text.
 * @returns
 *   Coloured text.
 */
function colorize(style: Style, text: string): string {
  const [open, close] = ansi[style]
  return '\u001B[' + open + 'm' + text + '\u001B[' + close + 'm'
}

/**
 * No styling.
 *
 * @param _style
 *   Ignored.
 * @param text
 *   Text.
 * @returns
 *   The text.
 */
function plain(_style: Style, text: string): string {
  return text
}
