// Quality benchmark: decruft next to the untouched input, scored with the
// ScrapingHub article-extraction metric on the committed dev data.
//
//   npm run bench:quality                      all tracks
//   npm run bench:quality -- --track html-text  one track
//   npm run bench:quality -- --write-baseline   pin the floors in bench/baseline.json
//   npm run bench:quality -- --module PATH      score another build of the library
//
// Imports the built library (`dist/index.js`): run `npx tsup` first.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {floorClean} from './lib/peers.mjs'
import {loadGold, loadHtml, loadTextInput} from './lib/data.mjs'
import {scoreCorpus} from './lib/score.mjs'

/** Text tracks: the input file each cleans. */
export const textTracks = ['html-text', 'visible-text', 'readability_js', 'trafilatura']

/** Every track name `--track` accepts. */
export const trackNames = [...textTracks, 'seeds', 'html']

/** Floors are the current figures minus this. */
const tolerance = 0.002

const baselineUrl = new URL('baseline.json', import.meta.url)
const seedsUrl = new URL('../test/fixtures/seeds/', import.meta.url)

/**
 * Score one text track: untouched input and decruft's output.
 *
 * @param {(text: string, options?: object) => string} clean
 * @param {string} name
 * @param {Map<string, string>} gold
 * @returns {{name: string, untouched: object, cleaned: object}}
 */
export function runTextTrack(clean, name, gold) {
  const input = loadTextInput(name)
  const predictions = new Map()
  for (const [id, text] of input) predictions.set(id, clean(text, {format: 'text'}))
  return {name, untouched: scoreCorpus(input, gold), cleaned: scoreCorpus(predictions, gold)}
}

/**
 * Score the seeds: exact matches (non-blank trimmed lines) and F1.
 *
 * @param {(text: string) => string} clean
 * @returns {{name: string, untouched: object, cleaned: object, exact: number, untouchedExact: number, total: number}}
 */
export function runSeeds(clean) {
  const names = readdirSync(seedsUrl)
    .filter((name) => name.endsWith('.input.txt'))
    .map((name) => name.slice(0, -'.input.txt'.length))
  const gold = new Map()
  const inputs = new Map()
  const predictions = new Map()
  let exact = 0
  let untouchedExact = 0
  for (const name of names) {
    const input = readFileSync(new URL(name + '.input.txt', seedsUrl), 'utf8')
    const expected = readFileSync(new URL(name + '.clean.txt', seedsUrl), 'utf8')
    const output = clean(input)
    gold.set(name, expected)
    inputs.set(name, input)
    predictions.set(name, output)
    if (sameLines(output, expected)) exact++
    if (sameLines(input, expected)) untouchedExact++
  }
  return {
    name: 'seeds',
    untouched: scoreCorpus(inputs, gold),
    cleaned: scoreCorpus(predictions, gold),
    exact,
    untouchedExact,
    total: names.length
  }
}

/**
 * Score the HTML track: raw pages through `clean(page, {format: 'html'})`.
 *
 * @param {(text: string, options?: object) => string} clean
 * @param {Map<string, string>} gold
 * @returns {{name: string, cleaned?: object, error?: string}}
 */
export function runHtml(clean, gold) {
  const pages = loadHtml()
  const predictions = new Map()
  try {
    for (const [id, html] of pages) predictions.set(id, clean(html, {format: 'html'}))
  } catch (error) {
    return {name: 'html', error: String(error instanceof Error ? error.message : error).split('\n')[0]}
  }
  return {name: 'html', cleaned: scoreCorpus(predictions, gold)}
}

/**
 * Warm text-track speed in MB per CPU second: the floor (read lines and test
 * ~20 patterns, as a trivial line cleaner would), decruft with every rule,
 * and decruft without the block classifier, interleaved over a few rounds
 * after one untimed pass, so all three see the same machine load.
 *
 * @param {(text: string, options?: object) => string} clean
 * @param {string} name
 *   A text track.
 * @param {number} [rounds]
 *   Timed rounds of each.
 * @returns {{floor: number, all: number, withoutClassifier: number}}
 *   Median MB per CPU second of each.
 */
export function measureSpeed(clean, name, rounds = 3) {
  const texts = [...loadTextInput(name).values()]
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const runs = {
    floor: (text) => floorClean(text),
    all: (text) => clean(text, {format: 'text'}),
    withoutClassifier: (text) => clean(text, {format: 'text', rules: {'block-classifier': false}})
  }
  const rates = {floor: [], all: [], withoutClassifier: []}
  for (const run of Object.values(runs)) for (const text of texts) run(text)
  for (let round = 0; round < rounds; round++) {
    for (const [key, run] of Object.entries(runs)) {
      const started = process.cpuUsage()
      for (const text of texts) run(text)
      const cpu = process.cpuUsage(started)
      rates[key].push(bytes / 1e6 / ((cpu.user + cpu.system) / 1e6))
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
  return {floor: median(rates.floor), all: median(rates.all), withoutClassifier: median(rates.withoutClassifier)}
}

/**
 * Compare two texts as the seeds are compared: non-blank lines, trimmed.
 *
 * @param {string} actual
 * @param {string} expected
 * @returns {boolean}
 */
function sameLines(actual, expected) {
  const lines = (text) =>
    text
      .split(/\r\n|\r|\n/u)
      .map((line) => line.trim())
      .filter(Boolean)
  return JSON.stringify(lines(actual)) === JSON.stringify(lines(expected))
}

/**
 * Read the pinned floors.
 *
 * @returns {{tracks: Record<string, {f1: number, precision: number, recall: number}>}}
 */
export function readBaseline() {
  return JSON.parse(readFileSync(baselineUrl, 'utf8'))
}

/**
 * Format a score triple.
 *
 * @param {{f1: number, precision: number, recall: number} | undefined} score
 * @returns {string}
 */
function formatScore(score) {
  if (!score) return 'n/a'.padEnd(23)
  return `${score.f1.toFixed(3)} (${score.precision.toFixed(3)}/${score.recall.toFixed(3)})`
}

/**
 * Run the benchmark from the command line.
 *
 * @returns {Promise<undefined>}
 */
async function main() {
  const {values} = parseArgs({
    options: {
      track: {type: 'string', multiple: true},
      'write-baseline': {type: 'boolean', default: false},
      module: {type: 'string'}
    }
  })
  const selected = values.track ?? trackNames
  for (const name of selected) {
    if (!trackNames.includes(name)) throw new TypeError('Unknown track `' + name + '`; known: ' + trackNames.join(', '))
  }
  const {clean} = await import(values.module ? pathToFileURL(resolve(values.module)).href : '../dist/index.js')
  const gold = loadGold()
  const results = []
  for (const name of selected) {
    if (textTracks.includes(name)) results.push(runTextTrack(clean, name, gold))
    else if (name === 'seeds') results.push(runSeeds(clean))
    else results.push(runHtml(clean, gold))
  }

  console.log('track'.padEnd(16) + 'untouched F1 (P/R)'.padEnd(26) + 'decruft F1 (P/R)'.padEnd(26) + 'delta   notes')
  for (const result of results) {
    const delta = result.cleaned && result.untouched ? (result.cleaned.f1 - result.untouched.f1).toFixed(3) : ''
    let notes = ''
    if (result.name === 'seeds') notes = `exact ${result.exact}/${result.total} (untouched ${result.untouchedExact}/${result.total})`
    if (result.error) notes = 'n/a: ' + result.error
    if (result.cleaned && result.untouched && result.cleaned.recall < result.untouched.recall) {
      notes += `recall ${(result.cleaned.recall - result.untouched.recall).toFixed(3)}`
    }
    console.log(
      result.name.padEnd(16) + formatScore(result.untouched).padEnd(26) + formatScore(result.cleaned).padEnd(26) +
        delta.padEnd(8) + notes
    )
  }

  const text = results.find((result) => result.name === 'html-text' || result.name === 'visible-text')
  if (text) {
    const speed = measureSpeed(clean, text.name)
    // Costs in CPU seconds per MB; the classifier's is what turning it off saves.
    const classifierCost = 1 / speed.all - 1 / speed.withoutClassifier
    console.log(
      `\nspeed (${text.name}, warm, MB per CPU second, median of 3 interleaved rounds): ` +
        `floor ${speed.floor.toFixed(1)} (read + split + ~20 regexes per line), decruft ${speed.all.toFixed(2)} ` +
        `(${(speed.floor / speed.all).toFixed(1)}x the floor's cost), without the block classifier ` +
        `${speed.withoutClassifier.toFixed(2)}: the classifier costs ${(classifierCost * speed.floor).toFixed(1)}x the floor`
    )
  }

  if (values['write-baseline']) {
    const baseline = {
      note: 'Quality floors per track: the F1 measured when last written, minus ' + tolerance + '. Raise with `npm run bench:quality -- --write-baseline` in a deliberate commit.',
      tracks: {}
    }
    let previous = {tracks: {}}
    try {
      previous = readBaseline()
    } catch {}
    baseline.tracks = {...previous.tracks}
    for (const result of results) {
      // Floors only for the tracks the gate (test/quality-gate.test.ts) runs.
      if (!result.cleaned || !(textTracks.includes(result.name) || result.name === 'seeds' || result.name === 'html')) continue
      baseline.tracks[result.name] = {
        f1: floorOf(result.cleaned.f1),
        precision: floorOf(result.cleaned.precision),
        recall: floorOf(result.cleaned.recall),
        ...(result.exact === undefined ? {} : {exact: result.exact})
      }
    }
    writeFileSync(baselineUrl, JSON.stringify(baseline, null, 2) + '\n')
    console.log('\nwrote ' + baselineUrl.pathname)
  }
}

/**
 * A floor: a figure minus the tolerance, rounded down to 3 decimals.
 *
 * @param {number} value
 * @returns {number}
 */
function floorOf(value) {
  return Math.floor((value - tolerance) * 1000) / 1000
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
