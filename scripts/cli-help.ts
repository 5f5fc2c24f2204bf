/**
 * The `decruft --help` block of `docs/cli.md`, between `<!-- help:start -->`
 * and `<!-- help:end -->`: `npm run docs` writes it, a test checks it.
 */

/** The help block with its markers: captures the text inside the fence. */
const helpBlock = /<!-- help:start -->\n```text\n([\s\S]*?)```\n<!-- help:end -->/

/**
 * The help text the page shows now.
 *
 * @param page
 *   `docs/cli.md`.
 * @returns
 *   The text inside the block, or `undefined` when the markers are missing.
 * @example
 *   readHelpBlock(page) === helpText //=> true when up to date
 */
export function readHelpBlock(page: string): string | undefined {
  return helpBlock.exec(page)?.[1]
}

/**
 * Put the help text into the page's help block.
 *
 * @param page
 *   `docs/cli.md`.
 * @param helpText
 *   The output of `decruft --help`.
 * @returns
 *   The page with the block replaced.
 * @example
 *   replaceHelpBlock(page, helpText)
 */
export function replaceHelpBlock(page: string, helpText: string): string {
  if (!helpBlock.test(page)) throw new Error('docs/cli.md has no `<!-- help:start -->` … `<!-- help:end -->` block')
  const text = helpText.endsWith('\n') ? helpText : helpText + '\n'
  return page.replace(helpBlock, () => '<!-- help:start -->\n```text\n' + text + '```\n<!-- help:end -->')
}
