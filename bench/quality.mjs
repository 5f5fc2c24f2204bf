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
 * @returns {{name: string, untouched: object, cleaned: object, bytes: number, seconds: number}}
 */
export function runTextTrack(clean, name, gold) {
  const input = loadTextInput(name)
  const predictions = new Map()
  let bytes = 0
  const started = performance.now()
  for (const [id, text] of input) {
    predictions.set(id, clean(text, {format: 'text'}))
    bytes += Buffer.byteLength(text)
  }
  const seconds = (performance.now() - started) / 1000
  return {name, untouched: scoreCorpus(input, gold), cleaned: scoreCorpus(predictions, gold), bytes, seconds}
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
 * Throughput floor on the same input: read, split lines, and test ~20
 * precompiled patterns per line, as a trivial line cleaner would.
 *
 * @param {string} name
 *   A text track.
 * @returns {{bytes: number, seconds: number}}
 */
export function measureFloor(name) {
  const patterns = [
    /^share\b/i, /\bfollow us\b/i, /^advertisement$/i, /subscribe/i, /©/u, /^\d{1,2}:\d{2}/u, /https?:\/\//u,
    /^by [A-Z]/u, /\|/u, /^related/i, /^read more/i, /cookie/i, /newsletter/i, /^photo/i, /getty images/i,
    /all rights reserved/i, /^comments?$/i, /^tags?:/i, /sign up/i, /^loading/i
  ]
  const started = performance.now()
  const input = loadTextInput(name)
  let bytes = 0
  let kept = 0
  for (const text of input.values()) {
    bytes += Buffer.byteLength(text)
    for (const line of text.split(/\r\n|\r|\n/u)) {
      let hit = false
      for (const pattern of patterns) if (pattern.test(line)) hit = true
      if (!hit) kept++
    }
  }
  const seconds = (performance.now() - started) / 1000
  return {bytes, seconds, kept}
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
    const floor = measureFloor(text.name)
    const mbps = text.bytes / 1e6 / text.seconds
    const floorMbps = floor.bytes / 1e6 / floor.seconds
    console.log(
      `\nspeed (${text.name}): decruft ${mbps.toFixed(2)} MB/s, floor ${floorMbps.toFixed(1)} MB/s ` +
        `(read + split + 20 regexes per line): decruft costs ${(floorMbps / mbps).toFixed(1)}x the floor`
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
