// Speed benchmark: decruft (HTML and text mode) next to its peers and three
// floors, on the 181 ScrapingHub pages, one child process per tool so each
// peak RSS is its own. F1 (ScrapingHub metric) beside each, then the start-up
// time of the CLI next to a bare `node -e 0`.
//
//   npm run bench:speed                      every tool
//   npm run bench:speed -- --tool NAME       one tool (prints JSON; used by the parent)
//   npm run bench:speed -- --baseline DIR    also time another build (a copy of
//                                            `dist/`) in the same run: before -> after
//   npm run bench:speed -- --build NAME=DIR  the same with any label (repeatable)
//   npm run bench:speed -- --repeat 3        time each tool over the pages 3 times
//   npm run bench:speed -- --warmup 0        one untimed pass before timing, however
//                                            short (default: passes until 2 CPU s)
//   npm run bench:speed -- --rounds 3        run every tool's process 3 times, tools
//                                            interleaved, and report each tool's median
//                                            round (steadier ratios on a busy machine)
//
// Imports the built library (`dist/index.js`): run `npx tsup` first. Pages
// are decompressed before timing; each tool first runs over all pages untimed,
// once and then until 2 CPU seconds are spent (`--warmup`).
// Rates are per CPU second of the process (`process.cpuUsage()`): the machine
// is shared, and wall time measures the neighbours too.
import {spawnSync} from 'node:child_process'
import {resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {cpuSince, medianRun, runJsonChild} from './lib/child.mjs'
import {loadGold, loadHtml, loadTextInput, loadUrls} from './lib/data.mjs'
import {floorClean, htmlToText, tools as peerTools} from './lib/peers.mjs'
import {scoreCorpus} from './lib/score.mjs'
import {printTable} from './lib/table.mjs'

const {values} = parseArgs({
  options: {
    tool: {type: 'string'},
    baseline: {type: 'string'},
    build: {type: 'string', multiple: true, default: []},
    repeat: {type: 'string', default: '1'},
    warmup: {type: 'string', default: '2'},
    rounds: {type: 'string', default: '1'},
    startup: {type: 'string', default: '20'}
  }
})

/** Floor (a) on the text track: the same input decruft's text mode reads. */
const textFloor = {
  name: 'floor: text lines + 20 regexes',
  input: 'html-text',
  returnsHtml: false,
  floor: true,
  async setup() {
    return floorClean
  }
}

/**
 * The decruft tools of another build, for a before -> after in one run.
 *
 * @param {string} label
 *   Name of the build in the table.
 * @param {string} folder
 *   A folder holding a build's `index.js`.
 * @returns {Array<object>}
 */
function buildTools(label, folder) {
  const url = pathToFileURL(resolve(folder, 'index.js')).href
  return ['html', 'text'].map((format) => ({
    name: 'decruft ' + format + ' (' + label + ')',
    input: format === 'html' ? 'html' : 'html-text',
    returnsHtml: false,
    async setup() {
      const {clean} = await import(url)
      return (page) => clean(page, {format})
    }
  }))
}

/** Other builds to time, as `[label, folder]`. */
const builds = [
  ...(values.baseline ? [['baseline', values.baseline]] : []),
  ...values.build.map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)])
]

const tools = [...peerTools, textFloor, ...builds.flatMap(([label, folder]) => buildTools(label, folder))]

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
  // Untimed passes over every page first, at least one and until `--warmup`
  // CPU seconds are spent: a library in a pipeline runs warm. 10 pages leave
  // much of a tool's code unoptimised (decruft's text mode measured at half
  // its steady rate that way), and so does one pass of a large code base over
  // the pages (decruft's text mode: 1.2x slower in its second pass than from
  // its fifth on). A slow tool gets its one pass; a fast one runs until its
  // compiler is done.
  const warmupStarted = process.cpuUsage()
  const warmupSeconds = Math.max(0, Number(values.warmup) || 0)
  do {
    for (const [id, page] of pages) await extract(page, urls.get(id))
  } while (cpuSince(warmupStarted) < warmupSeconds)
  const outputs = new Map()
  const repeat = Math.max(1, Number(values.repeat) || 1)
  let bytes = 0
  let count = 0
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  for (let round = 0; round < repeat; round++) {
    for (const [id, page] of pages) {
      outputs.set(id, await extract(page, urls.get(id)))
      bytes += Buffer.byteLength(page)
      count++
    }
  }
  const wall = (performance.now() - started) / 1000
  const seconds = cpuSince(cpuStarted)
  const rss = process.resourceUsage().maxRSS * 1024
  let f1 = null
  if (!tool.floor) {
    const predictions = new Map()
    for (const [id, output] of outputs) predictions.set(id, tool.returnsHtml ? await htmlToText(output) : output)
    f1 = scoreCorpus(predictions, loadGold()).f1
  }
  console.log(JSON.stringify({name, pages: count, bytes, seconds, wall, rss, f1}))
}

/** Run every tool in its own child process and print one table. */
function runAll() {
  const script = fileURLToPath(import.meta.url)
  const options = [
    '--repeat',
    String(values.repeat),
    '--warmup',
    String(values.warmup),
    ...(values.baseline ? ['--baseline', values.baseline] : []),
    ...values.build.flatMap((item) => ['--build', item])
  ]
  const rounds = Math.max(1, Number(values.rounds) || 1)
  /** @type {Map<string, object[]>} */
  const runs = new Map(tools.map((tool) => [tool.name, []]))
  // Round after round of every tool, so a busy spell on the shared machine
  // falls on all tools alike rather than on the one that ran then.
  for (let round = 0; round < rounds; round++) {
    for (const tool of tools) runs.get(tool.name)?.push(runJsonChild(script, ['--tool', tool.name, ...options]))
  }
  const results = tools.map((tool) => ({name: tool.name, ...medianRun(runs.get(tool.name) ?? [], (run) => run.pages / run.seconds)}))
  const byName = new Map(results.map((result) => [result.name, result]))
  const rate = (name) => {
    const result = byName.get(name)
    return result && !result.error ? result.pages / result.seconds : Number.NaN
  }
  const megabytesRate = (name) => {
    const result = byName.get(name)
    return result && !result.error ? result.bytes / 1e6 / result.seconds : Number.NaN
  }
  const decruft = rate('decruft html')
  const rows = results.map(function (result) {
    if (result.error) return [result.name, 'error: ' + result.error]
    const pagesPerSecond = result.pages / result.seconds
    const megabytesPerSecond = result.bytes / 1e6 / result.seconds
    // Floors are compared on the same input: text tools with the text floor.
    const lineFloor = result.name.startsWith('decruft text') || result.name === textFloor.name
      ? megabytesRate(textFloor.name)
      : megabytesRate('floor: lines + 20 regexes')
    return [
      result.name,
      pagesPerSecond.toFixed(1),
      megabytesPerSecond.toFixed(2),
      (result.wall > 0 ? result.seconds / result.wall : Number.NaN).toFixed(2),
      (result.rss / 1e6).toFixed(0),
      result.f1 === null ? '' : result.f1.toFixed(3),
      (decruft / pagesPerSecond).toFixed(2) + 'x',
      (megabytesPerSecond / lineFloor).toFixed(3),
      (pagesPerSecond / rate('floor: cheerio/slim parse')).toFixed(2)
    ]
  })
  const header = [
    'tool',
    'pages/CPU s',
    'MB/CPU s',
    'CPU/wall',
    'peak RSS MB',
    'F1',
    'decruft html is',
    'vs line floor (MB/s, same input)',
    'vs parse floor (pages/s)'
  ]
  if (rounds > 1) console.log('Each tool: the median of ' + rounds + ' interleaved rounds (by pages per CPU second).\n')
  printTable(header, rows)
  console.log('')
  const startup = measureStartup(Math.max(1, Number(values.startup) || 20))
  printTable(['start-up', 'median ms', 'ratio'], startup.rows)
  console.log('')
  const f1 = (name) => byName.get(name)?.f1 ?? Number.NaN
  printGoals([
    [
      'HTML >= 10x the pages/s of Readability.js on jsdom, at a higher F1',
      decruft / rate('readability (jsdom)'),
      (ratio) => ratio >= 10 && f1('decruft html') > f1('readability (jsdom)'),
      (ratio) => ratio.toFixed(1) + 'x, F1 ' + f1('decruft html').toFixed(3) + ' vs ' + f1('readability (jsdom)').toFixed(3)
    ],
    [
      'HTML within 2x of the parse floor (>= 0.5 of its pages/s)',
      decruft / rate('floor: cheerio/slim parse'),
      (ratio) => ratio >= 0.5,
      (ratio) => ratio.toFixed(2) + ' of its pages/s'
    ],
    [
      'text >= 25% of the text floor (MB/s)',
      megabytesRate('decruft text') / megabytesRate(textFloor.name),
      (ratio) => ratio >= 0.25,
      (ratio) => (100 * ratio).toFixed(1) + '%'
    ],
    ['`decruft --version` under 2x `node -e 0`', startup.ratio, (ratio) => ratio < 2, (ratio) => ratio.toFixed(2) + 'x']
  ])
}

/**
 * Print issue 7's goals with this run's figures: met, not met, or n/a when a
 * tool it needs failed.
 *
 * @param {Array<[string, number, (ratio: number) => boolean, (ratio: number) => string]>} goals
 *   Each goal: what it asks, the figure, whether the figure meets it, and the figure as text.
 * @returns {undefined}
 */
function printGoals(goals) {
  printTable(
    ['goal (issue 7)', 'this run', 'status'],
    goals.map(([name, ratio, meets, show]) =>
      Number.isNaN(ratio) ? [name, 'n/a', 'n/a'] : [name, show(ratio), meets(ratio) ? 'met' : 'not met']
    )
  )
}


/**
 * Time `decruft --version` and a bare `node -e 0`, interleaved, in wall time
 * (a start-up is mostly waiting on the file system and the loader).
 *
 * @param {number} runs
 *   Spawns of each.
 * @returns {{rows: string[][], ratio: number}}
 *   Table rows, and the CLI's time over node's.
 */
function measureStartup(runs) {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  const commands = [
    ['node -e 0', ['-e', '0']],
    ['decruft --version', [cli, '--version']]
  ]
  /** @type {number[][]} */
  const times = commands.map(() => [])
  for (let run = 0; run < runs + 2; run++) {
    for (const [index, [, args]] of commands.entries()) {
      const started = performance.now()
      spawnSync(process.execPath, args, {stdio: 'ignore'})
      // The first two rounds warm the file cache.
      if (run >= 2) times[index]?.push(performance.now() - started)
    }
  }
  const medians = times.map(median)
  const rows = commands.map(([name], index) => [
    name,
    (medians[index] ?? Number.NaN).toFixed(1),
    ((medians[index] ?? Number.NaN) / (medians[0] ?? Number.NaN)).toFixed(2) + 'x'
  ])
  return {rows, ratio: (medians[1] ?? Number.NaN) / (medians[0] ?? Number.NaN)}
}

/**
 * The median of some numbers.
 *
 * @param {number[]} numbers
 * @returns {number}
 */
function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
