/**
 * The warning for a long text of which almost nothing was kept: a text is
 * judged as one page, so a text of many pages in a row loses all but one.
 */

/** Shortest text, in UTF-16 units, whose near-total removal earns a warning: far longer than an article. */
const longText = 200_000

/** Share of a long text below which what is kept earns the warning. */
const littleKept = 0.05

/**
 * A warning for a long text of which almost nothing was kept. A text is
 * judged as one page (one article, one comment thread after it), so a text
 * of many pages in a row keeps one article at most, and that loss should not
 * go unsaid. Meant for text input: an HTML page's markup is never kept.
 *
 * @param input
 *   The text given.
 * @param output
 *   The text kept.
 * @returns
 *   The warning, or `undefined`.
 * @example
 *   keptLittleWarning('Menu\n'.repeat(50_000), '') //=> 'kept 0% of a 250,000-character text: …'
 */
export function keptLittleWarning(input: string, output: string): string | undefined {
  if (input.length < longText || output.length >= littleKept * input.length) return undefined
  return (
    'kept ' + Math.round((100 * output.length) / input.length) + '% of a ' + input.length.toLocaleString('en-US') +
    '-character text: a text is judged as one page, so a text of many pages in a row keeps one article at most; ' +
    'clean each page on its own (with the CLI: a file each, or one JSON Lines record each with --jsonl)'
  )
}
