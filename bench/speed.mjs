// Speed benchmark: decruft (HTML and text mode) next to its peers and two
// floors, on the 181 ScrapingHub pages, one child process per tool so each
// peak RSS is its own. F1 (ScrapingHub metric) beside each.
//
//   npm run bench:speed                 every tool
//   npm run bench:speed -- --tool NAME  one tool (prints JSON; used by the parent)
//
// Imports the built library (`dist/index.js`): run `npx tsup` first. Pages
// are decompressed before timing; each tool warms up on 10 pages, untimed.
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {loadGold, loadHtml, loadTextInput, loadUrls} from './lib/data.mjs'
import {htmlToText, tools} from './lib/peers.mjs'
import {scoreCorpus} from './lib/score.mjs'

const {values} = parseArgs({options: {tool: {type: 'string'}}})

if (values.tool === undefined) runAll()
else await runTool(values.tool)

/**
 * Measure one tool in this process and print its figures as JSON.
 *
 * @param {string} name
 */
async function runTool(name) {
  const tool = tools.find((item) => item.name === name)
  if (!tool) throw new Error('Unknown tool `' + name + '`')
  const pages = tool.input === 'html' ? loadHtml() : loadTextInput(tool.input)
  const urls = loadUrls()
  const extract = await tool.setup()
  let warm = 0
  for (const [id, page] of pages) {
    if (warm++ >= 10) break
    await extract(page, urls.get(id))
  }
  const outputs = new Map()
  let bytes = 0
  const started = performance.now()
  for (const [id, page] of pages) {
    outputs.set(id, await extract(page, urls.get(id)))
    bytes += Buffer.byteLength(page)
  }
  const seconds = (performance.now() - started) / 1000
  const rss = process.resourceUsage().maxRSS * 1024
  let f1 = null
  if (!tool.floor) {
    const predictions = new Map()
    for (const [id, output] of outputs) predictions.set(id, tool.returnsHtml ? await htmlToText(output) : output)
    f1 = scoreCorpus(predictions, loadGold()).f1
  }
  console.log(JSON.stringify({name, pages: pages.size, bytes, seconds, rss, f1}))
}

/** Run every tool in its own child process and print one table. */
function runAll() {
  const script = fileURLToPath(import.meta.url)
  const results = []
  for (const tool of tools) {
    const child = spawnSync(process.execPath, [script, '--tool', tool.name], {encoding: 'utf8', maxBuffer: 1 << 26})
    const line = child.stdout.trim().split('\n').at(-1) ?? ''
    try {
      results.push(JSON.parse(line))
    } catch {
      results.push({name: tool.name, error: (child.stderr || 'no output').trim().split('\n')[0]})
    }
  }
  const byName = new Map(results.map((result) => [result.name, result]))
  const rate = (name) => {
    const result = byName.get(name)
    return result && !result.error ? result.pages / result.seconds : Number.NaN
  }
  const decruft = rate('decruft html')
  const rows = results.map(function (result) {
    if (result.error) return [result.name, 'error: ' + result.error, '', '', '', '', '', '', '']
    const pagesPerSecond = result.pages / result.seconds
    return [
      result.name,
      pagesPerSecond.toFixed(1),
      (result.bytes / 1e6 / result.seconds).toFixed(1),
      (result.rss / 1e6).toFixed(0),
      result.f1 === null ? '' : result.f1.toFixed(3),
      (decruft / pagesPerSecond).toFixed(2) + 'x',
      (pagesPerSecond / rate('floor: lines + 20 regexes')).toFixed(3),
      (pagesPerSecond / rate('floor: cheerio/slim parse')).toFixed(2),
      ''
    ]
  })
  const header = ['tool', 'pages/s', 'MB/s', 'peak RSS MB', 'F1', 'decruft html is', 'vs line floor', 'vs parse floor']
  printTable(header, rows.map((row) => row.slice(0, header.length)))
}

/**
 * Print a Markdown table.
 *
 * @param {string[]} header
 * @param {string[][]} rows
 */
function printTable(header, rows) {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => String(row[index] ?? '').length)))
  const format = (row) => '| ' + row.map((cell, index) => String(cell ?? '').padEnd(widths[index] ?? 0)).join(' | ') + ' |'
  console.log(format(header))
  console.log('| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |')
  for (const row of rows) console.log(format(row))
}
