// Where decruft's time goes, in units of the floor that issue 7 sets the
// goals against: the same pages cleaned with every rule off, with only the
// block classifier, with every rule but the classifier, and with all of them,
// each in its own child process, next to the floor measured in the same run.
// The goals leave decruft a budget of 4 floor units in text mode (>= 25% of
// floor (a)) and 2 in HTML mode (within 2x of floor (b)); the table shows how
// much of it each part takes on its own.
//
//   npm run bench:budget                       text mode, on the 181 pages' text
//   npm run bench:budget -- --format html      HTML mode, on the raw pages
//   npm run bench:budget -- --each             also every rule on its own
//   npm run bench:budget -- --rounds 3         each run 3 times, the median kept
//
// A rule on its own does only its own work: a context rule that reads what
// other rules found may do less than it does among them, so the parts need not
// add up to the whole.
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {cpuSince, medianRun, runJsonChild} from './lib/child.mjs'
import {loadHtml, loadTextInput} from './lib/data.mjs'
import {floorClean} from './lib/peers.mjs'
import {printTable} from './lib/table.mjs'

const {values} = parseArgs({
  options: {
    format: {type: 'string', default: 'text'},
    each: {type: 'boolean', default: false},
    rounds: {type: 'string', default: '1'},
    warmup: {type: 'string', default: '2'},
    part: {type: 'string'}
  }
})

const format = values.format === 'html' ? 'html' : 'text'
if (values.format !== format) throw new Error('Expected `--format` to be `text` or `html`, got `' + values.format + '`')

/** The goal's budget, in floor units, and how the floor is named. */
const goal =
  format === 'text'
    ? {units: 4, floor: 'floor (a): lines + 20 regexes', asks: 'text >= 25% of floor (a)'}
    : {units: 2, floor: 'floor (b): cheerio/slim parse', asks: 'HTML within 2x of floor (b)'}

if (values.part === undefined) await runAll()
else await runPart(values.part)

/**
 * The parts to time, by name: each is `rules` settings for `clean`, or the
 * floor.
 *
 * @returns {Promise<Array<{name: string, rules?: Record<string, boolean>}>>}
 */
async function parts() {
  const {rules} = await import('../dist/index.js')
  const off = Object.fromEntries(rules.map((rule) => [rule.id, false]))
  const list = [
    {name: goal.floor},
    {name: 'decruft, no rules (parse and compile)', rules: off},
    {name: 'decruft, block-classifier only', rules: {...off, 'block-classifier': true}},
    {name: 'decruft, every rule but block-classifier', rules: {'block-classifier': false}},
    {name: 'decruft, every rule (default)', rules: {}}
  ]
  if (values.each) {
    for (const rule of rules) {
      if (rule.id !== 'block-classifier') list.push({name: 'decruft, ' + rule.id + ' only', rules: {...off, [rule.id]: true}})
    }
  }
  return list
}

/**
 * Time one part in this process and print its CPU milliseconds per MB as JSON.
 *
 * @param {string} name
 */
async function runPart(name) {
  const part = (await parts()).find((item) => item.name === name)
  if (!part) throw new Error('Unknown part `' + name + '`')
  const pages = [...(format === 'html' ? loadHtml() : loadTextInput('html-text')).values()]
  let megabytes = 0
  for (const page of pages) megabytes += Buffer.byteLength(page) / 1e6
  const run = await extractor(part)
  // Warm, as a library in a pipeline runs: passes until `--warmup` CPU s.
  const warmupStarted = process.cpuUsage()
  do {
    for (const page of pages) run(page)
  } while (cpuSince(warmupStarted) < Math.max(0, Number(values.warmup) || 0))
  // Timed passes until at least one CPU second, so a fast part is not one tick.
  const started = process.cpuUsage()
  let passes = 0
  do {
    for (const page of pages) run(page)
    passes++
  } while (cpuSince(started) < 1)
  console.log(JSON.stringify({name, msPerMegabyte: (1000 * cpuSince(started)) / (passes * megabytes)}))
}

/**
 * The function a part times.
 *
 * @param {{name: string, rules?: Record<string, boolean>}} part
 * @returns {Promise<(page: string) => unknown>}
 */
async function extractor(part) {
  if (part.rules === undefined) {
    if (format === 'text') return floorClean
    const {load} = await import('cheerio/slim')
    return (page) => load(page, {withStartIndices: true, withEndIndices: true})
  }
  const {clean} = await import('../dist/index.js')
  const options = {format, rules: part.rules}
  return (page) => clean(page, options)
}

/** Run every part in its own child process, interleaved by round, and print one table. */
async function runAll() {
  const script = fileURLToPath(import.meta.url)
  const list = await parts()
  const rounds = Math.max(1, Number(values.rounds) || 1)
  const options = ['--format', format, '--warmup', String(values.warmup), ...(values.each ? ['--each'] : [])]
  /** @type {Map<string, object[]>} */
  const runs = new Map(list.map((part) => [part.name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const part of list) runs.get(part.name)?.push(runJsonChild(script, ['--part', part.name, ...options]))
  }
  const results = list.map((part) => ({name: part.name, ...medianRun(runs.get(part.name) ?? [], (run) => -run.msPerMegabyte)}))
  const floor = results[0]
  if (!floor || floor.error) throw new Error('The floor failed: ' + (floor?.error ?? 'no result'))
  const rows = results.map((result) => {
    if (result.error) return [result.name, 'error: ' + result.error, '', '']
    const units = result.msPerMegabyte / floor.msPerMegabyte
    return [result.name, result.msPerMegabyte.toFixed(1), units.toFixed(2), ((100 * units) / goal.units).toFixed(0) + '%']
  })
  console.log('Format: ' + format + '. Goal: ' + goal.asks + ', a budget of ' + goal.units + ' floor units.')
  if (rounds > 1) console.log('Each part: the median of ' + rounds + ' interleaved rounds.')
  console.log('')
  printTable(['part', 'CPU ms per MB', 'floor units', 'of the budget'], rows)
}
