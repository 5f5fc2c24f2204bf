/**
 * Print a Markdown table with padded columns.
 *
 * @param {string[]} header
 * @param {Array<Array<string | number | undefined>>} rows
 * @returns {undefined}
 */
export function printTable(header, rows) {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => String(row[index] ?? '').length)))
  const format = (row) => '| ' + row.map((cell, index) => String(cell ?? '').padEnd(widths[index] ?? 0)).join(' | ') + ' |'
  console.log(format(header))
  console.log('| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |')
  for (const row of rows) console.log(format(row))
}
